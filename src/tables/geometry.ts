/**
 * @module Column placement from geometry (PDF input). The header's cells — pieces re-joined
 * where a label wraps inside its cell, group headings told apart from the cells under them —
 * give each column a horizontal band; a printed value belongs to the band its box falls in.
 * A value placed this way is certain, so the arithmetic solver only handles what geometry
 * cannot decide (text input, a header whose cells could not all be located).
 */
import type { ColumnSpec } from '../catalogue/index.js';
import type { Line } from '../ingest/index.js';
import type { Placement } from './raw.js';
import { relativeYears, squash } from './text.js';
import { splitCell } from './header-split.js';
import { CENTRED, GROUP_REACH, headerCells, isAlias, matches } from './header-cells.js';
import type { HeaderCell } from './header-cells.js';

/** A column's place on the page: the centre of its header cell. */
export interface Band {
  readonly key: string;
  readonly center: number;
  /** The header cell's extent. */
  readonly x0: number;
  readonly x1: number;
}

/** Labels that only say "the total of the group above". */
const GENERIC_TOTAL = new Set(['合计', '小计', '总计']);

/**
 * The bands of a header (its lines on one page): every column it names, restricted to
 * `keys` when given. Null when a column is named twice, or a wanted key is not located:
 * placing by such a header could put a value in a wrong column.
 */
export function columnBands(header: readonly Line[], specs: readonly ColumnSpec[], keys?: readonly string[]): Band[] | null {
  if (header.length === 0 || header.some((l) => !l.pieces)) return null;
  const geometry = headerGeometry(header, specs, true);
  const { cells } = geometry;
  const found = new Map<string, HeaderCell[]>();
  for (const cell of cells) {
    if (geometry.isGroup(cell)) continue;
    const key = geometry.keyOf(cell);
    if (key && (!keys || keys.includes(key))) found.set(key, [...(found.get(key) ?? []), cell]);
  }
  for (const [key, named] of found) found.set(key, withoutHeadings(named));
  if (found.size === 0 || [...found.values()].some((xs) => xs.length !== 1) || keys?.some((k) => !found.has(k))) return null;
  const bands = [...found].map(([key, [c]]) => band(key, c!));
  // A header cell right of the first column that names no known column is a column all the
  // same: its values must not drift into a neighbour, so it takes part with an empty key.
  // Not so a heading with a cell under it (收入预算 over 事业收入): it names no column.
  const left = Math.min(...bands.map((b) => b.center));
  const unknown = cells.filter((c) => geometry.under(c).length === 0 && !geometry.keyOf(c)
    && (c.x0 + c.x1) / 2 > left && !FILLER.test(squash(c.text)));
  return [...bands, ...unknown.map((c) => band('', c))].sort((a, b) => a.center - b.center);
}

/**
 * Keys a header names only in a heading over other columns (基本支出 over 人员支出 | 日常公用支出
 * with no 小计 of its own): the table prints no column of that key.
 */
export function headingKeys(header: readonly Line[], specs: readonly ColumnSpec[]): string[] {
  if (header.length === 0 || header.some((l) => !l.pieces)) return [];
  const geometry = headerGeometry(header, specs, false);
  return geometry.cells.filter((c) => geometry.isGroup(c)).flatMap((c) => matches(squash(c.text), specs).map((m) => m.key));
}

/**
 * The keys the header's cells name, a heading apart from the cells under it, a cell under a
 * heading as the heading qualifies it (北京: 单位资金 under 上年结转结余 names its carryover).
 */
export function cellKeys(header: readonly Line[], specs: readonly ColumnSpec[]): string[] {
  if (header.some((l) => !l.pieces)) return [];
  const geometry = headerGeometry(header, specs, true);
  return geometry.cells.flatMap((c) => {
    const key = geometry.isGroup(c) ? null : geometry.keyOf(c);
    return key ? [key] : matches(squash(c.text), specs).map((m) => m.key);
  });
}

/** The header's cells: 栏次 numbers name no column; a cell joined wrongly (基本支出 over 人员经费) is cut apart. */
function cellsOf(header: readonly Line[], specs: readonly ColumnSpec[]): HeaderCell[] {
  return headerCells(header, specs).flatMap((c) => splitCell(c, (t) => isLabel(squash(t), specs))).filter((c) => !FILLER.test(squash(c.text)));
}

/**
 * A header's cells with what they stand over and which column each names, worked out once
 * per header (and per spelling of its years) however often a table's reading asks: which
 * cells stand under which is the costly part, and every cell's key asks it of every cell.
 */
class HeaderGeometry {
  readonly #under = new Map<HeaderCell, HeaderCell[]>();
  readonly #keys = new Map<HeaderCell, string | null>();
  constructor(readonly cells: readonly HeaderCell[], readonly specs: readonly ColumnSpec[]) {}

  under(cell: HeaderCell): HeaderCell[] {
    let found = this.#under.get(cell);
    if (!found) this.#under.set(cell, (found = under(cell, this.cells, this.specs)));
    return found;
  }

  /** A heading over two or more cells (基本支出 over 人员经费 and 公用经费). */
  isGroup(cell: HeaderCell): boolean {
    return this.under(cell).length >= 2;
  }

  keyOf(cell: HeaderCell): string | null {
    if (!this.#keys.has(cell)) this.#keys.set(cell, keyOf(cell, this));
    return this.#keys.get(cell)!;
  }
}

/** Analyses by header lines and specs; `relative`: years spelt as 本年/上年 (as the catalogue's aliases are). */
const ANALYSED = new WeakMap<readonly Line[], Map<readonly ColumnSpec[], { plain?: HeaderGeometry; relative?: HeaderGeometry }>>();

function headerGeometry(header: readonly Line[], specs: readonly ColumnSpec[], relative: boolean): HeaderGeometry {
  let bySpecs = ANALYSED.get(header);
  if (!bySpecs) ANALYSED.set(header, (bySpecs = new Map()));
  let both = bySpecs.get(specs);
  if (!both) bySpecs.set(specs, (both = {}));
  const which = relative ? 'relative' : 'plain';
  let geometry = both[which];
  if (!geometry) {
    const cells = cellsOf(header, specs);
    if (relative) {
      const years = relativeYears(cells.map((c) => c.text));
      for (const c of cells) c.text = years(c.text);
    }
    both[which] = geometry = new HeaderGeometry(cells, specs);
  }
  return geometry;
}

/** Header text that is no column: 栏次 numbers and marks. */
const FILLER = /^(栏次|※|\*+|\d{1,2}|[（(]?\d{1,2}[)）]?)$/;

/** Text that is a whole header cell: an alias, a bare total, or filler. */
function isLabel(text: string, specs: readonly ColumnSpec[]): boolean {
  return FILLER.test(text) || GENERIC_TOTAL.has(text) || isAlias(text, specs);
}

/**
 * Of cells naming one column, one standing right over another is its heading (项目支出 over
 * 项目支出总数 | 扣除基建项目后预算数, too narrow to be seen spanning them), not a second column.
 */
function withoutHeadings(named: HeaderCell[]): HeaderCell[] {
  if (named.length < 2) return named;
  return named.filter((c) => !named.some((d) => d !== c && d.y0 >= c.y1 - 1 && d.x0 < c.x1 && d.x1 > c.x0));
}

function band(key: string, c: { x0: number; x1: number }): Band {
  return { key, center: (c.x0 + c.x1) / 2, x0: c.x0, x1: c.x1 };
}

/**
 * The header's words in reading order, labels wrapped inside their cells re-joined (a narrow
 * 行次 column prints 行 and 次 on two lines, 一般公共预算财政拨款 wraps before 款, with the
 * vertically centred 项目 between): the lines' text when there is no geometry.
 */
export function headerText(lines: readonly Line[]): string {
  if (lines.some((l) => !l.pieces)) return lines.map((l) => l.text).join('');
  return headerCells(lines).map((c) => c.text).join(' ');
}

/**
 * Cells printed below `cell` and within its width. A heading's text is often narrower than
 * the columns it spans (本级财政拨款 centred over 金额 | 其中：经费拨款): failing that, the
 * cells on the row just below that reach half its width beyond it and are centred under it.
 */
function under(cell: HeaderCell, cells: readonly HeaderCell[], specs: readonly ColumnSpec[]): HeaderCell[] {
  const below = cells.filter((c) => c !== cell && c.y0 >= cell.y1 - 1);
  const centre = (c: HeaderCell) => (c.x0 + c.x1) / 2;
  const strict = below.filter((c) => centre(c) > cell.x0 && centre(c) < cell.x1);
  if (strict.length >= 2) return withSubtotal(cell, strict, below, true);
  const reach = GROUP_REACH * (cell.x1 - cell.x0);
  // the cells within its width belong however far down they stand (西安: 小计, vertically centred
  // in a tall header row, under 一般公共预算拨款 beside the wrapped 其中：专项资金… that stands higher)
  const near = below.filter((c) => strict.includes(c)
    || (c.y0 <= cell.y1 + 2 * (cell.y1 - cell.y0) && centre(c) > cell.x0 - reach && centre(c) < cell.x1 + reach));
  // the wider reach only for cells of this table: a heading over columns the table does not
  // know (基本支出 over 人员支出 | 公用经费 in a 支出总表) stays a column of its own
  if (near.length < 2) return subtotalRun(cell, strict, below, specs) ?? centredRun(cell, below, specs) ?? totalRun(cell, strict, below, specs) ?? strict;
  if (!near.some((c) => matches(squash(c.text), specs).length > 0)) return strict;
  const x0 = Math.min(...near.map((c) => c.x0));
  const x1 = Math.max(...near.map((c) => c.x1));
  return Math.abs(centre(cell) - (x0 + x1) / 2) <= CENTRED * (x1 - x0) ? withSubtotal(cell, near, below, false) : strict;
}

/**
 * A heading far narrower than the cells it spans (杭州: 基本支出 over 小计 | 人员经费 | 日常公用支出,
 * each as wide as the heading): the fewest neighbouring cells of the row just below, all columns
 * of this table, whose span the heading stands centred over; none when two such runs tie.
 */
function centredRun(cell: HeaderCell, below: readonly HeaderCell[], specs: readonly ColumnSpec[]): HeaderCell[] | null {
  const mid = (c: { x0: number; x1: number }) => (c.x0 + c.x1) / 2;
  if (matches(squash(cell.text), specs).length === 0) return null;
  const row = below.filter((c) => c.y0 <= cell.y1 + 2 * (cell.y1 - cell.y0)).sort((a, b) => mid(a) - mid(b));
  const known = (c: HeaderCell) => GENERIC_TOTAL.has(squash(c.text)) || matches(squash(c.text), specs).length > 0;
  for (let size = 2; size <= row.length; size++) {
    const runs = row.map((_, i) => row.slice(i, i + size)).filter((r) => r.length === size && r.every(known)
      && Math.abs(mid(cell) - (r[0]!.x0 + r[size - 1]!.x1) / 2) <= CENTRED * (r[size - 1]!.x1 - r[0]!.x0)
      && r.some((c) => mid(c) > cell.x0 && mid(c) < cell.x1));
    if (runs.length === 1) return runs[0]!;
    if (runs.length > 1) return null;
  }
  return null;
}

/**
 * A heading naming no column over one cell only within its reach, yet centred over the run from
 * a 小计 left of that cell to the next total (杭州: 本年收入 over 财政专户管理资金, the middle of
 * 小计 | 一般公共预算 | … | 其他收入 | 小计 of 上年结转结余): that run, as in `withSubtotal`. A run
 * closed by no total could be any stretch of the header (事业收入 over （不含教育收费）).
 */
function subtotalRun(cell: HeaderCell, strict: readonly HeaderCell[], below: readonly HeaderCell[], specs: readonly ColumnSpec[]): HeaderCell[] | null {
  if (strict.length !== 1 || matches(squash(cell.text), specs).length > 0) return null;
  const run = withSubtotal(cell, strict, below, false);
  const end = Math.max(...run.map((c) => c.x1));
  const closed = below.some((c) => c.x0 >= end && GENERIC_TOTAL.has(squash(c.text)));
  return run.length >= 2 && closed ? run : null;
}

/**
 * A heading naming no column, narrower than the gaps of the row below, so that no cell of that
 * row stands under its text (广州 基本支出预算表: 财政拨款 over 合计 | 一般公共预算 | 政府性基金预算 |
 * 国有资本经营预算): the run of that row from a bare total on, with the heading's middle inside,
 * that it stands best centred over. Without a total to open the run any stretch could be meant.
 */
function totalRun(cell: HeaderCell, strict: readonly HeaderCell[], below: readonly HeaderCell[], specs: readonly ColumnSpec[]): HeaderCell[] | null {
  if (strict.length > 0 || matches(squash(cell.text), specs).length > 0) return null;
  const mid = (cell.x0 + cell.x1) / 2;
  const row = below.filter((c) => c.y0 <= cell.y1 + 2 * (cell.y1 - cell.y0)).sort((a, b) => a.x0 - b.x0);
  let best: HeaderCell[] | null = null;
  row.forEach((c, start) => {
    if (!GENERIC_TOTAL.has(squash(c.text))) return;
    for (let end = start + 2; end < row.length && !GENERIC_TOTAL.has(squash(row[end]!.text)); end++) {
      const run = row.slice(start, end + 1);
      const inside = mid > run[0]!.x0 && mid < run[run.length - 1]!.x1;
      if (inside && offCentre(cell, run) <= CENTRED && (!best || offCentre(cell, run) < offCentre(cell, best))) best = run;
    }
  });
  return best;
}

/**
 * A group's 小计 printed first, left of the cells the heading is centred over (财政拨款收入
 * over 小计 | 一般公共预算收入 | 政府性基金预算收入 …): the nearest cell left of them on
 * their row, when it is a bare total, is the group's too (`adjacent`: the heading's text
 * spans the cells). A heading narrower still (本年收入
 * over 小计 | 一般公共预算 | … | 其他收入, 上年结转结余 over 小计 | …) spans the run from the
 * 小计 left of its cells up to the next 小计, when that run is centred under it.
 */
function withSubtotal(heading: HeaderCell, group: readonly HeaderCell[], below: readonly HeaderCell[], adjacent: boolean): HeaderCell[] {
  const first = group.reduce((a, b) => (b.x0 < a.x0 ? b : a));
  const sameRow = (c: HeaderCell) => Math.min(c.y1, first.y1) - Math.max(c.y0, first.y0) > ROW_SHARE * Math.min(c.y1 - c.y0, first.y1 - first.y0);
  const row = below.filter(sameRow).sort((a, b) => a.x0 - b.x0);
  const left = row.filter((c) => !group.includes(c) && c.x1 <= first.x0).at(-1);
  if (adjacent && left && GENERIC_TOTAL.has(squash(left.text))) return [left, ...group];
  const start = row.reduce((at, c, i) => (c.x1 <= first.x0 && squash(c.text) === SUBTOTAL ? i : at), -1);
  if (start < 0) return [...group];
  const next = row.findIndex((c, i) => i > start && GENERIC_TOTAL.has(squash(c.text)));
  const run = row.slice(start, next < 0 ? row.length : next);
  if (offCentre(heading, run) <= CENTRED && group.every((c) => run.includes(c))) return run;
  // no total closes the group and the row runs on past it (深圳 基本支出总表: 财政拨款 over 小计 |
  // 一般公共预算拨款 | … | 国有资本经营预算拨款, then 财政专户管理资金 …): the run from the 小计
  // through the group's cells that the heading stands best centred over
  if (next >= 0) return [...group];
  const last = Math.max(...group.map((c) => row.indexOf(c)));
  if (last < start) return [...group];
  const runs = row.slice(last).map((_, i) => row.slice(start, last + i + 1)).filter((r) => offCentre(heading, r) <= CENTRED);
  return runs.reduce<HeaderCell[] | null>((best, r) => (best && offCentre(heading, best) <= offCentre(heading, r) ? best : r), null) ?? [...group];
}

/** How far a heading's middle stands off the middle of a run of cells, in the run's widths. */
function offCentre(heading: HeaderCell, run: readonly HeaderCell[]): number {
  const x0 = run[0]!.x0;
  const x1 = Math.max(...run.map((c) => c.x1));
  return Math.abs((heading.x0 + heading.x1) / 2 - (x0 + x1) / 2) / (x1 - x0);
}

/** A group's own total column (合计 stands for the table's). */
const SUBTOTAL = '小计';

/** Share of the lower cell's height two header cells must share to stand on one row. */
const ROW_SHARE = 0.5;

/**
 * The column a leaf cell names. Under a group heading the heading qualifies it: an alias
 * spanning heading and leaf wins (（扣除中央基建投资）+ 增减额), and a bare 小计/合计 names the
 * group's own column (基本支出 › 小计).
 */
function keyOf(cell: HeaderCell, geometry: HeaderGeometry): string | null {
  const { cells, specs } = geometry;
  const text = squash(cell.text);
  const own = matches(text, specs).at(-1)?.key ?? null;
  const group = cells.filter((g) => g !== cell && geometry.isGroup(g) && geometry.under(g).includes(cell))
    .sort((a, b) => b.y0 - a.y0)[0];
  if (!group) return own;
  const head = squash(group.text);
  const joined = matches(head + text, specs);
  const across = joined.find((m) => m.start < head.length && m.end > head.length);
  if (across) return across.key;
  if (!GENERIC_TOTAL.has(text)) return own;
  return joined.filter((m) => m.end <= head.length).at(-1)?.key ?? own;
}

/**
 * The placement geometry decides: each value in the band its box's centre falls in
 * (boundaries halfway between neighbouring header centres). Null when a value has no box
 * or two values fall in one band: the solver decides those rows.
 */
export function placeByBands(placement: Placement, bands: readonly Band[], centreOf = boxCentre): Placement | null {
  if (placement.values.length === 0) return null;
  const columns: string[] = [];
  let last = -1;
  for (const v of placement.values) {
    const box = v.at.box;
    if (!box) return null;
    const x = centreOf(box);
    let i = 0;
    while (i < bands.length - 1 && x > (bands[i]!.center + bands[i + 1]!.center) / 2) i++;
    const band = bands[i]!;
    const reach = band.x1 - band.x0; // a value stands under its header (right-aligned: beside it), not far off
    if (i <= last || band.key === '' || !placement.columns.includes(band.key) || box[2] < band.x0 - reach || box[0] > band.x1 + reach) return null;
    columns.push(bands[i]!.key);
    last = i;
  }
  return { columns, values: placement.values };
}

function boxCentre(box: readonly number[]): number {
  return (box[0]! + box[2]!) / 2;
}

/**
 * Where a column's figures stand: figures are right-aligned, so a short one ("1.09") sits
 * right of its column's middle and may cross the halfway line to the next header. Every
 * figure ending at the same right edge (within `EDGE` points) takes the centre of the
 * widest of them.
 */
export function alignedCentres(boxes: readonly (readonly number[])[]): (box: readonly number[]) => number {
  const widest: { x1: number; centre: number; width: number }[] = [];
  for (const b of boxes) {
    const at = widest.find((w) => Math.abs(w.x1 - b[2]!) <= EDGE);
    const width = b[2]! - b[0]!;
    if (!at) widest.push({ x1: b[2]!, centre: boxCentre(b), width });
    else if (width > at.width) { at.centre = boxCentre(b); at.width = width; }
  }
  return (box) => widest.find((w) => Math.abs(w.x1 - box[2]!) <= EDGE)?.centre ?? boxCentre(box);
}

/** Points right edges of one column's figures may differ. */
const EDGE = 1.5;

/**
 * A table continued over pages repeats its header at the top of each page. Those lines
 * leave the data and become that page's header (the bands may shift between pages); a
 * line counts as repeated when each of its pieces is text of the first page's header.
 */
export function repeatedHeaders(data: readonly Line[], header: readonly Line[]): { data: Line[]; headers: Map<number, Line[]> } {
  const headers = new Map<number, Line[]>();
  const first = header[0]?.at.page;
  if (first === null || first === undefined) return { data: [...data], headers };
  headers.set(first, [...header]);
  const words = squash(header.map((l) => l.text).join(''));
  const out: Line[] = [];
  let page = first;
  let top = false;
  for (const line of data) {
    if (line.at.page !== page) { page = line.at.page ?? page; top = true; }
    const repeated = top && line.pieces !== undefined && line.pieces.every((p) => squash(p.text) !== '' && words.includes(squash(p.text)));
    if (repeated) { headers.set(page, [...(headers.get(page) ?? []), line]); continue; }
    top = false;
    out.push(line);
  }
  return { data: out, headers };
}

/** The header in force on a page: its own, else the nearest earlier page's. */
export function headerFor(page: number | null, headers: ReadonlyMap<number, readonly Line[]>): readonly Line[] | null {
  if (page === null) return null;
  let best: number | null = null;
  for (const p of headers.keys()) if (p <= page && (best === null || p > best)) best = p;
  return best === null ? null : headers.get(best)!;
}
