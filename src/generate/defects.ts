/**
 * @module Defect injection: edits a planned document the way real disclosures go wrong, and
 * records each edit (kind, where, what was printed before and after). The truth stays what
 * is printed; the record says what a checker should find — and, for rounding noise, what it
 * must not report.
 */
import { codeName, ECONOMIC_CODE_NAMES, FUNCTIONAL_CODE_NAMES, profileFor, PROJECT_ROW_TABLES } from '../catalogue/index.js';
import type { Cell } from '../model/index.js';
import { CENT } from './amounts.js';
import type { DocumentPlan } from './document.js';
import type { Rng } from './prng.js';
import { cellOf } from './tables.js';

export const DEFECT_KINDS = ['tableFigure', 'narrativeFigure', 'directionWord', 'wrongCodeName', 'missingTable', 'emptyTableWithoutNote',
  'missingSection', 'placeholder', 'wrongYear', 'roundingNoise'] as const;
export type DefectKind = (typeof DEFECT_KINDS)[number];

export interface DefectLocation {
  readonly table?: string;
  /** Row code or key. */
  readonly row?: string;
  readonly column?: string;
  readonly section?: string;
}

export interface DefectRecord {
  readonly kind: DefectKind;
  readonly location: DefectLocation;
  readonly original: string;
  readonly replacement: string;
  /** False for rounding noise: a correct checker reports nothing. */
  readonly reportable: boolean;
}

/** An injector edits the plan or returns null when the document offers nothing to edit; `done` holds the defects so far. */
type Injector = (plan: DocumentPlan, rng: Rng, done: readonly DefectRecord[]) => DefectRecord | null;

const AMOUNT_RE = /\d{1,3}(?:,\d{3})*\.\d{2}(?= 万?元)/g;

/** Removals go after edits: a table or section removed first would take an edit's evidence with it. */
const REMOVALS: ReadonlySet<DefectKind> = new Set(['missingTable', 'missingSection']);

/**
 * Applies `count` defects of distinct kinds (cycling when count exceeds the kinds), in an order
 * drawn from rng. Defects stay independent: none edits a row, table or section another one
 * already edited, so each remains findable on its own.
 */
export function injectDefects(plan: DocumentPlan, count: number, rng: Rng): DefectRecord[] {
  const shuffled = DEFECT_KINDS.map((k) => ({ k, r: rng.next() })).sort((a, b) => a.r - b.r).map((x) => x.k);
  const kinds = Array.from({ length: count * 3 + DEFECT_KINDS.length }, (_, i) => shuffled[i % shuffled.length]!);
  const first = kinds.slice(0, count).sort((a, b) => Number(REMOVALS.has(a)) - Number(REMOVALS.has(b)));
  const out: DefectRecord[] = [];
  for (const kind of [...first, ...kinds.slice(count)]) {
    if (out.length >= count) break;
    const rec = INJECTORS[kind](plan, rng, out);
    if (rec) out.push(rec);
  }
  return out;
}

/** The table (kind without its final./budget. prefix) whose figures a section's statements are verified against. */
const SECTION_TABLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  final: { overview: 'summary', income: 'income', expenditure: 'expenditure', fiscalOverview: 'fiscalSummary',
    'gpbExpenditure.overall': 'gpbExpenditure', 'gpbExpenditure.structure': 'gpbExpenditure', 'gpbExpenditure.detail': 'gpbExpenditure',
    gpbBasic: 'gpbBasicExpenditure', threePublic: 'threePublic', gf: 'fiscalSummary', soce: 'fiscalSummary' },
  // Budget explanations state the fund tables' own totals.
  budget: { overview: 'summary', income: 'income', expenditure: 'expenditure', fiscalOverview: 'fiscalSummary',
    'gpbExpenditure.overall': 'gpbExpenditure', 'gpbExpenditure.structure': 'gpbExpenditure', 'gpbExpenditure.detail': 'gpbExpenditure',
    gpbBasic: 'gpbBasicExpenditure', threePublic: 'threePublic', gf: 'gf', soce: 'soce' },
};

const sectionTable = (plan: DocumentPlan, key: string): string | undefined => {
  const t = SECTION_TABLES[plan.kind]![key];
  return t ? `${plan.kind}.${t}` : undefined;
};

/** Tables read on their own: removing one takes no other table's placement with it. */
const STANDALONE_TABLES: ReadonlySet<string> = new Set(['gf', 'soce', 'threePublic', 'gpbBasicExpenditure', 'gpbProjectExpenditure']);

const bare = (kind: string) => kind.replace(/^(?:final|budget)\./, '');

/** Tables the defects so far rest on (edited, or verifying an edited section). */
function tablesUsed(plan: DocumentPlan, done: readonly DefectRecord[]): Set<string> {
  const sectionTables = (key: string) => [sectionTable(plan, key), key === 'gpbBasic' ? `${plan.kind}.gpbExpenditure` : undefined];
  return new Set(done.flatMap((d) => [d.location.table, ...(d.location.section ? sectionTables(d.location.section) : [])])
    .filter((t): t is string => t !== undefined));
}

/** 款 (5-digit prefixes) of the rows the defects so far edited: their sums already break, so they hide a neighbour's edit. */
const sectionsUsed = (done: readonly DefectRecord[]) => new Set(done.flatMap((d) => (d.location.row ? [d.location.row.slice(0, 5)] : [])));

const INJECTORS: Record<DefectKind, Injector> = {
  tableFigure(plan, rng, done) {
    const t = rng.pick(plan.tables.filter((p) => ['income', 'expenditure', 'gpbExpenditure'].includes(bare(p.table.kind))
      && p.table.rows.length > 1)).table;
    const used = sectionsUsed(done);
    const rows = t.rows.filter((r) => r.code?.length === 7 && !used.has(r.code.slice(0, 5)));
    if (rows.length === 0) return null;
    const row = rng.pick(rows);
    const column = rng.pick(Object.keys(row.values));
    const old = row.values[column]!;
    const next = cellOf(old.value + CENT * BigInt(rng.int(100, 9_999)));
    row.values[column] = { ...next, at: old.at } satisfies Cell;
    return { kind: 'tableFigure', location: { table: t.kind, row: row.code!, column }, original: old.text, replacement: next.text, reportable: true };
  },
  // At least 1.00 more: a figure 0.01 off its table is rounding, not a defect.
  narrativeFigure: (plan, rng, done) => editSection(verifiable(plan), rng, done, 'narrativeFigure', AMOUNT_RE, (m) => cellOf(BigInt(Math.round(
    Number(m.replace(/,/g, '')) * 100 * (1.05 + rng.next() * 0.3)) + 100) * CENT).text),
  // Only a change stated with its rate: the tables print no prior-year figure, so a bare "减少 Y 万元" cannot be checked.
  directionWord: (plan, rng, done) => editSection(plan, rng, done, 'directionWord', /(?:增加|减少)(?=[^。]*%)|(?:增长|下降)(?= [\d.]+%)/, (m) => ({ 增加: '减少', 减少: '增加', 增长: '下降', 下降: '增长' })[m]!),
  wrongCodeName(plan, rng) {
    // Not in a project table: its rows carry project names, which no catalogue judges.
    const t = rng.pick(plan.tables.filter((p) => !PROJECT_ROW_TABLES.includes(p.table.kind) && p.table.rows.some((r) => r.code && r.code.length > 3))).table;
    const row = rng.pick(t.rows.filter((r) => r.code && r.code.length > 3));
    const pool = (row.code!.startsWith('3') ? ECONOMIC_CODE_NAMES : FUNCTIONAL_CODE_NAMES)
      .filter((c) => c.code.length === row.code!.length && c.name !== codeName(row.code!));
    const name = rng.pick(pool).name;
    const p = plan.tables.find((x) => x.table === t)!;
    const i = t.rows.indexOf(row);
    p.labels[i] = p.labels[i]!.replace(row.name, name);
    const original = row.name;
    row.name = name;
    return { kind: 'wrongCodeName', location: { table: t.kind, row: row.code! }, original, replacement: name, reportable: true };
  },
  missingTable(plan, rng, done) {
    const used = tablesUsed(plan, done);
    // Next to other defects only a table no other table is read with: a removed coded table takes with it the
    // cross-table identities that place the blank-cell values of the others (measured: an edit then goes unplaced).
    // Only a table the disclosure profile requires: leaving out an optional one (项目支出表 in most places) is no defect.
    const required = new Set(profileFor(plan.kind, plan.style.level)?.tables ?? []);
    const candidates = plan.tables.filter((p) => bare(p.table.kind) !== 'summary' && !used.has(p.table.kind) && required.has(p.table.kind)
      && (done.length === 0 || STANDALONE_TABLES.has(bare(p.table.kind))));
    if (candidates.length === 0) return null;
    const gone = rng.pick(candidates);
    plan.tables = plan.tables.filter((p) => p !== gone);
    return { kind: 'missingTable', location: { table: gone.table.kind }, original: gone.table.title, replacement: '', reportable: true };
  },
  emptyTableWithoutNote(plan) {
    const p = plan.tables.find((x) => x.table.empty && x.form.emptyNote);
    if (!p) return null;
    const original = p.printedNote ?? '';
    const idx = plan.tables.indexOf(p);
    plan.tables[idx] = { ...p, printedNote: p.form.note, table: { ...p.table, note: p.form.note } };
    return { kind: 'emptyTableWithoutNote', location: { table: p.table.kind }, original, replacement: p.form.note, reportable: true };
  },
  missingSection(plan, rng, done) {
    const required = requiredSections(plan);
    const edited = new Set(done.map((d) => d.location.section));
    const candidates = plan.sections.filter((s) => s.paragraphs.length > 0 && required.has(s.key) && !edited.has(s.key));
    if (candidates.length === 0) return null;
    const gone = rng.pick(candidates);
    plan.sections = plan.sections.filter((s) => s !== gone);
    return { kind: 'missingSection', location: { section: gone.key }, original: gone.heading, replacement: '', reportable: true };
  },
  placeholder(plan, rng, done) {
    const body = plan.body;
    const byBody = plan.sections.filter((s) => s.paragraphs.some((p) => p.includes(body)));
    if (byBody.length > 0 && rng.chance(0.5)) {
      return editIn(rng.pick(byBody), 'placeholder', new RegExp(escape(body)), () => body.replace(/^(.*?)([^省市区县]{2,6})$/, '$1XX局'));
    }
    return editSection(plan, rng, done, 'placeholder', AMOUNT_RE, () => 'XXX');
  },
  // Only where the text states this year's figures (the rule's scope); not in a free sentence such as the 绩效 one.
  // A year in a sentence without a figure (未安排政府采购预算) states nothing the rule can hold to the document's year.
  wrongYear: (plan, rng, done) => editSection(withoutSections(plan, ['performance']), rng, done, 'wrongYear',
    new RegExp(`${plan.year}(?= 年[^。]*\\d\\.\\d{2} 万?元)`), () => String(plan.year - rng.int(1, 2))),
  roundingNoise(plan, rng, done) {
    const t = plan.tables.find((p) => p.table.kind === `${plan.kind}.expenditure`)?.table;
    const parents = new Set((t?.rows ?? []).filter((r) => r.code?.length === 7).map((r) => r.code!.slice(0, 5)));
    const used = sectionsUsed(done);
    // A 款 another defect edited would carry that defect's error onto the noise's cells.
    const rows = (t?.rows ?? []).filter((r) => r.code?.length === 7 && !used.has(r.code.slice(0, 5)) && [...parents].includes(r.code.slice(0, 5))
      && t!.rows.filter((x) => x.code?.length === 7 && x.code.startsWith(r.code!.slice(0, 5))).length >= 2);
    if (!t || rows.length === 0) return null;
    const row = rng.pick(rows);
    const part = row.values['basic'] ? 'basic' : 'project';
    const original = row.values['total']!.text;
    // As if the unrounded figures had been rounded one by one: the item prints 0.01 more, its 款 and 类 do not.
    for (const column of ['total', part]) {
      const c = row.values[column]!;
      row.values[column] = { ...cellOf(c.value + CENT), at: c.at };
    }
    return { kind: 'roundingNoise', location: { table: t.kind, row: row.code!, column: `total,${part}` }, original,
      replacement: row.values['total']!.text, reportable: false };
  },
};

/**
 * Sections whose figures the document lets a reader verify. No table of the final-accounts set
 * prints 机关运行经费, so a changed figure there is a defect nobody can find from the document.
 */
const UNVERIFIABLE_SECTIONS = new Set(['operatingCost']);

function verifiable(plan: DocumentPlan): DocumentPlan {
  return withoutSections(plan, [...UNVERIFIABLE_SECTIONS]);
}

function withoutSections(plan: DocumentPlan, keys: readonly string[]): DocumentPlan {
  return { ...plan, sections: plan.sections.filter((s) => !keys.includes(s.key)) };
}

/** Sections the disclosure profile requires (a fund section is not required when its table is printed empty). */
function requiredSections(plan: DocumentPlan): Set<string> {
  const profile = profileFor(plan.kind, plan.style.level);
  const empty = new Set(plan.tables.filter((p) => p.table.empty).map((p) => p.table.kind));
  return new Set((profile?.sections ?? []).filter((r) => !r.unlessEmpty || !empty.has(r.unlessEmpty)).map((r) => r.key));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Edits a section not edited before and whose verifying table is printed. */
function editSection(plan: DocumentPlan, rng: Rng, done: readonly DefectRecord[], kind: DefectKind, re: RegExp,
  replace: (match: string) => string): DefectRecord | null {
  const edited = new Set(done.map((d) => d.location.section));
  const printed = new Set(plan.tables.map((p) => p.table.kind));
  const candidates = plan.sections.filter((s) => !edited.has(s.key) && (!sectionTable(plan, s.key) || printed.has(sectionTable(plan, s.key)!))
    && s.paragraphs.some((p) => new RegExp(re.source).test(p)));
  if (candidates.length === 0) return null;
  return editIn(rng.pick(candidates), kind, re, replace);
}

function editIn(section: DocumentPlan['sections'][number], kind: DefectKind, re: RegExp,
  replace: (match: string) => string): DefectRecord | null {
  const i = section.paragraphs.findIndex((p) => new RegExp(re.source).test(p));
  const para = section.paragraphs[i]!;
  const m = new RegExp(re.source).exec(para)!;
  const replacement = replace(m[0]);
  section.paragraphs[i] = para.slice(0, m.index) + replacement + para.slice(m.index + m[0].length);
  return { kind, location: { section: section.key }, original: m[0], replacement, reportable: true };
}
