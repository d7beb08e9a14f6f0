/**
 * @module A row pattern built from the header: the columns in print order grouped into free runs
 * (name, target, actual … told apart later) and fixed cells that can be recognised where they
 * stand: numbers (分值 得分, at the end of their line in a PDF) and closed-list words (计划标准,
 * 直接赋分, 正式材料). Fixed cells are the anchors that end a row.
 */
import { SCORE_NUMBER } from './text.js';
import type { Tok } from './text.js';
import { COLUMN_SHAPE, COLUMN_VALUES } from './vocabulary.js';
import type { IndicatorColumn } from './vocabulary.js';

export type Segment =
  | { readonly type: 'free'; readonly cols: IndicatorColumn[] }
  | { readonly type: 'number'; readonly cols: IndicatorColumn[] }
  | { readonly type: 'vocab'; readonly col: IndicatorColumn; readonly values: readonly string[] };

/** A list cell may be spread over this many tokens ("按照完成比例赋/分"). */
const MAX_PARTS = 4;
/** 分值 and 得分 are out of 100; a bigger bare number is a value, not a score. */
const MAX_SCORE = 100;
/** Free columns that a row must print. */
const REQUIRED: ReadonlySet<IndicatorColumn> = new Set(['name', 'target']);

/**
 * Groups the header's columns. A closed-list column whose words never occur in the body is read
 * as free text (部门整体绩效目标表 prints its own 指标设定依据).
 */
export function segmentsOf(columns: readonly IndicatorColumn[], bodyText: string): Segment[] {
  const out: Segment[] = [];
  for (const col of columns) {
    let shape = COLUMN_SHAPE[col];
    if (shape === 'label') continue;
    const values = COLUMN_VALUES[col] ?? [];
    if (shape === 'vocab' && !values.some((v) => bodyText.includes(v))) shape = 'free';
    const last = out[out.length - 1];
    if (shape === 'vocab') out.push({ type: 'vocab', col, values });
    else if (last && last.type === shape) last.cols.push(col);
    else out.push({ type: shape, cols: [col] });
  }
  return out;
}

export function minTokens(seg: Segment): number {
  return seg.type === 'free' ? seg.cols.filter((c) => REQUIRED.has(c)).length : 0;
}

/**
 * How many tokens the fixed segments from `si` on take when they start at `q` (they follow each
 * other directly up to the next free segment), or -1.
 */
export function matchChain(run: readonly Tok[], q: number, segs: readonly Segment[], si: number, cellPerLine: boolean): number {
  let at = q;
  for (let i = si; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    if (seg.type === 'free') break;
    const n = matchFixed(run, at, seg, segs[i + 1], cellPerLine);
    if (n < 0) return -1;
    at += n;
  }
  return at - q;
}

function matchFixed(run: readonly Tok[], q: number, seg: Segment, next: Segment | undefined, cellPerLine: boolean): number {
  if (seg.type === 'vocab') return matchVocab(run, q, seg.values);
  if (seg.type !== 'number') return -1;
  const k = seg.cols.length;
  for (let i = 0; i < k; i++) {
    const t = run[q + i];
    if (!t || !isScore(t.text, seg.cols[i] as IndicatorColumn)) return -1;
    if (!cellPerLine && i > 0 && t.line !== (run[q + i - 1] as Tok).line) return -1;
  }
  // In a PDF the score cells close their line, unless a closed-list cell follows on it.
  const after = run[q + k];
  const lastTok = run[q + k - 1] as Tok;
  if (!cellPerLine && after && after.line === lastTok.line) {
    if (next?.type !== 'vocab' || matchVocab(run, q + k, next.values) < 0) return -1;
  }
  return k;
}

function isScore(text: string, col: IndicatorColumn): boolean {
  if (!SCORE_NUMBER.test(text)) return false;
  if (col !== 'rate' && /%/.test(text)) return false;
  return col === 'rate' || Number.parseFloat(text) <= MAX_SCORE;
}

/** Tokens (longest first) that join to one list word, or several joined by 、 or a comma. */
export function matchVocab(run: readonly Tok[], q: number, values: readonly string[]): number {
  for (let n = Math.min(MAX_PARTS, run.length - q); n >= 1; n--) {
    const text = run.slice(q, q + n).map((t) => t.text).join('');
    const parts = text.split(/[、，,；;]/);
    if (parts.length > 0 && parts.every((p) => values.includes(p))) return n;
  }
  return -1;
}
