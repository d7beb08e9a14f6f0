/**
 * @module Rows of two-sided summary tables (收支总表, 财政拨款收支总表): each printed line
 * holds up to one income item and one expenditure item. Lines are cut into segments
 * (label + numbers); with a 行次 column the first integer of a segment is the line number.
 * Wrapped labels ("一、一般公共预算财" / "政拨款" / "1 4,320.91一、…") are re-joined.
 */
import type { Line } from '../ingest/index.js';
import type { Side } from '../model/index.js';
import type { TableSpec } from '../catalogue/index.js';
import { functionalClassCode } from '../catalogue/index.js';
import type { PrintedValue, RawRow } from './raw.js';
import { rowKeyOf } from './raw.js';
import { atOf, bareLabel, hasTopNumbering, leadingCode, looksLikeAmount, squash, tokenizeLine } from './text.js';
import type { Token } from './text.js';
import { joinCentredLabels } from './centred-labels.js';

interface Segment {
  label: string;
  /** The side its place on the page says, when the page's side boundary is known. */
  side?: Side;
  numbers: Token[];
  line: Line;
  lines: Line[];
}

export function twoSidedRows(printed: readonly Line[], spec: TableSpec, sideColumns: Record<Side, readonly string[]>,
  lineNumbers: boolean): RawRow[] {
  const lines = joinCentredLabels(printed, (label) => isItem(label, spec));
  const rows: RawRow[] = [];
  const group: Record<Side, string | null> = { income: null, expenditure: null };
  let pending: Line[] = [];
  const starts = expenditureStart(lines, lineNumbers);
  const classes = new Set<string>();
  const emit = (seg: Segment, i: number, count: number) => {
    const numbers = lineNumbers ? seg.numbers.slice(seg.numbers[0] && !looksLikeAmount(seg.numbers[0]) ? 1 : 0) : seg.numbers;
    if (!squash(seg.label)) return; // an empty line slot with only its 行次
    const row = toRow(seg, spec, i, count, group, classes);
    if (row.code) classes.add(row.code);
    row.placements = [{ columns: sideColumns[row.side!], values: numbers.map((t) => value(t, seg.line)) }];
    rows.push(row);
  };
  // Text-only lines wait: they are either a label wrapped above its figures, or items printed without figures.
  const flushPending = () => {
    for (const seg of labelsOf(pending, spec, starts)) emit(seg, 0, 1);
    pending = [];
  };
  for (const line of lines) {
    const segs = segments(line, lineNumbers, starts);
    if (segs.length === 1 && segs[0]!.numbers.length === 0 && !leadingCode(segs[0]!.label.trim())) {
      pending.push(line);
      continue;
    }
    if (pending.length && segs[0] && squash(segs[0].label) === '') {
      segs[0].label = pending.map((l) => l.text).join('');
      segs[0].lines = [...pending, ...segs[0].lines];
      pending = [];
    }
    flushPending();
    segs.forEach((seg, i) => {
      emit(seg, i, segs.length);
    });
  }
  flushPending();
  return rows;
}

/** Pending text lines as labels: a numbered line or a known item starts a label, others continue it. */
function labelsOf(lines: readonly Line[], spec: TableSpec, split: number | null): Segment[] {
  const out: Segment[] = [];
  for (const line of lines) {
    const x = line.pieces?.[0]?.x0;
    const side = split !== null && x !== undefined ? sideAt(x, split) : undefined;
    // a wrapped label continues the last one of its own side
    const last = [...out].reverse().find((s) => s.side === side);
    if (last && !hasTopNumbering(line.text) && !isItem(line.text, spec) && !/^[（(]?[一二三四五六七八九十\d]/.test(line.text)) {
      last.label += line.text;
      last.lines.push(line);
    } else {
      out.push({ label: line.text, numbers: [], line, lines: [line], ...(side ? { side } : {}) });
    }
  }
  return out;
}

function value(t: Token, line: Line): PrintedValue {
  return { num: t.type === 'number' ? t.num : null, at: atOf(line, t) };
}

/**
 * Where the expenditure side's labels begin: the leftmost label printed after a figure on
 * its line, not a 行次 (the table's pages share one layout). An income item printed without figures
 * ("（二）政府性基金预算资金") is then not glued to the expenditure label beside it.
 */
/** Points an expenditure label may start left of the leftmost one seen (a CJK glyph is ~10 pt). */
const SIDE_SLACK = 12;

function sideAt(x: number, split: number): Side {
  return x >= split - SIDE_SLACK ? 'expenditure' : 'income';
}

function expenditureStart(lines: readonly Line[], lineNumbers: boolean): number | null {
  let start = Infinity;
  for (const line of lines) {
    const tokens = tokenizeLine(line);
    tokens.forEach((t, i) => {
      const before = tokens[i - 1];
      if (t.type === 'text' && t.box && before?.type === 'number' && (!lineNumbers || looksLikeAmount(before))) start = Math.min(start, t.box[0]);
    });
  }
  return Number.isFinite(start) ? start : null;
}

/**
 * Cuts a line into label+numbers segments; a class code before a name belongs to the label.
 * `split`: where expenditure labels begin (text from there on opens a segment).
 */
function segments(line: Line, lineNumbers: boolean, split: number | null): Segment[] {
  const tokens = tokenizeLine(line);
  const out: Segment[] = [];
  let cur: Segment | null = null;
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const codeOfNext = t.type === 'number' && next?.type === 'text' && /^[2-5]\d{2}(\d{2}){0,2}$/.test(t.text);
    const crosses = split !== null && t.box !== undefined && t.box[0] >= split - SIDE_SLACK && (tokens[i - 1]?.box?.[0] ?? Infinity) < split - SIDE_SLACK;
    if (t.type === 'text' || codeOfNext) {
      if (!cur || cur.numbers.length > 0 || (codeOfNext && cur.label) || crosses || apart(tokens[i - 1], t)) {
        cur = { label: '', numbers: [], line, lines: [line], ...(split !== null && t.box ? { side: sideAt(t.box[0], split) } : {}) };
        out.push(cur);
      }
      cur.label += (cur.label && codeOfNext ? ' ' : '') + t.text + (codeOfNext ? ' ' : '');
      return;
    }
    // with 行次, an integer after amounts opens the next (label-less) slot
    if (!cur || (lineNumbers && cur.numbers.length > 0 && !looksLikeAmount(t))) {
      cur = { label: '', numbers: [], line, lines: [line] };
      out.push(cur);
    }
    cur.numbers.push(t);
  });
  return out;
}

/**
 * Two labels side by side with a wide gap between them are two cells: a third column group
 * (江苏: 功能分类 | 支出用途) prints its labels right of the expenditure labels.
 */
function apart(before: Token | undefined, t: Token): boolean {
  if (before?.type !== 'text' || !before.box || !t.box) return false;
  return t.box[0] - before.box[2] > CELL_GAP * Math.max(1, Math.min(t.box[3] - t.box[1], before.box[3] - before.box[1]));
}

/** A gap (in glyph heights) no label prints inside itself. */
const CELL_GAP = 3;

function isItem(label: string, spec: TableSpec): boolean {
  return rowKeyOf(label, spec.rows, undefined, null) !== null || classOf(label) !== null;
}

/**
 * The class a label names: its printed code, or else its name, unless a class of that name is
 * already `seen`: a class is printed once, a later line of its name is one of its 款 or 项
 * (五、其他支出 › 其他支出 › 其他支出).
 */
function classOf(label: string, seen: ReadonlySet<string> = new Set()): string | null {
  const coded = leadingCode(label.trim());
  if (coded?.code.length === 3) return coded.code;
  const named = functionalClassCode(bareLabel(label));
  return named && !seen.has(named) ? named : null;
}

function toRow(seg: Segment, spec: TableSpec, index: number, count: number,
  group: Record<Side, string | null>, classes: ReadonlySet<string>): RawRow {
  const code = classOf(seg.label, classes);
  const name = bareLabel(leadingCode(seg.label.trim())?.rest ?? seg.label);
  const positional: Side = seg.side ?? (count > 1 && index > 0 ? 'expenditure' : 'income');
  let side: Side = code ? 'expenditure' : positional;
  let key: string | null = null;
  if (!code) {
    const exact = rowKeyOf(seg.label, spec.rows, positional, group[positional]);
    const other = positional === 'income' ? 'expenditure' : 'income';
    const elsewhere = exact ? null : rowKeyOf(seg.label, spec.rows, other, group[other]);
    const match = exact ?? elsewhere;
    if (match) { key = match.key; side = match.side ?? positional; if (match.opens) group[side] = match.key; }
  }
  return { key, code, name, side, text: seg.lines.map((l) => l.text).join(' '), at: seg.lines[0]!.at, placements: [] };
}
