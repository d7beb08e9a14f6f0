/**
 * @module Figures printed a little above their row. Some producers top-align a few cells of a
 * row whose other cells are centred, so the figures land half a line higher and the layout
 * reads them as a line of their own ("1,503.52 603.14" above "201 一般公共服务支出 2,106.66").
 * Such a figures-only line joins the row below when the two overlap vertically and no
 * figure stands where the row prints something. The first row's figures may share the
 * header's last line ("类 款 项 2,336.91 603.14" above "合计 2,940.05"): they move down the same way
 * (the header words, already read with the header, are left out).
 */
import type { Line, LinePiece } from '../ingest/index.js';
import { tokenize } from './text.js';

export function joinRaisedCells(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const figures = line.pieces?.filter((p) => !HEADER_WORD.test(p.text)) ?? [];
    if (next && figures.length > 0 && raisedOnto({ ...line, text: joined(figures), pieces: figures }, next)) {
      const pieces = [...next.pieces!, ...figures].sort((a, b) => a.x0 - b.x0);
      out.push({ ...next, text: joined(pieces), pieces });
      i++;
      continue;
    }
    out.push(line);
  }
  return out;
}

/** The code columns' header cells, printed on the header's last line. */
const HEADER_WORD = /^(类|款|项)$/;

function joined(pieces: readonly LinePiece[]): string {
  return pieces.map((p) => p.text).join(' ');
}

function raisedOnto(line: Line, row: Line): boolean {
  if (!line.pieces || !row.pieces || line.at.page !== row.at.page) return false;
  if (!tokenize(line.text).every((t) => t.type === 'number')) return false;
  const [top, bottom] = span(line.pieces);
  const [rowTop, rowBottom] = span(row.pieces);
  const shared = Math.min(bottom, rowBottom) - Math.max(top, rowTop);
  return shared >= MIN_SHARED * (bottom - top) && line.pieces.every((p) => row.pieces!.every((q) => q.x1 <= p.x0 || q.x0 >= p.x1));
}

/** Share of the figures' height that must lie within the row's. */
const MIN_SHARED = 0.3;

function span(pieces: readonly LinePiece[]): [number, number] {
  return [Math.min(...pieces.map((p) => p.y0 ?? 0)), Math.max(...pieces.map((p) => p.y1 ?? 0))];
}

/**
 * A figure wrapped inside a narrow cell: "21,118.5" on one line, its last digit "1" on a
 * line below, right-aligned with it, the row's other cells between. The two parts are one
 * figure, placed on the row they straddle. Runs before page furniture is dropped: the lone
 * digit would pass for a page number.
 */
export function joinWrappedFigures(lines: readonly Line[]): Line[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const head = out[i]!.pieces;
    if (head?.length !== 1 || !/^\d[\d,]*\.\d?$/.test(head[0]!.text)) continue;
    for (const j of [i + 1, i + 2]) {
      const tail = out[j]?.pieces;
      if (tail?.length !== 1 || !/^\d{1,2}$/.test(tail[0]!.text) || Math.abs(tail[0]!.x1 - head[0]!.x1) > ALIGN) continue;
      if (out[j]!.at.page !== out[i]!.at.page) break;
      const [p, q] = [head[0]!, tail[0]!];
      const figure: LinePiece = { text: p.text + q.text, x0: Math.min(p.x0, q.x0), x1: Math.max(p.x1, q.x1), y0: p.y0 ?? 0, y1: q.y1 ?? 0 };
      const row = j === i + 2 ? out[i + 1]! : null;
      if (row?.pieces && row.pieces.every((r) => r.x1 <= figure.x0 || r.x0 >= figure.x1)) {
        const pieces = [...row.pieces, figure].sort((a, b) => a.x0 - b.x0);
        out.splice(i, 3, { ...row, text: joined(pieces), pieces });
      } else {
        out.splice(i, j - i + 1, { ...out[i]!, text: figure.text, pieces: [figure] });
      }
      break;
    }
  }
  return out;
}

/** Points two parts of a wrapped figure may differ at their right edges. */
const ALIGN = 2;
