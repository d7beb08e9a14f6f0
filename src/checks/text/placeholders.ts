/**
 * @module Template residue (XX局, XXX万元, 增加（减少）, editing instructions, an empty reason)
 * and truncated years (202 年度): text that never occurs in a finished disclosure.
 */
import { PLACEHOLDER_PATTERNS, TEXT_RULES, TRUNCATED_YEAR } from '../../catalogue/index.js';
import type { Disclosure } from '../../model/index.js';
import { fail, findingOf, pass, ruleOf, sentenceAround, type Report } from '../support.js';
import { lineIndex, matchLocation, type TextUnit } from './units.js';

const PLACEHOLDER = ruleOf(TEXT_RULES, 'text.placeholder');
const TRUNCATED = ruleOf(TEXT_RULES, 'text.truncatedYear');

/** One finding per unit and kind of residue (a template paragraph holds many XXX). */
export function checkPlaceholders(d: Disclosure, units: readonly TextUnit[], report: Report): void {
  const index = lineIndex(d);
  for (const unit of units) {
    for (const p of PLACEHOLDER_PATTERNS) {
      // A test allocates nothing; almost every unit is clean.
      p.pattern.lastIndex = 0;
      const dirty = p.pattern.test(unit.text);
      p.pattern.lastIndex = 0;
      const matches = dirty ? [...unit.text.matchAll(p.pattern)] : [];
      const first = matches[0];
      if (!first) {
        pass(report);
        continue;
      }
      const more = matches.length > 1 ? `等 ${matches.length} 处` : '';
      fail(report, findingOf(PLACEHOLDER,
        `${p.label}“${first[0]}”${more}未替换为实际内容 (template ${p.id} "${first[0]}" left in the text)`,
        [matchLocation(index, unit, first.index, first[0].length)], sentenceAround(unit.text, first.index, first[0].length)));
    }
  }
}

export function checkTruncatedYears(d: Disclosure, units: readonly TextUnit[], report: Report): void {
  const index = lineIndex(d);
  for (const unit of units) {
    const matches = unit.text.includes('年') ? [...unit.text.matchAll(TRUNCATED_YEAR)] : [];
    if (matches.length === 0) {
      pass(report);
      continue;
    }
    for (const m of matches) {
      fail(report, findingOf(TRUNCATED,
        `年份“${m[0]}”缺少一位数字${d.document.fiscalYear ? `（文件年度为 ${d.document.fiscalYear} 年）` : ''} (year printed with three digits)`,
        [matchLocation(index, unit, m.index, m[0].length)], sentenceAround(unit.text, m.index, m[0].length)));
    }
  }
}
