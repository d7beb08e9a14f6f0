/**
 * Test helpers: parse a bundled example, look up cells, and evaluate every identity.
 */
import { readFileSync } from 'node:fs';
import { IDENTITIES } from '../src/catalogue/index.js';
import { evaluate, instantiate, shapeOf } from '../src/arithmetic/index.js';
import { cellInDocumentUnit } from '../src/checks/index.js';
import { formatAmount } from '../src/model/index.js';
import type { Disclosure, Table } from '../src/model/index.js';
import type { Line } from '../src/ingest/index.js';
import { parseBytes } from '../src/parse/index.js';

export const EXAMPLES = new URL('../examples/', import.meta.url);

export async function parseExample(name: string): Promise<Disclosure> {
  const file = new URL(name, EXAMPLES);
  const result = await parseBytes(readFileSync(file), name);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

export function table(d: Disclosure, kind: string): Table {
  const t = d.tables.find((x) => x.kind === kind);
  if (!t) throw new Error(`no table ${kind}`);
  return t;
}

/** The printed figures of a row (by code or key) as exact decimal strings. */
export function rowValues(t: Table, codeOrKey: string): Record<string, string> {
  const row = t.rows.find((r) => r.code === codeOrKey || r.key === codeOrKey);
  if (!row) throw new Error(`${t.kind}: no row ${codeOrKey}`);
  return Object.fromEntries(Object.entries(row.values).map(([k, c]) => [k, formatAmount(c.value, c.decimals)]));
}

/** Identities that miss beyond rounding: "id table/row/column…: lhs≠rhs". */
export function failedIdentities(d: Disclosure): string[] {
  const shapes = d.tables.map((t) => shapeOf(t.kind, t.columns, t.rows));
  const out: string[] = [];
  for (const eq of instantiate(shapes, IDENTITIES)) {
    if (eq.terms.some((t) => d.tables[t.ref.table]!.rows[t.ref.row]!.ambiguity)) continue; // not evaluable
    // tables may print 元 and 万元 side by side: the checks' own conversion, not a copy of it
    const ev = evaluate(eq, (ref) => cellInDocumentUnit(d, ref));
    if (ev.outcome !== 'fail') continue;
    const first = eq.terms[0]!.ref;
    const row = d.tables[first.table]!.rows[first.row]!;
    out.push(`${eq.identity.id} ${row.code ?? row.key}.${first.column}: ${formatAmount(ev.lhs)} ${eq.op} ${formatAmount(ev.rhs)}`);
  }
  return [...new Set(out)].sort();
}

/** A printed piece for table tests: text and its x range. */
export type Piece = [text: string, x0: number, x1: number];

/**
 * A maker of laid-out lines for table tests, numbered in order: `line(page, y, ...pieces)`
 * puts the pieces on one band from y to y + `height`.
 */
export function lineMaker(height: number): (page: number, y: number, ...pieces: Piece[]) => Line {
  let count = 0;
  return (page, y, ...pieces) => ({
    text: pieces.map((p) => p[0]).join(' '), at: { page, line: ++count },
    pieces: pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0: y, y1: y + height })),
  });
}
