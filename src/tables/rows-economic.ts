/**
 * @module Rows of the basic-expenditure table printed as two or three side-by-side groups of
 * (economic code, name, amount): every code on a line starts one row. A long name wraps inside
 * its cell; where its other lines stand depends on the cell's vertical alignment (top: tail
 * below; Excel's bottom: head above; middle: head above and tail below the code's line), and
 * with several groups one line can hold pieces of different groups' names. With positions
 * (PDF), each name piece on a line without a code joins the row of its own group (the code
 * column left of it) whose line is nearest; without positions, a text line continues the
 * last row left without figures. The groups form one list, ordered by code.
 */
import type { Line } from '../ingest/index.js';
import type { TableSpec } from '../catalogue/index.js';
import { joinCode, parseNumber } from '../model/index.js';
import type { RawRow } from './raw.js';
import { rowKeyOf } from './raw.js';
import { atOf, squash, tokenizeLine } from './text.js';
import type { Box, Token } from './text.js';

const ECONOMIC_CODE = /^[3-5]\d{2}(\d{2})?$/;

/** A name piece printed on a line of its own: where it stands, to find its row. */
interface Fragment {
  readonly text: string;
  readonly page: number | null;
  readonly box: Box;
}

/** Where a coded row's code stands and the pieces of its name, each at its height. */
interface Anchor {
  readonly row: RawRow;
  readonly page: number | null;
  readonly code: Box;
  readonly parts: { y: number; text: string }[];
}

export function economicGroupRows(lines: readonly Line[], spec: TableSpec, columns: readonly string[]): RawRow[] {
  const rows: RawRow[] = [];
  const anchors: Anchor[] = [];
  const fragments: Fragment[] = [];
  let open: RawRow | null = null; // text input: a row whose name may continue on the next line
  const tokenized = lines.map((line) => ({ line, tokens: joinCodeParts(tokenizeLine(line)) }));
  const codeXs = codeColumns(tokenized.map((x) => x.tokens));
  for (const { line, tokens } of tokenized) {
    const startsWithCode = tokens[0]?.type === 'number' && ECONOMIC_CODE.test(tokens[0].text);
    const textOnly = tokens.length > 0 && tokens.every((t) => t.type === 'text') && !rowKeyOf(line.text, spec.rows, undefined, null);
    if (!startsWithCode && textOnly && tokens.every((t) => t.box)) {
      fragments.push(...tokens.map((t) => ({ text: squash(t.text), page: line.at.page ?? null, box: t.box! })));
      continue;
    }
    if (!startsWithCode && open && textOnly) {
      open.name += squash(line.text);
      open.text += ' ' + line.text;
      continue;
    }
    open = lineRows(line, tokens, { columns, codeXs }, rows, anchors);
  }
  joinFragments(fragments, anchors);
  for (const r of rows) if (!r.code) r.key = rowKeyOf(r.name, spec.rows, undefined, null)?.key ?? null;
  return rows.sort((a, b) => order(a) - order(b));
}

/** The rows a line starts (pushed to `rows`); returns the last one when it printed no figure (its name may wrap). */
function lineRows(line: Line, tokens: readonly Token[], o: { columns: readonly string[]; codeXs: readonly number[] }, rows: RawRow[],
  anchors: Anchor[]): RawRow | null {
  const { columns, codeXs } = o;
  let cur: RawRow | null = null;
  let anchor: Anchor | null = null;
  tokens.forEach((t, i) => {
    const isCode = looksLikeCode(tokens, i) || (looksLikeCode(tokens, i, false) && codeXs.some((x) => Math.abs(x - t.box![0]) < 2));
    if (isCode || (t.type === 'text' && (!cur || cur.placements[0]!.values.length > 0))) {
      cur = { key: null, code: isCode ? t.text : null, name: isCode ? '' : squash(t.text), text: t.text, at: line.at,
        placements: [{ columns, values: [] }] };
      rows.push(cur);
      anchor = isCode && t.box ? { row: cur, page: line.at.page ?? null, code: rowBox(line, t.box), parts: [] } : null;
      if (anchor) anchors.push(anchor);
      return;
    }
    if (!cur) return;
    cur.text += ' ' + t.text;
    if (t.type === 'text') {
      cur.name += squash(t.text);
      anchor?.parts.push({ y: t.box?.[1] ?? 0, text: squash(t.text) });
    } else (cur.placements[0]!.values as { num: typeof t.num; at: typeof line.at }[]).push({ num: t.num, at: atOf(line, t) });
  });
  const last = rows[rows.length - 1];
  return last && last.placements[0]!.values.length === 0 ? last : null;
}

/**
 * The code's box stretched to its line's height: a row printed on two half-offset lines (code
 * above, name and figure below) is centred between them, and a wrapped name's tail is nearest there.
 */
function rowBox(line: Line, code: Box): Box {
  const ys = (line.pieces ?? []).flatMap((p) => [p.y0 ?? code[1], p.y1 ?? code[3]]);
  return ys.length > 0 ? [code[0], Math.min(...ys), code[2], Math.max(...ys)] : code;
}

/**
 * A code: an integer of the economic classification's shape followed by its name, by a figure
 * with decimals (its name printed elsewhere: "30108 446.11"), or ending the line. Without
 * `named`, the shape alone (positioned input, checked against the code columns): a row whose
 * name stands on other lines prints its code next to its figure, which may have no decimals.
 */
function looksLikeCode(tokens: readonly Token[], i: number, named = true): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return t.type === 'number' && ECONOMIC_CODE.test(t.text) && t.num?.decimals === 0 && !t.text.includes(',')
    && (!named || !next || next.type === 'text' || (next.num?.decimals ?? 0) > 0) && (named || Boolean(t.box));
}

/**
 * A 类 code and its 款 part printed apart ("302 01 办公费", 类 and 款 columns) are one code:
 * the part is two digits and a name follows it, so no amount is taken for a part.
 */
function joinCodeParts(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const part = tokens[i + 1];
    const text = t.type === 'number' && CLASS_CODE.test(t.text) && part?.type === 'number' && tokens[i + 2]?.type === 'text'
      ? joinCode(`${t.text} ${part.text}`) : null;
    if (text && part) {
      const box: Box | undefined = t.box && part.box ? [t.box[0], Math.min(t.box[1], part.box[1]), part.box[2], Math.max(t.box[3], part.box[3])] : undefined;
      out.push({ type: 'number', num: parseNumber(text), text, ...(box ? { box } : {}) });
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

const CLASS_CODE = /^[3-5]\d{2}$/;

/** The left edges of the code columns (positioned input): where named codes stand. */
function codeColumns(lines: readonly (readonly Token[])[]): number[] {
  return lines.flatMap((tokens) => tokens.flatMap((t, i) => (t.box && looksLikeCode(tokens, i) ? [t.box[0]] : [])));
}

/**
 * Each name piece joins the coded row of its group (the nearest code column at or left of it)
 * on the same page whose code stands nearest in height, within two lines; the row's name is
 * then its pieces top to bottom. A piece with no such row (a note under the table) is dropped.
 */
function joinFragments(fragments: readonly Fragment[], anchors: readonly Anchor[]): void {
  const touched = new Set<Anchor>();
  for (const f of fragments) {
    const codeX = Math.max(...anchors.filter((a) => a.page === f.page && a.code[0] <= f.box[0] + 1).map((a) => a.code[0]));
    const height = f.box[3] - f.box[1];
    const mid = (b: Box) => (b[1] + b[3]) / 2;
    const near = anchors.filter((a) => a.page === f.page && Math.abs(a.code[0] - codeX) < 2
      && Math.abs(mid(a.code) - mid(f.box)) < 2 * height);
    const best = near.reduce<Anchor | null>((b, a) => (!b || Math.abs(mid(a.code) - mid(f.box)) < Math.abs(mid(b.code) - mid(f.box)) ? a : b), null);
    if (!best) continue;
    best.parts.push({ y: f.box[1], text: f.text });
    best.row.text += ' ' + f.text;
    touched.add(best);
  }
  for (const a of touched) a.row.name = a.parts.sort((p, q) => p.y - q.y).map((p) => p.text).join('');
}

/** Coded rows by code (class before its 款), then the keyed total rows in printed order. */
function order(r: RawRow): number {
  return r.code ? Number(r.code.padEnd(5, '0')) * 10 + (r.code.length === 3 ? 0 : 1) : 1e9;
}
