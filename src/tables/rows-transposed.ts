/**
 * @module Tables printed transposed: a 项目名称 | 金额 header and one printed row per column of
 * the standard form (江苏 收入预算总表: 收入总计 / 一般公共预算资金 › 小计 / 公共财政拨款（补助）资金 …),
 * read back into the one row the standard form prints: the table's total row, each item's figure
 * in the column its label names (catalogue aliases), a group's 小计 in the column its group label
 * names. Items without a column of their own give no value.
 *
 * Read by geometry, since the text order mixes the two label columns: labels wrap inside their
 * cells (一般公共预 / 算资金), a figure stands at its cell's vertical middle (maybe on a line of
 * its own), and a group label at its group's middle, so a group is found from its 小计 row on.
 */
import { ITEMS_AS_ROWS } from '../catalogue/index.js';
import type { TableSpec } from '../catalogue/index.js';
import type { Line } from '../ingest/index.js';
import type { Column } from '../model/index.js';
import type { PrintedValue, RawRow } from './raw.js';
import { atOf, looksLikeAmount, squash, tokenizeLine } from './text.js';

/** A printed text or figure with where it stands (PDF points, top-left origin). */
interface Mark {
  readonly text: string;
  readonly line: number;
  readonly page: number;
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/** The text of one cell: fragments joined across the lines it wraps onto. */
interface Cell extends Mark {
  figure?: PrintedValue;
}

interface Item {
  readonly key: string;
  readonly label: string;
  readonly cell: Cell;
}

/**
 * The table read transposed, or null when the header is not 项目名称 | 金额, the lines have no
 * positions, a figure stands beside no item, or the labels do not name a total and two columns.
 */
export function itemsAsRows(spec: TableSpec, header: string, lines: readonly Line[]): { columns: Column[]; rows: RawRow[] } | null {
  if (!ITEMS_AS_ROWS.header.test(header) || lines.length === 0) return null;
  if (lines.some((l) => !l.pieces || l.pieces.some((p) => p.y0 === undefined || p.y1 === undefined))) return null;
  const { texts, figures } = marksOf(lines);
  const [groupSpan, ...itemSpans] = spansOf(texts);
  const inGroup = (m: Mark) => itemSpans.length > 0 && m.x1 <= groupSpan![1];
  const groups = cellsOf(texts.filter(inGroup));
  const cells = cellsOf(texts.filter((m) => !inGroup(m)));
  if (!figures.every((f) => attach(f, cells))) return null;
  const items = itemsOf(cells, groups, aliasIndex(spec));
  if (!items) return null;
  const total = items.find((i) => i.key === 'total');
  if (!total || items.length < 3) return null;
  const keys = new Set(items.map((i) => i.key));
  const columns = spec.columns.filter((c) => keys.has(c.key)).map((c) => ({ key: c.key, label: items.find((i) => i.key === c.key)!.label }));
  const placements = items.flatMap((i) => (i.cell.figure ? [{ columns: [i.key], values: [i.cell.figure] }] : []));
  const at = lines.find((l) => l.at.line === total.cell.line)?.at ?? lines[0]!.at;
  return { columns, rows: [{ key: 'total', code: null, name: total.label, text: lines.map((l) => l.text).join(' '), at, placements }] };
}

/** Text and figure tokens of every line, each with its box; a figure keeps its printed value and place. */
function marksOf(lines: readonly Line[]): { texts: Mark[]; figures: Array<Mark & { value: PrintedValue }> } {
  const texts: Mark[] = [];
  const figures: Array<Mark & { value: PrintedValue }> = [];
  for (const line of lines) {
    for (const t of tokenizeLine(line)) {
      if (!t.box) continue;
      const [x0, y0, x1, y1] = t.box;
      const mark = { text: t.text, line: line.at.line, page: line.at.page ?? 0, x0, x1, y0, y1 };
      if (looksLikeAmount(t)) figures.push({ ...mark, value: { num: t.type === 'number' ? t.num : null, at: atOf(line, t) } });
      else texts.push(mark);
    }
  }
  return { texts, figures };
}

/** Horizontal extents no text crosses, left to right: the label columns (group labels, then items). */
function spansOf(marks: readonly Mark[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of [...marks].sort((a, b) => a.x0 - b.x0)) {
    const last = spans[spans.length - 1];
    if (last && m.x0 <= last[1]) last[1] = Math.max(last[1], m.x1);
    else spans.push([m.x0, m.x1]);
  }
  return spans;
}

/** Fragments in printed order joined into cells: a fragment less than a line's height below the cell continues it. */
function cellsOf(marks: readonly Mark[]): Cell[] {
  const cells: Cell[] = [];
  const ordered = [...marks].sort((a, b) => a.page - b.page || a.line - b.line || a.x0 - b.x0);
  for (const m of ordered) {
    const last = cells[cells.length - 1];
    if (last && last.page === m.page && m.y0 - last.y1 < m.y1 - m.y0) {
      cells[cells.length - 1] = { ...last, text: last.text + m.text, x0: Math.min(last.x0, m.x0), x1: Math.max(last.x1, m.x1),
        y0: Math.min(last.y0, m.y0), y1: Math.max(last.y1, m.y1) };
    } else cells.push({ ...m });
  }
  return cells.map((c) => ({ ...c, text: squash(c.text) }));
}

/** A figure goes to the item cell whose height holds its middle; false when none does or the cell has one already. */
function attach(f: Mark & { value: PrintedValue }, cells: readonly Cell[]): boolean {
  const mid = (f.y0 + f.y1) / 2;
  const cell = cells.find((c) => c.page === f.page && c.y0 <= mid && mid <= c.y1);
  if (!cell || cell.figure) return false;
  cell.figure = f.value;
  return true;
}

/**
 * Each item cell with the column its label names; a 小计 opens a group, whose label is the
 * group cell printed between it and the next 小计. Null when two items name one column.
 */
function itemsOf(cells: readonly Cell[], groups: readonly Cell[], keyOf: ReadonlyMap<string, string>): Item[] | null {
  const order = (c: Mark, y: number) => c.page * 1e6 + y;
  const subtotals = cells.filter((c) => (ITEMS_AS_ROWS.subtotal as readonly string[]).includes(c.text));
  const items: Item[] = [];
  let group: Cell | undefined;
  for (const cell of cells) {
    const k = subtotals.indexOf(cell);
    if (k >= 0) {
      const end = subtotals[k + 1] ? order(subtotals[k + 1]!, subtotals[k + 1]!.y0) : Infinity;
      group = groups.find((g) => order(g, (g.y0 + g.y1) / 2) >= order(cell, cell.y0) && order(g, (g.y0 + g.y1) / 2) < end);
    }
    // an item may be named only with its group (上年结转结余 › 一般公共预算), or on its own (其他资金 › 事业收入)
    const label = k >= 0 ? group?.text : cell.text;
    if (label === undefined) continue;
    const key = k >= 0 ? keyOf.get(label) : (group && keyOf.get(group.text + label)) ?? keyOf.get(label);
    if (!key) continue;
    if (items.some((i) => i.key === key)) return null;
    items.push({ key, label, cell });
  }
  return items;
}

/** Every alias of the table's columns (whitespace removed, brackets full width) → its column key. */
function aliasIndex(spec: TableSpec): Map<string, string> {
  const index = new Map<string, string>();
  for (const c of spec.columns) for (const a of c.aliases) if (!index.has(squash(a))) index.set(squash(a), c.key);
  return index;
}
