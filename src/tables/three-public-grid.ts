/**
 * @module A 三公 table's columns read from its header's geometry (PDF input): every column is
 * an item (合计, 因公出国（境）费 …, 会议费 …), qualified by the funding source or the period
 * printed under or over it, and every figure goes to the column whose header cell it stands
 * under. Periods may also be rows (深圳: one row per year, 一般公共预算 | 政府性基金预算 | … under
 * each item). Null whenever the header cannot be read whole: the caller then places by
 * arithmetic, never by a guess.
 */
import type { Line } from '../ingest/index.js';
import { threePublicHeaderRole, THREE_PUBLIC_ROW_PERIODS } from '../catalogue/index.js';
import type { ThreePublicHeaderRole } from '../catalogue/index.js';
import { headerCells } from './header-cells.js';
import type { HeaderCell, HeaderPart } from './header-cells.js';
import { splitCell } from './header-split.js';
import type { Placement } from './raw.js';
import { splitLine } from './rows-coded.js';
import { bareLabel, squash } from './text.js';

/** The read: every column key in order, and the placed figures of each data line read. */
export interface ThreePublicGrid {
  readonly columns: readonly string[];
  readonly lines: readonly Line[];
  readonly placements: readonly Placement[];
}

interface Cell {
  readonly text: string;
  readonly role: ThreePublicHeaderRole | null;
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/** A column: its item, and the source or period its header adds. */
interface Leaf {
  readonly item: string;
  readonly qualifier: { readonly source: string } | { readonly period: string } | null;
  readonly x0: number;
  readonly x1: number;
}

export function threePublicGrid(headerLines: readonly Line[], body: readonly Line[]): ThreePublicGrid | null {
  if (headerLines.length === 0 || headerLines.some((l) => !l.pieces)) return null;
  const cells = attachTails(headerCells(headerLines)).flatMap(split);
  const leaves = leafColumns(cells);
  if (!leaves) return null;
  const rows = dataRows(body, leaves.some((l) => l.qualifier && 'period' in l.qualifier));
  if (!rows) return null;
  const columns: string[] = [];
  const placements: Placement[] = [];
  for (const r of rows) {
    const keys = leaves.map((l) => keyOf(l, r.period));
    if (keys.some((k) => k === null)) return null;
    const placed = place(r.line, leaves, keys as string[]);
    if (!placed) return null;
    placements.push(placed);
    for (const k of keys as string[]) if (!columns.includes(k)) columns.push(k);
  }
  return { columns, lines: rows.map((r) => r.line), placements };
}

/**
 * A header cell as its words: a heading joined with the cells under it (长沙: a heading over
 * 公务用车购置及运行 / 因公出国（境）费 / 费) is regrouped into runs that each name something.
 */
function split(cell: HeaderCell): Cell[] {
  return splitCell(cell, (t) => threePublicHeaderRole(squash(t)) !== null).map((c) => cellOf(c.parts, threePublicHeaderRole(squash(c.text))));
}

/**
 * A cell naming nothing that wraps on a label above it which the layout could not join (西安:
 * （境）费用 under 因公出国, the last piece of 上年 / 一般公共预算…“三公”经费预算 / 公务用车… /
 * 因公出国, with 小计 beside it under the same heading): appended to that cell where the cell
 * named something only so, and then splits into runs that each name something.
 */
function attachTails(cells: readonly HeaderCell[]): HeaderCell[] {
  const out = [...cells];
  for (const tail of cells) {
    if (threePublicHeaderRole(squash(tail.text)) !== null) continue;
    const i = out.findIndex((c) => c !== tail && wrapsOn(c.parts[c.parts.length - 1]!, tail));
    if (i < 0) continue;
    const head = out[i]!;
    if (split(head).every((c) => c.role !== null)) continue; // the cell above names everything already
    const joined: HeaderCell = { text: head.text + tail.text, parts: [...head.parts, ...tail.parts], x0: Math.min(head.x0, tail.x0),
      x1: Math.max(head.x1, tail.x1), y0: Math.min(head.y0, tail.y0), y1: Math.max(head.y1, tail.y1) };
    if (!split(joined).every((c) => c.role !== null)) continue;
    out[i] = joined;
    out.splice(out.indexOf(tail), 1);
  }
  return out;
}

/** `below` stands on the next line under `above`, overlapping it by half the narrower. */
function wrapsOn(above: HeaderPart, below: HeaderCell): boolean {
  const overlap = Math.min(above.x1, below.x1) - Math.max(above.x0, below.x0);
  const gap = below.y0 - above.y1;
  return overlap > 0.5 * Math.min(above.x1 - above.x0, below.x1 - below.x0) && gap >= -1 && gap < above.y1 - above.y0;
}

function cellOf(parts: readonly HeaderPart[], role: ThreePublicHeaderRole | null): Cell {
  return {
    text: squash(parts.map((p) => p.text).join('')), role,
    x0: Math.min(...parts.map((p) => p.x0)), x1: Math.max(...parts.map((p) => p.x1)),
    y0: Math.min(...parts.map((p) => p.y0)), y1: Math.max(...parts.map((p) => p.y1)),
  };
}

const centre = (c: { x0: number; x1: number }) => (c.x0 + c.x1) / 2;

/**
 * The columns left to right. Items are the item cells (a vehicle heading with its parts under
 * it is no column); a bare 合计/小计 is the vehicle group's when 购置费/运行费 follow it, all
 * columns' when another total follows it, else the 三公 total. Sources or periods printed more
 * often than the items stand under them (each item's 预算数 | 决算数), printed less often they
 * stand over blocks of items (2025年预算数 [items] | 2026年预算数 [items]).
 */
function leafColumns(cells: readonly Cell[]): Leaf[] | null {
  const byX = (a: Cell, b: Cell) => centre(a) - centre(b);
  const itemCells = cells.filter((c) => c.role?.kind === 'item' || c.role?.kind === 'subtotal').filter((c) => !isVehicleHeading(c, cells)).sort(byX);
  if (itemCells.length === 0) return null;
  // a cell that names nothing, right of the first item, is a column all the same: not read
  if (cells.some((c) => c.role === null && centre(c) > itemCells[0]!.x0)) return null;
  const items = resolveTotals(itemCells);
  if (!items) return null;
  const sources = cells.filter((c) => c.role?.kind === 'source').sort(byX);
  const periods = periodsOf(cells.filter((c) => c.role?.kind === 'period').sort(byX));
  if (!periods || (sources.length > 0 && periods.length > 0)) return null;
  const sub: { cell: Cell; q: Leaf['qualifier'] }[] = sources.length > 0
    ? sources.map((c) => ({ cell: c, q: { source: (c.role as { source: string }).source } }))
    : periods.map((p) => ({ cell: p.cell, q: { period: p.period } }));
  if (sub.length === 0) return items.map((i) => ({ item: i.item, qualifier: null, x0: i.cell.x0, x1: i.cell.x1 }));
  if (sub.length > items.length) return nested(sub, items, (s, i) => ({ item: i.item, qualifier: s.q, x0: s.cell.x0, x1: s.cell.x1 }));
  return nested(items, sub, (i, s) => ({ item: i.item, qualifier: s.q, x0: i.cell.x0, x1: i.cell.x1 }));
}

/**
 * `inner` in consecutive blocks, one per `outer` cell in order: every block the same words,
 * each outer cell standing over its block.
 */
function nested<I extends { cell: Cell }, O extends { cell: Cell }>(inner: readonly I[], outer: readonly O[],
  leaf: (inner: I, outer: O) => Leaf): Leaf[] | null {
  const k = inner.length / outer.length;
  if (!Number.isInteger(k)) return null;
  const out: Leaf[] = [];
  for (let b = 0; b < outer.length; b++) {
    const block = inner.slice(b * k, (b + 1) * k);
    if (block.some((x, j) => x.cell.text !== inner[j]!.cell.text && wordOf(x) !== wordOf(inner[j]!))) return null;
    const slack = (block[0]!.cell.x1 - block[0]!.cell.x0) / 2;
    const c = centre(outer[b]!.cell);
    if (c < block[0]!.cell.x0 - slack || c > block[k - 1]!.cell.x1 + slack) return null;
    out.push(...block.map((x) => leaf(x, outer[b]!)));
  }
  return out;
}

function wordOf(x: object): string {
  return 'item' in x ? String(x.item) : 'q' in x ? JSON.stringify(x.q) : '';
}

/** A vehicle item cell with 购置费 or 运行费 printed under it: the heading of their group. */
function isVehicleHeading(c: Cell, cells: readonly Cell[]): boolean {
  if (c.role?.kind !== 'item' || c.role.item !== 'vehicles') return false;
  const reach = (c.x1 - c.x0) / 2;
  return cells.some((d) => d.role?.kind === 'item' && (d.role.item === 'vehiclePurchase' || d.role.item === 'vehicleOperation')
    && d.y0 >= c.y1 - 1 && centre(d) > c.x0 - reach && centre(d) < c.x1 + reach);
}

function resolveTotals(cells: readonly Cell[]): { item: string; cell: Cell }[] | null {
  const out = cells.map((cell, i) => {
    if (cell.role?.kind === 'item') return { item: cell.role.item, cell };
    const next = cells[i + 1]?.role;
    const nextItem = next?.kind === 'item' ? next.item : next?.kind === 'subtotal' ? 'total' : null;
    const item = nextItem === 'vehiclePurchase' || nextItem === 'vehicleOperation' ? 'vehicles' : nextItem === 'total' ? 'grandTotal' : 'total';
    return { item, cell };
  });
  const extras = out.some((x) => x.item === 'meetings' || x.item === 'training');
  return out.some((x) => x.item === 'grandTotal') && !extras ? null : out;
}

/** Period cells with their period; years named by their place (the latest is the budget year). */
function periodsOf(cells: readonly Cell[]): { cell: Cell; period: string }[] | null {
  const years = cells.map((c) => Number(/(\d{4})年/.exec(c.text)?.[1] ?? NaN)).filter((y) => !Number.isNaN(y));
  const latest = Math.max(...years);
  const out = cells.map((cell) => {
    const p = (cell.role as { period: string }).period;
    if (p !== 'year') return { cell, period: p };
    const y = Number(/(\d{4})年/.exec(cell.text)![1]);
    return { cell, period: yearPeriod(y, latest) };
  });
  return out.some((p) => p.period === '') ? null : out;
}

/** A year's period, named by its place: the latest printed is the budget year, the one before the prior year ('' else). */
function yearPeriod(year: number, latest: number): string {
  return year === latest ? 'budget' : year === latest - 1 ? 'priorYear' : '';
}

interface DataRow { readonly line: Line; readonly period: string | null }

/**
 * The data lines read: one per year where rows are periods (2025 年 / 2026 年 / 增减变化金额);
 * else the one line of figures, or the 合计 line above the units' own lines.
 */
function dataRows(body: readonly Line[], headerHasPeriods: boolean): DataRow[] | null {
  const data = body.map((line) => ({ line, ...splitLine(line.text, line) }))
    .filter((x) => x.values.some((v) => v.num && (v.num.decimals > 0 || v.num.text.includes(','))));
  if (data.length === 0) return null;
  const labelled = data.map((x) => ({ line: x.line, period: rowPeriod(x.label) }));
  if (labelled.some((x) => x.period)) {
    if (headerHasPeriods) return null;
    const years = labelled.map((x) => Number(/(\d{4})/.exec(x.period ?? '')?.[1] ?? NaN)).filter((y) => !Number.isNaN(y));
    const latest = Math.max(...years);
    const rows = labelled.filter((x) => x.period).map((x) => {
      const y = /^\d{4}$/.test(x.period!) ? Number(x.period) : null;
      return { line: x.line, period: y === null ? x.period : yearPeriod(y, latest) };
    });
    return rows.some((r) => r.period === '') ? null : rows;
  }
  const first = data[0]!;
  if (data.length > 1 && !/^(合计|总计)?$/.test(bareLabel(first.label))) return null;
  return [{ line: first.line, period: headerHasPeriods ? null : 'budget' }];
}

/** A row label's period: a year ("2025 年") or a change row. */
function rowPeriod(label: string): string | null {
  const text = squash(label);
  for (const p of THREE_PUBLIC_ROW_PERIODS) {
    const m = p.text.exec(text);
    if (m) return p.period === 'year' ? m[1]! : p.period;
  }
  return null;
}

/** The canonical column key: period.item, a source's period prefixed to it (priorYearGpb.total). */
function keyOf(leaf: Leaf, rowPeriod: string | null): string | null {
  const q = leaf.qualifier;
  if (q && 'period' in q) return rowPeriod === null ? `${q.period}.${leaf.item}` : null;
  if (rowPeriod === null) return null;
  if (!q) return `${rowPeriod}.${leaf.item}`;
  if (rowPeriod === 'budget') return `${q.source}.${leaf.item}`;
  if (rowPeriod === 'priorYear' || rowPeriod === 'change') return `${rowPeriod}${q.source[0]!.toUpperCase()}${q.source.slice(1)}.${leaf.item}`;
  return null;
}

/** Each figure in the column whose header centre is nearest, left to right, not far off its cell. */
function place(line: Line, leaves: readonly Leaf[], keys: readonly string[]): Placement | null {
  const values = splitLine(line.text, line).values;
  const columns: string[] = [];
  // figures are right-aligned in cells wider than their header text: within one column's pitch
  const pitch = Math.min(...leaves.slice(1).map((l, j) => centre(l) - centre(leaves[j]!)), 100);
  let last = -1;
  for (const v of values) {
    const box = v.at.box;
    if (!box) return null;
    const mid = (box[0] + box[2]) / 2;
    const i = leaves.reduce((best, l, j) => (Math.abs(centre(l) - mid) < Math.abs(centre(leaves[best]!) - mid) ? j : best), 0);
    const l = leaves[i]!;
    const reach = Math.max(l.x1 - l.x0, pitch);
    if (i <= last || box[2] < l.x0 - reach || box[0] > l.x1 + reach) return null;
    columns.push(keys[i]!);
    last = i;
  }
  return values.length > 0 ? { columns, values } : null;
}
