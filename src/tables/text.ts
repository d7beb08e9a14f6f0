/**
 * @module Small text helpers for recognition: label normalisation and line tokenising.
 */
import { isEmptyMark, joinCode, parseNumber } from '../model/index.js';
import type { PrintedNumber, SourceRef } from '../model/index.js';
import type { Line, LinePiece } from '../ingest/index.js';

/** Whitespace removed; ASCII parentheses and colon folded to full width. */
export function squash(text: string): string {
  if (!SQUASHED.test(text)) return text;
  return text.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/:/g, '：');
}

const SQUASHED = /[\s():]/;

/**
 * Years in a header named by their place: the latest year printed is the table's own
 * ("2026年预算数" → "预算数"), the one before it the prior year ("2025年预算数" → "上年预算数"),
 * so column aliases need no calendar. The rewrite applies to every text of one header.
 */
export function relativeYears(texts: readonly string[]): (text: string) => string {
  const years = texts.flatMap((t) => [...t.matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1])));
  if (years.length === 0) return (t) => t;
  const latest = Math.max(...years);
  return (t) => t.replace(/((?:19|20)\d{2})\s*年(度)?/g, (all, y: string) =>
    Number(y) === latest ? '' : Number(y) === latest - 1 ? '上年' : all);
}

/** List numbering and "其中：" removed: "（二）社会保障和就业支出" → "社会保障和就业支出". */
export function bareLabel(text: string): string {
  return squash(text)
    .replace(/^(其中：)/, '')
    .replace(/^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．]|[（(]\d+[)）])/, '')
    .replace(/^(其中：)/, '');
}

/** Top-level numbering (一、 二、) marks a group heading in summary tables. */
export function hasTopNumbering(text: string): boolean {
  return /^[一二三四五六七八九十]+、/.test(squash(text));
}

/** A line re-made from some or all of its pieces, left to right, its text theirs joined by single spaces. */
export function withPieces(line: Line, pieces: readonly LinePiece[]): Line {
  const sorted = [...pieces].sort((a, b) => a.x0 - b.x0);
  return { ...line, text: sorted.map((p) => p.text).join(' '), pieces: sorted };
}

/** One cell's text printed on two lines (a wrapped label or figure), as one piece spanning both. */
export function stackedPiece(upper: LinePiece, lower: LinePiece): LinePiece {
  return { text: upper.text + lower.text, x0: Math.min(upper.x0, lower.x0), x1: Math.max(upper.x1, lower.x1), y0: upper.y0 ?? 0, y1: lower.y1 ?? 0 };
}

/** Where a token was printed: [x0, y0, x1, y1], PDF points, top-left origin. */
export type Box = readonly [number, number, number, number];

export type Token =
  | { readonly type: 'number'; readonly num: PrintedNumber | null; readonly text: string; readonly box?: Box }
  | { readonly type: 'text'; readonly text: string; readonly box?: Box };

/**
 * Splits a line into number and text tokens. A dash is a number token with no value (a
 * printed empty cell keeps its place). Digits glued to CJK text ("4,320.91一、一般…") are
 * separated; digits that are part of words ("2025年", "30212") stay text unless standalone.
 * With the line's positioned pieces (PDF), every token carries its box.
 */
export function tokenize(line: string): Token[] {
  return tokensOf(line, () => undefined);
}

/**
 * The tokens of a line's text from character `from` on (a suffix such as the text after a
 * leading code), each with its box when the line has positioned pieces.
 */
export function tokenizeLine(line: Line, from = 0): readonly Token[] {
  let byStart = TOKENIZED.get(line);
  if (!byStart) TOKENIZED.set(line, (byStart = new Map()));
  let tokens = byStart.get(from);
  if (!tokens) {
    const locate = line.pieces ? locator(line.text, line.pieces) : () => undefined;
    byStart.set(from, (tokens = tokensOf(line.text.slice(from), (a, b) => locate(a + from, b + from))));
  }
  return tokens;
}

/** Lines are read by several readers and tried by several table kinds: tokenized once each. */
const TOKENIZED = new WeakMap<Line, Map<number, readonly Token[]>>();

function tokensOf(line: string, locate: (from: number, to: number) => Box | undefined): Token[] {
  const out: Token[] = [];
  for (const m of line.matchAll(/\S+/g)) {
    // "1一、一般…": a line number glued to the next item's numbering
    const split = m[0].includes('、') ? m[0].replace(/(\d)(?=[一二三四五六七八九十]、)/g, '$1 ').split(' ') : [m[0]];
    let at = m.index;
    for (const part of split) {
      pushPart(out, part, (from, to) => locate(at + from, at + to));
      at += part.length;
    }
  }
  return out;
}

function pushPart(out: Token[], part: string, boxOf: (from: number, to: number) => Box | undefined): void {
  const withBox = <T extends Token>(t: T, from: number, to: number): T => {
    const box = boxOf(from, to);
    return box ? { ...t, box } : t;
  };
  // Most tokens are words: no digit and no dash means no number to read.
  if (!/[\d\-—–－─]/.test(part)) { out.push(withBox({ type: 'text', text: part }, 0, part.length)); return; }
  if (isEmptyMark(part)) { out.push(withBox({ type: 'number', num: null, text: part }, 0, part.length)); return; }
  const num = parseNumber(part.replace(/^[−－]/, '-'));
  if (num) { out.push(withBox({ type: 'number', num, text: part }, 0, part.length)); return; }
  const glued = /^(-?[\d,]+\.\d+)(\D.*)$/.exec(part);
  if (glued && parseNumber(glued[1]!)) {
    const n = glued[1]!.length;
    out.push(withBox({ type: 'number', num: parseNumber(glued[1]!), text: glued[1]! }, 0, n));
    out.push(withBox({ type: 'text', text: glued[2]! }, n, part.length));
    return;
  }
  out.push(withBox({ type: 'text', text: part }, 0, part.length));
}

/**
 * Character range of the line text → box. The reader joins pieces with one space, so each
 * piece's offset is known; a token inside a piece gets its share of the piece's width.
 */
function locator(line: string, pieces: readonly LinePiece[]): (from: number, to: number) => Box | undefined {
  const spans: { start: number; end: number; p: LinePiece }[] = [];
  let off = 0;
  for (const p of pieces) {
    if (!line.startsWith(p.text, off)) return () => undefined;
    spans.push({ start: off, end: off + p.text.length, p });
    off += p.text.length + 1;
  }
  return (from, to) => {
    const s = spans.find((x) => from >= x.start && to <= x.end);
    if (!s) return undefined;
    const len = Math.max(1, s.end - s.start);
    const w = s.p.x1 - s.p.x0;
    const r = (v: number) => Math.round(v * 100) / 100;
    return [r(s.p.x0 + (w * (from - s.start)) / len), s.p.y0 ?? 0, r(s.p.x0 + (w * (to - s.start)) / len), s.p.y1 ?? 0];
  };
}

/** A token's printed place: the line's reference with the token's box when known. */
export function atOf(line: Line, t: Token): SourceRef {
  return t.box ? { ...line.at, box: t.box } : line.at;
}

/** A number that is an amount, not a line number or code: it has decimals or separators. */
export function looksLikeAmount(t: Token): boolean {
  return t.type === 'number' && (t.num === null || t.num.decimals > 0 || t.text.includes(','));
}

/**
 * Leading classification code of a line: "201 03 01 行政运行 …" → { code: "2010301", rest }.
 * The code must be followed by text or end the line (so amounts are never read as codes).
 */
export function leadingCode(line: string): { code: string; rest: string } | null {
  const m = /^([2-5]\d{2}(?:\d{2}){0,2}(?:\s+\d{1,2}){0,2})(?=\s|$)\s*(.*)$/.exec(line.trim());
  if (!m) return null;
  const rest = m[2] ?? '';
  const code = joinCode(padParts(m[1]!, rest));
  if (!code) return null;
  if (/^[\d,]+\.\d+/.test(rest) && code.length === 3) return null; // "301 1,234.00" is not "code name"
  if (/^\d/.test(rest) && !/^\d+\s*年/.test(rest)) return null;
  return { code, rest };
}

/**
 * A split code part printed without its leading zero ("301 2 津贴补贴" for 30102): a one-digit
 * part is padded only when a name follows, since "301 5" may be a code and an amount.
 */
function padParts(printed: string, rest: string): string {
  if (!/\s\d(\s|$)/.test(printed) || !/^[^\d\s]/.test(rest)) return printed;
  return printed.split(/\s+/).map((p, i) => (i > 0 && p.length === 1 ? '0' + p : p)).join(' ');
}
