/**
 * @module One generated final-accounts disclosure: picks a place style and a disclosing body
 * from the seed, generates the figures, lays out the tables, writes the explanations and
 * renders the whole as text. Returns the text with its truth (the Disclosure a parse must
 * give back, positions filled in as printed) and the explanations' claims.
 */
import { PLACE_STYLES, tableNumber } from '../catalogue/index.js';
import type { PlaceStyle } from '../catalogue/index.js';
import type { Cell, Disclosure, PerformanceTable, Section, SourceFormat, SourceRef, Table } from '../model/index.js';
import { generateFigures } from './figures.js';
import type { FinalFigures } from './figures.js';
import { generateBudgetFigures } from './budget-figures.js';
import type { BudgetFigures } from './budget-figures.js';
import { budgetForms } from './budget-forms.js';
import { budgetNarrative } from './budget-narrative.js';
import { budgetTables } from './budget-tables.js';
import { CHINESE_NUMERALS } from './forms.js';
import { finalNarrative } from './narrative.js';
import type { DraftSection } from './narrative.js';
import { planPerformance } from './performance.js';
import { PERFORMANCE_PART } from './performance-vocabulary.js';
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
  const heading = { style, body, year, scope };
  const plan = o.kind === 'budget' ? planFromFigures({ ...heading, kind: 'budget', figures: generateBudgetFigures(rng, figureOptions) })
    : planFromFigures({ ...heading, kind: 'final', figures: generateFigures(rng, figureOptions) });
  // Their own stream: adding performance tables leaves the rest of every document as it was.
  plan.performance = planPerformance(createRng(`${o.seed}/performance`),
    plan.figures.items.map((i) => ({ code: i.code, amount: i.gpbProject })), { kind: plan.kind, body, year, unit: style.unit });
  return plan;
}

/** What a document is planned from: who discloses, in which place style, and the money (generated or given). */
export type PlanInput = { readonly style: PlaceStyle; readonly body: string; readonly year: number; readonly scope: 'department' | 'unit';
  /** Names of codes the catalogue lacks, as the discloser gave them. */
  readonly names?: ReadonlyMap<string, string> }
  & ({ readonly kind: 'final'; readonly figures: FinalFigures } | { readonly kind: 'budget'; readonly figures: BudgetFigures });

/**
 * Lays out the tables and writes the explanations of given figures: no randomness, so the
 * generator (random figures) and `render` (a department's own figures) share it.
 */
export function planFromFigures(p: PlanInput): DocumentPlan {
  const { style, body, year, scope } = p;
  const names = p.names ?? new Map<string, string>();
  const order = new Map<string, number>();
  const number = (k: string) => {
    if (!order.has(k)) order.set(k, order.size + 1);
    return tableNumber(style.numbering[p.kind], order.get(k)!) || null;
  };
  const claims: Claim[] = [];
  const scopeWord = scope === 'unit' ? '单位' : '部门';
  // Budgets print no 行次 in their summary tables.
  const common = { style: p.kind === 'budget' ? { ...style, lineNumbers: false } : style, body, year, scope, claims };
  if (p.kind === 'budget') {
    return { ...common, kind: p.kind, ...planBudget(p.figures, { ...common, scopeWord, number, names }), performance: [], cover: `${year}年${scopeWord}预算` };
  }
  const figures = p.figures;
  const tables = finalTables(figures, { style, body, year, number, names });
  const sections = finalNarrative({ body, year, unit: style.unit, tables: tables.map((t) => t.table), figures, scopeWord, names }, claims);
  return { ...common, kind: p.kind, figures, tables, sections, performance: [], cover: `${year}年度${scopeWord}决算` };
}

interface PlanContext {
  readonly style: PlaceStyle;
  readonly body: string;
  readonly year: number;
  readonly scopeWord: string;
  readonly claims: Claim[];
  readonly number: (kind: string) => string | null;
  readonly names: ReadonlyMap<string, string>;
}

/** A budget's tables and explanations. */
function planBudget(figures: BudgetFigures, c: PlanContext): Pick<DocumentPlan, 'figures' | 'tables' | 'sections'> {
  const style = c.style;
  const tables = budgetTables(figures, { style, body: c.body, year: c.year, number: c.number, names: c.names,
    forms: budgetForms(style.id, c.scopeWord, c.year), withProjectTable: style.emptyFundCell === 'zero' && figures.projectTable !== false });
  const sections = budgetNarrative({ body: c.body, year: c.year, unit: style.unit, tables: tables.map((t) => t.table), figures,
    scopeWord: c.scopeWord, names: c.names }, c.claims);
  return { figures, tables, sections };
}

export interface Rendered {
  readonly text: string;
  readonly truth: Disclosure;
}

/** The parts of a document around its tables and explanations, as every output format prints them. */
export interface Outline {
  /** Cover lines: the body, then "2024年度部门决算". */
  readonly cover: readonly string[];
  /** 第一部分 (概况): headings (level 1 and 2) and paragraphs. */
  readonly intro: readonly OutlineLine[];
  readonly tablesHeading: string;
  readonly explanationsHeading: string;
  readonly glossaryHeading: string;
  readonly glossary: readonly string[];
}

export interface OutlineLine {
  readonly text: string;
  /** 1: a part (第一部分), 2: a heading within it (一、), null: a paragraph. */
  readonly level: 1 | 2 | null;
}

export function outlineOf(plan: DocumentPlan): Outline {
  const { style, body, year } = plan;
  const scopeWord = plan.scope === 'unit' ? '单位' : '部门';
  const what = `${year} 年${plan.kind === 'budget' ? '' : '度'}${scopeWord}${plan.kind === 'budget' ? '预算' : '决算'}`;
  return {
    cover: [body, plan.cover],
    intro: [{ text: `第一部分 ${body}概况`, level: 1 }, { text: '一、主要职能', level: 2 },
      { text: `${body}是负责本领域行政管理工作的${style.level === 'central' ? '国家' : '政府'}工作部门，依法履行有关管理职责。`, level: null },
      { text: `二、${scopeWord}${plan.kind === 'budget' ? '预算' : '决算'}单位构成`, level: 2 },
      { text: `纳入${body} ${what}编制范围的单位包括：${body}${plan.scope === 'unit' ? '' : '本级'}。`, level: null }],
    tablesHeading: `第二部分 ${body} ${what}表`,
    explanationsHeading: `第三部分 ${body} ${what}情况说明`,
    glossaryHeading: '第四部分 名词解释',
    glossary: plan.kind === 'budget' ? BUDGET_GLOSSARY : GLOSSARY,
  };
}

/** The table's heading line in the place style ("一、收入支出决算总表"), or null where none is printed. */
export const tableHeading = (plan: DocumentPlan, index: number): string | null =>
  plan.style.headingNumbers ? `${CHINESE_NUMERALS[index]}、${plan.tables[index]!.table.title}` : null;

/** The truth of a rendering: the plan's figures as a Disclosure, with the given tables and sections. */
export function truthOf(plan: DocumentPlan, format: SourceFormat, tables: Table[], sections: Section[],
  performance: PerformanceTable[]): Disclosure {
  return {
    source: { file: '', sha256: '', format, pages: null },
    document: { department: plan.body, fiscalYear: plan.year, kind: plan.kind, scope: plan.scope, level: plan.style.level,
      currencyUnit: plan.style.unit, title: `${plan.body}${plan.cover}` },
    tables, performance, sections, warnings: [],
  };
}

const UNPRINTED: SourceRef = { page: null, line: 0 };

/**
 * The truth of a rendering whose positions the renderer cannot know (HTML, PDF, DOCX, XLSX:
 * pages are set by the typesetter): the plan's figures, sections and performance tables, every
 * position unprinted.
 */
export function unprintedTruth(plan: DocumentPlan, format: SourceFormat): Disclosure {
  const o = outlineOf(plan);
  const sections: Section[] = plan.sections.map((s) => ({ heading: s.heading, key: s.key, text: s.paragraphs.join('\n'), at: UNPRINTED }));
  sections.push({ heading: o.glossaryHeading, key: 'glossary', text: o.glossary.join('\n'), at: UNPRINTED });
  return truthOf(plan, format, plan.tables.map(unprintedTable), sections, plan.performance.map(unprintedPerformance));
}

/** A performance table with every position unprinted (the text rendering fills in the plan's own). */
function unprintedPerformance(p: PerformanceTable): PerformanceTable {
  const t = structuredClone(p);
  const clear = (cells: Record<string, Cell>) => {
    for (const [k, c] of Object.entries(cells)) cells[k] = { ...c, at: UNPRINTED };
  };
  t.at = UNPRINTED;
  if (t.goals) t.goals.at = UNPRINTED;
  for (const x of [...t.funds, ...t.indicators]) {
    x.at = UNPRINTED;
    clear(x.values);
  }
  clear(t.totals);
  return t;
}

function unprintedTable(p: PlannedTable): Table {
  const t = structuredClone(p.table);
  t.at = UNPRINTED;
  for (const r of t.rows) {
    r.at = UNPRINTED;
    for (const [k, v] of Object.entries(r.values)) r.values[k] = { ...v, at: UNPRINTED };
    r.text = [r.code, r.name, ...Object.values(r.values).map((v) => v.text)].filter(Boolean).join(' ');
  }
  return t;
}

/** Prints the plan; the truth's tables and sections carry the lines they were printed on. */
export function renderPlan(plan: DocumentPlan): Rendered {
  const { style, body } = plan;
  const o = outlineOf(plan);
  const sheet = new Sheet();
  sheet.push(...o.cover, ...o.intro.map((l) => l.text), o.tablesHeading);
  plan.tables.forEach((p, i) => renderTable(sheet, p, { heading: tableHeading(plan, i), body, unit: style.unit }, style));
  sheet.push(o.explanationsHeading);
  const sections: Section[] = [];
  for (const s of plan.sections) {
    sections.push({ heading: s.heading, key: s.key, text: s.paragraphs.join('\n'), at: sheet.at() });
    sheet.push(s.heading, ...s.paragraphs);
  }
  sections.push({ heading: o.glossaryHeading, key: 'glossary', text: o.glossary.join('\n'), at: sheet.at() });
  sheet.push(o.glossaryHeading, ...o.glossary);
  if (plan.performance.length > 0) sheet.push(PERFORMANCE_PART);
  for (const t of plan.performance) renderPerformance(sheet, t);
  return { text: sheet.text(), truth: truthOf(plan, 'text', plan.tables.map((p) => p.table), sections, plan.performance) };
}

const GLOSSARY: readonly string[] = [
  '一、财政拨款收入：指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。',
  '二、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。',
  '三、基本支出：指单位为保障机构正常运转、完成日常工作任务而发生的各项支出。',
  '四、项目支出：指单位为完成特定的行政工作任务或事业发展目标，在基本支出之外发生的各项支出。',
  '五、“三公”经费：指单位使用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。',
  '六、机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。',
];

const BUDGET_GLOSSARY: readonly string[] = [
  '一、财政拨款收入：指本级财政当年拨付的资金，包括一般公共预算拨款、政府性基金预算拨款和国有资本经营预算拨款。',
  '二、上年结转：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。',
  '三、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。',
  '四、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。',
  '五、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。',
  '六、机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。',
];
