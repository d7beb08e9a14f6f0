/**
 * @module One planned table as a grid of cells, the way the printed forms lay it out: header
 * cells spanning rows and columns (项目 over 科目代码/科目名称, 本年支出 over its parts, 收入/支出
 * over the two sides of a summary table, 预算数/决算数 over the 三公 items), code columns split
 * into 类/款/项 where the style splits codes, then one grid row per printed line. Every writer
 * (HTML, DOCX, XLSX) only turns the grid into its markup, so the layout rules live here, once;
 * `placeCells` gives each cell its row and column for the writers that address cells by place.
 */
import type { PlaceStyle } from '../catalogue/index.js';
import type { Amount, Row } from '../model/index.js';
import type { PlannedTable } from './tables.js';

/** `text`: free text that wraps in its cell (goals, indicators of performance tables). */
export type CellRole = 'head' | 'code' | 'name' | 'label' | 'ln' | 'num' | 'text';

export interface GridCell {
  readonly text: string;
  readonly role: CellRole;
  readonly rowspan?: number;
  readonly colspan?: number;
  /** The exact figure of a value cell that prints one (formats with typed cells store it). */
  readonly value?: Amount;
}

export interface Grid {
  readonly head: GridCell[][];
  readonly body: GridCell[][];
  /** Leaf columns: the role of each (for widths and alignment). */
  readonly columns: CellRole[];
}

/** A header node: a label over its children, or a leaf column. */
interface HeadNode { readonly label: string; readonly role: CellRole; readonly children?: readonly HeadNode[] }

export interface GridOptions {
  /** Side-by-side groups of the 基本支出 (economic) table: 3 as the central form, 2 as many places print it. */
  readonly economicGroups: 2 | 3;
}

/** The layout of the central form, for formats without a drawn look (DOCX, XLSX). */
export const FORM_LAYOUT: GridOptions = { economicGroups: 3 };

export function tableGrid(p: PlannedTable, style: PlaceStyle, o: GridOptions): Grid {
  if (p.pairs) return twoSidedGrid(p, style);
  if (p.table.kind === 'final.gpbBasicExpenditure') return economicGrid(p, o.economicGroups);
  if (p.table.kind.endsWith('threePublic')) return threePublicGrid(p);
  return codedGrid(p, style);
}

const leaf = (label: string, role: CellRole = 'num'): HeadNode => ({ label, role });
const group = (label: string, children: readonly HeadNode[]): HeadNode => ({ label, role: 'head', children });

/** Header rows of a forest: a group spans its leaves, a leaf spans down to the last header row. */
function headRows(nodes: readonly HeadNode[]): GridCell[][] {
  const depth = (n: HeadNode): number => 1 + Math.max(0, ...(n.children ?? []).map(depth));
  const width = (n: HeadNode): number => (n.children ? n.children.reduce((s, c) => s + width(c), 0) : 1);
  const d = Math.max(...nodes.map(depth));
  const rows: GridCell[][] = Array.from({ length: d }, () => []);
  const place = (n: HeadNode, level: number): void => {
    const span = n.children ? { colspan: width(n) } : { rowspan: d - level };
    rows[level]!.push({ text: n.label, role: 'head', ...clean(span) });
    for (const c of n.children ?? []) place(c, level + 1);
  };
  for (const n of nodes) place(n, 0);
  return rows;
}

/** Spans of 1 are left out, as a form's markup would. */
function clean(span: { rowspan?: number; colspan?: number }): { rowspan?: number; colspan?: number } {
  return Object.fromEntries(Object.entries(span).filter(([, v]) => v !== undefined && v > 1));
}

function leaves(nodes: readonly HeadNode[]): CellRole[] {
  return nodes.flatMap((n) => (n.children ? leaves(n.children) : [n.role]));
}

/** Groups the forms print over some value columns, when the form's header names them (innermost first). */
const COLUMN_GROUPS: ReadonlyArray<{ readonly label: string; readonly keys: readonly string[]; readonly firstAs?: string }> = [
  // The central form's 基本支出 spans its subtotal and its two parts.
  { label: '基本支出', keys: ['basic', 'personnel', 'public'], firstAs: '小计' },
  { label: '本年支出', keys: ['total', 'basic', 'personnel', 'public', 'project'] },
  { label: '本年支出', keys: ['total', 'basic', 'project'] },
];

type Keyed = HeadNode & { readonly keys: readonly string[] };

function valueNodes(p: PlannedTable): HeadNode[] {
  const header = p.form.header.join(' ');
  let nodes: Keyed[] = p.table.columns.map((c) => ({ ...leaf(c.label), keys: [c.key] }));
  for (const g of COLUMN_GROUPS) {
    if (!header.includes(g.label)) continue;
    const at = nodes.findIndex((n) => n.keys[0] === g.keys[0]);
    let end = at;
    while (end < nodes.length && nodes.slice(at, end).flatMap((n) => n.keys).length < g.keys.length) end++;
    const members = nodes.slice(at, end);
    if (at < 0 || members.flatMap((n) => n.keys).join() !== g.keys.join()) continue;
    const kids = members.map((n, i) => (i === 0 && g.firstAs && !n.children ? leaf(g.firstAs) : n));
    nodes = [...nodes.slice(0, at), { ...group(g.label, kids), keys: g.keys }, ...nodes.slice(end)];
  }
  return nodes;
}

function codeNodes(p: PlannedTable, style: PlaceStyle): HeadNode[] {
  const header = p.form.header.join(' ');
  const word = /科目编码/.test(header) ? '科目编码' : '科目代码';
  const code = style.codeFormat === 'split' ? group(word, [leaf('类', 'code'), leaf('款', 'code'), leaf('项', 'code')]) : leaf(word, 'code');
  const parts = [code, leaf('科目名称', 'name')];
  return header.startsWith('项目') ? [group('项目', parts)] : parts;
}

/** The 栏次 line of a final form: 栏次 under the labels, 1…n under the value columns. */
function columnNumbers(p: PlannedTable, labelSpan: number, valueCount: number): GridCell[] | null {
  if (!p.form.header.some((h) => h.startsWith('栏次'))) return null;
  return [{ text: '栏次', role: 'head', ...clean({ colspan: labelSpan }) },
    ...Array.from({ length: valueCount }, (_, i) => ({ text: String(i + 1), role: 'head' as const }))];
}

function codedGrid(p: PlannedTable, style: PlaceStyle): Grid {
  const forest = [...codeNodes(p, style), ...valueNodes(p)];
  const split = style.codeFormat === 'split';
  const labelSpan = split ? 4 : 2;
  const head = headRows(forest);
  const numbers = columnNumbers(p, labelSpan, p.table.columns.length);
  if (numbers) head.push(numbers);
  const keys = p.table.columns.map((c) => c.key);
  const body = p.table.rows.map((row, i): GridCell[] => {
    const label: GridCell[] = row.code
      ? [...codeCells(row.code, split), { text: row.name, role: 'name' }]
      : [{ text: p.labels[i]!, role: 'label', ...clean({ colspan: labelSpan }) }];
    return [...label, ...valueCells(p, row, keys)];
  });
  if (body.length === 0) body.push([{ text: '合计', role: 'label', ...clean({ colspan: labelSpan }) }, ...keys.map(() => blank)]);
  return { head, body, columns: leaves(forest) };
}

const blank: GridCell = { text: '', role: 'num' };

/** 2010301 in one column, or 201 | 03 | 01 in the 类/款/项 columns (each row prints all its parts). */
function codeCells(code: string, split: boolean): GridCell[] {
  if (!split) return [{ text: code, role: 'code' }];
  return [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)].map((t) => ({ text: t, role: 'code' }));
}

function valueCells(p: PlannedTable, row: Row, keys: readonly string[]): GridCell[] {
  return keys.map((k) => {
    const c = row.values[k];
    return c ? { text: c.text, role: 'num', value: c.value } : { text: p.emptyMark ?? '', role: 'num' };
  });
}

function twoSidedGrid(p: PlannedTable, style: PlaceStyle): Grid {
  const own = (side: 'income' | 'expenditure') => p.table.columns.filter((c) => c.side === side);
  const cols = (side: 'income' | 'expenditure') => (side === 'expenditure' && own(side).length === 0 ? own('income') : own(side));
  const ln = style.lineNumbers;
  const printed = sideLabels(p);
  const labels = (side: 'income' | 'expenditure') =>
    (printed?.[side].length === cols(side).length ? printed[side] : cols(side).map((c) => c.label));
  const sideNode = (label: string, side: 'income' | 'expenditure') =>
    group(label, [leaf('项目', 'label'), ...(ln ? [leaf('行次', 'ln')] : []), ...labels(side).map((l) => leaf(l))]);
  const forest = [sideNode('收入', 'income'), sideNode('支出', 'expenditure')];
  const head = headRows(forest);
  if (p.form.header.some((h) => h.includes('{ln}栏次')) && ln) {
    const half = (n: number, from: number): GridCell[] => [{ text: '栏次', role: 'head', colspan: 2 },
      ...Array.from({ length: n }, (_, i) => ({ text: String(from + i), role: 'head' as const }))];
    head.push([...half(cols('income').length, 1), ...half(cols('expenditure').length, cols('income').length + 1)]);
  }
  const part = (r: number | null, lineNo: number, side: 'income' | 'expenditure'): GridCell[] => {
    const keys = cols(side).map((c) => c.key);
    const row = r === null ? null : p.table.rows[r]!;
    return [{ text: r === null ? '' : p.labels[r]!, role: 'label' }, ...(ln ? [{ text: String(lineNo), role: 'ln' as const }] : []),
      ...(row ? valueCells(p, row, keys) : keys.map(() => blank))];
  };
  const n = p.pairs!.length;
  const body = p.pairs!.map(([inc, exp], slot) => [...part(inc, slot + 1, 'income'), ...part(exp, n + slot + 1, 'expenditure')]);
  return { head, body, columns: leaves(forest) };
}

/** The value labels of each side as the form prints them ("项目 行次 决算数 项目 行次 合计 一般公共预算财政拨款 …"). */
function sideLabels(p: PlannedTable): Record<'income' | 'expenditure', string[]> | null {
  const line = p.form.header.find((h) => h.startsWith('项目'));
  if (!line) return null;
  const words = line.replace(/\{\/?ln\}/g, '').split(' ').filter((w) => w && w !== '行次');
  const second = words.indexOf('项目', 1);
  return second < 0 ? null : { income: words.slice(1, second), expenditure: words.slice(second + 1) };
}

/** 301/303 in the first group; 302 in the second, 307/310/399 in the third (or with 302 when two). */
function economicGrid(p: PlannedTable, groups: 2 | 3): Grid {
  const amountLabel = p.table.columns[0]?.label ?? '决算数';
  const trio = () => [leaf('科目代码', 'code'), leaf('科目名称', 'name'), leaf(amountLabel)];
  const forest = Array.from({ length: groups }, trio).flat();
  const prefixes = groups === 3 ? [['301', '303'], ['302'], ['307', '310', '399']] : [['301', '303'], ['302', '307', '310', '399']];
  const coded = p.table.rows.filter((r) => r.code);
  const lists = prefixes.map((g) => coded.filter((r) => g.includes(r.code!.slice(0, 3))));
  const n = Math.max(...lists.map((l) => l.length));
  const body: GridCell[][] = [];
  for (let k = 0; k < n; k++) {
    body.push(lists.flatMap((l) => {
      const r = l[k];
      return r ? [{ text: r.code!, role: 'code' as const }, { text: r.name, role: 'name' as const }, ...valueCells(p, r, ['amount'])]
        : [{ text: '', role: 'code' as const }, { text: '', role: 'name' as const }, blank];
    }));
  }
  const [personnel, pub] = p.table.rows.filter((r) => !r.code);
  body.push([{ text: personnel!.name, role: 'label', colspan: 2 }, ...valueCells(p, personnel!, ['amount']),
    { text: pub!.name, role: 'label', colspan: 3 * (groups - 1) - 1 }, ...valueCells(p, pub!, ['amount'])]);
  return { head: headRows(forest), body, columns: leaves(forest) };
}

/** Headers from the form's own lines: periods, then items (公务用车… over 小计/购置/运行), then numbers. */
function threePublicGrid(p: PlannedTable): Grid {
  const [periods = [], items = [], subs = [], numbers] = p.form.header.map((h) => h.split(' '));
  const perPeriod = items.length / periods.length;
  const forest = periods.map((label, g) => group(label, items.slice(g * perPeriod, (g + 1) * perPeriod).map((item, i) =>
    (i === 2 ? group(item, subs.slice(g * 3, g * 3 + 3).map((s) => leaf(s))) : leaf(item)))));
  const head = headRows(forest);
  if (numbers) head.push(numbers.map((t) => ({ text: t, role: 'head' })));
  const keys = p.table.columns.map((c) => c.key);
  const row = p.table.rows[0];
  const body = [row ? valueCells(p, row, keys) : keys.map(() => blank)];
  return { head, body, columns: leaves(forest) };
}

/** A cell with the grid row and leaf column it starts at, spans made explicit. */
export interface PlacedCell extends GridCell {
  readonly row: number;
  readonly col: number;
  readonly rowspan: number;
  readonly colspan: number;
}

/**
 * Rows of cells placed as an HTML table places them: each cell takes the first column not
 * covered by a cell spanning down from a row above.
 */
export function placeCells(rows: readonly (readonly GridCell[])[]): PlacedCell[] {
  const covered = new Set<string>();
  const out: PlacedCell[] = [];
  rows.forEach((cells, row) => {
    let col = 0;
    for (const c of cells) {
      while (covered.has(`${row}:${col}`)) col++;
      const placed = { ...c, row, col, rowspan: c.rowspan ?? 1, colspan: c.colspan ?? 1 };
      for (let r = row; r < row + placed.rowspan; r++) for (let k = col; k < col + placed.colspan; k++) covered.add(`${r}:${k}`);
      out.push(placed);
      col += placed.colspan;
    }
  });
  return out;
}
