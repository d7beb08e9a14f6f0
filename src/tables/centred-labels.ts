/**
 * @module Labels wrapped inside narrow cells of a grid whose cells are centred vertically
 * (江苏: "一、财政" / "13,649.07 … 一、基本支出 7,666.68" / "拨款"). The label's lines then
 * stand above and below its figures, each a line of its own. Two cases are re-joined:
 * - centred: a label's two lines straddle a line that prints nothing in their column, and
 *   their middle is that line's middle (the row's cells share a centre): both move onto it;
 * - cut: a label whose figures stand on its first line ("八、社会保障和就 1,608.51") continues on
 *   the next line, maybe on the next page ("业支出"), where it alone names an item.
 */
import type { Line, LinePiece } from '../ingest/index.js';
import { stackedPiece, tokenize, withPieces } from './text.js';

/** Whether a label names an item of the table (a known row or class). */
export type IsItem = (label: string) => boolean;

export function joinCentredLabels(lines: readonly Line[], isItem: IsItem): Line[] {
  const out = [...lines];
  for (let i = 1; i + 1 < out.length; i++) {
    const [above, row, below] = [out[i - 1]!, out[i]!, out[i + 1]!];
    const pairs = straddling(above, row, below, isItem);
    if (!pairs) continue;
    const joined = pairs.map(([p, q]) => stackedPiece(p, q));
    const moved = new Set(pairs.flat());
    const rest = (l: Line) => withPieces(l, l.pieces!.filter((p) => !moved.has(p)));
    out.splice(i - 1, 3, ...[rest(above), withPieces(row, [...row.pieces!, ...joined]), rest(below)].filter((l) => l.text));
  }
  return joinCutLabels(out, isItem);
}

/**
 * The label halves above and below `row`, paired: every text piece of `below` continues the
 * nearest text piece of `above`, in a column where `row` prints nothing, centred on `row`.
 */
function straddling(above: Line, row: Line, below: Line, isItem: IsItem): Array<[LinePiece, LinePiece]> | null {
  if (!above.pieces || !row.pieces || !below.pieces) return null;
  if (above.at.page !== row.at.page || below.at.page !== row.at.page) return null;
  if (!onlyText(above) || !onlyText(below) || above.pieces.length !== below.pieces.length) return null;
  const pairs = above.pieces.map((p, k): [LinePiece, LinePiece] => [p, below.pieces![k]!]);
  const fits = pairs.every(([p, q]) => Math.abs(p.x0 - q.x0) <= COLUMN_SLACK * height(p)
    && !opensLabel(q.text, isItem) && row.pieces!.every((r) => r.x1 <= Math.min(p.x0, q.x0) || r.x0 >= Math.max(p.x1, q.x1)));
  if (!fits) return null;
  const [top, bottom] = [Math.min(...above.pieces.map((p) => p.y0 ?? 0)), Math.max(...below.pieces.map((p) => p.y1 ?? 0))];
  const [rowTop, rowBottom] = [Math.min(...row.pieces.map((p) => p.y0 ?? 0)), Math.max(...row.pieces.map((p) => p.y1 ?? 0))];
  // close enough to be one cell's lines: no wider gap than a line's height on either side
  const h = rowBottom - rowTop;
  if (rowTop - Math.max(...above.pieces.map((p) => p.y1 ?? 0)) > h || Math.min(...below.pieces.map((p) => p.y0 ?? 0)) - rowBottom > h) return null;
  return Math.abs((top + bottom) / 2 - (rowTop + rowBottom) / 2) <= CENTRE_SLACK * h ? pairs : null;
}

/** A label cut after its figures continues on the next text-only line, where joined it names an item. */
function joinCutLabels(lines: Line[], isItem: IsItem): Line[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    const [line, next] = [out[i]!, out[i + 1]!];
    if (!line.pieces || !next.pieces || next.pieces.length !== 1 || !onlyText(next)) continue;
    const q = next.pieces[0]!;
    const p = line.pieces.find((x, k) => Math.abs(x.x0 - q.x0) <= COLUMN_SLACK * height(q) && isFigure(line.pieces![k + 1]));
    if (!p || isItem(p.text) || opensLabel(q.text, isItem) || !isItem(p.text + q.text)) continue;
    const pieces = line.pieces.map((x) => (x === p ? { ...p, text: p.text + q.text } : x));
    out.splice(i, 2, withPieces(line, pieces));
  }
  return out;
}

/** How far apart (in glyph heights) the left edges of one cell's lines may be: a first-line indent is two glyphs. */
const COLUMN_SLACK = 2.5;
/** How far (in line heights) the label's middle may be off the row's. */
const CENTRE_SLACK = 0.25;

/** A numbered or known item opens a label of its own rather than continuing one. */
function opensLabel(text: string, isItem: IsItem): boolean {
  return isItem(text) || /^[（(]?[一二三四五六七八九十\d]/.test(text.trim());
}

function height(p: LinePiece): number {
  return Math.max(1, (p.y1 ?? 0) - (p.y0 ?? 0));
}

function onlyText(line: Line): boolean {
  return line.pieces!.length > 0 && tokenize(line.text).every((t) => t.type === 'text');
}

function isFigure(p: LinePiece | undefined): boolean {
  return p !== undefined && tokenize(p.text).some((t) => t.type === 'number');
}
