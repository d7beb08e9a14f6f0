/**
 * @module Grouping runs into lines by baseline. Cells of one table row are often printed a
 * point or three apart (vertically centred cells, mixed fonts, CJK fonts with different
 * metrics), while the lines of a wrapped cell are at least about one font size apart. So a
 * run joins a line when its baseline is within a fraction of the font size of the line's,
 * and a line never grows taller than half a font size, which stops chains of near lines
 * from collapsing a paragraph.
 */
import type { PlacedRun } from './orient.js';

/** Baseline step (× smaller font size) up to which two runs share a line. */
const JOIN_FACTOR = 0.4;
/** Largest spread of baselines inside one line (× larger font size). */
const SPREAD_FACTOR = 0.5;
/** Share of a run's width that another run with the same text must cover to be a reprint. */
const REPRINT_OVERLAP = 0.7;

/** Runs of one visual line, left to right, with the line's representative baseline. */
export interface RunLine {
  readonly runs: readonly PlacedRun[];
  readonly baseline: number;
}

/** Group aligned runs into lines, top to bottom. */
export function groupLines(runs: readonly PlacedRun[]): RunLine[] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const groups: PlacedRun[][] = [];
  let current: PlacedRun[] = [];
  let first = 0;
  let last = 0;
  let minSize = Infinity;
  let maxSize = 0;
  for (const run of sorted) {
    const joins =
      current.length > 0 &&
      run.baseline - last <= JOIN_FACTOR * Math.min(minSize, run.size) &&
      run.baseline - first <= SPREAD_FACTOR * Math.max(maxSize, run.size);
    if (!joins) {
      if (current.length > 0) groups.push(current);
      current = [];
      first = run.baseline;
      minSize = Infinity;
      maxSize = 0;
    }
    current.push(run);
    last = run.baseline;
    minSize = Math.min(minSize, run.size);
    maxSize = Math.max(maxSize, run.size);
  }
  if (current.length > 0) groups.push(current);
  return groups.map((g) => {
    const ordered = dropReprints(g.sort((a, b) => a.x0 - b.x0));
    return { runs: ordered, baseline: typicalBaseline(ordered) };
  });
}

/**
 * Some producers fake bold by printing the same text twice, shifted by a fraction of a
 * point. Keep one copy: the duplicate would otherwise double every figure in the row.
 */
function dropReprints(runs: PlacedRun[]): PlacedRun[] {
  const kept: PlacedRun[] = [];
  for (const run of runs) {
    const twin = kept.find(
      (k) => k.text === run.text && overlap(k, run) >= REPRINT_OVERLAP * Math.max(run.x1 - run.x0, 0.01),
    );
    if (!twin) kept.push(run);
  }
  return kept;
}

function overlap(a: PlacedRun, b: PlacedRun): number {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
}

/** The baseline carrying the most text: a stray superscript should not move the line. */
function typicalBaseline(runs: readonly PlacedRun[]): number {
  const weight = new Map<number, number>();
  for (const r of runs) {
    const key = Math.round(r.baseline * 10) / 10;
    weight.set(key, (weight.get(key) ?? 0) + r.text.length);
  }
  let best = runs[0]?.baseline ?? 0;
  let bestWeight = -1;
  for (const [b, w] of weight) {
    if (w > bestWeight) [best, bestWeight] = [b, w];
  }
  return best;
}
