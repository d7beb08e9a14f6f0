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
import { stackedPiece, tokenize, withPieces } from './text.js';

export function joinRaisedCells(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const figures = line.pieces?.filter((p) => !HEADER_WORD.test(p.text)) ?? [];
    if (next && figures.length > 0 && raisedOnto(withPieces(line, figures), next)) {
      out.push(withPieces(next, [...next.pieces!, ...figures]));
      i++;
      continue;
    }
    out.push(line);
  }
  return out;
}

/** The code columns' header cells, printed on the header's last line. */
const HEADER_WORD = /^(类|款|项)$/;

/**
 * Rows printed on two half-offset lines: the basic-expenditure table of 上海 finals prints each
 * row's 类 code and 款 part a third of a line above its name and figure ("301 01" over
 * "基本工资 262.33"), and a group's 款 part beside its name on the lower line. Two lines that
 * share a third of their height and print nothing in the same place are one row (no chaining: a
 * wrapped name's tail below stays a line of its own, to join its row by position).
 */
export function joinHalfLines(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (next && overlapping(line, next)) {
      out.push(withPieces(line, [...line.pieces!, ...next.pieces!]));
      i++;
      continue;
    }
    out.push(line);
  }
  return out;
}

function raisedOnto(line: Line, row: Line): boolean {
  return overlapping(line, row) && tokenize(line.text).every((t) => t.type === 'number');
}

/** Two lines of one page sharing at least MIN_SHARED of the first's height, with no piece above another. */
function overlapping(line: Line, row: Line): boolean {
  if (!line.pieces || !row.pieces || line.at.page !== row.at.page) return false;
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
 * Figures wrapped inside narrow cells: "21,118.5" (or "143,999.0 32,640.0") on one line, the
 * last digits ("1", "0 0") on a line below, each right-aligned with its head, the row's other
 * cells between. Head and tail are one figure, placed on the row they straddle; a wrapped
 * name beside them ("无锡市交通运输局（本级" / "）") stays on its line. Runs before page
 * furniture is dropped: a lone digit would pass for a page number.
 */
export function joinWrappedFigures(lines: readonly Line[]): Line[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const head = out[i]!.pieces?.filter((p) => HEAD.test(p.text)) ?? [];
    if (head.length === 0) continue;
    for (const j of [i + 1, i + 2]) {
      const tail = out[j]?.pieces?.filter((q) => TAIL.test(q.text)) ?? [];
      if (tail.length !== head.length || !tail.every((q, k) => Math.abs(q.x1 - head[k]!.x1) <= ALIGN)) continue;
      if (out[j]!.at.page !== out[i]!.at.page) break;
      const figures = head.map((p, k) => stackedPiece(p, tail[k]!));
      const row = j === i + 2 ? out[i + 1]! : null;
      const rest = (l: Line, gone: readonly LinePiece[]) => without(l, gone);
      if (row?.pieces && row.pieces.every((r) => figures.every((f) => r.x1 <= f.x0 || r.x0 >= f.x1))) {
        out.splice(i, 3, ...[rest(out[i]!, head), withPieces(row, [...row.pieces, ...figures]), rest(out[j]!, tail)].filter((l) => l.text));
      } else {
        const between = out.slice(i + 1, j);
        out.splice(i, j - i + 1, ...[withPieces(out[i]!, [...out[i]!.pieces!.filter((p) => !head.includes(p)), ...figures]), ...between, rest(out[j]!, tail)].filter((l) => l.text));
      }
      break;
    }
  }
  return out;
}

/** The head of a wrapped figure ends at or just after its decimal point; the tail is its last digits. */
const HEAD = /^\d[\d,]*\.\d?$/;
const TAIL = /^\d{1,2}$/;

function without(line: Line, gone: readonly LinePiece[]): Line {
  return withPieces(line, line.pieces!.filter((p) => !gone.includes(p)));
}

/** Points two parts of a wrapped figure may differ at their right edges. */
const ALIGN = 2;
