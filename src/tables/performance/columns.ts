/**
 * @module The header row of the indicator block ("一级指标 二级指标 三级指标 年度指标值 实际完成值
 * 分值 得分 偏差原因分析及改进措施"), read from the compact text so wrapped labels ("年度指标/值",
 * "指标/分值/权重") still match, and the layout it reveals: a DOCX export prints every cell on its
 * own line, which changes how rows are cut.
 */
import { matchAt, toksIn } from './text.js';
import type { Stream } from './text.js';
import { COLUMN_NOISE, INDICATOR_COLUMNS } from './vocabulary.js';
import type { IndicatorColumn } from './vocabulary.js';

export interface Header {
  readonly columns: IndicatorColumn[];
  /** Compact offset where the body begins. */
  readonly end: number;
  /** Each cell on its own line (DOCX export), rather than a row's cells sharing lines (PDF). */
  readonly cellPerLine: boolean;
}

/** Lines that are exactly one label, in a row, from which on the header is one cell per line. */
const CELL_PER_LINE_MIN = 4;

export function readHeader(s: Stream, start: number): Header {
  const columns: IndicatorColumn[] = [];
  let i = start;
  for (;;) {
    const hit = matchAt(s.text, i, INDICATOR_COLUMNS);
    if (hit) {
      if (!columns.includes(hit.key)) columns.push(hit.key);
      i = hit.end;
      continue;
    }
    const noise = COLUMN_NOISE.exec(s.text.slice(i, i + 8));
    if (noise && columns.length > 0) {
      i += noise[0].length;
      continue;
    }
    break;
  }
  return { columns, end: i, cellPerLine: wholeLabelLines(s, start, i) >= CELL_PER_LINE_MIN };
}

/** How many header lines hold exactly one whole label. */
function wholeLabelLines(s: Stream, start: number, end: number): number {
  const perLine = new Map<number, string>();
  for (const t of toksIn(s, start, end)) perLine.set(t.line, (perLine.get(t.line) ?? '') + '\u0000' + t.text);
  let n = 0;
  for (const text of perLine.values()) {
    const parts = text.split('\u0000').filter(Boolean);
    if (parts.length === 1 && INDICATOR_COLUMNS.some(([l]) => l === parts[0])) n++;
  }
  return n;
}
