/**
 * @module The body of one page of a performance grid (grid.ts), cut into cells by the header's
 * column bands. An indicator row is marked by its short anchor cell (指标性质 "≥", 度量单位 …);
 * a row's other cells wrap onto lines above and below that cell, so each of their pieces joins
 * the nearest anchor. Cells merged over a block of rows (a project's name, funds and goal, a
 * 一级/二级 label) are printed centred on their block, and blocks follow each other without gaps:
 * the rows are cut into consecutive blocks, one per merged cell, whose middles lie nearest to
 * the cells' middles. 一级/二级 labels printed on their block's first row instead (no merged
 * cells, or top-aligned ones) head the rows down to the next label (grid-labels.ts).
 */
import type { Line } from '../../ingest/index.js';
import type { SourceRef } from '../../model/index.js';
import type { Band } from './grid-columns.js';
import { centre, compact, isPositioned } from './grid-text.js';
import type { Positioned } from './grid-text.js';
import { labelBlocks, labelLayout, nearest, nearestRow, partition, topBlocks } from './grid-labels.js';
import type { LabelLayout } from './grid-labels.js';
import { COMPARATOR, GRID_MERGED, GRID_ROW_ANCHORS, LEVEL1, LEVEL2, TARGET_VALUE } from './vocabulary.js';
import type { GridColumn } from './vocabulary.js';

export interface Piece extends Positioned {
  readonly at: SourceRef;
}

/** Pieces of one column joined top to bottom. */
export interface GridCell {
  readonly text: string;
  readonly y0: number;
  readonly y1: number;
  readonly at: SourceRef;
  /** The middle of the cell's first line. */
  readonly head?: number;
}

export interface GridRow {
  readonly cells: Partial<Record<GridColumn, GridCell>>;
  y0: number;
  y1: number;
  /** The middle of the row's anchor cell: the other pieces join the nearest. */
  readonly anchor: number;
  readonly at: SourceRef;
  /** How the page's 一级/二级 labels sit on the rows (the next page's go on alike). */
  layout?: LabelLayout;
}

/** A project's part on one page: its merged cells and its rows. */
export interface ProjectPart {
  readonly cells: Partial<Record<GridColumn, GridCell>>;
  readonly rows: GridRow[];
}

/** A target opening with a figure starts a cell ("100%", "12月底前完成"). */
const FIGURE_START = /^\d/;

/** Pieces of a merged cell are one cell when the gap between them is under this many text heights. */
const WRAP_GAP = 0.8;

const MERGED: ReadonlySet<GridColumn> = new Set(GRID_MERGED);
const LABELS: ReadonlySet<string> = new Set<string>([...LEVEL1, ...LEVEL2]);

export function readPage(lines: readonly Line[], bands: readonly Band[], carried: Carried = {}): ProjectPart[] {
  const byColumn = byBand(pieces(lines), bands);
  const rows = readRows(bands, byColumn, carried);
  return rows.length === 0 ? [] : projectParts(rows, byColumn);
}

/**
 * The indicator rows of a page's pieces by column, with their cells and 一级/二级 labels. Without
 * an anchor column the targets mark the rows, less the lines a target wraps onto ("≤5137.26 平" /
 * "方米"); rows there are printed too tight to be told apart by the gaps between them.
 */
export function readRows(
  bands: readonly Band[], byColumn: ReadonlyMap<GridColumn, Piece[]>, carried: Carried = {},
): GridRow[] {
  const anchorKey = GRID_ROW_ANCHORS.find((k) => bands.some((b) => b.key === k)) ?? 'target';
  const perRow = [...byColumn].filter(([key]) => !MERGED.has(key));
  const all = byColumn.get(anchorKey) ?? [];
  const cells = anchorKey === 'target' ? wrappedTargets(all) : all.map((p) => [p]);
  const rows = anchorRows(cells);
  if (rows.length === 0) return [];
  // the anchor column's cells are placed whole (a long target's last lines stay with it), its
  // loose pieces by nearness like any other column's
  const whole = new Map(cells.flatMap((cell) => cell.map((p) => [p, cellOf(cell)] as const)));
  for (const [key, ps] of perRow) {
    if (key === 'name') placeNames(rows, ps);
    else placeInRows(rows, key, ps, key === anchorKey ? whole : undefined);
  }
  const columns = (['level1', 'level2'] as const).map((key) => ({ key, labels: joinWrapped(byColumn.get(key) ?? []) }));
  const layout = carried.layout ?? labelLayout(rows, columns.map((c) => c.labels));
  for (const { key, labels } of columns) {
    if (layout === 'top') topBlocks(rows, key, labels, carried[key]);
    else labelBlocks(rows, key, labels, carried[key]);
  }
  if (layout) for (const row of rows) row.layout = layout;
  return rows;
}

/** The 一级/二级 labels of the last row of the page before, and how labels sit on rows. */
export type Carried = Partial<Record<'level1' | 'level2', GridCell>> & { readonly layout?: LabelLayout };

/** What the next page carries over from these rows. */
export function carriedFrom(rows: readonly GridRow[]): Carried {
  const last = rows[rows.length - 1];
  return last ? { level1: last.cells.level1, level2: last.cells.level2, layout: last.layout } : {};
}

/**
 * The target column's cells that anchor rows. A piece goes on from the one right above it unless a
 * comparator or figure opens it. While the cell above holds no value yet (comparator and figure),
 * it surely does: a long target ("=通过项目建" / "设，公安机关" / … / "高项") is one cell, however
 * near its last lines come to the next row's. Once it holds one, the piece may as well be the
 * first line of the next row's cell ("限办结≥95%" / "连续24小时内…的比率" / "≥95%"): it is left
 * out, to join the nearest row.
 */
function wrappedTargets(column: readonly Piece[]): Piece[][] {
  const cells: Piece[][] = [];
  let above: Piece | undefined;
  for (const p of [...column].sort((a, b) => a.y0 - b.y0)) {
    const last = cells[cells.length - 1];
    const opens = COMPARATOR.test(p.text) || FIGURE_START.test(p.text);
    const wraps = last && above && !opens && above.y0 < p.y0 && p.y0 - above.y1 < WRAP_GAP * (p.y1 - p.y0);
    if (!wraps) cells.push([p]);
    else if (!TARGET_VALUE.test(compact(last.map((q) => q.text).join('')))) last.push(p);
    above = p;
  }
  return cells;
}

/** Pieces by the band their middle falls in. */
export function byBand(ps: readonly Piece[], bands: readonly Band[]): Map<GridColumn, Piece[]> {
  const byColumn = new Map<GridColumn, Piece[]>();
  for (const p of ps) {
    const band = bands.find((b) => b.x0 <= (p.x0 + p.x1) / 2 && (p.x0 + p.x1) / 2 < b.x1);
    if (!band) continue;
    const column = byColumn.get(band.key);
    if (column) column.push(p);
    else byColumn.set(band.key, [p]);
  }
  return byColumn;
}

/** The positioned pieces of the lines, each with its line's source. */
export function pieces(lines: readonly Line[]): Piece[] {
  return lines.filter(isPositioned).flatMap((l) => (l.pieces as Positioned[]).map((p) => ({ ...p, at: l.at })));
}

/** One row per anchor cell (anchors on one line are one row), marked at the cell's middle. */
function anchorRows(anchors: readonly Piece[][]): GridRow[] {
  const rows: GridRow[] = [];
  for (const cell of anchors.map(cellOf).sort((a, b) => a.y0 - b.y0)) {
    const last = rows[rows.length - 1];
    if (last && cell.y0 < last.y1) continue;
    rows.push({ cells: {}, y0: cell.y0, y1: cell.y1, anchor: centre(cell), at: cell.at });
  }
  return rows;
}

/**
 * Each piece joins the row whose anchor is nearest, or its cell's (`whole`) does; a row's pieces
 * of one column are one cell.
 */
function placeInRows(rows: GridRow[], key: GridColumn, ps: readonly Piece[], whole?: ReadonlyMap<Piece, GridCell>): void {
  const groups = new Map<number, Piece[]>();
  for (const p of ps) {
    const i = nearestRow(rows, centre(whole?.get(p) ?? p));
    const group = groups.get(i);
    if (group) group.push(p);
    else groups.set(i, [p]);
  }
  for (const [i, group] of groups) {
    const row = rows[i] as GridRow;
    (row.cells as Record<string, GridCell>)[key] = cellOf(group);
    row.y0 = Math.min(row.y0, ...group.map((p) => p.y0));
    row.y1 = Math.max(row.y1, ...group.map((p) => p.y1));
  }
}

/**
 * Every row has a name, printed beside its row's anchor: the name lines are cut into consecutive
 * blocks, one per row. Nearness alone splits a name of many lines printed between tight rows
 * among its neighbours ("对入选“米其" … "市企业数量", whose first and last lines lie nearer the rows
 * above and below); a name is centred on its row, so a block's middle counts as well (twice: a
 * block whose middle is off by a line loses to one whose last line goes one row further).
 */
function placeNames(rows: GridRow[], ps: readonly Piece[]): void {
  const lines = linesOf(ps);
  const blocks = lines.length >= rows.length ? nameBlocks(lines.map(cellOf), rows.map((r) => r.anchor)) : null;
  if (!blocks) return placeInRows(rows, 'name', ps);
  const whole = new Map<Piece, GridCell>();
  blocks.forEach(([s, e], k) => {
    const anchor: GridCell = { text: '', y0: (rows[k] as GridRow).anchor, y1: (rows[k] as GridRow).anchor, at: (rows[k] as GridRow).at };
    for (let i = s; i <= e; i++) for (const p of lines[i] as Piece[]) whole.set(p, anchor);
  });
  placeInRows(rows, 'name', ps, whole);
}

const CENTRE_WEIGHT = 2;

/** Lines (sorted) cut into one block per anchor (sorted), [first, last] line each, least cost. */
function nameBlocks(lines: readonly GridCell[], anchors: readonly number[]): [number, number][] {
  const n = lines.length;
  const m = anchors.length;
  const cost = (k: number, s: number, e: number): number => {
    const a = anchors[k] as number;
    let c = CENTRE_WEIGHT * Math.abs(((lines[s] as GridCell).y0 + (lines[e] as GridCell).y1) / 2 - a);
    for (let i = s; i <= e; i++) c += Math.abs(centre(lines[i] as GridCell) - a);
    return c;
  };
  // best[k][e]: least cost of anchors 0..k over lines 0..e, anchor k's block ending at line e.
  const best = anchors.map(() => new Array<number>(n).fill(Infinity));
  const from = anchors.map(() => new Array<number>(n).fill(-1));
  for (let e = 0; e <= n - m; e++) best[0]![e] = cost(0, 0, e);
  for (let k = 1; k < m; k++) {
    for (let e = k; e <= n - m + k; e++) {
      for (let s = k; s <= e; s++) {
        const c = best[k - 1]![s - 1]! + cost(k, s, e);
        if (c < best[k]![e]!) [best[k]![e], from[k]![e]] = [c, s];
      }
    }
  }
  const blocks: [number, number][] = [];
  let e = n - 1;
  for (let k = m - 1; k >= 0; k--) {
    const s = k === 0 ? 0 : from[k]![e]!;
    blocks.unshift([s, e]);
    e = s - 1;
  }
  return blocks;
}

/** Pieces whose vertical extents overlap are one line. */
function linesOf(ps: readonly Piece[]): Piece[][] {
  const lines: Piece[][] = [];
  for (const p of [...ps].sort((a, b) => a.y0 - b.y0)) {
    const last = lines[lines.length - 1];
    if (last && last.some((q) => p.y0 < q.y1 && q.y0 < p.y1)) last.push(p);
    else lines.push([p]);
  }
  return lines;
}

function cellOf(ps: readonly Piece[]): GridCell {
  const sorted = [...ps].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  const first = sorted[0] as Piece;
  return {
    text: sorted.map((p) => p.text).join(''),
    y0: Math.min(...sorted.map((p) => p.y0)),
    y1: Math.max(...sorted.map((p) => p.y1)),
    at: first.at,
    head: centre(first),
  };
}

/**
 * Pieces of a merged column joined into cells where they wrap (small vertical gaps). A cell that
 * already reads as a whole known label ends there unless the next piece makes a longer one
 * ("服务对象满意度" / "指标"): rows printed tight put one label's last piece right above the
 * next label's first ("服务对象满意度指" / "标" / "服务对象满意度指").
 */
function joinWrapped(ps: readonly Piece[]): GridCell[] {
  const groups: Piece[][] = [];
  for (const p of [...ps].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    const text = compact((last ?? []).map((q) => q.text).join(''));
    const joins = !LABELS.has(text) || LABELS.has(text + compact(p.text));
    if (last && prev && joins && p.y0 - prev.y1 < WRAP_GAP * (p.y1 - p.y0)) last.push(p);
    else groups.push([p]);
  }
  return groups.map(cellOf);
}

/** The page's projects: each 项目名称 cell with the merged cells beside it and its block of rows. */
function projectParts(rows: readonly GridRow[], byColumn: ReadonlyMap<GridColumn, Piece[]>): ProjectPart[] {
  const names = joinWrapped(byColumn.get('project') ?? []);
  const blocks = partition(rows, names);
  const parts = names.map((n) => ({ cells: { project: n } as Partial<Record<GridColumn, GridCell>>, rows: [] as GridRow[] }));
  blocks.forEach((block, k) => parts[k]!.rows.push(...block.map((i) => rows[i] as GridRow)));
  for (const key of GRID_MERGED) {
    if (key === 'project' || key === 'level1' || key === 'level2') continue;
    for (const cell of joinWrapped(byColumn.get(key) ?? [])) {
      const k = nearest(names, centre(cell));
      if (k >= 0 && beside(names[k] as GridCell, cell) && !parts[k]!.cells[key]) parts[k]!.cells[key] = cell;
    }
  }
  return parts;
}

/** A merged cell beside a project's name: their lines overlap, give or take a text height. */
function beside(name: GridCell, cell: GridCell): boolean {
  const h = Math.min(name.y1 - name.y0, cell.y1 - cell.y0);
  return cell.y0 < name.y1 + h && name.y0 < cell.y1 + h;
}
