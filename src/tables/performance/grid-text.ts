/** @module Small geometry helpers shared by the performance readers (grid, restitching, fields). */
import type { Line, LinePiece } from '../../ingest/index.js';

export type Positioned = LinePiece & { readonly y0: number; readonly y1: number };

export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

export function isPositioned(line: Line): boolean {
  const ps = line.pieces ?? [];
  return ps.length > 0 && ps.every((p) => p.y0 !== undefined && p.y1 !== undefined);
}

export function centre(p: { readonly y0: number; readonly y1: number }): number {
  return (p.y0 + p.y1) / 2;
}

export function overlaps(a: LinePiece, b: LinePiece): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1;
}

/** Lines grouped by page, in order. */
export function byPage(lines: readonly Line[]): Line[][] {
  const pages: Line[][] = [];
  for (const l of lines) {
    const last = pages[pages.length - 1];
    if (last && last[0]?.at.page === l.at.page) last.push(l);
    else pages.push([l]);
  }
  return pages;
}
