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
  for (const u of units) if (u.kind === 'paragraph') bySection.set(`${u.at.line}|${u.section}`, [...(bySection.get(`${u.at.line}|${u.section}`) ?? []), u]);
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

function pairDefects(text: string): Array<{ at: number; length: number; what: string }> {
  const out: Array<{ at: number; length: number; what: string }> = [];
  for (const pair of PAIRED_MARKS) {
    const open = unbalanced(text, pair.open, pair.close);
    if (open !== null) out.push({ at: open, length: 1, what: `${pair.name}“${text[open]}”不成对` });
  }
  return out;
}

/** Position of the first mark that has no partner (an unclosed opening or a stray closing), or null. */
function unbalanced(text: string, opens: string, closes: string): number | null {
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (opens.includes(c)) stack.push(i);
    else if (closes.includes(c)) {
      if (stack.length === 0) return i;
      stack.pop();
    }
  }
  return stack[0] ?? null;
}
