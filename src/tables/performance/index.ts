/**
 * @module Performance tables (绩效): 项目支出绩效自评表 (`performance.selfEvaluation`) and
 * 项目/项目支出/部门整体绩效目标表 (`performance.targets`), read from a document's lines into the
 * canonical model. Tolerant by design: a table that cannot be fully read yields what could be
 * read, with warnings on the table, and reading never throws.
 *
 * ### Examples
 * const doc = readText(bytes);
 * if (doc.ok) readPerformanceTables(doc.value.lines)
 * // → [{ kind: 'performance.selfEvaluation', project: '移民出入境证照制发', totalScore: '93.5', … }]
 */
import type { Line } from '../../ingest/index.js';
import type { PerformanceTable } from '../../model/index.js';
import { locateTables } from './locate.js';
import type { Region } from './locate.js';
import { readTable } from './table.js';
import { gridTables, readGridRegion } from './grid.js';
import type { GridRead } from './grid.js';

export { TITLES, FUND_COLUMNS, FUND_SOURCES, INDICATOR_COLUMNS } from './vocabulary.js';

/** Every performance table in the lines, in print order. */
export function readPerformanceTables(lines: readonly Line[]): PerformanceTable[] {
  let regions: Region[];
  try {
    regions = locateTables(lines);
  } catch {
    return [];
  }
  const out: PerformanceTable[] = [];
  let grids: GridRead[] = [];
  const flush = (): void => {
    if (grids.length) out.push(...gridTablesSafely(grids));
    grids = [];
  };
  for (const region of regions) {
    const grid = readGridSafely(region);
    if (grid && grids.length && grids[grids.length - 1]?.region.title !== region.title) flush();
    if (grid) grids.push(grid);
    else {
      flush();
      out.push(readSafely(region));
    }
  }
  flush();
  return out;
}

/** A grid reader bug falls back to the block reader. */
function readGridSafely(region: Region): GridRead | null {
  try {
    return readGridRegion(region);
  } catch {
    return null;
  }
}

function gridTablesSafely(grids: readonly GridRead[]): PerformanceTable[] {
  try {
    return gridTables(grids);
  } catch {
    return grids.map((g) => readSafely(g.region));
  }
}

/** A reader bug must not cost the document: the table is kept with what locating found. */
function readSafely(region: Region): PerformanceTable {
  try {
    return readTable(region);
  } catch (e) {
    return {
      kind: region.kind,
      title: region.title,
      project: null,
      department: null,
      implementer: null,
      funds: [],
      indicators: [],
      totalScore: null,
      at: region.titleLine.at,
      year: null,
      departmentCode: null,
      fields: {},
      goals: null,
      totals: {},
      warnings: [{ code: 'PERF_READ_FAILED', message: String(e), at: region.titleLine.at }],
    };
  }
}
