/**
 * @module Rows of the basic-expenditure table printed as two or three side-by-side groups of
 * (economic code, name, amount): every code on a line starts one row; a code at a line's
 * end takes the wrapped name that follows. A name printed bottom-aligned in its cell (Excel's
 * default) wraps the other way: its head stands alone on the line above, in the name's column.
 * The groups form one list, ordered by code.
 */
import type { Line } from '../ingest/index.js';
import type { TableSpec } from '../catalogue/index.js';
import type { RawRow } from './raw.js';
import { rowKeyOf } from './raw.js';
import { atOf, squash, tokenizeLine } from './text.js';
import type { Token } from './text.js';

const ECONOMIC_CODE = /^[3-5]\d{2}(\d{2})?$/;

export function economicGroupRows(lines: readonly Line[], spec: TableSpec, columns: readonly string[]): RawRow[] {
  const rows: RawRow[] = [];
  let open: RawRow | null = null; // a row whose name may continue on the next line
  let heads: Token[] = []; // name heads printed above their rows (positioned input only)
  for (const line of lines) {
    const tokens = tokenizeLine(line);
    const startsWithCode = tokens[0]?.type === 'number' && ECONOMIC_CODE.test(tokens[0].text);
    const textOnly = tokens.length > 0 && tokens.every((t) => t.type === 'text') && !rowKeyOf(line.text, spec.rows, undefined, null);
    if (!startsWithCode && open && textOnly) {
      open.name += squash(line.text);
      open.text += ' ' + line.text;
      continue;
    }
    if (!startsWithCode && textOnly && tokens.every((t) => t.box)) {
      heads = tokens;
      continue;
    }
    const headOf = (t: Token): string => {
      const h = heads.find((x) => Math.abs(x.box![0] - t.box![0]) < 2);
      return h ? squash(h.text) : '';
    };
    open = null;
    let cur: RawRow | null = null;
    tokens.forEach((t, i) => {
      // a code whose name is printed elsewhere ("30108 446.11") stands before a figure with decimals
      const next = tokens[i + 1];
      const isCode = t.type === 'number' && ECONOMIC_CODE.test(t.text) && t.num?.decimals === 0 && !t.text.includes(',')
        && (!next || next.type === 'text' || (next.num?.decimals ?? 0) > 0);
      if (isCode || (t.type === 'text' && (!cur || cur.placements[0]!.values.length > 0))) {
        cur = { key: null, code: isCode ? t.text : null, name: isCode ? '' : squash(t.text), text: t.text, at: line.at,
          placements: [{ columns, values: [] }] };
        rows.push(cur);
        return;
      }
      if (!cur) return;
      cur.text += ' ' + t.text;
      if (t.type === 'text') cur.name += (cur.name === '' && t.box ? headOf(t) : '') + squash(t.text);
      else (cur.placements[0]!.values as { num: typeof t.num; at: typeof line.at }[]).push({ num: t.num, at: atOf(line, t) });
    });
    heads = [];
    const last = rows[rows.length - 1];
    if (last && last.placements[0]!.values.length === 0) open = last;
  }
  for (const r of rows) if (!r.code) r.key = rowKeyOf(r.name, spec.rows, undefined, null)?.key ?? null;
  return rows.sort((a, b) => order(a) - order(b));
}

/** Coded rows by code (class before its 款), then the keyed total rows in printed order. */
function order(r: RawRow): number {
  return r.code ? Number(r.code.padEnd(5, '0')) * 10 + (r.code.length === 3 ? 0 : 1) : 1e9;
}
