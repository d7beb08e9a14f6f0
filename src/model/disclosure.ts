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
}

export type Side = 'income' | 'expenditure';

export interface Row {
  /** Canonical key of a summary row (total, incomeTotal, gpbAppropriation …), else null. */
  key: string | null;
  /** Joined classification code, else null. */
  code: string | null;
  /** Printed name, whitespace removed. */
  name: string;
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

export interface PerformanceFunds {
  source: string;
  values: Record<string, Cell>;
}

export interface PerformanceIndicator {
  level1: string | null;
  level2: string | null;
  name: string;
  target: string | null;
  actual: string | null;
  weight: string | null;
  score: string | null;
  deviation: string | null;
}

export interface PerformanceTable {
  kind: 'performance.selfEvaluation' | 'performance.targets';
  title: string;
  project: string | null;
  department: string | null;
  implementer: string | null;
  funds: PerformanceFunds[];
  indicators: PerformanceIndicator[];
  totalScore: string | null;
  at: SourceRef;
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

export interface Disclosure {
  source: SourceInfo;
  document: DocumentMeta;
  tables: Table[];
  performance: PerformanceTable[];
  sections: Section[];
  warnings: Warning[];
}
