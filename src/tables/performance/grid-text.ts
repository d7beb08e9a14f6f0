/** @module Small helpers shared by the grid reader's files. */
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
