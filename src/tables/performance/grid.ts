/**
 * @module Performance tables printed as one wide grid of many projects (长沙, 重庆 一般性项目,
 * 北京 预算表12): a header of columns (grid-columns.ts) over blocks of rows, one block per project,
 * whose name, funds and goal are merged cells centred beside its indicator rows (grid-rows.ts).
 * Each project becomes one `performance.targets` table. A project cut by a page break prints its
 * merged cells again on the next page (the header is repeated, sometimes under the title too):
 * consecutive parts with the same name and funds are one project.
 */
import type { Line } from '../../ingest/index.js';
import { parseNumber } from '../../model/index.js';
import type { Cell, PerformanceFunds, PerformanceTable } from '../../model/index.js';
import { findGridHeader } from './grid-columns.js';
import type { Band } from './grid-columns.js';
import { carriedFrom, readPage } from './grid-rows.js';
import type { GridCell, ProjectPart } from './grid-rows.js';
import { indicator } from './grid-indicators.js';
import { byPage, compact } from './grid-text.js';
import type { Region } from './locate.js';
import { readFields } from './table.js';
import { DEPARTMENT_CODE, GRID_COLUMNS, GRID_TOTAL_ROW, PROJECT_CODE, UNIT_NOTE } from './vocabulary.js';
import type { GridColumn } from './vocabulary.js';

/** What a grid region holds: the caption's fields and its projects' parts in print order. */
export interface GridRead {
  readonly region: Region;
  readonly department: string | null;
  readonly year: number | null;
  readonly parts: ProjectPart[];
}

/** The region read as a grid, or null when its first page shows no grid header. */
export function readGridRegion(region: Region): GridRead | null {
  const pages = byPage(region.lines);
  const first = pages[0];
  const head = first ? findGridHeader(first) : null;
  if (!first || !head) return null;
  const caption = readFields(captionText(first.slice(0, head.headerStart)));
  const parts: ProjectPart[] = [];
  let bands: readonly Band[] = head.bands;
  for (const page of pages) {
    const h = page === first ? head : findGridHeader(page);
    if (h) bands = h.bands;
    parts.push(...readPage(page.slice(h?.bodyStart ?? 0), bands, carriedFrom(parts[parts.length - 1]?.rows ?? [])));
  }
  return { region, department: caption.fields.department ?? null, year: caption.year, parts };
}

/** Consecutive grid regions (a title printed on every page) read as one: projects continue. */
export function gridTables(reads: readonly GridRead[]): PerformanceTable[] {
  const projects: { read: GridRead; parts: ProjectPart[] }[] = [];
  for (const read of reads) {
    for (const part of read.parts) {
      const last = projects[projects.length - 1];
      if (last && sameProject(last.parts[last.parts.length - 1] as ProjectPart, part)) last.parts.push(part);
      else projects.push({ read, parts: [part] });
    }
  }
  return projects.filter((p) => isProject(p.parts)).map((p) => toTable(p.read, p.parts));
}


function captionText(lines: readonly Line[]): string {
  return lines.map((l) => compact(l.text).replace(UNIT_NOTE, '')).join('');
}

/** The first part's cell, or a later part's where the first prints none (a code printed once). */
function anyText(parts: readonly ProjectPart[], key: GridColumn): string {
  return parts.map((p) => text(p, key)).find((t) => t !== '') ?? '';
}

function text(part: ProjectPart, key: GridColumn): string {
  return compact(part.cells[key]?.text ?? '');
}

function sameProject(a: ProjectPart, b: ProjectPart): boolean {
  return text(a, 'project') === text(b, 'project') && text(a, 'total') === text(b, 'total') && text(a, 'fiscal') === text(b, 'fiscal');
}

/** A project has indicator rows; the total row and a unit's own row (no rows) are not projects. */
function isProject(parts: readonly ProjectPart[]): boolean {
  const first = parts[0] as ProjectPart;
  if (GRID_TOTAL_ROW.test(text(first, 'project')) || GRID_TOTAL_ROW.test(text(first, 'unitCode'))) return false;
  return parts.some((p) => p.rows.length > 0);
}

function toTable(read: GridRead, parts: readonly ProjectPart[]): PerformanceTable {
  const first = parts[0] as ProjectPart;
  const name = text(first, 'project');
  const code = PROJECT_CODE.exec(name);
  const dept = read.department;
  const deptCode = dept ? DEPARTMENT_CODE.exec(dept) : null;
  const fields: Record<string, string> = {};
  if (code?.[1]) fields.projectCode = code[1];
  if (anyText(parts, 'unitCode')) fields.unitCode = anyText(parts, 'unitCode');
  const goal = parts.map((p) => p.cells.goal).find((c) => c !== undefined);
  const at = (first.cells.project as GridCell).at;
  return {
    kind: 'performance.targets',
    title: read.region.title,
    project: code ? name.slice(code[0].length) : name,
    department: deptCode && dept ? dept.slice(deptCode[0].length) || null : dept,
    implementer: null,
    funds: funds(first),
    indicators: parts.flatMap((p) => p.rows.map(indicator)),
    totalScore: null,
    at,
    year: read.year,
    departmentCode: deptCode?.[1] ?? deptCode?.[2] ?? null,
    fields,
    goals: goal ? { expected: compact(goal.text), actual: null, text: compact(goal.text), at: goal.at } : null,
    totals: {},
    warnings: [],
  };
}

const LABEL_OF: ReadonlyMap<GridColumn, string> = new Map(GRID_COLUMNS.map(([l, k]) => [k, l] as const).reverse());

/** The fund columns (资金总额 / 财政资金 / 其他资金) as fund rows with one amount each, keyed like FUND_SOURCES. */
function funds(part: ProjectPart): PerformanceFunds[] {
  const out: PerformanceFunds[] = [];
  for (const key of ['total', 'fiscal', 'other'] as const) {
    const cell = part.cells[key];
    const n = cell ? parseNumber(compact(cell.text)) : null;
    if (!cell || !n) continue;
    const source = LABEL_OF.get(key) ?? key;
    out.push({ source, key, values: { amount: { ...n, at: cell.at } satisfies Cell }, at: cell.at });
  }
  return out;
}
