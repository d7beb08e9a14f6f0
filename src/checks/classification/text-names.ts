/**
 * @module Class names in the explanations: a renamed 类 (卫生健康支出 / 医疗卫生与计划生育支出)
 * must be called in the text what the tables call it, and, where the tables do not print it,
 * what the catalogue called it in the document's year.
 */
import { CLASSIFICATION_RENAMES, CLASSIFICATION_RULES, judgeName, normalizeName } from '../../catalogue/index.js';
import type { Disclosure } from '../../model/index.js';
import { fail, findingOf, lineIndex, locate, locationOf, ownSections, pass, ruleOf, sentenceAround, type Report } from '../support.js';

const MISMATCH = ruleOf(CLASSIFICATION_RULES, 'classification.nameMismatch');
const INCONSISTENT = ruleOf(CLASSIFICATION_RULES, 'classification.inconsistentName');

/**
 * Every name a renamed functional code has had, with its code. Economic names (医疗费) are
 * everyday words inside longer names (医疗费补助) and are not looked for in prose.
 */
function renamedNames(): Array<{ code: string; name: string }> {
  const out = new Map<string, string>();
  for (const r of CLASSIFICATION_RENAMES) {
    if (!r.code.startsWith('2')) continue;
    out.set(r.former, r.code);
    out.set(r.current, r.code);
  }
  return [...out].map(([name, code]) => ({ code, name })).sort((a, b) => b.name.length - a.name.length);
}

/** `tableNames`: the name the tables print for each code (checkConsistency's result). */
export function checkTextNames(d: Disclosure, tableNames: ReadonlyMap<string, string>, report: Report): void {
  const names = renamedNames();
  const index = lineIndex(d);
  for (const { section, paragraphs } of ownSections(d)) {
    for (const paragraph of paragraphs) {
      for (const { code, name } of names) {
        for (let at = paragraph.indexOf(name); at >= 0; at = paragraph.indexOf(name, at + name.length)) {
          checkOne(d, { code, name, paragraph, at }, tableNames.get(code), report, () =>
            locationOf(locate(index, paragraph.slice(Math.max(0, at - 10), at + name.length), section.at, Math.min(at, 10)), { section: section.key ?? section.heading }));
        }
      }
    }
  }
}

interface Mention {
  readonly code: string;
  readonly name: string;
  readonly paragraph: string;
  readonly at: number;
}

function checkOne(d: Disclosure, m: Mention, tableName: string | undefined, report: Report, where: () => ReturnType<typeof locationOf>): void {
  const evidence = sentenceAround(m.paragraph, m.at, m.name.length);
  if (tableName) {
    if (normalizeName(m.name) === tableName) return pass(report);
    return fail(report, findingOf(INCONSISTENT,
      `说明中将科目 ${m.code} 称为“${m.name}”，表中为“${tableName}” (code ${m.code} named "${m.name}" in the text, "${tableName}" in the tables)`,
      [where()], evidence));
  }
  const verdict = judgeName(m.code, m.name, d.document.fiscalYear);
  if (verdict.status !== 'otherYear') return pass(report);
  fail(report, findingOf(MISMATCH,
    `说明中的科目名称“${m.name}”不是${d.document.fiscalYear ?? ''}年的名称，应为“${verdict.expected}” (class ${m.code} named "${m.name}", a name of another year)`,
    [where()], evidence));
}
