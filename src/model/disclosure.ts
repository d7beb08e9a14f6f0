/**
 * @module The canonical disclosure model (shared/spec/MODEL.md): plain, serialisable data
 * that every later stage (checks, storage, web) reads. Every figure keeps where it was printed.
 */
import type { PrintedNumber } from './amount.js';

export type DisclosureKind = 'final' | 'budget';
export type Scope = 'department' | 'unit';
export type Level = 'central' | 'provincial' | 'municipal' | 'county' | 'unknown';
export type SourceFormat = 'pdf' | 'docx' | 'xlsx' | 'xls' | 'html' | 'text';

/** Where something was printed. Text input has lines but no pages or boxes. */
export interface SourceRef {
  /** 1-based page, or null when the input has no pages (text). */
  readonly page: number | null;
  /** 1-based line of the extracted text. */
  readonly line: number;
  /** [x0, y0, x1, y1] in PDF points, top-left origin, when known. */
  readonly box?: readonly [number, number, number, number];
}

export interface DocumentMeta {
  department: string | null;
  fiscalYear: number | null;
  kind: DisclosureKind | null;
  scope: Scope | null;
  level: Level;
  currencyUnit: '万元' | '元' | null;
  /** The printed title, e.g. "国家移民管理局2024年度部门决算". */
  title: string | null;
}

/** One printed cell: the number plus where it stood. */
export interface Cell extends PrintedNumber {
  readonly at: SourceRef;
}

export interface Column {
  readonly key: string;
  readonly label: string;
  /** Summary tables print two sides; a column belongs to one of them. */
  readonly side?: Side;
  /** Holds percentages (增减%), not amounts: never summed. */
  readonly percent?: boolean;
}

export type Side = 'income' | 'expenditure';

export interface Row {
  /** Canonical key of a summary row (total, incomeTotal, gpbAppropriation …), else null. */
  key: string | null;
  /** Joined classification code, else null. */
  code: string | null;
  /** Printed name, whitespace removed. */
  name: string;
  /** Rows that are units (单位): the unit's code printed in its own column (单位编码), else absent. */
  unitCode?: string;
  /** Summary tables: which side of the table the row is on. */
  side?: Side;
  /** Cells by column key; an empty or dash cell is absent. */
  values: Record<string, Cell>;
  /** The printed text of the row (evidence for findings). */
  text: string;
  at: SourceRef;
  /** Set when the printed values could not be placed into columns with certainty. */
  ambiguity?: Ambiguity;
}

/** Values whose column could not be decided: every assignment still consistent. */
export interface Ambiguity {
  readonly values: readonly string[];
  readonly candidates: ReadonlyArray<readonly string[]>;
}

export interface Table {
  kind: string;
  title: string;
  number: string | null;
  pages: number[] | null;
  empty: boolean;
  note: string | null;
  /** The unit printed above the table (单位：元); tables of one document may differ. null: not printed. */
  unit?: '万元' | '元' | null;
  columns: Column[];
  rows: Row[];
  at: SourceRef;
}

/** A 情况说明 section: its heading and body text, with the line where each starts. */
export interface Section {
  heading: string;
  /** Catalogue key of the section when recognised (income, expenditure, threePublic …). */
  key: string | null;
  text: string;
  at: SourceRef;
}

/**
 * One fund-source row of a performance table (项目资金: 年度资金总额 / 其中：财政拨款 / 上年结转 / 其他资金 …).
 * Column keys: budgetInitial 年初预算数, budgetFull 全年预算数, actual 全年执行数, weight 分值,
 * rate 执行率, score 得分; a block printed with one amount column (target tables) uses `amount`.
 * A rate cell keeps percent semantics: value 99.1 means 99.1 % (text "99.1%"), whether or not "%" was printed.
 */
export interface PerformanceFunds {
  /** The printed source label without "其中：" and colons, e.g. "财政拨款". */
  source: string;
  /** Canonical source: total, fiscal, carryover, other, fiscalSuperior, fiscalLocal; null when not recognised. */
  key: string | null;
  /** Cells by column key; an empty or dash cell is absent. */
  values: Record<string, Cell>;
  at: SourceRef;
}

export interface PerformanceIndicator {
  level1: string | null;
  level2: string | null;
  /** 三级指标, whitespace removed. */
  name: string;
  /** 年度指标值 / 指标值 / 目标值, normalised: whitespace removed ("≥98%", "≥5751万本/张"). */
  target: string | null;
  /** 实际完成值 / 业绩值, normalised like target ("99%"). */
  actual: string | null;
  weight: string | null;
  score: string | null;
  deviation: string | null;
  /** 完成率 (self-evaluations printed from DOCX), as printed. */
  rate: string | null;
  /** 指标值设置依据 / 指标设定依据. */
  basis: string | null;
  /** 上年完成值 / 上年完成情况. */
  previous: string | null;
  /** 指标赋分规则. */
  rule: string | null;
  /** 佐证资料. */
  evidence: string | null;
  /** The numeric columns as exact cells (weight, score, rate) when they parse. */
  values: Record<string, Cell>;
  /** Where the indicator's first cell was printed. */
  at: SourceRef;
}

/** 年度总体目标 / 项目总体目标: 预期目标 and, in self-evaluations, 实际完成情况. */
export interface PerformanceGoals {
  expected: string | null;
  /** null when the table has no 实际完成情况 column or the two columns could not be told apart. */
  actual: string | null;
  /** All printed goal text, both columns, in reading order. */
  text: string;
  at: SourceRef;
}

export interface PerformanceTable {
  kind: 'performance.selfEvaluation' | 'performance.targets';
  title: string;
  project: string | null;
  department: string | null;
  implementer: string | null;
  funds: PerformanceFunds[];
  indicators: PerformanceIndicator[];
  /** 总分 score as printed, unit (分) dropped. */
  totalScore: string | null;
  at: SourceRef;
  /** The year printed under the title ("(2024年度)"). */
  year: number | null;
  /** The code printed before the department ("[255]国家移民管理局" → "255"). */
  departmentCode: string | null;
  /** Other header fields by key (manager 项目负责人, contact 部门联系人, phone 联系电话). */
  fields: Record<string, string>;
  goals: PerformanceGoals | null;
  /** The 总分 row: weight (100.0) and score (93.5) as cells. */
  totals: Record<string, Cell>;
  /** What could not be read with certainty. */
  warnings: Warning[];
}

export interface Warning {
  readonly code: string;
  readonly message: string;
  readonly at?: SourceRef;
}

export interface SourceInfo {
  file: string;
  sha256: string;
  format: SourceFormat;
  pages: number | null;
}

/** One printed line of the input, in reading order (what text checks quote and point to). */
export interface PrintedLine {
  readonly text: string;
  readonly at: SourceRef;
}

export interface Disclosure {
  source: SourceInfo;
  document: DocumentMeta;
  tables: Table[];
  performance: PerformanceTable[];
  sections: Section[];
  warnings: Warning[];
  /**
   * The printed lines the disclosure was read from, when the reader kept them (parse does):
   * checks quote them and point to their page and line. Not part of the public JSON.
   */
  lines?: readonly PrintedLine[];
}
