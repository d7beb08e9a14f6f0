/**
 * @module How a grid's merged cells (一级/二级 labels, projects) sit on its rows. A merged cell
 * printed centred puts its label at the middle of its block of rows. A table printed without
 * merged cells, or with them top-aligned (a word processor's default), puts each label on its
 * block's first row and leaves the cells below blank: those rows carry the label above. The two
 * read the same rows differently (a label on row 3 of 6 heads rows 1-4 if centred, 3-4 if on top),
 * so the layout is told once per table, from the page where its labels begin, and kept after.
 */
import type { GridCell, GridRow } from './grid-rows.js';
import { centre } from './grid-text.js';

export type LabelLayout = 'top' | 'centre';

/**
 * A centred label lies this near (× the page's mean row height) to the middle of its block: the
 * middles of blocks of whole rows are half a row apart.
 */
const CENTRED = 0.25;

/**
 * 'centre' when every label of both columns lies at the middle of its block; else 'top' when, in
 * every labelled column, each label is on a row of its own (its first line within the row's) and
 * the first on the first row; else 'centre'. Undefined where the page has no label (the next page
 * decides). Both fit where every block has an odd number of rows and the first a single one
 * (福州 p39: 成本 | 产出 over 3 | 效益 | 满意度): the labels are read as centred.
 */
export function labelLayout(rows: readonly GridRow[], columns: readonly (readonly GridCell[])[]): LabelLayout | undefined {
  const labelled = columns.filter((c) => c.length > 0);
  if (labelled.length === 0) return undefined;
  if (labelled.every((labels) => centred(rows, labels))) return 'centre';
  return labelled.every((labels) => onTop(rows, labels)) ? 'top' : 'centre';
}

/** Each label lies at the middle of its block (labels outside the rows head none). */
function centred(rows: readonly GridRow[], labels: readonly GridCell[]): boolean {
  const bounds = boundaries(rows);
  const tolerance = (CENTRED * ((bounds[bounds.length - 1] as number) - (bounds[0] as number))) / rows.length;
  return partition(rows, labels).every((block, k) => {
    if (block.length === 0) return true;
    const middle = (bounds[block[0] as number]! + bounds[(block[block.length - 1] as number) + 1]!) / 2;
    return Math.abs(middle - centre(labels[k] as GridCell)) < tolerance;
  });
}

/** The first label is on the first row, each on a later row than the one before. */
function onTop(rows: readonly GridRow[], labels: readonly GridCell[]): boolean {
  const at = labels.map((l) => rows.findIndex((r) => r.y0 <= head(l) && head(l) <= r.y1));
  return at[0] === 0 && at.every((i, k) => i >= 0 && (k === 0 || i > (at[k - 1] as number)));
}

/** Labels on top: each heads the rows from its own down to the next label's; rows above the first carry. */
export function topBlocks(rows: GridRow[], key: 'level1' | 'level2', labels: readonly GridCell[], carried?: GridCell): void {
  const starts = labels.map((l) => ({ l, i: nearestRow(rows, head(l)) })).sort((a, b) => a.i - b.i);
  let label = carried;
  let next = 0;
  rows.forEach((row, i) => {
    for (; next < starts.length && starts[next]!.i <= i; next++) label = starts[next]!.l;
    if (label) (row.cells as Record<string, GridCell>)[key] = label;
  });
}

/** Centred labels: each row gets the label whose block it falls in. */
export function labelBlocks(rows: GridRow[], key: 'level1' | 'level2', labels: readonly GridCell[], carried?: GridCell): void {
  const blocks = partition(rows, labels);
  const set = (i: number, cell: GridCell): void => {
    (rows[i]!.cells as Record<string, GridCell>)[key] = cell;
  };
  blocks.forEach((block, k) => block.forEach((i) => set(i, labels[k] as GridCell)));
  const first = blocks.findIndex((b) => b.length > 0);
  if (carried && first >= 0) for (let i = 0; i < trimTop(rows, blocks[first]!, labels[first]!); i++) set(i, carried);
}

/**
 * How many rows at the top of the page's first block belong to the label printed on the page
 * before: a label cut by the page break is not printed again, so those rows lie above the block
 * centred on this page's first label.
 */
function trimTop(rows: readonly GridRow[], block: readonly number[], label: GridCell): number {
  if (block[0] !== 0) return 0;
  const bounds = boundaries(rows);
  const end = bounds[(block[block.length - 1] as number) + 1] as number;
  const off = (s: number): number => Math.abs((bounds[s]! + end) / 2 - centre(label));
  let s = 0;
  while (s + 1 < block.length && off(s + 1) < off(s)) s++;
  return s;
}

function head(label: GridCell): number {
  return label.head ?? centre(label);
}

/** The row whose anchor is nearest to y (the first of equals). */
export function nearestRow(rows: readonly GridRow[], y: number): number {
  let best = 0;
  rows.forEach((r, i) => {
    if (Math.abs(r.anchor - y) < Math.abs((rows[best] as GridRow).anchor - y)) best = i;
  });
  return best;
}

export function nearest(cells: readonly GridCell[], y: number): number {
  let best = -1;
  cells.forEach((c, i) => {
    if (best < 0 || Math.abs(centre(c) - y) < Math.abs(centre(cells[best] as GridCell) - y)) best = i;
  });
  return best;
}

/**
 * Rows (sorted) cut into consecutive blocks, one per label (sorted), each block's middle as near
 * as possible to its label's middle. Labels outside the rows' cells head no rows (a unit's or
 * the total's line above the first project).
 */
export function partition(rows: readonly GridRow[], labels: readonly GridCell[]): number[][] {
  const result: number[][] = labels.map(() => []);
  if (rows.length === 0) return result;
  const bounds = boundaries(rows);
  const top = bounds[0] as number;
  const bottom = bounds[bounds.length - 1] as number;
  const inside = labels.map((l, k) => ({ l, k })).filter(({ l }) => centre(l) >= top && centre(l) <= bottom);
  const n = rows.length;
  const m = inside.length;
  if (m === 0) return result;
  if (m > n) {
    rows.forEach((r, i) => result[inside[nearest(inside.map((x) => x.l), centre(r))]!.k]!.push(i));
    return result;
  }
  const cost = (k: number, s: number, e: number): number => Math.abs((bounds[s]! + bounds[e + 1]!) / 2 - centre(inside[k]!.l));
  // best[k][e]: least cost of labels 0..k covering rows 0..e, label k ending at row e.
  const best: number[][] = inside.map(() => new Array<number>(n).fill(Infinity));
  const from: number[][] = inside.map(() => new Array<number>(n).fill(-1));
  for (let e = 0; e < n; e++) best[0]![e] = cost(0, 0, e);
  for (let k = 1; k < m; k++) {
    for (let e = k; e < n; e++) {
      for (let s = k; s <= e; s++) {
        const c = best[k - 1]![s - 1]! + cost(k, s, e);
        if (c < best[k]![e]!) [best[k]![e], from[k]![e]] = [c, s];
      }
    }
  }
  let e = n - 1;
  for (let k = m - 1; k >= 0; k--) {
    const s = k === 0 ? 0 : from[k]![e]!;
    for (let i = s; i <= e; i++) result[inside[k]!.k]!.push(i);
    e = s - 1;
  }
  return result;
}

/** Cell edges between rows: half-way through the gaps; the outer edges as far out as a half gap. */
function boundaries(rows: readonly GridRow[]): number[] {
  const inner = rows.slice(1).map((r, i) => (rows[i]!.y1 + r.y0) / 2);
  const pads = rows.slice(1).map((r, i) => (r.y0 - rows[i]!.y1) / 2);
  const pad = pads.length ? pads.reduce((a, b) => a + b, 0) / pads.length : 0;
  return [rows[0]!.y0 - pad, ...inner, rows[rows.length - 1]!.y1 + pad];
}
