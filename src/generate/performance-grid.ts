/**
 * @module A performance table (项目支出绩效自评表 / 项目支出绩效目标表) as a grid of cells for the
 * writers with real tables (HTML, DOCX, XLSX): one grid row per line the text rendering prints —
 * 项目名称, 主管部门/实施单位, 项目资金 with its column words, the fund rows, 年度总体目标 and its
 * goals, the indicator header, one row per indicator (一级/二级 printed where their group
 * begins) and its deviation reason, the 总分. Spans are only across: a label spanning rows down would be printed beside
 * another row's line, and the reader takes a performance table line by line.
 */
import type { PerformanceFunds, PerformanceIndicator, PerformanceTable } from '../model/index.js';
import type { CellRole, Grid, GridCell } from './grid.js';
import { FUND_LABELS, INDICATOR_HEADERS, NO_FIGURE, SELF_FUND_COLUMNS } from './performance-vocabulary.js';

const cell = (text: string, role: CellRole, colspan = 1): GridCell => (colspan > 1 ? { text, role, colspan } : { text, role });
const head = (text: string, colspan = 1): GridCell => cell(text, 'head', colspan);

export function performanceGrid(t: PerformanceTable): Grid {
  const self = t.kind === 'performance.selfEvaluation';
  const header = INDICATOR_HEADERS[self ? 'self' : 'targets'];
  const w = header.length;
  const body: GridCell[][] = [
    [head('项目名称'), cell(t.project ?? '', 'text', w - 1)],
    [head('主管部门'), cell(t.department ?? '', 'text', Math.floor(w / 2) - 1), head('实施单位'), cell(t.implementer ?? '', 'text', w - Math.floor(w / 2) - 1)],
    ...fundRows(t.funds, self, w),
    ...goalRows(t, self, w),
    header.map((h) => head(h)),
    ...indicatorRows(t.indicators, self, w),
  ];
  if (t.totalScore) body.push([head('总分', w - 3), cell(t.totals['weight']?.text ?? '', 'num'), cell(t.totalScore, 'num'), cell('', 'text')]);
  return { head: [], body, columns: columnRoles(self) };
}

/** Indicator cells keep to one line (a wrapped name would print beside the values of its row); reasons wrap. */
function columnRoles(self: boolean): CellRole[] {
  return self ? ['label', 'label', 'label', 'label', 'label', 'num', 'num', 'text'] : ['label', 'label', 'label', 'label', 'num'];
}

/** 项目资金（万元） over the column words (self-evaluations) or alone, then a row per fund source. */
function fundRows(funds: readonly PerformanceFunds[], self: boolean, w: number): GridCell[][] {
  const columns = self ? SELF_FUND_COLUMNS : [['amount', '']] as const;
  const lead = w - columns.length;
  const title = self ? [head('项目资金（万元）', lead), ...columns.map(([, word]) => head(word))] : [head('项目资金（万元）', w)];
  const rows = funds.map((f) => [cell(FUND_LABELS[f.key ?? ''] ?? f.source, 'label', self ? lead : 2),
    ...columns.map(([key]) => cell(f.values[key]?.text ?? NO_FIGURE, 'num', self ? 1 : w - 2))]);
  return [title, ...rows];
}

/** 年度总体目标, then (self-evaluations) 预期目标/实际完成情况 and each text on a row of its own. */
function goalRows(t: PerformanceTable, self: boolean, w: number): GridCell[][] {
  const rows: GridCell[][] = [[head('年度总体目标', w)]];
  if (!t.goals) return rows;
  if (self) rows.push([head('预期目标', Math.floor(w / 2)), head('实际完成情况', w - Math.floor(w / 2))]);
  rows.push([cell(t.goals.expected ?? '', 'text', w)]);
  if (t.goals.actual) rows.push([cell(t.goals.actual, 'text', w)]);
  return rows;
}

/**
 * One row per indicator; a deviation reason goes in its column on the row below, as a wrapped
 * cell prints it: on the indicator's own line it would run into the qualitative values before it.
 */
function indicatorRows(indicators: readonly PerformanceIndicator[], self: boolean, w: number): GridCell[][] {
  return indicators.flatMap((i, k) => {
    const prev = indicators[k - 1];
    const newGroup = !prev || prev.level1 !== i.level1;
    const level1 = newGroup ? i.level1 ?? '' : '';
    const level2 = newGroup || prev.level2 !== i.level2 ? i.level2 ?? '' : '';
    const values = self ? [cell(i.actual ?? '', 'label'), cell(i.weight ?? '', 'num'), cell(i.score ?? '', 'num'), cell('', 'text')]
      : [cell(i.weight ?? '', 'num')];
    const row = [cell(level1, 'label'), cell(level2, 'label'), cell(i.name, 'label'), cell(i.target ?? '', 'label'), ...values];
    return i.deviation ? [row, [cell('', 'text', w - 1), cell(i.deviation, 'text')]] : [row];
  });
}
