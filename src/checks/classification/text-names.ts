/**
 * @module Class names in the explanations: a renamed 类 (卫生健康支出 / 医疗卫生与计划生育支出)
 * must be called in the text what the tables call it, and, where the tables do not print it,
 * what the catalogue called it in the document's year.
 */
import { CLASSIFICATION_RENAMES, CLASSIFICATION_RULES, FUNCTIONAL_CLASSES, FUNCTIONAL_CODE_NAMES, functionalClassCode, judgeName, normalizeName } from '../../catalogue/index.js';
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

/**
 * Where a known functional name holds `name` inside it (其他行政事业单位养老支出, 2080599, holds
 * 行政事业单位养老支出, 20805): a `name` found there is part of that other item's name.
 */
function holders(name: string): Array<{ longer: string; offset: number }> {
  const all = new Set([...FUNCTIONAL_CODE_NAMES.map((c) => c.name), ...CLASSIFICATION_RENAMES.flatMap((r) => [r.former, r.current])]);
  return [...all].filter((n) => n !== name && n.includes(name)).map((longer) => ({ longer, offset: longer.indexOf(name) }));
}

function insideLongerName(paragraph: string, at: number, within: ReadonlyArray<{ longer: string; offset: number }>): boolean {
  return within.some(({ longer, offset }) => at >= offset && paragraph.startsWith(longer, at - offset));
}

/** Catalogue data, worked out once: every renamed name with the longer names that hold it. */
const RENAMED_NAMES = renamedNames().map((n) => ({ ...n, within: holders(n.name) }));

/** `tableNames`: the name the tables print for each code (checkConsistency's result). */
export function checkTextNames(d: Disclosure, tableNames: ReadonlyMap<string, string>, report: Report): void {
  const names = RENAMED_NAMES;
  const index = lineIndex(d);
  for (const { section, paragraphs } of ownSections(d)) {
    for (const paragraph of paragraphs) {
      for (const { code, name, within } of names) {
        for (let at = paragraph.indexOf(name); at >= 0; at = paragraph.indexOf(name, at + name.length)) {
          if (insideLongerName(paragraph, at, within)) continue;
          checkOne(d, { code, name, paragraph, at }, tableNames.get(code), report, () =>
            locationOf(locate(index, paragraph.slice(Math.max(0, at - 10), at + name.length), section.at, Math.min(at, 10)), { section: section.key ?? section.heading }));
        }
      }
    }
  }
}

/** "一般公共服务（类）": a class named with its level marker, after numbering or punctuation. */
const CLASS_MENTION = /(?:^|[\d.．、。；：，\s（(])([\u4e00-\u9fff]{2,16}?)（类）/g;

/**
 * A class named in the text with a name that is no class's name but a clipped one of a class
 * the tables print ("一般公共服务（类）" for 一般公共服务支出): inconsistentName.
 */
export function checkClassMentions(d: Disclosure, tableNames: ReadonlyMap<string, string>, report: Report): void {
  const index = lineIndex(d);
  for (const { section, paragraphs } of ownSections(d)) {
    for (const paragraph of paragraphs) {
      for (const m of paragraph.matchAll(CLASS_MENTION)) {
        const name = m[1] ?? '';
        if (functionalClassCode(name)) {
          pass(report);
          continue;
        }
        const meant = FUNCTIONAL_CLASSES.find((c) => tableNames.has(c.code) && c.name !== name && c.name.startsWith(name));
        if (!meant) continue;
        const at = m.index + m[0].indexOf(name);
        // "一般公共服务（类）支出": the marker set inside the full name, a common way of printing it.
        if (paragraph.startsWith(meant.name.slice(name.length), at + name.length + '（类）'.length)) {
          pass(report);
          continue;
        }
        fail(report, findingOf(INCONSISTENT,
          `说明中将科目 ${meant.code} 称为“${name}（类）”，表中为“${tableNames.get(meant.code) ?? meant.name}” (class ${meant.code} named "${name}" in the text)`,
          [locationOf(locate(index, paragraph.slice(Math.max(0, at - 10), at + name.length), section.at, Math.min(at, 10)), { section: section.key ?? section.heading })],
          sentenceAround(paragraph, at, name.length)));
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
