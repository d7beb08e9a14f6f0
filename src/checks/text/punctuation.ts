/**
 * @module Doubled sentence punctuation and brackets or quotation marks left unclosed within
 * a paragraph, heading or note.
 */
import { DOUBLED_PUNCTUATION, PAIRED_MARKS, TEXT_RULES } from '../../catalogue/index.js';
import type { Disclosure } from '../../model/index.js';
import { fail, findingOf, pass, ruleOf, sentenceAround, type Report } from '../support.js';
import { lineIndex, matchLocation, type TextUnit } from './units.js';

const PUNCTUATION = ruleOf(TEXT_RULES, 'text.punctuation');

export function checkPunctuation(d: Disclosure, units: readonly TextUnit[], report: Report): void {
  const index = lineIndex(d);
  for (const unit of units) {
    if (unit.kind === 'tableTitle' || unit.kind === 'title') continue;
    const defects: Array<{ at: number; length: number; what: string }> = [];
    for (const m of unit.text.matchAll(DOUBLED_PUNCTUATION)) defects.push({ at: m.index, length: m[0].length, what: `标点“${m[0]}”重复` });
    if (unit.kind !== 'paragraph') defects.push(...pairDefects(unit.text));
    if (defects.length === 0) {
      pass(report);
      continue;
    }
    for (const x of defects) {
      fail(report, findingOf(PUNCTUATION, `${x.what} (doubled or unbalanced punctuation)`,
        [matchLocation(index, unit, x.at, x.length)], sentenceAround(unit.text, x.at, x.length)));
    }
  }
}

/**
 * Brackets and quotes balance over a section's own text, not per paragraph: a short printed
 * line (a table cell inside the text) ends a paragraph in the middle of a bracket.
 */
export function checkSectionPairs(d: Disclosure, units: readonly TextUnit[], report: Report): void {
  const index = lineIndex(d);
  const bySection = new Map<string, TextUnit[]>();
  for (const u of units) {
    if (u.kind !== 'paragraph') continue;
    const key = `${u.at.line}|${u.section}`;
    const list = bySection.get(key);
    if (list) list.push(u);
    else bySection.set(key, [u]);
  }
  for (const paragraphs of bySection.values()) {
    const first = paragraphs[0] as TextUnit;
    const whole: TextUnit = { ...first, text: paragraphs.map((p) => p.text).join('') };
    const defects = pairDefects(whole.text);
    if (defects.length === 0) pass(report);
    for (const x of defects) {
      fail(report, findingOf(PUNCTUATION, `${x.what} (unbalanced brackets or quotation marks)`,
        [matchLocation(index, whole, x.at, x.length)], sentenceAround(whole.text, x.at, x.length)));
    }
  }
}

/** Every mark of the pairs, found by one native scan (a per-character loop costs ~1 ms per section). */
const MARKS = new RegExp(`[${PAIRED_MARKS.map((p) => p.open + p.close).join('').replace(/[()]/g, '\\$&')}]`, 'g');

function pairDefects(text: string): Array<{ at: number; length: number; what: string }> {
  const stacks = PAIRED_MARKS.map(() => [] as number[]);
  const stray: Array<number | null> = PAIRED_MARKS.map(() => null);
  for (const m of text.matchAll(MARKS)) {
    const c = m[0];
    const k = PAIRED_MARKS.findIndex((p) => p.open.includes(c) || p.close.includes(c));
    const pair = PAIRED_MARKS[k];
    const stack = stacks[k];
    if (!pair || !stack || stray[k] !== null) continue;
    if (pair.open.includes(c)) stack.push(m.index);
    else if (stack.length === 0) stray[k] = m.index;
    else stack.pop();
  }
  const out: Array<{ at: number; length: number; what: string }> = [];
  PAIRED_MARKS.forEach((pair, k) => {
    const at = stray[k] ?? stacks[k]?.[0] ?? null;
    if (at !== null) out.push({ at, length: 1, what: `${pair.name}“${text[at]}”不成对` });
  });
  return out;
}
