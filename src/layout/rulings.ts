/**
 * @module Ruling lines from painted paths. Table borders reach a PDF in two shapes: stroked
 * line segments (Word, WPS) and thin filled rectangles (Excel, most report engines). Both
 * become one `Ruling` list; collinear pieces (one border drawn cell by cell) are merged.
 */
import { apply } from './orient.js';
import type { Matrix, PathInput, Ruling } from './types.js';

/** A filled rectangle thinner than this (points) is a line, not a shaded area. */
const MAX_THICKNESS = 3;
/** Segments shorter than this are glyph fragments or dots, not borders. */
const MIN_LENGTH = 2;
/** How far off horizontal/vertical (points over the segment) still counts as straight. */
const STRAIGHT_TOLERANCE = 0.6;
/** Collinear rulings closer than this across, and with gaps at most this along, merge. */
const MERGE_TOLERANCE = 1;

/** Rulings of one page, in the frame given by `m` (identity for the displayed page). */
export function rulingsFromPaths(paths: readonly PathInput[], m: Matrix, width: number, height: number): Ruling[] {
  const found: Ruling[] = [];
  for (const path of paths) {
    const pts: Array<[number, number]> = [];
    for (let i = 0; i + 1 < path.points.length; i += 2) {
      pts.push(apply(m, path.points[i]!, path.points[i + 1]!));
    }
    if (pts.length < 2) continue;
    if (path.paint !== 'fill') strokeRulings(pts, path.closed, path.lineWidth, found);
    if (path.paint !== 'stroke') fillRuling(pts, found);
  }
  const onPage = found.filter((r) => {
    const across = r.axis === 'h' ? height : width;
    const along = r.axis === 'h' ? width : height;
    return r.at >= -1 && r.at <= across + 1 && r.to >= 0 && r.from <= along;
  });
  return mergeCollinear(onPage);
}

function strokeRulings(pts: Array<[number, number]>, closed: boolean, lineWidth: number, out: Ruling[]): void {
  const n = closed ? pts.length : pts.length - 1;
  for (let i = 0; i < n; i++) {
    const [x0, y0] = pts[i]!;
    const [x1, y1] = pts[(i + 1) % pts.length]!;
    const ruling = straight(x0, y0, x1, y1, Math.max(lineWidth, 0.1));
    if (ruling) out.push(ruling);
  }
}

function straight(x0: number, y0: number, x1: number, y1: number, thickness: number): Ruling | null {
  const dx = Math.abs(x1 - x0);
  const dy = Math.abs(y1 - y0);
  if (dy <= STRAIGHT_TOLERANCE && dx >= MIN_LENGTH) {
    return { axis: 'h', at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1), thickness };
  }
  if (dx <= STRAIGHT_TOLERANCE && dy >= MIN_LENGTH) {
    return { axis: 'v', at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1), thickness };
  }
  return null;
}

/** A filled subpath whose box is long and thin is drawn as a line. */
function fillRuling(pts: Array<[number, number]>, out: Ruling[]): void {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of pts) {
    x0 = Math.min(x0, x); x1 = Math.max(x1, x);
    y0 = Math.min(y0, y); y1 = Math.max(y1, y);
  }
  const w = x1 - x0;
  const h = y1 - y0;
  if (h <= MAX_THICKNESS && w >= MIN_LENGTH && w >= 2 * h) {
    out.push({ axis: 'h', at: (y0 + y1) / 2, from: x0, to: x1, thickness: h });
  } else if (w <= MAX_THICKNESS && h >= MIN_LENGTH && h >= 2 * w) {
    out.push({ axis: 'v', at: (x0 + x1) / 2, from: y0, to: y1, thickness: w });
  }
}

/** Merge rulings on (nearly) the same line whose extents touch or overlap. */
export function mergeCollinear(rulings: readonly Ruling[]): Ruling[] {
  const out: Ruling[] = [];
  for (const axis of ['h', 'v'] as const) {
    const sorted = rulings.filter((r) => r.axis === axis).sort((a, b) => a.at - b.at || a.from - b.from);
    // Bucket by position across, then sweep each bucket along the line.
    let bucket: Ruling[] = [];
    const flush = (): void => {
      bucket.sort((a, b) => a.from - b.from);
      let cur: Ruling | null = null;
      for (const r of bucket) {
        if (cur && r.from <= cur.to + MERGE_TOLERANCE) {
          cur = {
            axis,
            at: (cur.at + r.at) / 2,
            from: cur.from,
            to: Math.max(cur.to, r.to),
            thickness: Math.max(cur.thickness, r.thickness),
          };
        } else {
          if (cur) out.push(cur);
          cur = r;
        }
      }
      if (cur) out.push(cur);
      bucket = [];
    };
    for (const r of sorted) {
      if (bucket.length > 0 && r.at - bucket[0]!.at > MERGE_TOLERANCE) flush();
      bucket.push(r);
    }
    flush();
  }
  return out;
}

/** Vertical rulings that cross the horizontal band [top, bottom] at its middle, by x. */
export function verticalsAcross(rulings: readonly Ruling[], top: number, bottom: number): Ruling[] {
  const mid = (top + bottom) / 2;
  return rulings
    .filter((r) => r.axis === 'v' && r.from <= mid + 1 && r.to >= mid - 1)
    .sort((a, b) => a.at - b.at);
}
