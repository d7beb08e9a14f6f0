/**
 * @module Prints performance tables as extracted text shows them (the seeds' 项目绩效目标表 and the
 * corpus's 项目支出绩效自评表): title and year, header fields, the fund block, the goal block with its
 * row label one character per line, then the indicators, each 一级/二级 label printed where its
 * group begins, a deviation reason under its row, and the 总分. Fills in the truth's line numbers.
 */
import type { PerformanceFunds, PerformanceIndicator, PerformanceTable } from '../model/index.js';
import { FUND_LABELS, INDICATOR_HEADERS, NO_FIGURE, SELF_FUND_COLUMNS, yearLine } from './performance-vocabulary.js';
import type { Sheet } from './render-text.js';

export function renderPerformance(sheet: Sheet, t: PerformanceTable): void {
  const self = t.kind === 'performance.selfEvaluation';
  t.at = sheet.at();
  sheet.push(t.title, yearLine(t.year), `项目名称 ${t.project}`, `主管部门 ${t.department} 实施单位 ${t.implementer}`, '项目资金', '（万元）');
  if (self) sheet.push(SELF_FUND_COLUMNS.map(([, word]) => word).join(' '));
  for (const f of t.funds) fundRow(sheet, f, self ? SELF_FUND_COLUMNS.map(([key]) => key) : ['amount']);
  sheet.push(...'年度总体目标'.split(''));
  if (t.goals) {
    if (self) sheet.push('预期目标 实际完成情况');
    t.goals.at = sheet.at();
    sheet.push(...sentences(t.goals.expected ?? ''), ...sentences(t.goals.actual ?? ''));
  }
  sheet.push(INDICATOR_HEADERS[self ? 'self' : 'targets'].join(' '));
  let level1: string | null = null;
  let level2: string | null = null;
  for (const i of t.indicators) {
    if (i.level1 !== level1) sheet.push(i.level1 ?? '');
    if (i.level2 !== level2 || i.level1 !== level1) sheet.push(i.level2 ?? '');
    level1 = i.level1;
    level2 = i.level2;
    indicatorRow(sheet, i);
  }
  if (t.totalScore) {
    const at = sheet.at();
    for (const [k, c] of Object.entries(t.totals)) t.totals[k] = { ...c, at };
    sheet.push(`总分 ${t.totals['weight']?.text ?? ''} ${t.totalScore}`);
  }
}

function fundRow(sheet: Sheet, f: PerformanceFunds, columns: readonly string[]): void {
  f.at = sheet.at();
  const cells = columns.map((k) => {
    const c = f.values[k];
    if (c) f.values[k] = { ...c, at: f.at };
    return c?.text ?? NO_FIGURE;
  });
  sheet.push(`${FUND_LABELS[f.key ?? ''] ?? f.source} ${cells.join(' ')}`);
}

function indicatorRow(sheet: Sheet, i: PerformanceIndicator): void {
  i.at = sheet.at();
  for (const [k, c] of Object.entries(i.values)) i.values[k] = { ...c, at: i.at };
  sheet.push([i.name, i.target, i.actual, i.weight, i.score].filter((x) => x !== null).join(' '));
  if (i.deviation) sheet.push(i.deviation);
}

/** Goal text one sentence per line, as the column wraps it. */
function sentences(text: string): string[] {
  return text.split(/(?<=。)/).filter(Boolean);
}
