/**
 * @module Raw tables plus decided placements → canonical tables. A value whose column
 * every remaining candidate agrees on is placed; the rest of an undecided run is reported
 * as the row's ambiguity, with the candidate column lists.
 */
import type { Cell, Row, Table } from '../model/index.js';
import type { RawTable } from './raw.js';
import type { PlacementState } from './solve.js';

export function finalizeTables(raw: readonly RawTable[], states: readonly PlacementState[]): Table[] {
  const tables = raw.map((t): Table => ({
    kind: t.spec.kind, title: t.title, number: t.number, pages: null, empty: false, note: t.note, unit: t.unit,
    columns: [...t.columns], at: t.at,
    rows: t.rows.map((r): Row => ({
      key: r.key, code: r.code, name: r.name, ...(r.unitCode ? { unitCode: r.unitCode } : {}), ...(r.side ? { side: r.side } : {}), values: {}, text: r.text, at: r.at,
    })),
  }));
  for (const s of states) place(tables[s.table]!.rows[s.row]!, s);
  for (const t of tables) {
    t.empty = t.rows.every((r) => Object.keys(r.values).length === 0 && !r.ambiguity);
    if (t.empty && t.note) t.note = emptinessReason(t.note);
    t.pages = pagesOf(t);
  }
  return tables;
}

function place(row: Row, s: PlacementState): void {
  const { columns, values } = s.placement;
  const alive = s.overflow ? [values.slice(0, columns.length).map((_, i) => i)] : s.alive;
  values.forEach((v, i) => {
    const cols = new Set(alive.map((c) => c[i]));
    if (cols.size !== 1 || !v.num) return;
    const col = columns[[...cols][0]!];
    if (col !== undefined) row.values[col] = { ...v.num, at: v.at } satisfies Cell;
  });
  if (alive.length > 1) {
    const undecided = values.flatMap((v, i) => (new Set(alive.map((c) => c[i])).size > 1 ? [i] : []));
    row.ambiguity = {
      values: undecided.map((i) => values[i]!.num?.text ?? '-'),
      candidates: dedupe(alive.map((c) => undecided.map((i) => columns[c[i]!]!))),
    };
  }
}

function dedupe(lists: string[][]): string[][] {
  const seen = new Set<string>();
  return lists.filter((l) => { const k = l.join(','); if (seen.has(k)) return false; seen.add(k); return true; });
}

/** An empty table's note: the sentence saying why (无数据/空表/没有…), else the whole note. */
function emptinessReason(note: string): string {
  return note.split('\n').find((p) => /无数据|空表|没有|无.{0,20}(收入|支出)/.test(p)) ?? note;
}

function pagesOf(t: Table): number[] | null {
  const pages = new Set<number>();
  if (t.at.page !== null) pages.add(t.at.page);
  for (const r of t.rows) if (r.at.page !== null) pages.add(r.at.page);
  return pages.size ? [...pages].sort((a, b) => a - b) : null;
}
