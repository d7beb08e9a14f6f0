/**
 * @module Round-trip verdict: a parse against its generated truth, cell by cell, split into what the
 * reader got right, what it reported as undecided (the truth among its candidates: the printed text
 * does not determine it) and what it got wrong. The bench and the tests count documents and cells
 * by this verdict, so an undecided cell is never confused with a misread one.
 */
import type { Disclosure, Row, Table } from '../model/index.js';
import { compareDisclosures } from './compare.js';

export interface RoundTrip {
  /** exact: no difference; ambiguous: only cells the reader reports undecided; wrong: anything else. */
  readonly verdict: 'exact' | 'ambiguous' | 'wrong';
  /** Cells of the truth's tables compared (printed values). */
  readonly cells: number;
  /** Cells left undecided by the reader, the truth among its candidates. */
  readonly ambiguousCells: number;
  /** Cells read with another value or in another column, and rows undecided without the truth among the candidates. */
  readonly wrongCells: number;
  /** Differences that are not cells (metadata, table kinds, rows, columns, performance tables). */
  readonly otherDifferences: number;
  /** Every difference, one readable line each (compareDisclosures). */
  readonly differences: readonly string[];
}

export function roundTrip(truth: Disclosure, read: Disclosure): RoundTrip {
  const differences = compareDisclosures(truth, read);
  let cells = 0;
  let ambiguousCells = 0;
  let wrongCells = 0;
  let cellLines = 0;
  for (const t of truth.tables) {
    const r = read.tables.find((x) => x.kind === t.kind);
    cells += t.rows.reduce((n, row) => n + Object.keys(row.values).length, 0);
    if (!r || !sameRows(t, r)) continue;
    t.rows.forEach((row, i) => {
      const got = r.rows[i]!;
      const differing = differingKeys(row, got);
      cellLines += differing.length + (got.ambiguity ? 1 : 0);
      if (got.ambiguity && truthAmongCandidates(row, got, t)) ambiguousCells += differing.length;
      else wrongCells += differing.length + (got.ambiguity && differing.length === 0 ? 1 : 0);
    });
  }
  const otherDifferences = differences.length - cellLines;
  const verdict = differences.length === 0 ? 'exact' : wrongCells === 0 && otherDifferences === 0 ? 'ambiguous' : 'wrong';
  return { verdict, cells, ambiguousCells, wrongCells, otherDifferences, differences };
}

const rowId = (r: Row) => `${r.side ?? ''}:${r.code ?? r.key ?? r.name}`;

function sameRows(t: Table, r: Table): boolean {
  return t.rows.length === r.rows.length && t.rows.every((row, i) => rowId(row) === rowId(r.rows[i]!));
}

function differingKeys(a: Row, b: Row): string[] {
  const keys = new Set([...Object.keys(a.values), ...Object.keys(b.values)]);
  return [...keys].filter((k) => a.values[k]?.value !== b.values[k]?.value || a.values[k]?.decimals !== b.values[k]?.decimals);
}

/**
 * Whether the reader's candidates hold the true placement: the columns of the truth's cells the
 * reader did not place, in the table's column order, paired with the undecided values.
 */
function truthAmongCandidates(row: Row, got: Row, t: Table): boolean {
  const order = t.columns.map((c) => c.key);
  const open = order.filter((k) => row.values[k] && got.values[k]?.value !== row.values[k]!.value);
  const texts = open.map((k) => row.values[k]!.text);
  if (texts.join('|') !== got.ambiguity!.values.join('|')) return false;
  return got.ambiguity!.candidates.some((c) => c.join('|') === open.join('|'));
}
