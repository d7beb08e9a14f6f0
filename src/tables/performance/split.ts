/**
 * @module Shares the free text of one indicator row among its free columns (三级指标, 指标值,
 * 实际完成值 …). The extraction separates cells on a line by a space but also splits numbers from
 * their units ("99 %", "≥180 批"), and a wrapped cell continues on the following lines. So pieces are
 * first re-joined (number + unit, "约" + number, a lone "＞" + "=90%"), then cut: at the comparator that
 * opens a target ("≥98%") when there is one, otherwise at the cut whose columns wrap consistently
 * (a wrapped line is as wide as its column) and whose target and actual read alike ("有效提升" /
 * "基本提升").
 */
import type { SourceRef } from '../../model/index.js';
import { width } from './text.js';
import type { Tok } from './text.js';
import { APPROX, COMPARATOR } from './vocabulary.js';
import type { IndicatorColumn } from './vocabulary.js';

export interface Piece {
  text: string;
  readonly line: number;
  readonly at: SourceRef;
}

export interface SplitContext {
  readonly cellPerLine: boolean;
  /** Widest name line seen in the table: a wrapped name line is at least about this wide. */
  readonly nameWidth: number | null;
}

export interface Split {
  readonly cells: Partial<Record<IndicatorColumn, Piece[]>>;
  /** comparator: cut where the target opens; search: best-scoring cut; plain: nothing to decide. */
  readonly how: 'comparator' | 'search' | 'plain';
}

/** Enumerating cuts beyond this many pieces is not worth it; such rows are cut in order. */
const MAX_SEARCH = 40;
/** A line counts as filling its column when at most this much narrower (punctuation may not start a line). */
const WRAP_SLACK = 1;

/** Re-joins pieces the extraction split inside one cell. */
export function mergePieces(toks: readonly Tok[], cellPerLine: boolean): Piece[] {
  const out: Piece[] = [];
  for (const t of toks) {
    const prev = out[out.length - 1];
    const sameLine = prev !== undefined && prev.line === t.line;
    if (prev && (/^[≥≤<>=＞＜＝≧≦]+$/.test(prev.text) || (cellPerLine && sameLine))) {
      prev.text += t.text;
    } else if (prev && sameLine && APPROX.test(prev.text) && /^\d/.test(t.text)) {
      prev.text += t.text;
    } else if (prev && sameLine && /\d$/.test(prev.text) && !/^[\d.,]/.test(t.text) && !COMPARATOR.test(t.text) && !/^约/.test(t.text)) {
      prev.text += t.text; // "99" "%" → "99%", "140" "批" → "140批", "2025" "年工作计" → "2025年工作计"
    } else {
      out.push({ text: t.text, line: t.line, at: t.at });
    }
  }
  return out;
}

export function splitFree(toks: readonly Tok[], cols: readonly IndicatorColumn[], ctx: SplitContext): Split {
  const pieces = mergePieces(toks, ctx.cellPerLine);
  const [first] = cols;
  if (first === undefined || pieces.length === 0) return { cells: {}, how: 'plain' };
  if (cols.length === 1) return { cells: { [first]: pieces }, how: 'plain' };
  if (ctx.cellPerLine) return { cells: inOrder(pieces, cols), how: 'plain' };
  return byComparator(pieces, cols, ctx) ?? { cells: search(pieces, cols, ctx), how: 'search' };
}

/** One piece per column; surplus pieces at the front belong to the first column (the name). */
function inOrder(pieces: readonly Piece[], cols: readonly IndicatorColumn[]): Partial<Record<IndicatorColumn, Piece[]>> {
  const cells: Partial<Record<IndicatorColumn, Piece[]>> = {};
  const head = Math.max(1, pieces.length - cols.length + 1);
  cols.forEach((c, i) => {
    const from = i === 0 ? 0 : head + i - 1;
    const to = i === 0 ? head : from + 1;
    const part = pieces.slice(from, to);
    if (part.length > 0) cells[c] = part;
  });
  return cells;
}

function byComparator(pieces: readonly Piece[], cols: readonly IndicatorColumn[], ctx: SplitContext): Split | null {
  const t = cols.indexOf('target');
  if (t < 0) return null;
  const i = pieces.findIndex((p, k) => k >= t && COMPARATOR.test(p.text));
  if (i < 0 || (t === 0 && i > 0)) return null;
  let j = i + 1;
  while (j < pieces.length && continues(pieces[j - 1] as Piece, pieces[j] as Piece)) j++;
  const cells: Partial<Record<IndicatorColumn, Piece[]>> = { target: pieces.slice(i, j) };
  const before = cols.slice(0, t);
  if (before.length > 0) Object.assign(cells, splitPieces(pieces.slice(0, i), before, ctx));
  const after = cols.slice(t + 1);
  const rest = pieces.slice(j);
  if (after.length === 0) cells.target = pieces.slice(i);
  else if (rest.length > 0) Object.assign(cells, splitPieces(rest, after, ctx));
  return { cells, how: 'comparator' };
}

function splitPieces(pieces: readonly Piece[], cols: readonly IndicatorColumn[], ctx: SplitContext): Partial<Record<IndicatorColumn, Piece[]>> {
  const [first] = cols;
  if (first === undefined || pieces.length === 0) return {};
  if (cols.length === 1) return { [first]: [...pieces] };
  return search(pieces, cols, ctx);
}

/** Whether `cur` continues the target value that `prev` ends ("≥2500万架" + "(辆、艘、" + "列）"). */
function continues(prev: Piece, cur: Piece): boolean {
  if (/^\d/.test(cur.text) || COMPARATOR.test(cur.text) || /^约/.test(cur.text)) return false;
  if (/[%‰]$/.test(prev.text)) return false;
  if (/^[/／（()）)、，,]/.test(cur.text) || /[/／（(、]$/.test(prev.text)) return true;
  return width(cur.text) <= 3;
}

/** Tries every cut (cuts between pieces on one line are kept) and keeps the best-scoring one. */
function search(pieces: readonly Piece[], cols: readonly IndicatorColumn[], ctx: SplitContext): Partial<Record<IndicatorColumn, Piece[]>> {
  const n = pieces.length;
  const k = cols.length;
  if (n <= k || n > MAX_SEARCH) return inOrder(pieces, cols);
  const forced: number[] = [];
  const free: number[] = [];
  for (let b = 1; b < n; b++) ((pieces[b - 1] as Piece).line === (pieces[b] as Piece).line ? forced : free).push(b);
  let best: { cuts: number[]; score: number } | null = null;
  if (forced.length >= k - 1) {
    best = { cuts: forced.slice(forced.length - (k - 1)), score: 0 };
  } else {
    for (const extra of combinations(free, k - 1 - forced.length)) {
      const cuts = [...forced, ...extra].sort((a, b) => a - b);
      const score = scoreCuts(pieces, cols, cuts, ctx);
      if (!best || score > best.score) best = { cuts, score };
    }
  }
  const cuts = best?.cuts ?? [];
  const cells: Partial<Record<IndicatorColumn, Piece[]>> = {};
  const bounds = [0, ...cuts, n];
  cols.forEach((c, i) => {
    const part = pieces.slice(bounds[i], bounds[i + 1]);
    if (part.length > 0) cells[c] = part;
  });
  return cells;
}

function* combinations(from: readonly number[], r: number, start = 0): Generator<number[]> {
  if (r === 0) {
    yield [];
    return;
  }
  for (let i = start; i <= from.length - r; i++) {
    for (const rest of combinations(from, r - 1, i + 1)) yield [from[i] as number, ...rest];
  }
}

/**
 * Higher is likelier: every wrapped line fills its column (the name column at least as wide as
 * the widest name line of the table), target and actual are alike, and a longer name breaks ties.
 */
function scoreCuts(pieces: readonly Piece[], cols: readonly IndicatorColumn[], cuts: readonly number[], ctx: SplitContext): number {
  const bounds = [0, ...cuts, pieces.length];
  let violations = 0;
  const texts: Partial<Record<IndicatorColumn, string>> = {};
  let nameLines = 0;
  cols.forEach((c, i) => {
    const group = pieces.slice(bounds[i], bounds[i + 1]);
    const widths = lineWidths(group);
    const own = Math.max(...widths);
    const cap = c === 'name' && ctx.nameWidth !== null ? Math.max(ctx.nameWidth, own) : own;
    widths.slice(0, -1).forEach((w) => {
      if (w < cap - WRAP_SLACK) violations++;
    });
    if (c === 'name') {
      nameLines = widths.length;
      if (COMPARATOR.test(group[0]?.text ?? '')) violations += 5;
    }
    texts[c] = group.map((p) => p.text).join('');
  });
  let score = -10 * violations + 0.5 * nameLines;
  if (texts.target !== undefined && texts.actual !== undefined) {
    score += 2 * common(texts.target, texts.actual) - Math.abs([...texts.target].length - [...texts.actual].length);
  }
  return score;
}

function lineWidths(group: readonly Piece[]): number[] {
  const out: number[] = [];
  let line = -1;
  for (const p of group) {
    if (p.line === line) out[out.length - 1] = (out[out.length - 1] ?? 0) + width(p.text);
    else out.push(width(p.text));
    line = p.line;
  }
  return out;
}

/** Characters two texts share (as multisets). */
function common(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const ch of a) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let n = 0;
  for (const ch of b) {
    const c = counts.get(ch) ?? 0;
    if (c > 0) {
      n++;
      counts.set(ch, c - 1);
    }
  }
  return n;
}
