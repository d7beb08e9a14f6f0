/**
 * @module Round-trip comparison: what a parse gave back against the generated truth, cell by
 * cell. Each difference is one readable line (table, row, column, expected vs read), so a
 * failing round trip says exactly where the reader and the document part ways.
 */
import type { Disclosure, Row, Table } from '../model/index.js';
import { comparePerformanceTables } from './compare-performance.js';

const META = ['department', 'fiscalYear', 'kind', 'scope', 'level', 'currencyUnit', 'title'] as const;

export function compareDisclosures(truth: Disclosure, read: Disclosure): string[] {
  const out: string[] = [];
  for (const k of META) {
    if (truth.document[k] !== read.document[k]) out.push(`document.${k}: expected ${truth.document[k]} read ${read.document[k]}`);
  }
  const kinds = (d: Disclosure) => d.tables.map((t) => t.kind).join(',');
  if (kinds(truth) !== kinds(read)) out.push(`tables: expected [${kinds(truth)}] read [${kinds(read)}]`);
  for (const t of truth.tables) {
    const r = read.tables.find((x) => x.kind === t.kind);
    if (r) out.push(...compareTables(t, r));
  }
  out.push(...comparePerformanceTables(truth.performance, read.performance));
  return out;
}

const rowId = (r: Row) => `${r.side ? `${r.side}:` : ''}${r.code ?? r.key ?? `"${r.name}"`}`;

function compareTables(t: Table, r: Table): string[] {
  const out: string[] = [];
  if (t.empty !== r.empty) out.push(`${t.kind}: empty expected ${t.empty} read ${r.empty}`);
  if ((t.note ?? null) !== (r.note ?? null) && t.empty) out.push(`${t.kind}: note expected ${t.note} read ${r.note}`);
  const cols = (x: Table) => x.columns.map((c) => c.key).join(',');
  if (cols(t) !== cols(r)) out.push(`${t.kind}: columns expected [${cols(t)}] read [${cols(r)}]`);
  const ids = (x: Table) => x.rows.map(rowId).join(',');
  if (ids(t) !== ids(r)) {
    out.push(`${t.kind}: rows expected [${ids(t)}] read [${ids(r)}]`);
    return out;
  }
  t.rows.forEach((row, i) => {
    const got = r.rows[i]!;
    if (row.code && row.name !== got.name) out.push(`${t.kind} ${rowId(row)}: name expected ${row.name} read ${got.name}`);
    if (got.ambiguity) out.push(`${t.kind} ${rowId(row)}: ambiguous ${JSON.stringify(got.ambiguity)}`);
    const keys = new Set([...Object.keys(row.values), ...Object.keys(got.values)]);
    for (const k of keys) {
      const a = row.values[k];
      const b = got.values[k];
      if (a?.value !== b?.value || a?.decimals !== b?.decimals) {
        out.push(`${t.kind} ${rowId(row)}.${k}: expected ${a?.text ?? '(none)'} read ${b?.text ?? '(none)'}`);
      }
    }
  });
  return out;
}
