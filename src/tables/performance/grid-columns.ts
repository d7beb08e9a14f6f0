/**
 * @module The header of a performance grid (grid.ts) and its column bands. Header labels are
 * printed centred over their columns and may be stacked over two or three lines ("当年财政拨款" /
 * "预算金额", "绩效指标" / "性质"), while body text is left-aligned, so a label's own x-span says
 * little about where its column ends: the boundary between two neighbouring columns is put in
 * the gutter between them, the x where the fewest body pieces print.
 */
import type { Line } from '../../ingest/index.js';
import { parseNumber } from '../../model/index.js';
import { squash } from '../text.js';
import { GRID_COLUMNS, GRID_LABEL_TOTAL, GRID_REQUIRED } from './vocabulary.js';
import type { GridColumn } from './vocabulary.js';
import { compact, isPositioned } from './grid-text.js';
import type { Positioned } from './grid-text.js';

export interface Band {
  readonly key: GridColumn;
  readonly label: string;
  /** Left and right boundary (the outer bands are open). */
  readonly x0: number;
  readonly x1: number;
}

export interface GridHeader {
  readonly bands: readonly Band[];
  /** Index (in the page's lines) of the first line below the header. */
  readonly bodyStart: number;
  /** Index of the first header line: what is above it is the page's caption (部门名称 …). */
  readonly headerStart: number;
  /** Header pieces that are no known label (a column this reader does not know). */
  readonly unknown: number;
}

interface Label {
  readonly key: GridColumn;
  readonly label: string;
  readonly x0: number;
  readonly x1: number;
}

/** Header lines reach this many text heights above and below the line with the most labels. */
const HEADER_ABOVE = 3;
const HEADER_BELOW = 2;
/** At most this many pieces stacked in one label. */
const MAX_STACK = 3;

/** Far worse than any distance: a cut that misplaces a figure is taken only when all do. */
const MISPLACED_PENALTY = 1e6;

const BY_LABEL: ReadonlyMap<string, GridColumn> = new Map(GRID_COLUMNS.map(([l, k]) => [squash(l), k]));

/** The grid header among a page's lines, or null when the page shows none. */
export function findGridHeader(lines: readonly Line[], required: readonly GridColumn[] = GRID_REQUIRED): GridHeader | null {
  const main = mainLine(lines);
  if (main < 0) return null;
  const ref = (lines[main] as Line).pieces as Positioned[];
  const h = (ref[0] as Positioned).y1 - (ref[0] as Positioned).y0;
  const top = (ref[0] as Positioned).y0 - HEADER_ABOVE * h;
  const bottom = (ref[0] as Positioned).y1 + HEADER_BELOW * h;
  let headerStart = main;
  while (headerStart > 0 && inZone(lines[headerStart - 1] as Line, top, bottom)) headerStart--;
  let zoneEnd = main + 1;
  while (zoneEnd < lines.length && inZone(lines[zoneEnd] as Line, top, bottom)) zoneEnd++;
  const { labels, unknown, lastLine } = stackLabels(lines.slice(headerStart, zoneEnd));
  if (!required.every((k) => labels.some((l) => l.key === k))) return null;
  // Rows printed tight come within the zone: the header ends with its last label's line.
  const bodyStart = headerStart + lastLine + 1;
  const body = lines.slice(bodyStart).flatMap((l) => (isPositioned(l) ? (l.pieces as Positioned[]) : []));
  return { bands: bandsOf(labels, body), bodyStart, headerStart, unknown };
}

/** The line holding the most grid labels (at least two), or -1. */
function mainLine(lines: readonly Line[]): number {
  let best = -1;
  let most = 1;
  lines.forEach((l, i) => {
    if (!isPositioned(l)) return;
    const n = (l.pieces ?? []).filter((p) => BY_LABEL.has(squash(p.text))).length;
    if (n > most) [best, most] = [i, n];
  });
  return best;
}

/** A caption line ("资金主管部门：…", "部门名称：…") is above the header, not in it ("其中：" is). */
const CAPTION = /[:：]./;

function inZone(line: Line, top: number, bottom: number): boolean {
  if (!isPositioned(line) || CAPTION.test(compact(line.text))) return false;
  return (line.pieces as Positioned[]).every((p) => p.y0 >= top && p.y1 <= bottom);
}

/**
 * Each label: a piece alone or with the pieces stacked under it, the longest known reading; the
 * pieces that are no label (between the first and the last line with a label) and that last line.
 */
function stackLabels(lines: readonly Line[]): { labels: Label[]; unknown: number; lastLine: number } {
  const rows = lines.map((l) => [...((l.pieces ?? []) as Positioned[])]);
  const used = new Set<Positioned>();
  const labels: Label[] = [];
  rows.forEach((row, i) => {
    for (const p of row) {
      if (used.has(p)) continue;
      const stack = longestStack(rows, i, p);
      if (!stack) continue;
      stack.pieces.forEach((q) => used.add(q));
      const x0 = Math.min(...stack.pieces.map((q) => q.x0));
      const x1 = Math.max(...stack.pieces.map((q) => q.x1));
      labels.push({ key: stack.key, label: stack.label, x0, x1 });
    }
  });
  // Text printed tight above the first label's line (goal text, a group heading) is no column.
  const labelled = rows.map((row) => row.some((p) => used.has(p)));
  const firstLine = Math.max(0, labelled.indexOf(true));
  const lastLine = Math.max(0, labelled.lastIndexOf(true));
  const unknown = rows.slice(firstLine, lastLine + 1).flat().filter((p) => !used.has(p)).length;
  return { labels: labels.sort((a, b) => a.x0 - b.x0), unknown, lastLine };
}

function longestStack(rows: readonly Positioned[][], i: number, top: Positioned):
  { key: GridColumn; label: string; pieces: Positioned[] } | null {
  const pieces = [top];
  let best: { key: GridColumn; label: string; pieces: Positioned[] } | null = null;
  for (let k = i; k < rows.length && pieces.length <= MAX_STACK; k++) {
    if (k > i) {
      const below = rows[k]?.find((q) => q.x0 < top.x1 && top.x0 < q.x1);
      if (!below) continue;
      pieces.push(below);
    }
    // a total printed under its label is no part of it: "分值" / "（90）"
    const label = squash(pieces.map((q) => q.text).join('')).replace(GRID_LABEL_TOTAL, '');
    const key = BY_LABEL.get(label);
    if (key) best = { key, label, pieces: [...pieces] };
  }
  return best;
}

/**
 * Bands between neighbouring labels. A label is centred in its cell, so a cell's right edge lies
 * as far right of the label's centre as its left edge lies left of it: from the table's left
 * edge (the leftmost body piece), each cut goes in the gutter (a run of least-covered x between
 * two labels' centres) nearest that mirrored edge.
 */
function bandsOf(labels: readonly Label[], body: readonly Positioned[]): Band[] {
  let edge = Math.min(...body.map((p) => p.x0), labels[0]?.x0 ?? 0);
  const cuts: number[] = [];
  labels.forEach((l, i) => {
    const next = labels[i + 1];
    if (!next) return;
    edge = gutter(l, next, body, edge);
    cuts.push(edge);
  });
  return labels.map((l, i) => ({ key: l.key, label: l.label, x0: cuts[i - 1] ?? -Infinity, x1: cuts[i] ?? Infinity }));
}

function mid(l: Label): number {
  return (l.x0 + l.x1) / 2;
}

/**
 * The middle of the least-covered run between two labels' centres nearest the mirrored edge,
 * among those that keep each figure between them on the side of the label it is nearer: figures
 * are right-aligned, so a figure of the left column lies far right of its label's centre, and a
 * cut in the gutter left of it would hand it to the next column.
 */
function gutter(a: Label, b: Label, body: readonly Positioned[], left: number): number {
  const from = Math.round(mid(a));
  const to = Math.round(mid(b));
  const mirrored = 2 * mid(a) - left;
  const between = body.filter((p) => p.x1 > from && p.x0 < to);
  const figures = between.map((p) => (p.x0 + p.x1) / 2).filter((c, i) => c > from && c < to && isFigure(between[i] as Positioned));
  const runs = leastCovered(from, to, between);
  const cutAt = (r: { start: number; length: number }): number => r.start + r.length / 2;
  const misplaced = (cut: number): number => figures.filter((c) => c < cut !== c - from < to - c).length;
  const score = (r: { start: number; length: number }): number =>
    Math.max(0, r.start - mirrored, mirrored - (r.start + r.length - 1)) + MISPLACED_PENALTY * misplaced(cutAt(r));
  const best = runs.reduce((x, r) => (score(r) < score(x) ? r : x), runs[0] ?? { start: from, length: to - from });
  return cutAt(best);
}

function isFigure(p: Positioned): boolean {
  return parseNumber(compact(p.text)) !== null;
}

/** The runs of x in [from, to] covered by the fewest pieces. */
function leastCovered(from: number, to: number, pieces: readonly Positioned[]): { start: number; length: number }[] {
  const counts: number[] = [];
  for (let x = from; x <= to; x++) counts.push(pieces.filter((p) => p.x0 <= x && x < p.x1).length);
  const least = Math.min(...counts);
  const runs: { start: number; length: number }[] = [];
  counts.forEach((n, i) => {
    if (n !== least) return;
    const last = runs[runs.length - 1];
    if (last && last.start + last.length === from + i) last.length++;
    else runs.push({ start: from + i, length: 1 });
  });
  return runs;
}
