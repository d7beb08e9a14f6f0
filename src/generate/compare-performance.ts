/**
 * @module Round-trip comparison of performance tables (绩效自评表, 绩效目标表): header fields, fund
 * rows cell by cell, goals, every indicator's printed columns and numeric cells, and the 总分.
 * Positions are not compared (the main tables' comparison does not compare them either).
 */
import type { Cell, PerformanceIndicator, PerformanceTable } from '../model/index.js';

const FIELDS = ['kind', 'title', 'project', 'department', 'implementer', 'year', 'departmentCode', 'totalScore'] as const;
const INDICATOR_FIELDS = ['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score', 'deviation', 'rate', 'basis', 'previous',
  'rule', 'evidence'] as const;

export function comparePerformanceTables(truth: readonly PerformanceTable[], read: readonly PerformanceTable[]): string[] {
  const out: string[] = [];
  if (truth.length !== read.length) out.push(`performance: expected ${truth.length} tables read ${read.length}`);
  truth.forEach((t, n) => {
    const r = read[n];
    if (r) out.push(...compareTable(t, r, `performance[${n}]`));
  });
  return out;
}

function compareTable(t: PerformanceTable, r: PerformanceTable, at: string): string[] {
  const out: string[] = [];
  for (const k of FIELDS) if (t[k] !== r[k]) out.push(`${at}.${k}: expected ${t[k]} read ${r[k]}`);
  if (t.goals?.expected !== r.goals?.expected) out.push(`${at}.goals.expected: expected ${t.goals?.expected} read ${r.goals?.expected}`);
  if (t.goals?.actual !== r.goals?.actual) out.push(`${at}.goals.actual: expected ${t.goals?.actual} read ${r.goals?.actual}`);
  if (r.warnings.length > 0) out.push(`${at}: warnings ${r.warnings.map((w) => w.code).join(',')}`);
  const sources = (x: PerformanceTable) => x.funds.map((f) => `${f.key}:${f.source}`).join(',');
  if (sources(t) !== sources(r)) out.push(`${at}.funds: expected [${sources(t)}] read [${sources(r)}]`);
  else t.funds.forEach((f, i) => out.push(...compareCells(f.values, r.funds[i]!.values, `${at}.funds.${f.key}`)));
  const names = (x: PerformanceTable) => x.indicators.map((i) => i.name).join(',');
  if (names(t) !== names(r)) out.push(`${at}.indicators: expected [${names(t)}] read [${names(r)}]`);
  else t.indicators.forEach((i, k) => out.push(...compareIndicator(i, r.indicators[k]!, `${at}.${i.name}`)));
  out.push(...compareCells(t.totals, r.totals, `${at}.totals`));
  return out;
}

function compareIndicator(t: PerformanceIndicator, r: PerformanceIndicator, at: string): string[] {
  const out: string[] = [];
  for (const k of INDICATOR_FIELDS) if (t[k] !== r[k]) out.push(`${at}.${k}: expected ${t[k]} read ${r[k]}`);
  return [...out, ...compareCells(t.values, r.values, at)];
}

function compareCells(a: Record<string, Cell>, b: Record<string, Cell>, at: string): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => a[k]?.value !== b[k]?.value || a[k]?.decimals !== b[k]?.decimals)
    .map((k) => `${at}.${k}: expected ${a[k]?.text ?? '(none)'} read ${b[k]?.text ?? '(none)'}`);
}
