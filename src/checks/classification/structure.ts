/**
 * @module The 类/款/项 hierarchy of each coded table: every 款 and 项 has its parent row (when
 * the table prints parents at all), is printed under that parent (tables printed in one
 * column; side-by-side groups of the basic-expenditure table are read in another order), and
 * no code is printed twice.
 */
import { CLASSIFICATION_RULES, PROJECT_ROW_TABLES, TABLE_SPECS } from '../../catalogue/index.js';
import type { Row, Table } from '../../model/index.js';
import { parentCode } from '../../model/index.js';
import { fail, findingOf, locationOf, pass, ruleOf, skip, type Report } from '../support.js';

const STRUCTURE = ruleOf(CLASSIFICATION_RULES, 'classification.structure');

type Coded = Row & { code: string };

export function checkStructure(tables: readonly Table[], report: Report): void {
  for (const table of tables) {
    const spec = TABLE_SPECS.find((s) => s.kind === table.kind);
    if (!spec?.codes || PROJECT_ROW_TABLES.includes(table.kind)) continue;
    const rows = table.rows.filter((r): r is Coded => r.code !== null);
    if (rows.length === 0) continue;
    // A table printed at one level only (项 without 类 and 款 rows) has no hierarchy to check.
    if (!rows.some((r) => r.code.length === 3)) {
      skip(report);
      continue;
    }
    checkTable(table, rows, spec.layout === 'coded', report);
  }
}

function checkTable(table: Table, rows: readonly Coded[], ordered: boolean, report: Report): void {
  const codes = new Set(rows.map((r) => r.code));
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (seen.has(row.code)) {
      fail(report, broken(table, row, `${row.code} 在表中重复出现 (code ${row.code} printed twice)`));
      return;
    }
    seen.add(row.code);
    const parent = parentCode(row.code);
    if (parent === null) return;
    if (!codes.has(parent)) {
      const level = row.code.length === 7 ? '项' : '款';
      const parentLevel = parent.length === 5 ? '款' : '类';
      fail(report, broken(table, row,
        `${level} ${row.code}（${row.name}）的${parentLevel}级科目 ${parent} 未列出 (the ${parentLevel} row ${parent} of ${row.code} is missing)`));
      return;
    }
    const above = ordered ? nearestAbove(rows, i) : null;
    if (above && !row.code.startsWith(above.code)) {
      fail(report, broken(table, row,
        `${row.code}（${row.name}）列在 ${above.code}（${above.name}）之下，不属于该科目 (code ${row.code} printed under ${above.code}, not its parent)`));
      return;
    }
    pass(report);
  });
}

/** The nearest row above with a shorter code: the parent the row is printed under. */
function nearestAbove(rows: readonly Coded[], i: number): Coded | null {
  const length = rows[i]?.code.length ?? 0;
  for (let k = i - 1; k >= 0; k--) {
    const r = rows[k] as Coded;
    if (r.code.length < length) return r;
  }
  return null;
}

function broken(table: Table, row: Coded, message: string) {
  return findingOf(STRUCTURE, message, [locationOf(row.at, { table: table.kind, rowCode: row.code })], row.text);
}
