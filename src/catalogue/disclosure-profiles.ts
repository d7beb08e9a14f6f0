/**
 * @module What a disclosure must contain, by kind and level: the tables it publishes and the
 * explanation sections (keys of the narrative section catalogue) it must carry. The first
 * profile that matches a document applies. Sources: MODEL.md, shared/reference/README.md
 * (《地方预决算公开操作规程》 财预〔2016〕143号; central final accounts publish nine tables,
 * local sets 8–15; department budgets at least eight tables).
 */
import type { DisclosureKind, Level } from '../model/index.js';

export interface SectionRequirement {
  /** Section key; a sub-key (gpbExpenditure.detail) or the key itself satisfies it. */
  readonly key: string;
  /** How the section is called, for messages. */
  readonly name: string;
  /** Not required when this table is printed and empty (no government funds: no section). */
  readonly unlessEmpty?: string;
}

export interface DisclosureProfile {
  readonly id: string;
  readonly kind: DisclosureKind;
  /** Levels the profile applies to; absent: any level. */
  readonly levels?: readonly Level[];
  /** Table kinds that must be printed (with figures, or empty with a note). */
  readonly tables: readonly string[];
  readonly sections: readonly SectionRequirement[];
}

const FINAL_TABLES = [
  'final.summary', 'final.income', 'final.expenditure', 'final.fiscalSummary', 'final.gpbExpenditure',
  'final.gpbBasicExpenditure', 'final.gf', 'final.soce', 'final.threePublic',
];

const COMMON_SECTIONS: readonly SectionRequirement[] = [
  { key: 'overview', name: '收入支出总体情况' },
  { key: 'income', name: '收入情况' },
  { key: 'expenditure', name: '支出情况' },
  { key: 'fiscalOverview', name: '财政拨款收入支出总体情况' },
];

const OTHER_SECTIONS: readonly SectionRequirement[] = [
  { key: 'operatingCost', name: '机关运行经费' },
  { key: 'procurement', name: '政府采购情况' },
  { key: 'assets', name: '国有资产占用情况' },
  { key: 'performance', name: '预算绩效情况' },
  { key: 'glossary', name: '名词解释' },
];

const FINAL_SECTIONS: readonly SectionRequirement[] = [
  ...COMMON_SECTIONS,
  { key: 'gpbExpenditure.overall', name: '一般公共预算财政拨款支出总体情况' },
  { key: 'gpbExpenditure.structure', name: '一般公共预算财政拨款支出结构情况' },
  { key: 'gpbExpenditure.detail', name: '一般公共预算财政拨款支出具体情况' },
  { key: 'gpbBasic', name: '一般公共预算财政拨款基本支出情况' },
  { key: 'threePublic', name: '财政拨款“三公”经费支出情况' },
  { key: 'gf', name: '政府性基金预算财政拨款收入支出情况', unlessEmpty: 'final.gf' },
  { key: 'soce', name: '国有资本经营预算财政拨款支出情况', unlessEmpty: 'final.soce' },
  ...OTHER_SECTIONS,
];

const BUDGET_SECTIONS: readonly SectionRequirement[] = [
  ...COMMON_SECTIONS,
  { key: 'gpbExpenditure', name: '一般公共预算支出情况' },
  { key: 'gpbBasic', name: '一般公共预算基本支出情况' },
  { key: 'threePublic', name: '财政拨款“三公”经费预算情况' },
  { key: 'gf', name: '政府性基金预算支出情况', unlessEmpty: 'budget.gf' },
  { key: 'soce', name: '国有资本经营预算支出情况', unlessEmpty: 'budget.soce' },
  ...OTHER_SECTIONS,
];

export const DISCLOSURE_PROFILES: readonly DisclosureProfile[] = [
  // Central and local final accounts publish the same nine tables (local sets may add more).
  { id: 'final', kind: 'final', tables: FINAL_TABLES, sections: FINAL_SECTIONS },
  {
    id: 'budget.central', kind: 'budget', levels: ['central'],
    tables: [
      'budget.summary', 'budget.income', 'budget.expenditure', 'budget.fiscalSummary', 'budget.gpbExpenditure',
      'budget.gpbBasicExpenditure', 'budget.gf', 'budget.soce', 'budget.threePublic',
    ],
    sections: BUDGET_SECTIONS,
  },
  {
    // Local department budgets: the eight tables every place publishes; 国有资本经营预算,
    // 项目支出, 政府采购 and 绩效目标 tables are added by many places but not everywhere.
    id: 'budget.local', kind: 'budget',
    tables: [
      'budget.summary', 'budget.income', 'budget.expenditure', 'budget.fiscalSummary', 'budget.gpbExpenditure',
      'budget.gpbBasicExpenditure', 'budget.gf', 'budget.threePublic',
    ],
    sections: BUDGET_SECTIONS,
  },
];

/** The profile that applies to a document, or null when its kind is unknown. */
export function profileFor(kind: DisclosureKind | null, level: Level): DisclosureProfile | null {
  return DISCLOSURE_PROFILES.find((p) => p.kind === kind && (!p.levels || p.levels.includes(level))) ?? null;
}
