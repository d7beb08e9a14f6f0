/**
 * @module Years other than the document's: in headings and table titles, in phrases naming
 * the document (2023年度部门决算) and in sentences stating this year's totals. A year in a
 * comparison (与2023年度相比, 比2022年执行数) is another year on purpose and is not counted.
 */
import {
  COMPARED_YEAR_PHRASE, COMPARISON_BEFORE_YEAR, DOCUMENT_YEAR_PHRASE, FIGURE_YEAR_PHRASE, FINAL_YEAR_END_PHRASE, NIL_YEAR_PHRASE, TEXT_RULES, TOTALS_YEAR_PHRASE,
} from '../../catalogue/index.js';
import type { Disclosure } from '../../model/index.js';
import { fail, findingOf, pass, ruleOf, sentenceAround, type Report } from '../support.js';
import { lineIndex, matchLocation, type TextUnit } from './units.js';

const WRONG_YEAR = ruleOf(TEXT_RULES, 'text.wrongYear');

const ANY_YEAR = /(\d{4})年/g;

/** Phrases whose year is the document's own: naming the document, stating its totals, figures, comparisons, nil items. */
const THIS_YEAR_PHRASES = [DOCUMENT_YEAR_PHRASE, TOTALS_YEAR_PHRASE, FIGURE_YEAR_PHRASE, COMPARED_YEAR_PHRASE, NIL_YEAR_PHRASE];

export function checkYears(d: Disclosure, units: readonly TextUnit[], report: Report): void {
  const year = d.document.fiscalYear;
  if (year === null) return;
  const index = lineIndex(d);
  // Fixed per document (only a final account reports holdings at its own year-end): chosen once, not per unit.
  const phrases = d.document.kind === 'final' ? [...THIS_YEAR_PHRASES, FINAL_YEAR_END_PHRASE] : THIS_YEAR_PHRASES;
  for (const unit of units) {
    const patterns = unit.kind === 'paragraph' || unit.kind === 'note' ? phrases : unit.kind === 'title' ? [] : [ANY_YEAR];
    const wrong = patterns.flatMap((p) => [...unit.text.matchAll(p)]).filter((m) => Number(m[1]) !== year && !comparison(unit.text, m.index));
    if (patterns.length > 0 && wrong.length === 0) pass(report);
    const reported = new Set<number>();
    for (const m of wrong) {
      if (reported.has(m.index)) continue;
      reported.add(m.index);
      fail(report, findingOf(WRONG_YEAR,
        `“${m[0]}”中的年度 ${m[1]} 与文件年度 ${year} 不符 (year ${m[1]} where the document's year ${year} is meant)`,
        [matchLocation(index, unit, m.index, m[0].length)], sentenceAround(unit.text, m.index, m[0].length)));
    }
  }
}

/** The year follows a comparison word (与, 比, 较, 截至 …) or 上年/以前 context. */
function comparison(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 6), at);
  return COMPARISON_BEFORE_YEAR.test(before) || /上年|以前|去年|同期/.test(before);
}
