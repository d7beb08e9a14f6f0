/**
 * @module The shape of an identity: an arithmetic relation between printed figures that a
 * correct disclosure satisfies. Identities drive both column assignment (recognition) and
 * the identity checks, so the arithmetic is written once, here, as data.
 */

export type RowRef = { readonly key: string } | { readonly code: string };

export interface CellTerm {
  readonly table: string;
  readonly row: RowRef;
  readonly column: string;
}

export type Relation = '=' | '<=' | '>=';

interface IdentityBase {
  /** Stable id, e.g. "final.income.rowSum". */
  readonly id: string;
  /** What it enforces and why, one paragraph (Chinese first). */
  readonly basis: string;
}

/** On every row of a table: Σ lhs columns = Σ rhs columns (absent cells are 0). */
export interface RowIdentity extends IdentityBase {
  readonly kind: 'row';
  readonly table: string;
  readonly lhs: readonly string[];
  readonly rhs: readonly string[];
  /** Applies only when the table prints all these columns. */
  readonly requires?: readonly string[];
  /** Does not apply when the table prints any of these columns (another form applies). */
  readonly unless?: readonly string[];
}

/** Every column of a coded table: 类 = Σ 款, 款 = Σ 项, total row = Σ 类. */
export interface HierarchyIdentity extends IdentityBase {
  readonly kind: 'hierarchy';
  readonly table: string;
  /** Rows by key that hold the table total (default: total). */
  readonly totalRow?: string;
  /** Keyed rows added to the 类 sum (总计 = Σ 类 + 结转下年). */
  readonly plus?: readonly string[];
  /** Does not apply when any of these keyed rows is printed. */
  readonly unlessRows?: readonly string[];
}

/** One equation between named cells, possibly in different tables. */
export interface CellsIdentity extends IdentityBase {
  readonly kind: 'cells';
  readonly lhs: readonly CellTerm[];
  readonly rhs: readonly CellTerm[];
  readonly op: Relation;
  /** Applies only when these cells' rows are printed. */
  readonly requiresRows?: readonly CellTerm[];
  /** Does not apply when any of these cells' rows is printed. */
  readonly unlessRows?: readonly CellTerm[];
}

/**
 * Row by row, matched on code (and keyed rows): left.column op right.column. A column may
 * be written "gpb|total": the first of them that the table prints.
 */
export interface RowsIdentity extends IdentityBase {
  readonly kind: 'rows';
  readonly left: { readonly table: string; readonly column: string };
  readonly right: { readonly table: string; readonly column: string };
  /** Which rows of the left table: 类 rows only, or every coded row. */
  readonly rows: 'classes' | 'coded';
  /** Also compare these keyed rows (left key → right key). */
  readonly keyed?: Readonly<Record<string, string>>;
  readonly op: Relation;
}

export type IdentitySpec = RowIdentity | HierarchyIdentity | CellsIdentity | RowsIdentity;
