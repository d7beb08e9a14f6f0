/**
 * @module Cuts a run of indicator tokens (between two labels) into rows. With fixed cells in the
 * pattern, a row runs up to its anchors ("38.0 31.6" closing a line; "计划标准 … 10 直接赋分 正式材料").
 * Without them (target and actual only), a row ends on a line that holds two or more cells
 * ("≥3 次 3 次"), or at the next label. 偏差原因 text follows its row and ends a sentence, which tells
 * it from the next row's name.
 */
import { mergePieces } from './split.js';
import { SENTENCE_END, byLine } from './text.js';
import type { Tok } from './text.js';
import { matchChain, minTokens } from './segments.js';
import type { Segment } from './segments.js';
import { PAGE_NUMBER } from './vocabulary.js';
import type { IndicatorColumn } from './vocabulary.js';

export interface RawRow {
  /** Free runs in print order, each with the columns it holds. */
  readonly free: { cols: IndicatorColumn[]; toks: Tok[] }[];
  /** Fixed cells: a number segment's tokens one per column, a list cell's tokens. */
  readonly fixed: Partial<Record<IndicatorColumn, Tok[]>>;
  readonly deviation: Tok[];
  /** Set when the row's anchors were not found: what was read is kept, nothing more. */
  readonly incomplete: boolean;
}

export interface Pattern {
  readonly segs: readonly Segment[];
  /** 偏差原因 is printed last and read by the sentence rule. */
  readonly deviation: boolean;
  readonly cellPerLine: boolean;
}

/** Builds the pattern, taking a trailing 偏差原因 column out of the segments. */
export function patternOf(segs: readonly Segment[], cellPerLine: boolean): Pattern {
  const copy = segs.map((s) => (s.type === 'vocab' ? s : { ...s, cols: [...s.cols] }));
  const last = copy[copy.length - 1];
  let deviation = false;
  if (last?.type === 'free' && last.cols[last.cols.length - 1] === 'deviation') {
    deviation = true;
    last.cols.pop();
    if (last.cols.length === 0) copy.pop();
  }
  return { segs: copy, deviation, cellPerLine };
}

export function cutRows(run: readonly Tok[], p: Pattern): RawRow[] {
  return p.segs.some((s) => s.type !== 'free') ? anchored(run, p) : loose(run, p);
}

function anchored(run: readonly Tok[], p: Pattern): RawRow[] {
  const rows: RawRow[] = [];
  let pos = 0;
  while (pos < run.length) {
    pos = skipPageNumbers(run, pos);
    if (pos >= run.length) break;
    const row = matchRow(run, pos, p);
    if (!row) {
      rows.push(incompleteRow(run.slice(pos), p));
      break;
    }
    pos = row.end;
    let deviation: Tok[] = [];
    if (p.deviation) {
      const take = deviationLength(run, pos, p);
      deviation = run.slice(pos, pos + take);
      pos += take;
    }
    rows.push({ ...row.row, deviation });
  }
  return rows;
}

/** A number alone on its line where a row should begin (a name) is a page number. */
function skipPageNumbers(run: readonly Tok[], pos: number): number {
  let i = pos;
  while (i < run.length && isPageNumber(run, i)) i++;
  return i;
}

function isPageNumber(run: readonly Tok[], i: number): boolean {
  const t = run[i] as Tok;
  return PAGE_NUMBER.test(t.text) && run[i - 1]?.line !== t.line && run[i + 1]?.line !== t.line;
}

function matchRow(run: readonly Tok[], start: number, p: Pattern): { row: Omit<RawRow, 'deviation'>; end: number } | null {
  const free: RawRow['free'] = [];
  const fixed: RawRow['fixed'] = {};
  let pos = start;
  for (let si = 0; si < p.segs.length; si++) {
    const seg = p.segs[si] as Segment;
    if (seg.type === 'free') {
      const next = p.segs[si + 1];
      if (!next) {
        free.push({ cols: seg.cols, toks: run.slice(pos) });
        return { row: { free, fixed, incomplete: false }, end: run.length };
      }
      const q = findChain(run, pos + minTokens(seg), p, si + 1);
      if (q < 0) return null;
      free.push({ cols: seg.cols, toks: run.slice(pos, q) });
      pos = q;
      continue;
    }
    const n = matchChain(run, pos, p.segs, si, p.cellPerLine);
    if (n < 0) return null;
    // Hand out the chain's tokens: one per number column, the rest to list cells in turn.
    for (; si < p.segs.length && (p.segs[si] as Segment).type !== 'free'; si++) {
      const s = p.segs[si] as Segment;
      const len = s.type === 'number' ? s.cols.length : matchChain(run, pos, [s], 0, p.cellPerLine);
      if (s.type === 'number') s.cols.forEach((c, i) => (fixed[c] = [run[pos + i] as Tok]));
      else if (s.type === 'vocab') fixed[s.col] = run.slice(pos, pos + len);
      pos += len;
    }
    si--;
  }
  return { row: { free, fixed, incomplete: false }, end: pos };
}

/** The first position from `from` where the fixed segments starting at `si` match. */
function findChain(run: readonly Tok[], from: number, p: Pattern, si: number): number {
  for (let q = from; q < run.length; q++) if (matchChain(run, q, p.segs, si, p.cellPerLine) > 0) return q;
  return -1;
}

/**
 * How many tokens after a row are its 偏差原因: whole lines up to the last one that ends a
 * sentence, before the next row's anchor line (or all that is left when no row follows).
 */
function deviationLength(run: readonly Tok[], pos: number, p: Pattern): number {
  const firstFixed = p.segs.findIndex((s) => s.type !== 'free');
  const lead = p.segs[0];
  const min = lead && lead.type === 'free' ? minTokens(lead) : 0;
  const q = firstFixed < 0 ? -1 : findChain(run, pos + min, p, firstFixed);
  if (q < 0) {
    // No row follows: the rest is 偏差原因, bar a page number printed after it.
    let end = run.length;
    while (end > pos && isPageNumber(run, end - 1)) end--;
    return end - pos;
  }
  const stopLine = (run[q] as Tok).line;
  let take = 0;
  for (let i = pos; i < q; i++) {
    const t = run[i] as Tok;
    const next = run[i + 1];
    if (t.line === stopLine) break;
    if ((!next || next.line !== t.line) && SENTENCE_END.test(t.text)) take = i + 1 - pos;
  }
  return take;
}

/** A row without its anchors: its tokens all go to the free runs, to be shared out as text. */
function incompleteRow(toks: Tok[], p: Pattern): RawRow {
  const cols = p.segs.flatMap((s) => (s.type === 'free' ? s.cols : []));
  return { free: [{ cols, toks }], fixed: {}, deviation: [], incomplete: true };
}

/** Rows of a pattern with free columns only (名称, 指标值, 实际完成值). */
function loose(run: readonly Tok[], p: Pattern): RawRow[] {
  const cols = p.segs.flatMap((s) => (s.type === 'free' ? s.cols : []));
  const lines = byLine(run);
  const rows: RawRow[] = [];
  let pending: Tok[] = [];
  let pendingCells = 0; // kept as a running count: recounting the pending row per line is quadratic
  const cells = (toks: readonly Tok[]): number => mergePieces(toks, p.cellPerLine).length;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Tok[];
    // A lone page number between rows is page furniture.
    if (pending.length === 0 && line.length === 1 && PAGE_NUMBER.test((line[0] as Tok).text)) continue;
    pending.push(...line);
    const lineCells = cells(line);
    pendingCells += lineCells;
    if (lineCells < 2 || pendingCells < cols.length) continue;
    let deviation: Tok[] = [];
    if (p.deviation) {
      let last = li;
      for (let j = li + 1; j < lines.length; j++) {
        const l = lines[j] as Tok[];
        if (cells(l) >= 2) break;
        if (SENTENCE_END.test((l[l.length - 1] as Tok).text)) last = j;
      }
      deviation = lines.slice(li + 1, last + 1).flat();
      li = last;
    }
    rows.push({ free: [{ cols, toks: pending }], fixed: {}, deviation, incomplete: false });
    pending = [];
    pendingCells = 0;
  }
  if (pending.length > 1) rows.push({ free: [{ cols, toks: pending }], fixed: {}, deviation: [], incomplete: false });
  return rows;
}
