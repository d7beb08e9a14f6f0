/**
 * @module A planned table as a grid for formats that have real tables (XLSX, DOCX): header
 * cells with their row and column spans, derived from the columns' labels ("预算数·合计" is a
 * two-level header) and the groups below; body rows of labels and exact figures. Two-sided
 * tables put income and expenditure side by side under 收入 / 支出.
 */
import type { Amount } from '../model/index.js';
import type { PlannedTable } from './tables.js';

export interface GridCell {
  readonly text: string;
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/** A body cell: a label, a figure, or nothing printed. */
export type BodyCell = string | Amount | null;

/** What a column holds: a code, a label (name), or figures. */
export type ColumnRole = 'code' | 'label' | 'figure';

export interface TableGrid {
  readonly width: number;
  readonly roles: readonly ColumnRole[];
  readonly headerRows: number;
  readonly header: readonly GridCell[];
  readonly body: readonly (readonly BodyCell[])[];
}

/** Columns printed under a common heading, by table kind (the forms' merged header cells). */
const HEADER_GROUPS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'final.gf': { total: '本年支出', basic: '本年支出', project: '本年支出' },
  'final.soce': { total: '本年支出', basic: '本年支出', project: '本年支出' },
};

/** A column that has parts printed beside it becomes their 小计 under a common heading. */
const SUBTOTALS: Readonly<Record<string, readonly string[]>> = {
  vehicles: ['vehiclePurchase', 'vehicleOperation'],
  basic: ['personnel', 'public'],
};

export function tableGrid(p: PlannedTable): TableGrid {
  return p.pairs ? twoSidedGrid(p) : columnGrid(p);
}

function columnPaths(p: PlannedTable): string[][] {
  const cols = p.table.columns;
  const keys = new Set(cols.map((c) => c.key));
  const labelOf = (key: string) => cols.find((c) => c.key === key)?.label.split('·').pop() ?? key;
  return cols.map((c) => {
    const path = c.label.split('·');
    const dot = c.key.lastIndexOf('.');
    const [prefix, last] = [c.key.slice(0, dot + 1), c.key.slice(dot + 1)];
    const group = HEADER_GROUPS[p.table.kind]?.[c.key];
    if (SUBTOTALS[last]?.some((k) => keys.has(prefix + k))) return [...path.slice(0, -1), labelOf(c.key), '小计'];
    const parent = Object.keys(SUBTOTALS).find((k) => SUBTOTALS[k]!.includes(last) && keys.has(prefix + k));
    if (parent) return [...path.slice(0, -1), labelOf(prefix + parent), path[path.length - 1]!];
    return group ? [group, ...path] : path;
  });
}

/** Header cells of column paths placed from column `offset`, `depth` rows deep. */
function headerCells(paths: readonly string[][], offset: number, depth: number): GridCell[] {
  const out: GridCell[] = [];
  for (let level = 0; level < depth; level++) {
    for (let c = 0; c < paths.length;) {
      const path = paths[c]!;
      if (level >= path.length) { c++; continue; }
      const leaf = level === path.length - 1;
      let span = 1;
      // A group cell spans the following columns under the same heading.
      while (!leaf && c + span < paths.length && paths[c + span]!.length - 1 > level
        && paths[c + span]!.slice(0, level + 1).join('\u0000') === path.slice(0, level + 1).join('\u0000')) span++;
      out.push({ text: path[level]!, row: level, col: offset + c, rowSpan: leaf ? depth - level : 1, colSpan: span });
      c += span;
    }
  }
  return out;
}

function columnGrid(p: PlannedTable): TableGrid {
  const paths = columnPaths(p);
  const depth = Math.max(1, ...paths.map((x) => x.length));
  const labelled = !p.table.kind.endsWith('threePublic');
  const lead = labelled ? 2 : 0;
  const header = [...(labelled ? [{ text: '科目编码', row: 0, col: 0, rowSpan: depth, colSpan: 1 },
    { text: '科目名称', row: 0, col: 1, rowSpan: depth, colSpan: 1 }] : []), ...headerCells(paths, lead, depth)];
  const keys = p.table.columns.map((c) => c.key);
  const body = p.table.rows.map((r) => [...(labelled ? [r.code, r.name] : []), ...keys.map((k) => r.values[k]?.value ?? null)]);
  const roles: ColumnRole[] = [...(labelled ? ['code', 'label'] as const : []), ...keys.map(() => 'figure' as const)];
  return { width: lead + keys.length, roles, headerRows: depth, header, body };
}

function twoSidedGrid(p: PlannedTable): TableGrid {
  const own = (side: 'income' | 'expenditure') => p.table.columns.filter((c) => c.side === side);
  const inc = own('income');
  const exp = own('expenditure').length > 0 ? own('expenditure') : inc;
  const header: GridCell[] = [
    { text: '收入', row: 0, col: 0, rowSpan: 1, colSpan: 1 + inc.length },
    { text: '支出', row: 0, col: 1 + inc.length, rowSpan: 1, colSpan: 1 + exp.length },
    ...[{ label: '项目' }, ...inc, { label: '项目' }, ...exp].map((c, i) => ({ text: c.label, row: 1, col: i, rowSpan: 1, colSpan: 1 })),
  ];
  const part = (r: number | null, cols: typeof inc): BodyCell[] => {
    const row = r === null ? null : p.table.rows[r]!;
    return [r === null ? null : p.labels[r]!, ...cols.map((c) => row?.values[c.key]?.value ?? null)];
  };
  const body = p.pairs!.map(([i, e]) => [...part(i, inc), ...part(e, exp)]);
  const roles: ColumnRole[] = [...[inc, exp].flatMap((cols) => ['label' as const, ...cols.map(() => 'figure' as const)])];
  return { width: 2 + inc.length + exp.length, roles, headerRows: 2, header, body };
}
