/**
 * @module How the document names its discloser: the body's name where the text prints it
 * before a year ("吉林省外事办公室2024年度…") must be the document's department or a shortened
 * form of it; and 部门/单位 wording must match the document's scope.
 */
import { AFTER_NAME_WORDS, BODY_NAME_END, BODY_QUALIFIER, DOCUMENT_YEAR_PHRASE, SELF_REFERENCES, TEXT_RULES } from '../../catalogue/index.js';
import type { Disclosure } from '../../model/index.js';
import { fail, findingOf, pass, ruleOf, sentenceAround, type Report } from '../support.js';
import { lineIndex, matchLocation, type TextUnit } from './units.js';

const DEPARTMENT = ruleOf(TEXT_RULES, 'text.departmentName');
const SCOPE = ruleOf(TEXT_RULES, 'text.scopeWording');

const YEAR = /\d{4}年/g;
/** The name run printed right before a year: the trailing CJK characters of the text before it. */
const TRAILING_NAME = /[\u4e00-\u9fff（）]{3,30}$/;

export function checkDepartmentNames(d: Disclosure, units: readonly TextUnit[], report: Report): void {
  const department = d.document.department;
  if (!department) return;
  const own = bare(department);
  const region = own.slice(0, 2);
  const index = lineIndex(d);
  for (const unit of units) {
    for (const y of unit.text.matchAll(YEAR)) {
      const m = TRAILING_NAME.exec(unit.text.slice(Math.max(0, y.index - 30), y.index));
      if (!m) continue;
      const start = m[0].indexOf(region);
      if (start < 0) continue;
      const printed = m[0].slice(start).replace(AFTER_NAME_WORDS, '');
      const name = bare(printed);
      if (!BODY_NAME_END.test(name)) continue;
      if (isShortFormOf(name, own) || isShortFormOf(own, name)) {
        pass(report);
        continue;
      }
      const at = y.index - m[0].length + start;
      fail(report, findingOf(DEPARTMENT,
        `部门名称“${printed}”与文件的部门“${department}”不一致 (body named "${printed}", the document's department is "${department}")`,
        [matchLocation(index, unit, at, printed.length)], sentenceAround(unit.text, at, printed.length)));
    }
  }
}

function bare(name: string): string {
  return name.replace(BODY_QUALIFIER, '');
}

/** `short`'s characters appear in `long` in order (国家移民局 in 国家移民管理局). */
function isShortFormOf(short: string, long: string): boolean {
  let k = 0;
  for (const c of long) if (c === short[k]) k++;
  return k === short.length;
}

export function checkScopeWording(d: Disclosure, units: readonly TextUnit[], report: Report): void {
  const scope = d.document.scope;
  if (!scope) return;
  const expected = scope === 'department' ? '部门' : '单位';
  const index = lineIndex(d);
  for (const unit of units) {
    for (const m of unit.text.matchAll(DOCUMENT_YEAR_PHRASE)) {
      if (Number(m[1]) !== d.document.fiscalYear) continue;
      if (m[2] === expected) {
        pass(report);
        continue;
      }
      fail(report, findingOf(SCOPE,
        `“${m[0]}”：本文件为${expected}${d.document.kind === 'final' ? '决算' : '预算'}，此处称“${m[2]}” (the document is a ${scope} disclosure, the text says ${m[2]})`,
        [matchLocation(index, unit, m.index, m[0].length)], sentenceAround(unit.text, m.index, m[0].length)));
    }
  }
  checkSelfReference(d, units, report);
}

/** 本部门 and 本单位 both used for the discloser: info, at the first use of the word the scope does not give. */
function checkSelfReference(d: Disclosure, units: readonly TextUnit[], report: Report): void {
  const scope = d.document.scope;
  if (!scope) return;
  const own = SELF_REFERENCES[scope];
  const other = SELF_REFERENCES[scope === 'department' ? 'unit' : 'department'];
  const uses = (word: string) => units.filter((u) => u.kind === 'paragraph' || u.kind === 'note').filter((u) => u.text.includes(word));
  const otherUses = uses(other);
  const first = otherUses[0];
  if (!first || uses(own).length === 0) {
    pass(report);
    return;
  }
  const at = first.text.indexOf(other);
  fail(report, findingOf(SCOPE,
    `文件同时使用“${own}”和“${other}”指称公开主体（“${other}”${otherUses.length} 处） (both ${own} and ${other} used for the discloser)`,
    [matchLocation(lineIndex(d), first, at, other.length)], sentenceAround(first.text, at, other.length), 'info'));
}
