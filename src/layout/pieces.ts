/**
 * @module Splitting a line into pieces, one per table cell or word group. Two neighbouring
 * runs stay in one piece unless the blank between them is wider than about one character,
 * or a vertical ruling stands between them. A reader may also hand over one run that spans
 * two cells (one string shown across a tight table's border gives "27,664.22 一、一般公共服务支出"
 * when the writer spaced its cells with a blank); such a run is cut where a ruling crosses it.
 */
import { charBoundaries, charEms } from './glyphs.js';
import type { PlacedRun } from './orient.js';
import type { LayoutPiece, Ruling } from './types.js';

/** A blank wider than this many character widths separates two pieces (a bit over one: a
 * label letter-spaced with one full-width space, 合　计, stays one piece). */
const GAP_CHARS = 1.15;
/** A blank wider than this (× font size) inside a piece is printed as a space. */
const SPACE_EMS = 0.2;
/** A ruling this close to a run's end (× font size) is its cell border, not a cut. */
const EDGE_EMS = 0.3;
/** How far (× font size) from a ruling the estimated cut point may be. */
const SPACE_REACH_EMS = 1.5;
const CLASS_REACH_EMS = 0.6;
/** Rulings within this distance (points) of a blank still count as standing in it. */
const RULING_SLACK = 1;

interface Part extends LayoutPiece {
  /** Cut from the previous part of the same run by a ruling: never rejoin. */
  readonly cutBefore: boolean;
}

/** Pieces of one line. `verticals`: vertical rulings crossing the line, sorted by x. */
export function splitPieces(runs: readonly PlacedRun[], verticals: readonly Ruling[]): LayoutPiece[] {
  const parts = runs.flatMap((r) => cutRun(r, verticals)).sort((a, b) => a.x0 - b.x0);
  const pieces: LayoutPiece[] = [];
  let cur: { text: string; x0: number; x1: number; y0: number; y1: number; size: number } | null = null;
  for (const p of parts) {
    if (cur && !p.cutBefore && !separated(cur, p, verticals)) {
      const gap = p.x0 - cur.x1;
      cur.text += (gap > SPACE_EMS * Math.min(cur.size, p.size) ? ' ' : '') + p.text;
      cur.x1 = Math.max(cur.x1, p.x1);
      cur.y0 = Math.min(cur.y0, p.y0);
      cur.y1 = Math.max(cur.y1, p.y1);
      cur.size = Math.max(cur.size, p.size);
      continue;
    }
    if (cur) pieces.push(cur);
    cur = { text: p.text, x0: p.x0, x1: p.x1, y0: p.y0, y1: p.y1, size: p.size };
  }
  if (cur) pieces.push(cur);
  return pieces;
}

/** Whether a blank wider than a character, or a ruling, lies between two parts. */
function separated(left: { text: string; x1: number; size: number }, right: Part, verticals: readonly Ruling[]): boolean {
  const gap = right.x0 - left.x1;
  const lastCh = lastChar(left.text);
  const firstCh = String.fromCodePoint(right.text.codePointAt(0) ?? 0x20);
  const charWidth = Math.max(charEms(lastCh) * left.size, charEms(firstCh) * right.size);
  if (gap > GAP_CHARS * charWidth) return true;
  const lo = Math.min(left.x1, right.x0) - RULING_SLACK;
  const hi = Math.max(left.x1, right.x0) + RULING_SLACK;
  return verticals.some((r) => r.at >= lo && r.at <= hi);
}

/** The last character of a text (a whole code point). */
function lastChar(text: string): string {
  const end = text.length - 1;
  if (end < 0) return '';
  const low = text.charCodeAt(end);
  return low >= 0xdc00 && low <= 0xdfff && end > 0 ? text.slice(end - 1) : text[end]!;
}

/** Cut a run where rulings cross it, and trim the blanks at the cuts. */
function cutRun(run: PlacedRun, verticals: readonly Ruling[]): Part[] {
  const edge = EDGE_EMS * run.size;
  // Most runs no ruling crosses and no blank ends: they are their own part, as they are.
  const crossed = verticals.some((r) => r.at > run.x0 + edge && r.at < run.x1 - edge);
  if (!crossed && !run.text.startsWith(' ') && !run.text.endsWith(' ')) {
    return run.text === '' ? [] : [{ text: run.text, x0: run.x0, x1: run.x1, y0: run.y0, y1: run.y1, size: run.size, cutBefore: false }];
  }
  const chars = Array.from(run.text);
  const bounds = charBoundaries(chars, run.x0, run.x1);
  // Each cut is [end of left part, start of right part] in character indices.
  const cuts: Array<[number, number]> = [];
  for (const r of verticals) {
    if (r.at <= run.x0 + edge || r.at >= run.x1 - edge) continue;
    const cut = findCut(chars, bounds, r.at, run.size);
    if (cut && !cuts.some((c) => c[0] === cut[0])) cuts.push(cut);
  }
  cuts.sort((a, b) => a[0] - b[0]);
  const parts: Part[] = [];
  let start = 0;
  for (const [end, next] of [...cuts, [chars.length, chars.length] as [number, number]]) {
    const part = slicePart(run, chars, bounds, start, end, parts.length > 0);
    if (part) parts.push(part);
    start = next;
  }
  return parts;
}

/**
 * Where to cut a run for a ruling at x: at the nearest space (the usual case: two cells
 * joined by a reader-inserted space), else where digits meet other characters. Never in
 * the middle of a word, which is text overflowing its cell rather than two cells.
 */
function findCut(chars: readonly string[], bounds: readonly number[], x: number, size: number): [number, number] | null {
  let best: [number, number] | null = null;
  let bestDist = SPACE_REACH_EMS * size;
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== ' ') continue;
    const dist = Math.abs((bounds[i]! + bounds[i + 1]!) / 2 - x);
    if (dist <= bestDist) [best, bestDist] = [[i, i + 1], dist];
  }
  if (best) return best;
  bestDist = CLASS_REACH_EMS * size;
  for (let i = 1; i < chars.length; i++) {
    if (isNumeric(chars[i - 1]!) === isNumeric(chars[i]!)) continue;
    const dist = Math.abs(bounds[i]! - x);
    if (dist <= bestDist) [best, bestDist] = [[i, i], dist];
  }
  return best;
}

function isNumeric(ch: string): boolean {
  return /[0-9.,%\-]/.test(ch);
}

function slicePart(
  run: PlacedRun, chars: readonly string[], bounds: readonly number[], start: number, end: number, cutBefore: boolean,
): Part | null {
  let s = start;
  let e = end;
  while (s < e && chars[s] === ' ') s++;
  while (e > s && chars[e - 1] === ' ') e--;
  if (s >= e) return null;
  return {
    text: chars.slice(s, e).join(''),
    // The run's own ends are exact; only inner cut points are estimates.
    x0: s === 0 ? run.x0 : bounds[s]!,
    x1: e === chars.length ? run.x1 : bounds[e]!,
    y0: run.y0,
    y1: run.y1,
    size: run.size,
    cutBefore,
  };
}
