/**
 * @module Page orientation. A reader's viewport already undoes /Rotate, but a landscape
 * table can also be drawn sideways on a portrait page with no /Rotate at all (the text
 * matrix carries the turn). Here the page's dominant text direction is measured and the
 * whole page — text and paths alike — is turned so that this direction runs left to right.
 * Each run is then reduced to an axis-aligned box in that upright frame.
 */
import type { Matrix, PageInput, TextRunInput, Turn } from './types.js';

/** Apply `inner` first, then `outer` (matrix product outer · inner). */
export function compose(outer: Matrix, inner: Matrix): Matrix {
  const [a1, b1, c1, d1, e1, f1] = outer;
  const [a2, b2, c2, d2, e2, f2] = inner;
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Direction in which a run advances, in page coordinates (not normalised). */
function advanceVector(run: TextRunInput): [number, number] {
  const m = run.transform;
  // Vertical writing advances opposite to the glyph "up" axis.
  return run.vertical ? [-m[2], -m[3]] : [m[0], m[1]];
}

/**
 * The clockwise turn that makes most text run left to right, voting by character count
 * so that a long table outweighs a sideways stamp or page number.
 */
export function dominantTurn(runs: readonly TextRunInput[]): Turn {
  // votes[k]: text advancing at k·90° clockwise from "rightwards" (y grows downwards).
  const votes = [0, 0, 0, 0];
  for (const run of runs) {
    const weight = run.text.trim().length;
    if (weight === 0) continue;
    const [dx, dy] = advanceVector(run);
    if (dx === 0 && dy === 0) continue;
    const quarter = Math.round(Math.atan2(dy, dx) / (Math.PI / 2));
    const k = ((quarter % 4) + 4) % 4;
    votes[k] = (votes[k] ?? 0) + weight;
  }
  let best = 0;
  for (let k = 1; k < 4; k++) if ((votes[k] ?? 0) > (votes[best] ?? 0)) best = k;
  // Text advancing at k·90° clockwise is made upright by turning the page back by k·90°.
  return ((4 - best) % 4) * 90 as Turn;
}

/** Matrix that turns a width×height page clockwise by `turn`, keeping it at the origin. */
export function turnMatrix(turn: Turn, width: number, height: number): Matrix {
  switch (turn) {
    case 0: return [1, 0, 0, 1, 0, 0];
    case 90: return [0, 1, -1, 0, height, 0];
    case 180: return [-1, 0, 0, -1, width, height];
    case 270: return [0, -1, 1, 0, 0, width];
  }
}

/** A run placed in the upright frame. */
export interface PlacedRun {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  /** Glyph top and bottom (ascent/descent box). */
  readonly y0: number;
  readonly y1: number;
  readonly baseline: number;
  readonly size: number;
  /** Runs along the page's reading direction (false: sideways, upside down, or a vertical
   * column on a page that is otherwise read in horizontal lines). */
  readonly aligned: boolean;
}

const DEFAULT_ASCENT = 0.85;
const DEFAULT_DESCENT = -0.15;
/** Largest sideways drift of an aligned run's baseline, as a slope (about 3°). */
const MAX_SLOPE = 0.05;

/** Place one run: `m` maps the upright frame from the displayed page. */
export function placeRun(run: TextRunInput, m: Matrix): PlacedRun {
  const t = compose(m, run.transform);
  const size = Math.hypot(t[2], t[3]) || Math.hypot(t[0], t[1]) || 1;
  // Fonts report odd metrics (0, or 1.16 for some CJK TrueType); keep them in a sane band.
  const ascent = clamp(run.ascent ?? DEFAULT_ASCENT, 0.5, 1.1, DEFAULT_ASCENT);
  const descent = clamp(run.descent ?? DEFAULT_DESCENT, -0.45, 0, DEFAULT_DESCENT);
  const [ox, oy] = [t[4], t[5]];
  const aligned = !run.vertical && t[0] > 0 && Math.abs(t[1]) <= MAX_SLOPE * t[0] && t[3] < 0;
  if (aligned) {
    return {
      text: run.text,
      x0: ox,
      x1: ox + run.width,
      y0: oy - ascent * size,
      y1: oy - descent * size,
      baseline: oy,
      size,
      aligned,
    };
  }
  // Otherwise take the bounding box of the run's (rotated) glyph rectangle.
  const [ax, ay] = unit(run.vertical ? [-t[2], -t[3]] : [t[0], t[1]]);
  const [ux, uy] = unit([t[2], t[3]]);
  const corners: Array<[number, number]> = [];
  if (run.vertical) {
    // Vertical glyphs hang from the origin, centred across the advance direction.
    for (const along of [0, run.width]) {
      for (const across of [-size / 2, size / 2]) {
        corners.push([ox + ax * along + uy * across, oy + ay * along - ux * across]);
      }
    }
  } else {
    for (const along of [0, run.width]) {
      for (const up of [ascent * size, descent * size]) {
        corners.push([ox + ax * along + ux * up, oy + ay * along + uy * up]);
      }
    }
  }
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // A vertical-writing column on a page turned for it reads left to right like a line:
  // its glyph boxes are centred on the column, so the baseline sits as for upright text.
  const columnAligned = run.vertical === true && ax > 0 && Math.abs(ay) <= MAX_SLOPE * ax;
  const baseline = columnAligned ? y0 + (ascent / (ascent - descent)) * (y1 - y0) : y1;
  return { text: run.text, x0, x1, y0, y1, baseline, size, aligned: columnAligned };
}

/** Turned page size: a quarter turn swaps width and height. */
export function turnedSize(page: PageInput, turn: Turn): { width: number; height: number } {
  return turn === 90 || turn === 270
    ? { width: page.height, height: page.width }
    : { width: page.width, height: page.height };
}

function unit([x, y]: [number, number]): [number, number] {
  const n = Math.hypot(x, y) || 1;
  return [x / n, y / n];
}

function clamp(v: number, lo: number, hi: number, fallback: number): number {
  if (!Number.isFinite(v) || v === 0) return fallback;
  return Math.min(hi, Math.max(lo, v));
}
