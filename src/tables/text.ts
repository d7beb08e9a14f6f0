/**
 * @module Small text helpers for recognition: label normalisation and line tokenising.
 */
import { isEmptyMark, joinCode, parseNumber } from '../model/index.js';
import type { PrintedNumber } from '../model/index.js';

/** Whitespace removed; ASCII parentheses and colon folded to full width. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/:/g, '：');
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

export type Token =
  | { readonly type: 'number'; readonly num: PrintedNumber | null; readonly text: string }
  | { readonly type: 'text'; readonly text: string };

/**
 * Splits a line into number and text tokens. A dash is a number token with no value (a
 * printed empty cell keeps its place). Digits glued to CJK text ("4,320.91一、一般…") are
 * separated; digits that are part of words ("2025年", "30212") stay text unless standalone.
 */
export function tokenize(line: string): Token[] {
  const out: Token[] = [];
  const parts = line.replace(/(\d)(?=[一二三四五六七八九十]、)/g, '$1 ').split(/\s+/).filter(Boolean);
  for (const part of parts) {
    if (isEmptyMark(part)) { out.push({ type: 'number', num: null, text: part }); continue; }
    const num = parseNumber(part.replace(/^[−－]/, '-'));
    if (num) { out.push({ type: 'number', num, text: part }); continue; }
    const glued = /^(-?[\d,]+\.\d+)(\D.*)$/.exec(part);
    if (glued && parseNumber(glued[1]!)) {
      out.push({ type: 'number', num: parseNumber(glued[1]!), text: glued[1]! });
      out.push({ type: 'text', text: glued[2]! });
      continue;
    }
    out.push({ type: 'text', text: part });
  }
  return out;
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
  const m = /^([2-5]\d{2}(?:\d{2}){0,2}(?:\s+\d{2}){0,2})(?=\s|$)\s*(.*)$/.exec(line.trim());
  if (!m) return null;
  const code = joinCode(m[1]!);
  if (!code) return null;
  const rest = m[2] ?? '';
  if (/^[\d,]+\.\d+/.test(rest) && code.length === 3) return null; // "301 1,234.00" is not "code name"
  if (/^\d/.test(rest) && !/^\d+\s*年/.test(rest)) return null;
  return { code, rest };
}
