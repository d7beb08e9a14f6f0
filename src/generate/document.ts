/**
 * @module One generated final-accounts disclosure: picks a place style and a disclosing body
 * from the seed, generates the figures, lays out the tables, writes the explanations and
 * renders the whole as text. Returns the text with its truth (the Disclosure a parse must
 * give back, positions filled in as printed) and the explanations' claims.
 */
import { PLACE_STYLES, tableNumber } from '../catalogue/index.js';
import type { PlaceStyle } from '../catalogue/index.js';
import type { Disclosure, PerformanceTable, Section } from '../model/index.js';
import { generateFigures } from './figures.js';
import type { FigureOptions, FinalFigures } from './figures.js';
import { generateBudgetFigures } from './budget-figures.js';
import type { BudgetFigures } from './budget-figures.js';
import { budgetForms } from './budget-forms.js';
import { budgetNarrative } from './budget-narrative.js';
import { budgetTables } from './budget-tables.js';
import { CHINESE_NUMERALS } from './forms.js';
import { finalNarrative } from './narrative.js';
import type { DraftSection } from './narrative.js';
import { planPerformance } from './performance.js';
import { createRng } from './prng.js';
import type { Rng } from './prng.js';
import { renderPerformance } from './render-performance.js';
import { renderTable, Sheet } from './render-text.js';
import { finalTables } from './tables.js';
import type { PlannedTable } from './tables.js';
import type { Claim } from './wording.js';

export interface DocumentOptions {
  readonly seed: string | number;
  /** A place style id (central, jilin, shanghai …); by default one is drawn from the seed. */
  readonly style?: string;
  /** 决算 (final, the default) or 预算 (budget). */
  readonly kind?: 'final' | 'budget';
}

/** Everything a document is made of before it is printed; defects edit this. */
export interface DocumentPlan {
  readonly style: PlaceStyle;
  readonly body: string;
  readonly year: number;
  readonly scope: 'department' | 'unit';
  readonly kind: 'final' | 'budget';
  readonly figures: FinalFigures | BudgetFigures;
  tables: PlannedTable[];
  sections: DraftSection[];
  /** 绩效自评表 (finals) or 绩效目标表 (budgets), printed as an attachment. */
  performance: PerformanceTable[];
  readonly claims: Claim[];
  /** The cover's second line ("2024年度部门决算"). */
  cover: string;
}

export function planDocument(o: DocumentOptions, rng: Rng = createRng(o.seed)): DocumentPlan {
  const style = o.style ? PLACE_STYLES.find((s) => s.id === o.style) : rng.pick(PLACE_STYLES);
  if (!style) throw new RangeError(`unknown place style: ${o.style}`);
  const scope: 'department' | 'unit' = rng.chance(0.2) ? 'unit' : 'department';
  const base = `${rng.pick(style.regions)}${rng.pick(style.agencies)}`;
  const body = scope === 'unit' ? `${base}${style.level === 'central' ? '机关' : '（本级）'}` : base;
  const year = rng.int(2019, 2025);
  const figureOptions = { level: style.level, unitFactor: style.unit === '元' ? 10_000 : 1,
    withGf: rng.chance(0.2), withSoce: rng.chance(0.08), withNonFiscal: rng.chance(0.35) };
  const kind = o.kind ?? 'final';
  const order = new Map<string, number>();
  const number = (k: string) => {
    if (!order.has(k)) order.set(k, order.size + 1);
    return tableNumber(style.numbering[kind], order.get(k)!) || null;
  };
  const claims: Claim[] = [];
  const scopeWord = scope === 'unit' ? '单位' : '部门';
  // Budgets print no 行次 in their summary tables.
  const common = { style: kind === 'budget' ? { ...style, lineNumbers: false } : style, body, year, scope, claims };
  // Their own stream: adding performance tables leaves the rest of every document as it was.
  const performance = (f: FinalFigures | BudgetFigures) => planPerformance(createRng(`${o.seed}/performance`),
    f.items.map((i) => ({ code: i.code, amount: i.gpbProject })), { kind, body, year, unit: style.unit });
  if (kind === 'budget') {
    const planned = planBudget(rng, { ...common, scopeWord, number }, figureOptions);
    return { ...common, kind, ...planned, performance: performance(planned.figures), cover: `${year}年${scopeWord}预算` };
  }
  const figures = generateFigures(rng, figureOptions);
  const tables = finalTables(figures, { style, body, year, number });
  const sections = finalNarrative({ body, year, unit: style.unit, tables: tables.map((t) => t.table), figures, scopeWord }, claims);
  return { ...common, kind, figures, tables, sections, performance: performance(figures), cover: `${year}年度${scopeWord}决算` };
}

interface PlanContext {
  readonly style: PlaceStyle;
  readonly body: string;
  readonly year: number;
  readonly scopeWord: string;
  readonly claims: Claim[];
  readonly number: (kind: string) => string | null;
}

/** A budget's figures, tables and explanations. */
function planBudget(rng: Rng, c: PlanContext, o: FigureOptions): Pick<DocumentPlan, 'figures' | 'tables' | 'sections'> {
  const figures = generateBudgetFigures(rng, o);
  const style = c.style;
  const tables = budgetTables(figures, { style, body: c.body, year: c.year, number: c.number,
    forms: budgetForms(style.id, c.scopeWord, c.year), withProjectTable: style.emptyFundCell === 'zero' });
  const sections = budgetNarrative({ body: c.body, year: c.year, unit: style.unit, tables: tables.map((t) => t.table), figures,
    scopeWord: c.scopeWord }, c.claims);
  return { figures, tables, sections };
}

export interface Rendered {
  readonly text: string;
  readonly truth: Disclosure;
}

/** Prints the plan; the truth's tables and sections carry the lines they were printed on. */
export function renderPlan(plan: DocumentPlan): Rendered {
  const { style, body, year } = plan;
  const sheet = new Sheet();
  const scopeWord = plan.scope === 'unit' ? '单位' : '部门';
  const what = `${year} 年${plan.kind === 'budget' ? '' : '度'}${scopeWord}${plan.kind === 'budget' ? '预算' : '决算'}`;
  sheet.push(body, plan.cover);
  sheet.push(`第一部分 ${body}概况`, '一、主要职能', `${body}是负责本领域行政管理工作的${style.level === 'central' ? '国家' : '政府'}工作部门，依法履行有关管理职责。`,
    `二、${scopeWord}${plan.kind === 'budget' ? '预算' : '决算'}单位构成`, `纳入${body} ${what}编制范围的单位包括：${body}${plan.scope === 'unit' ? '' : '本级'}。`);
  sheet.push(`第二部分 ${body} ${what}表`);
  plan.tables.forEach((p, i) => {
    renderTable(sheet, p, { heading: style.headingNumbers ? `${CHINESE_NUMERALS[i]}、${p.table.title}` : null, body, unit: style.unit }, style);
  });
  sheet.push(`第三部分 ${body} ${what}情况说明`);
  const sections: Section[] = [];
  for (const s of plan.sections) {
    sections.push({ heading: s.heading, key: s.key, text: s.paragraphs.join('\n'), at: sheet.at() });
    sheet.push(s.heading, ...s.paragraphs);
  }
  sheet.push('第四部分 名词解释', ...(plan.kind === 'budget' ? BUDGET_GLOSSARY : GLOSSARY));
  if (plan.performance.length > 0) sheet.push('第五部分 附件');
  for (const t of plan.performance) renderPerformance(sheet, t);
  const truth: Disclosure = {
    source: { file: '', sha256: '', format: 'text', pages: null },
    document: { department: body, fiscalYear: year, kind: plan.kind, scope: plan.scope, level: style.level, currencyUnit: style.unit,
      title: `${body}${plan.cover}` },
    tables: plan.tables.map((p) => p.table), performance: plan.performance, sections, warnings: [],
  };
  return { text: sheet.text(), truth };
}

const GLOSSARY = [
  '一、财政拨款收入：指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。',
  '二、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。',
  '三、基本支出：指单位为保障机构正常运转、完成日常工作任务而发生的各项支出。',
  '四、项目支出：指单位为完成特定的行政工作任务或事业发展目标，在基本支出之外发生的各项支出。',
  '五、“三公”经费：指单位使用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。',
  '六、机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。',
];

const BUDGET_GLOSSARY = [
  '一、财政拨款收入：指本级财政当年拨付的资金，包括一般公共预算拨款、政府性基金预算拨款和国有资本经营预算拨款。',
  '二、上年结转：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。',
  '三、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。',
  '四、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。',
  '五、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。',
  '六、机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。',
];
