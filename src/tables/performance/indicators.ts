/**
 * @module The indicator block: header, labels, rows and the 总分 row, put together into
 * PerformanceIndicator values. Rows are cut first and shared out among columns afterwards, in
 * two passes: names that the comparator rule placed tell how wide the name column is, which
 * then decides the rows that only the wrapping can decide ("进一步加/强").
 */
import { parseNumber } from '../../model/index.js';
import type { Cell, PerformanceIndicator, SourceRef, Warning } from '../../model/index.js';
import { readHeader } from './columns.js';
import { classify } from './labels.js';
import type { Item } from './labels.js';
import { cutRows, patternOf } from './rows.js';
import type { RawRow } from './rows.js';
import { segmentsOf } from './segments.js';
import { splitFree } from './split.js';
import type { Piece, Split } from './split.js';
import { SCORE_NUMBER, compactJoin, toksIn, width } from './text.js';
import type { Stream, Tok } from './text.js';
import type { IndicatorColumn } from './vocabulary.js';

export interface IndicatorsResult {
  readonly indicators: PerformanceIndicator[];
  readonly totals: Record<string, Cell>;
  readonly totalScore: string | null;
  readonly warnings: Warning[];
  readonly cellPerLine: boolean;
}

interface Placed {
  readonly row: RawRow;
  readonly level1: string | null;
  readonly level2: string | null;
}

export function readIndicators(s: Stream, start: number, end: number): IndicatorsResult {
  const header = readHeader(s, start);
  const warnings: Warning[] = [];
  const empty = { indicators: [], totals: {}, totalScore: null, warnings, cellPerLine: header.cellPerLine };
  if (!header.columns.includes('name')) {
    warnings.push({ code: 'PERF_NO_INDICATOR_HEADER', message: '未识别绩效指标表头', at: s.toks[0]?.at });
    return empty;
  }
  const items = classify(toksIn(s, header.end, end));
  const stop = items.findIndex((i) => i.kind === 'total');
  const body = stop < 0 ? items : items.slice(0, stop);
  const bodyText = body.map((i) => (i.kind === 'tok' ? i.tok.text : '')).join('');
  const pattern = patternOf(segmentsOf(header.columns, bodyText), header.cellPerLine);

  const placed: Placed[] = [];
  let level1: string | null = null;
  let level2: string | null = null;
  let run: Tok[] = [];
  const flush = (): void => {
    for (const row of cutRows(run, pattern)) placed.push({ row, level1, level2 });
    run = [];
  };
  for (const item of body) {
    if (item.kind === 'tok') {
      run.push(item.tok);
      continue;
    }
    flush();
    if (item.kind === 'level' && item.level === 1) [level1, level2] = [item.text, null];
    else if (item.kind === 'level') level2 = item.text;
  }
  flush();

  const nameWidth = widestName(placed, header.cellPerLine);
  const ctx = { cellPerLine: header.cellPerLine, nameWidth };
  const indicators = placed.map((p) => toIndicator(p, ctx, warnings));
  const totals = stop < 0 ? {} : readTotals(items.slice(stop + 1));
  const totalScore = totals.score ? totals.score.text.replace(/分$/, '') : null;
  return { indicators, totals, totalScore, warnings, cellPerLine: header.cellPerLine };
}

/** The widest name line among rows whose name is certain (placed by a comparator or alone). */
function widestName(placed: readonly Placed[], cellPerLine: boolean): number | null {
  let widest: number | null = null;
  for (const { row } of placed) {
    const run = row.free.find((f) => f.cols.includes('name'));
    if (!run || row.incomplete) continue;
    const split = splitFree(run.toks, run.cols, { cellPerLine, nameWidth: null });
    if (split.how === 'search') continue;
    for (const w of lineWidths(split.cells.name ?? [])) widest = Math.max(widest ?? 0, w);
  }
  return widest;
}

function lineWidths(pieces: readonly Piece[]): number[] {
  const byLine = new Map<number, number>();
  for (const p of pieces) byLine.set(p.line, (byLine.get(p.line) ?? 0) + width(p.text));
  return [...byLine.values()];
}

function toIndicator(p: Placed, ctx: { cellPerLine: boolean; nameWidth: number | null }, warnings: Warning[]): PerformanceIndicator {
  const text: Partial<Record<IndicatorColumn, string>> = {};
  let at: SourceRef | undefined;
  for (const run of p.row.free) {
    const split: Split = splitFree(run.toks, run.cols, ctx);
    for (const [col, pieces] of Object.entries(split.cells) as [IndicatorColumn, Piece[]][]) {
      text[col] = compactJoin(pieces.map((x) => x.text));
    }
    at ??= run.toks[0]?.at;
  }
  const values: Record<string, Cell> = {};
  for (const [col, toks] of Object.entries(p.row.fixed) as [IndicatorColumn, Tok[]][]) {
    const printed = compactJoin(toks.map((t) => t.text));
    const numeric = col === 'weight' || col === 'score' || col === 'rate';
    // Only a score drops its unit ("100.00分"); 直接赋分 is a word.
    text[col] = numeric ? printed.replace(/分$/, '') : printed;
    const n = numeric ? parseNumber(text[col] ?? '') : null;
    const first = toks[0];
    if (n && first) values[col] = { ...n, at: first.at };
    at ??= first?.at;
  }
  if (p.row.deviation.length > 0) text.deviation = compactJoin(p.row.deviation.map((t) => t.text));
  const where = at ?? { page: null, line: 0 };
  if (p.row.incomplete) {
    warnings.push({ code: 'PERF_ROW_INCOMPLETE', message: `指标行不完整: ${text.name ?? ''}`, at: where });
  }
  return {
    level1: p.level1,
    level2: p.level2,
    name: text.name ?? '',
    target: text.target ?? null,
    actual: text.actual ?? null,
    weight: text.weight ?? null,
    score: text.score ?? null,
    deviation: text.deviation ?? null,
    rate: text.rate ?? null,
    basis: text.basis ?? null,
    previous: text.previous ?? null,
    rule: text.rule ?? null,
    evidence: text.evidence ?? null,
    values,
    at: where,
  };
}

/** "总分 100.0 93.5": the numbers right after the label; one alone is the score. */
function readTotals(after: readonly Item[]): Record<string, Cell> {
  const nums: Tok[] = [];
  for (const item of after) {
    if (item.kind !== 'tok' || !SCORE_NUMBER.test(item.tok.text)) break;
    nums.push(item.tok);
  }
  const out: Record<string, Cell> = {};
  const put = (key: string, t: Tok | undefined): void => {
    const n = t ? parseNumber(t.text.replace(/分$/, '')) : null;
    if (n && t) out[key] = { ...n, text: n.text, at: t.at };
  };
  if (nums.length >= 2) put('weight', nums[0]);
  put('score', nums[nums.length - 1]);
  return out;
}
