/**
 * @module Reads one located performance table: finds its blocks (header fields, 项目资金, 年度总体目标,
 * the indicators), which come in different orders in different templates, and hands each to its
 * reader. Header fields are read from the compact text, so "项目/名称" or "实施/单位" split over
 * lines read like "项目名称", after a value wrapped in its cell is joined by position (fields.ts).
 * Indicators printed as a plain 一级 | 二级 | 三级 | 指标值 grid are read by geometry (grid-indicators.ts).
 */
import type { PerformanceTable, Warning } from '../../model/index.js';
import { headerText } from './fields.js';
import { readFunds } from './funds.js';
import { readGoals } from './goals.js';
import { readIndicatorGrid } from './grid-indicators.js';
import { readIndicators } from './indicators.js';
import type { Region } from './locate.js';
import { restitch } from './restitch.js';
import { findAtLineStart, matchAt, toksIn, tokenize } from './text.js';
import type { Found, Stream } from './text.js';
import { BLOCKS, DEPARTMENT_CODE, FIELD_ENDS, FIELDS, FUND_SOURCES, NAME_MAX, NOT_A_NAME, NOT_A_PROJECT, TITLES, TITLE_NUMBERING, TITLE_QUALIFIER, YEAR } from './vocabulary.js';
import type { BlockKey, FieldKey } from './vocabulary.js';

export function readTable(region: Region): PerformanceTable {
  const lines = restitch(region.lines);
  const s = tokenize(lines);
  const warnings: Warning[] = [];
  const blocks = findBlocks(s);
  const firstBlock = blocks[0]?.start ?? s.text.length;
  const { fields, year } = readFields(headerText(lines.slice(0, lineAt(s, firstBlock))).replace(/\s+/g, ''));
  const range = (key: BlockKey): [number, number] | null => {
    const i = blocks.findIndex((b) => b.key === key);
    const b = blocks[i];
    return b ? [b.end, blocks[i + 1]?.start ?? s.text.length] : null;
  };

  const funds = range('funds');
  const fundsResult = funds ? readFunds(toksIn(s, funds[0], funds[1])) : null;
  const ind = range('indicators');
  const indResult = ind ? readIndicators(s, blocks.find((b) => b.key === 'indicators')?.start ?? ind[0], ind[1]) : null;
  const goals = range('goals');
  const goalsResult = goals ? readGoals(s, goals[0], goals[1], indResult?.cellPerLine ?? false) : null;
  const geometric = readIndicatorGrid(region.lines);
  if (!ind && !geometric) warnings.push({ code: 'PERF_NO_INDICATORS', message: '未找到绩效指标 (no performance indicators found)', at: region.titleLine.at });
  if (!funds) warnings.push({ code: 'PERF_NO_FUNDS', message: '未找到项目资金 (no project funds found)', at: region.titleLine.at });
  warnings.push(...(fundsResult?.warnings ?? []), ...(goalsResult?.warnings ?? []), ...(indResult?.warnings ?? []));

  const dept = unitName(fields.department, '主管部门', region, warnings);
  const code = dept ? DEPARTMENT_CODE.exec(dept) : null;
  const extra: Record<string, string> = {};
  for (const k of ['manager', 'contact', 'phone'] as const) if (fields[k]) extra[k] = fields[k];
  return {
    kind: region.kind,
    title: region.title,
    project: fields.project ?? projectOfTitle(region.title),
    department: code && dept ? dept.slice(code[0].length) || null : dept,
    implementer: unitName(fields.implementer, '实施单位', region, warnings),
    funds: fundsResult?.funds ?? [],
    indicators: geometric ?? indResult?.indicators ?? [],
    totalScore: indResult?.totalScore ?? null,
    at: region.titleLine.at,
    year,
    departmentCode: code?.[1] ?? code?.[2] ?? null,
    fields: extra,
    goals: goalsResult?.goals ?? null,
    totals: indResult?.totals ?? {},
    warnings,
  };
}

/**
 * Each block's first marker at a line start, in print order. The indicators come last, so the
 * other markers are only looked for before them (goal text might start a line with "项目资金").
 */
function findBlocks(s: Stream): Found<BlockKey>[] {
  const indicators = findAtLineStart(s, BLOCKS.filter(([, k]) => k === 'indicators'));
  const limit = indicators?.start ?? s.text.length;
  const found: Found<BlockKey>[] = indicators ? [indicators] : [];
  for (const key of ['funds', 'goals', 'tasks'] as const) {
    const label = findAtLineStart(s, BLOCKS.filter(([, k]) => k === key), 0, limit);
    // The fund rows start the block when no label is printed, or when the label is centred
    // beside the rows ("年度资金总额：" printed above "项目资金").
    const row = key === 'funds' ? fundsByRow(s, limit) : null;
    const hit = row && (!label || row.start < label.start) ? row : label;
    if (hit) found.push(hit);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The project named in front of the title, for tables that print no 项目名称 row. */
function projectOfTitle(printed: string): string | null {
  // the qualifier locate.ts reads past (…绩效目标表（一级项目）) is no part of the suffix here either
  const title = printed.replace(/\s+/g, '').replace(TITLE_QUALIFIER, '');
  const hit = TITLES.find((t) => title.endsWith(t.suffix));
  if (!hit || !('namesProject' in hit)) return null;
  const name = title.slice(0, title.length - hit.suffix.length).replace(TITLE_NUMBERING, '');
  return NOT_A_PROJECT.test(name) ? null : name;
}

/** Index of the line holding compact offset `at` (a block starts a line), or the line count. */
function lineAt(s: Stream, at: number): number {
  return s.toks.find((t) => t.start >= at)?.line ?? s.lines.length;
}

function fundsByRow(s: Stream, limit: number): Found<BlockKey> | null {
  const hit = findAtLineStart(s, FUND_SOURCES.filter(([, k]) => k === 'total'), 0, limit);
  return hit ? { label: hit.label, key: 'funds', start: hit.start, end: hit.start } : null;
}

/**
 * A unit field as read, or null when it holds more than a name (figures, column labels: a
 * layout whose cells were not told apart); better empty than wrong.
 */
function unitName(value: string | undefined, label: string, region: Region, warnings: Warning[]): string | null {
  if (value === undefined) return null;
  if (value.length <= NAME_MAX && !NOT_A_NAME.test(value)) return value;
  warnings.push({ code: 'PERF_FIELD_UNREAD', message: `“${label}”一栏不止单位名称，未读取（the ${label} cell holds more than a name; left unread）`, at: region.titleLine.at });
  return null;
}

/** Header fields: the text after each label up to the next label or a word that ends fields. */
export function readFields(text: string): { fields: Partial<Record<FieldKey, string>>; year: number | null } {
  const y = YEAR.exec(text);
  const body = y ? text.slice(0, y.index) + text.slice(y.index + y[0].length) : text;
  const fields: Partial<Record<FieldKey, string>> = {};
  let open: { key: FieldKey; from: number } | null = null;
  const close = (to: number): void => {
    if (!open) return;
    const value = body.slice(open.from, to).replace(/^[:：]+/, '');
    if (value && fields[open.key] === undefined) fields[open.key] = value;
  };
  let i = 0;
  while (i < body.length) {
    const hit = matchAt(body, i, FIELDS);
    const end = hit ? null : FIELD_ENDS.find((w) => body.startsWith(w, i));
    if (!hit && !end) {
      i++;
      continue;
    }
    close(i);
    open = hit ? { key: hit.key, from: hit.end } : null;
    i = hit ? hit.end : i + (end as string).length;
  }
  close(body.length);
  return { fields, year: y ? Number(y[1]) : null };
}
