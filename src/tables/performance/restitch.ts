/**
 * @module Labels wrapped around a row's line. A grid cell centred vertically prints a two-line
 * label above and below the line that holds its row's other cells ("主管部门及代" / "[292]国家信访局
 * 实施单位 …" / "码"; "经济成本指" / "项目成本控制 ≤2706.79 万元 20" / "标"), so in reading order the
 * label is cut in two by another row's text. Two pieces of one column, a line or two apart with
 * nothing printed between them in that column, that together (and neither alone) make a known
 * label are one cell: they are joined and put on the line of the row they label, the line among
 * theirs with the most other pieces. Likewise a whole label alone on the line above a header line
 * ("分值"). Lines without positions are kept as printed.
 */
import type { Line } from '../../ingest/index.js';
import { withPieces } from '../text.js';
import { compact, isPositioned, overlaps } from './grid-text.js';
import type { Positioned } from './grid-text.js';
import { BLOCKS, FIELDS, FUND_SOURCES, WRAPPED_LABELS } from './vocabulary.js';

/** How many lines apart the two parts of a label may be. */
const MAX_SPAN = 2;
/** Their tops at most this many text heights apart. */
const MAX_GAP = 3;
/** A lone header label sits at most this many text heights above its row's line. */
const MAX_PITCH = 1.6;

const LABELS: ReadonlySet<string> = new Set(WRAPPED_LABELS);
/** Labels of a block of text (年度目标 …): printed centred beside it. */
const TEXT_LABELS: ReadonlySet<string> = new Set(BLOCKS.filter(([, k]) => k === 'goals').map(([l]) => l));
/** Block labels that may be printed down a column of their own, beside the block's rows. */
const STACKED: readonly string[] = BLOCKS.filter(([, k]) => k !== 'indicators').map(([l]) => l);
/** A stacked label's parts are at most this many lines apart (the block's lines between them). */
const MAX_STACK_SKIP = 4;
const ANY_LABEL: readonly string[] = [...FIELDS, ...BLOCKS, ...FUND_SOURCES].map(([l]) => l);

export function restitch(lines: readonly Line[]): Line[] {
  const pieces = lines.map((l) => (isPositioned(l) ? [...(l.pieces as Positioned[])] : null));
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const row = pieces[i];
    if (!row) continue;
    for (let n = 0; n < row.length; n++) {
      const joined = joinBelow(lines, pieces, i, row[n] as Positioned);
      if (joined) {
        changed = true;
        n--;
      }
    }
  }
  for (let i = 0; i + 1 < lines.length; i++) if (moveDown(lines, pieces, i)) changed = true;
  const out = changed
    ? lines.map((l, i) => {
      const row = pieces[i];
      return row ? withPieces(l, row) : l;
    })
    : [...lines];
  return liftTextLabels(joinStacks(out));
}

/**
 * A block label printed down its own column, a character or two per line, centred beside the
 * block ("年" / "度" / goal text / "目" / "标"), is cut in reading order by the block's lines, so
 * the compact text never spells it. Its parts (each the first piece of its line, in one column,
 * tight) are joined into one piece on the first part's line; the lines between them start right
 * of the column, and a part's line may go on with the block's text. Only a stack cut by such text
 * is joined: an uncut one already reads whole.
 */
function joinStacks(lines: Line[]): Line[] {
  let out = lines;
  for (let i = 0; i < out.length; i++) {
    const parts = stackAt(out, i);
    if (parts) out = mergeStack(out, parts);
  }
  return out;
}

/** Indices of the lines whose first pieces spell a stacked label from line i, or null. */
function stackAt(lines: readonly Line[], i: number): number[] | null {
  const head = firstPiece(lines[i] as Line);
  if (!head || !isStackPrefix(compact(head.text))) return null;
  const parts = [i];
  let text = compact(head.text);
  let last = head;
  let cut = false;
  for (let k = i + 1, skipped = 0; k < lines.length && skipped <= MAX_STACK_SKIP; k++) {
    const line = lines[k] as Line;
    if (line.at.page !== (lines[i] as Line).at.page) return null;
    const p = firstPiece(line);
    if (!p || p.x0 >= head.x1) {
      skipped++;
      cut ||= p !== null;
      continue;
    }
    if (!overlaps(p, head) || p.y0 - last.y1 > MAX_GAP * (head.y1 - head.y0)) return null;
    text += compact(p.text);
    if (!isStackPrefix(text) && !STACKED.includes(text)) return null;
    cut ||= (line.pieces ?? []).length > 1;
    parts.push(k);
    last = p;
    skipped = 0;
    if (STACKED.includes(text)) return cut ? parts : null;
  }
  return null;
}

function isStackPrefix(text: string): boolean {
  return text.length > 0 && STACKED.some((l) => l.length > text.length && l.startsWith(text));
}

/** The stack's parts as one piece on its first line; lines left empty are dropped. */
function mergeStack(lines: readonly Line[], parts: readonly number[]): Line[] {
  const ps = parts.map((k) => firstPiece(lines[k] as Line) as Positioned);
  const cell: Positioned = {
    text: ps.map((p) => compact(p.text)).join(''),
    x0: Math.min(...ps.map((p) => p.x0)),
    x1: Math.max(...ps.map((p) => p.x1)),
    y0: (ps[0] as Positioned).y0,
    y1: (ps[ps.length - 1] as Positioned).y1,
  };
  const out: Line[] = [];
  lines.forEach((l, k) => {
    const at = parts.indexOf(k);
    if (at < 0) {
      out.push(l);
      return;
    }
    const rest = (l.pieces ?? []).slice(1);
    const pieces = at === 0 ? [cell, ...rest] : rest;
    if (pieces.length) out.push(withPieces(l, pieces));
  });
  return out;
}

function firstPiece(line: Line): Positioned | null {
  return isPositioned(line) ? ((line.pieces as Positioned[])[0] as Positioned) : null;
}

/**
 * A block label centred beside its text ("年度目标" beside two lines of goal) is printed below the
 * text's first line(s), so in reading order that text would fall in the block before. The label
 * is put on a line of its own above them: the lines right above its line, tight, that start where
 * its text starts (the text after it on its line, or on the line below, or the lines' own edge)
 * and hold no other label.
 */
function liftTextLabels(lines: Line[]): Line[] {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    const label = line.pieces?.[0];
    if (!label || !isPositioned(line) || !TEXT_LABELS.has(compact(label.text))) continue;
    const above = textAbove(lines, i, label as Positioned, textEdge(lines, i, label as Positioned));
    if (above === i) continue;
    const rest = (line.pieces ?? []).slice(1);
    const labelLine: Line = { ...line, text: label.text, pieces: [label] };
    const moved = rest.length ? [withPieces(line, rest)] : [];
    lines.splice(above, i - above + 1, labelLine, ...lines.slice(above, i), ...moved);
  }
  return lines;
}

/** Where the label's text starts: after it on its line, or on the line right below. */
function textEdge(lines: readonly Line[], i: number, label: Positioned): number | undefined {
  const line = lines[i] as Line;
  const after = line.pieces?.[1];
  if (after) return after.x0;
  const below = lines[i + 1];
  const first = below?.pieces?.[0];
  if (!below || !first || below.at.page !== line.at.page || !isPositioned(below)) return undefined;
  const top = (first as Positioned).y0;
  return top - label.y1 < MAX_PITCH * (label.y1 - label.y0) ? first.x0 : undefined;
}

/** The first of the tight lines right above line i that hold the label's text. */
function textAbove(lines: readonly Line[], i: number, label: Positioned, edge: number | undefined): number {
  const h = label.y1 - label.y0;
  let first = i;
  let x = edge;
  let bottom = label.y1;
  for (let k = i - 1; k >= 0; k--) {
    const l = lines[k] as Line;
    const p = l.pieces?.[0] as Positioned | undefined;
    if (!p || !isPositioned(l) || l.at.page !== (lines[i] as Line).at.page) break;
    x ??= p.x0;
    const text = compact(l.text);
    if (p.x0 <= label.x1 || Math.abs(p.x0 - x) > h || bottom - p.y1 > MAX_PITCH * h || ANY_LABEL.some((w) => text.includes(w))) break;
    first = k;
    bottom = p.y0;
  }
  return first;
}

/** Joins `top` (a piece of line i) with its lower part if it has one; true when joined. */
function joinBelow(lines: readonly Line[], pieces: (Positioned[] | null)[], i: number, top: Positioned): boolean {
  if (LABELS.has(compact(top.text))) return false;
  const line = lines[i] as Line;
  for (let k = i + 1; k <= i + MAX_SPAN && k < lines.length; k++) {
    const below = pieces[k];
    if (!below || (lines[k] as Line).at.page !== line.at.page) return false;
    const part = below.find((p) => overlaps(p, top));
    if (!part) continue;
    const text = compact(top.text + part.text);
    if (LABELS.has(compact(part.text)) || !LABELS.has(text)) return false;
    if (part.y0 - top.y0 > MAX_GAP * (top.y1 - top.y0)) return false;
    const cell: Positioned = { text, x0: Math.min(top.x0, part.x0), x1: Math.max(top.x1, part.x1), y0: top.y0, y1: part.y1 };
    remove(pieces[i] as Positioned[], top);
    remove(below, part);
    const host = pieces[hostLine(pieces, i, k)] as Positioned[];
    host.push(cell);
    host.sort((a, b) => a.x0 - b.x0);
    return true;
  }
  return false;
}

/**
 * A whole label alone on its line, just above a line of labels with nothing in its column, is a
 * header cell centred beside that line ("分值" over "一级指标 二级指标 三级指标 指标值"): it joins it.
 */
function moveDown(lines: readonly Line[], pieces: (Positioned[] | null)[], i: number): boolean {
  const row = pieces[i];
  const below = pieces[i + 1];
  const label = row?.[0];
  if (!row || !below || !label || row.length !== 1 || !LABELS.has(compact(label.text))) return false;
  if ((lines[i + 1] as Line).at.page !== (lines[i] as Line).at.page) return false;
  const first = below[0];
  if (!first || first.y0 - label.y0 > MAX_PITCH * (label.y1 - label.y0)) return false;
  if (below.some((p) => overlaps(p, label)) || below.filter((p) => LABELS.has(compact(p.text))).length < 2) return false;
  row.pop();
  below.push(label);
  below.sort((a, b) => a.x0 - b.x0);
  return true;
}

/** The line among i..k holding the most pieces: the row's own line. */
function hostLine(pieces: readonly (Positioned[] | null)[], i: number, k: number): number {
  let best = i;
  for (let j = i; j <= k; j++) if ((pieces[j]?.length ?? 0) > (pieces[best]?.length ?? 0)) best = j;
  return best;
}

function remove(row: Positioned[], p: Positioned): void {
  row.splice(row.indexOf(p), 1);
}
