/**
 * @module The shape of the domain catalogue: what a table kind is called, how its columns
 * and summary rows are labelled, and which identities hold. Generic recognition and check
 * code reads these; adding a title variant or an alias is a data change.
 */
import type { CodeScheme, DisclosureKind, Side } from '../model/index.js';

export interface ColumnSpec {
  readonly key: string;
  /** Header words that name the column, longest match wins (whitespace removed). */
  readonly aliases: readonly string[];
  /** Always printed when the table is (the 合计 column), even if no header word is seen. */
  readonly required?: boolean;
  /** Holds a percentage, not an amount. */
  readonly percent?: boolean;
  /** Only present when one of these words is in the header (sub-columns of a group). */
  readonly when?: readonly string[];
}

export interface RowSpec {
  readonly key: string;
  /** Printed labels, compared after whitespace and list numbering (一、 （二） 1.) are removed. */
  readonly aliases: readonly string[];
  readonly side?: Side;
  /** Matches only inside the group opened by the row with this key (其中 items of 上年结转). */
  readonly under?: string;
  /** This row opens a group for the rows after it on the same side. */
  readonly opens?: boolean;
}

/**
 * How rows are printed:
 * - coded: one row per classification code (or project), plus 合计 rows;
 * - twoSided: income items on the left, expenditure on the right, on the same lines;
 * - economicGroups: (code, name, amount) printed in 2–3 side-by-side groups;
 * - threePublic: one row of figures under a two-level header, or items as rows (transposed).
 */
export type TableLayout = 'coded' | 'twoSided' | 'economicGroups' | 'threePublic';

export interface TableSpec {
  readonly kind: string;
  readonly disclosure: DisclosureKind;
  /** Title patterns, tested on the title with whitespace, numbering and （续） removed. */
  readonly titles: readonly RegExp[];
  readonly layout: TableLayout;
  /** Columns in their canonical printed order (superset: a document prints some of them). */
  readonly columns: readonly ColumnSpec[];
  /** Two-sided tables: the columns of each side. */
  readonly sides?: { readonly income: readonly ColumnSpec[]; readonly expenditure: readonly ColumnSpec[] };
  readonly rows: readonly RowSpec[];
  /** Which classification the codes of this table are in. */
  readonly codes?: CodeScheme;
  /**
   * A shape some places print beside (or instead of) the MODEL.md tables: a document without it
   * lacks nothing, so its identities simply do not apply there (no "table not found").
   */
  readonly optional?: boolean;
}
