/**
 * @module The 三公 table, in its two printed forms, into one canonical row keyed
 * "threePublic" with columns "<period>.<item>" (budget.total, final.reception …):
 * - one row of figures under a header of periods (预算数/决算数, or two years) × items;
 * - items as rows (合计, 因公出国（境）费 …) × columns 合计 / funding sources (transposed).
 */
import type { Line } from '../ingest/index.js';
import {
  THREE_PUBLIC_HEADER_WORDS as HEADER_WORDS, THREE_PUBLIC_ITEM_LABELS as ITEM_LABELS, THREE_PUBLIC_ITEMS, THREE_PUBLIC_LABELS as LABELS,
} from '../catalogue/index.js';
import type { Column } from '../model/index.js';
import type { Placement, PrintedValue, RawRow } from './raw.js';
import { splitLine } from './rows-coded.js';
import { bareLabel, squash } from './text.js';
import { threePublicGrid } from './three-public-grid.js';


export interface ThreePublicRead {
  readonly columns: Column[];
  readonly row: RawRow | null;
}

export function threePublicRows(header: string, body: readonly Line[], headerLines: readonly Line[] = []): ThreePublicRead {
  const itemLines = body.map((l) => ({ line: l, item: itemOf(splitLine(l.text, l).label) }));
  const withValues = itemLines.filter((x) => x.item && splitLine(x.line.text, x.line).values.length > 0);
  if (withValues.length >= 2) return transposed(header, itemLines);
  const grid = threePublicGrid(headerLines, body);
  if (grid) return { columns: grid.columns.map(col), row: row(grid.lines, [...grid.placements]) };
  const periods = periodsOf(header);
  const items = itemsInPrintedOrder(headerLines);
  const columns = periodsInsideItems(header, periods)
    ? items.flatMap((i) => periods.map((p) => `${p}.${i}`))
    : periods.flatMap((p) => items.map((i) => `${p}.${i}`));
  // "三公经费和机关运行经费预算表": the 机关运行经费 column stands after the items (上海).
  if (periods.length === 1 && header.includes(squash(LABELS.operatingCost!))) columns.push(`${periods[0]}.operatingCost`);
  const data = body.filter((l) => splitLine(l.text, l).values.some((v) => v.num && (v.num.decimals > 0 || v.num.text.includes(','))));
  if (data.length === 0) return { columns: columns.map(col), row: null };
  const values = data.flatMap((l) => splitLine(l.text, l).values);
  const placed = periods.length === 1 ? placedUnderHeader(values, columns, headerLines) : null;
  return { columns: columns.map(col), row: row(data, [{ columns: placed ?? columns, values }]) };
}

/**
 * One period (budgets): each value goes to the column whose header cell it stands under, so an
 * empty 购置费 cell is known to be empty (text alone cannot tell 购置费 from 运行费). Null when a
 * value has no box, a header cell is missing, or two values would share a column.
 */
function placedUnderHeader(values: readonly PrintedValue[], columns: readonly string[], headerLines: readonly Line[]): string[] | null {
  const pieces = headerPieces(headerLines);
  const xs = columns.map((c) => leafX(pieces, c.split('.')[1] as Item | 'operatingCost'));
  if (pieces.length === 0 || xs.some((x) => x === undefined) || values.some((v) => !v.at.box)) return null;
  const picks = values.map((v) => {
    const mid = (v.at.box![0] + v.at.box![2]) / 2;
    return xs.reduce<number>((best, x, i) => (Math.abs(x! - mid) < Math.abs(xs[best]! - mid) ? i : best), 0);
  });
  if (picks.some((p, i) => i > 0 && p <= picks[i - 1]!)) return null;
  return picks.map((p) => columns[p]!);
}

function headerPieces(headerLines: readonly Line[]): { text: string; x: number }[] {
  return headerLines.flatMap((l) => l.pieces ?? []).map((p) => ({ text: squash(p.text), x: (p.x0 + p.x1) / 2 }));
}

/** The x of an item's own header cell; the vehicle group's 小计 wins over its spanning title. */
function leafX(pieces: readonly { text: string; x: number }[], item: Item | 'operatingCost'): number | undefined {
  const hits = pieces.filter((p) => HEADER_WORDS[item].test(p.text));
  return (item === 'vehicles' ? hits.find((p) => p.text.startsWith('小计')) ?? hits[0] : hits[0])?.x;
}

function transposed(header: string, itemLines: { line: Line; item: string | null }[]): ThreePublicRead {
  const sources = ['gpb', 'gf', 'soce'].filter((s) => header.includes(squash(LABELS[s]!)));
  const periodColumns = ['budget', ...sources];
  const placements: Placement[] = [];
  const lines: Line[] = [];
  for (const { line, item } of itemLines) {
    if (!item) continue;
    const values = splitLine(line.text, line).values;
    lines.push(line);
    if (values.length > 0) placements.push({ columns: periodColumns.map((p) => `${p}.${item}`), values });
  }
  const columns = periodColumns.flatMap((p) => THREE_PUBLIC_ITEMS.map((i) => col(`${p}.${i}`)));
  return { columns, row: row(lines, placements) };
}

type Item = (typeof THREE_PUBLIC_ITEMS)[number];

/**
 * The items in the order the header prints them, from the x of their header cells (PDF input):
 * some places print 公务接待费 before the vehicle group. Without positions (text input), or when a
 * header cell is not found, the catalogue's order stands.
 */
function itemsInPrintedOrder(headerLines: readonly Line[]): readonly Item[] {
  const pieces = headerPieces(headerLines);
  if (pieces.length === 0) return THREE_PUBLIC_ITEMS;
  const located = THREE_PUBLIC_ITEMS.map((item) => ({ item, x: leafX(pieces, item) }));
  if (located.some((l) => l.x === undefined)) return THREE_PUBLIC_ITEMS;
  return [...located].sort((a, b) => a.x! - b.x!).map((l) => l.item);
}

function itemOf(label: string): string | null {
  const bare = bareLabel(label);
  return THREE_PUBLIC_ITEMS.find((i) => ITEM_LABELS[i].test(bare)) ?? null;
}

/**
 * Whether each item carries its own 预算数 / 决算数 pair (上海: 合计 预算数 决算数 | 因公出国 预算数 决算数 …)
 * rather than one block of items per period (central: 预算数 [items] | 决算数 [items]): the period
 * words are then printed once per item.
 */
function periodsInsideItems(header: string, periods: readonly string[]): boolean {
  if (periods.length < 2) return false;
  const periodWord = periods.includes('final') ? /预算数/g : /\d{4}年/g;
  const perBlock = periods.includes('final') ? 1 : 2; // 预算数 once per block; both years once per block
  return (header.match(periodWord) ?? []).length >= 3 * perBlock;
}

/** 预算数 + 决算数 (final accounts), two years' 预算数 (budgets), else one period. */
function periodsOf(header: string): string[] {
  if (header.includes('决算数') || header.includes('决算')) return ['budget', 'final'];
  const years = [...new Set(header.match(/\d{4}年/g) ?? [])];
  return years.length >= 2 ? ['priorYear', 'budget'] : ['budget'];
}

function col(key: string): Column {
  const [period, item] = key.split('.') as [string, string];
  return { key, label: `${LABELS[period] ?? period}·${LABELS[item] ?? item}` };
}

function row(lines: readonly Line[], placements: Placement[]): RawRow {
  return { key: 'threePublic', code: null, name: '“三公”经费', text: lines.map((l) => l.text).join(' '), at: lines[0]!.at, placements };
}
