/**
 * @module Test helpers: the founding documents as lines, fragments as lines, and compact views of
 * performance values (cells as exact decimal strings) for exact assertions.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readText } from '../../src/ingest/index.js';
import type { Line } from '../../src/ingest/index.js';
import { formatAmount } from '../../src/model/index.js';
import type { Cell, PerformanceFunds, PerformanceIndicator, PerformanceTable } from '../../src/model/index.js';
import { readPerformanceTables } from '../../src/tables/performance/index.js';

const SEEDS = process.env.BUDGETLENS_SEEDS ?? '/work/shared/seeds';

export function seedTables(name: string): PerformanceTable[] {
  const result = readText(readFileSync(`${SEEDS}/${name}.txt`));
  assert.ok(result.ok);
  return readPerformanceTables(result.value.lines);
}

/** Lines of a fragment, numbered from 1. */
export function lines(texts: readonly string[]): Line[] {
  return texts.map((text, i) => ({ text, at: { page: null, line: i + 1 } }));
}

/** A cell as its exact decimal string with the printed decimals ("87680.14", "99.1"). */
export function dec(cell: Cell | undefined): string | undefined {
  return cell ? formatAmount(cell.value, cell.decimals) : undefined;
}

/** A fund row as { key: decimal string }. */
export function fundValues(f: PerformanceFunds | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, c] of Object.entries(f?.values ?? {})) out[k] = formatAmount(c.value, c.decimals);
  return out;
}

/** The text columns of an indicator that tests compare. */
export function row(i: PerformanceIndicator | undefined): Partial<PerformanceIndicator> {
  if (!i) return {};
  const { level1, level2, name, target, actual, weight, score, deviation } = i;
  return { level1, level2, name, target, actual, weight, score, deviation };
}

export function indicator(t: PerformanceTable | undefined, name: string): PerformanceIndicator | undefined {
  return t?.indicators.find((i) => i.name === name);
}

/** Every cell anywhere in a table carries the line it was printed on. */
export function assertCellsPlaced(t: PerformanceTable): void {
  const cells: Cell[] = [
    ...t.funds.flatMap((f) => Object.values(f.values)),
    ...t.indicators.flatMap((i) => Object.values(i.values)),
    ...Object.values(t.totals),
  ];
  for (const c of cells) assert.ok(Number.isInteger(c.at.line) && c.at.line > 0, `cell ${c.text} has no line`);
  for (const i of t.indicators) assert.ok(i.at.line > 0, `indicator ${i.name} has no line`);
}
