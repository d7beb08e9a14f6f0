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
