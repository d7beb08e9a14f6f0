/**
 * @module One page from runs and paths to lines of pieces: turn the page upright, find the
 * rulings, group runs into lines by baseline, split lines into pieces. Nothing is dropped
 * (page numbers and headers are left to recognition); sideways text becomes lines of its
 * own, placed by its box, so it cannot glue unrelated rows together.
 */
import { cleanText } from './glyphs.js';
import { groupLines } from './lines.js';
import { dominantTurn, placeRun, turnMatrix, turnedSize } from './orient.js';
import type { PlacedRun } from './orient.js';
import { splitPieces } from './pieces.js';
import { rulingsFromPaths, verticalsAcross } from './rulings.js';
import type { LayoutLine, LayoutPiece, PageInput, PageLayout, Ruling, TextRunInput } from './types.js';

/**
 * Lay out one page.
 *
 * ### Example
 * ```ts
 * const page = layoutPage({ width: 595, height: 842, runs, paths });
 * for (const line of page.lines) console.log(line.pieces.map((p) => p.text));
 * ```
 */
export function layoutPage(page: PageInput): PageLayout {
  const withText = page.runs
    .map((r) => ({ ...r, text: cleanText(r.text) }))
    .filter((r) => r.text.trim().length > 0 && Number.isFinite(r.width) && onPage(r, page));
  const turn = dominantTurn(withText);
  const m = turnMatrix(turn, page.width, page.height);
  const { width, height } = turnedSize(page, turn);
  const rulings = rulingsFromPaths(page.paths, m, width, height);

  const placed = withText.map((r) => placeRun(r, m));
  const aligned = placed.filter((r) => r.aligned);
  const sideways = placed.filter((r) => !r.aligned);

  const lines: LayoutLine[] = groupLines(aligned).map((g) => {
    const band = bandOf(g.runs);
    const pieces = splitPieces(g.runs, verticalsAcross(rulings, band.top, band.bottom));
    return makeLine(pieces, g.baseline, true);
  });
  for (const run of sideways) lines.push(makeLine([pieceOf(run)], run.baseline, false));
  lines.sort((a, b) => a.baseline - b.baseline || a.box[0] - b.box[0]);

  return { width, height, turn, lines: lines.filter((l) => l.pieces.length > 0), rulings, misalignedRuns: sideways.length };
}

/** Points a glyph origin may stray past the page edge (rounding of the writer's coordinates). */
const EDGE_SLACK = 1;

/**
 * Text whose origin lies off the page is not printed (a writer may leave a whole table
 * beyond the page's bottom edge), though a reader of the content stream sees it.
 */
function onPage(run: TextRunInput, page: PageInput): boolean {
  const [x, y] = [run.transform[4], run.transform[5]];
  return x >= -EDGE_SLACK && x <= page.width + EDGE_SLACK && y >= -EDGE_SLACK && y <= page.height + EDGE_SLACK;
}

function bandOf(runs: readonly PlacedRun[]): { top: number; bottom: number } {
  let top = Infinity;
  let bottom = -Infinity;
  for (const r of runs) {
    top = Math.min(top, r.y0);
    bottom = Math.max(bottom, r.y1);
  }
  return { top, bottom };
}

function pieceOf(run: PlacedRun): LayoutPiece {
  return { text: run.text.trim(), x0: run.x0, x1: run.x1, y0: run.y0, y1: run.y1, size: run.size };
}

function makeLine(pieces: readonly LayoutPiece[], baseline: number, aligned: boolean): LayoutLine {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of pieces) {
    x0 = Math.min(x0, p.x0); y0 = Math.min(y0, p.y0);
    x1 = Math.max(x1, p.x1); y1 = Math.max(y1, p.y1);
  }
  return {
    pieces,
    text: pieces.map((p) => p.text).join(' '),
    box: [x0, y0, x1, y1],
    baseline,
    aligned,
  };
}

/** Rulings of a laid-out page on one axis, e.g. to find a table's column borders. */
export function rulingsOf(page: PageLayout, axis: Ruling['axis']): Ruling[] {
  return page.rulings.filter((r) => r.axis === axis);
}
