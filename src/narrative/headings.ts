/**
 * @module What a single line is, judged on its own: a part heading (第X部分), a numbered
 * heading (一、 （一） 1.), a table title or table number, or prose; and which catalogue key a
 * heading's wording has. read-sections.ts adds what depends on context (sequence, tables).
 */
import { HEADING_END, SECTION_KINDS, TABLES_PART, type SectionKind } from './section-catalogue.js';
import { compact, parseChineseNumber } from './text-utils.js';

/**
 * Numbering styles by rank: part 第一部分 (0), 一、 (1), （一） (2), 1. / 1、 (3), （1） (4).
 * Unnumbered headings rank between a part and 一、 (0.5).
 */
export type NumberingStyle = 'part' | 'cn' | 'cnParen' | 'arabic' | 'arabicParen';

export const RANK: Readonly<Record<NumberingStyle, number>> = { part: 0, cn: 1, cnParen: 2, arabic: 3, arabicParen: 4 };

export interface Numbering {
  readonly style: NumberingStyle;
  readonly n: number;
  /** The heading's words after the numbering, as printed. */
  readonly rest: string;
}

const CN = '[一二三四五六七八九十]{1,3}';
const PATTERNS: ReadonlyArray<{ readonly style: NumberingStyle; readonly re: RegExp; readonly cn: boolean }> = [
  // "第二部 分部门决算情况说明": DOCX exports split 部分 across a run boundary.
  { style: 'part', re: new RegExp(`^第\\s*(${CN})\\s*部\\s*分\\s*[:：]?\\s*(.*)$`), cn: true },
  { style: 'cnParen', re: new RegExp(`^[（(]\\s*(${CN})\\s*[)）]\\s*[、.．]?\\s*(.*)$`), cn: true },
  { style: 'cn', re: new RegExp(`^(${CN})\\s*[、.．]\\s*(.*)$`), cn: true },
  { style: 'arabicParen', re: /^[（(]\s*(\d{1,2})\s*[)）]\s*(.*)$/, cn: false },
  { style: 'arabic', re: /^(\d{1,2})\s*[、.．](?!\d)\s*(.*)$/, cn: false },
];

export function parseNumbering(text: string): Numbering | null {
  const t = text.trim();
  for (const { style, re, cn } of PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    const n = cn ? parseChineseNumber(m[1] ?? '') : Number(m[1]);
    if (n === null || !Number.isFinite(n)) continue;
    return { style, n, rest: (m[2] ?? '').trim() };
  }
  return null;
}

/** A trailing reference to the tables ("（详见表 1-3）", "（见附表）") is not part of the heading's words. */
export function stripReference(words: string): string {
  return words.replace(/[（(](?:详见?|见|参见)[^）)]*[）)]?$/, '').trim();
}

/**
 * Whether words could be a heading: short, no amount, no sentence punctuation inside.
 * A trailing 。 or ： is tolerated ("（一）机关运行经费。"); the caller asks more of those.
 */
export function hasHeadingShape(words: string, maxLength = 40, department: string | null = null): boolean {
  const c = compact(stripReference(words)).replace(/[。：:]$/, '');
  // A long department name ("上海市闵行区口岸管理办公室（本级）") does not make a heading prose.
  if (c.length < 2 || withoutDepartment(c, department).length > maxLength) return false;
  if (/[，,；;。！？：:]/.test(c)) return false;
  if (/\d[\d,]*\.\d|万元|[%％]|\d元/.test(c)) return false;
  // Two numbered items on one line are the two sides of a table row ("八、其他收入 八、社会保障和就业支出").
  if (/[^一二三四五六七八九十][一二三四五六七八九十]{1,3}、/.test(c)) return false;
  return /[\u4e00-\u9fff]/.test(c);
}

/** The words a heading ends with (说明, 情况 …): a wrapped prose line rarely does. */
export function endsLikeHeading(words: string): boolean {
  return HEADING_END.test(compact(stripReference(words)).replace(/[。：:]$/, ''));
}

/** Table numbers printed on their own or before a title (公开01表, 表1, 单位公开表 1, 预算01表 收支总表). */
const TABLE_NUMBER = /^(?:(?:部门|单位)?公开\s*\d+\s*表|(?:部门|单位)?公开表\s*[\d０-９]+|表\s*\d+(?:[-－]\d+)?|(?:预算|决算)\s*\d+\s*表)/;

/**
 * A line that opens a table: a table number, or a title ending in 表 (…决算总表, 项目支出绩效自评表,
 * "（一）2026年市级部门收支预算总表", "二、表格部分"). Prose that mentions a table has punctuation.
 */
export function isTableStart(text: string): boolean {
  const c = compact(text);
  if (TABLE_NUMBER.test(c)) return true;
  const numbering = parseNumbering(c);
  const words = (numbering ? numbering.rest : c).replace(/[（(][^）)]*[）)]$/, '');
  if (words.length < 3 || words.length > 45) return false;
  if (/[，,；;。！？：:]|见|如下/.test(words)) return false;
  return /表$/.test(words) || (numbering !== null && /^表格部分$|^报表$/.test(words));
}

/** Whether a part title (第二部分 2024年度部门决算表) or heading names the tables. */
export function namesTables(words: string): boolean {
  return TABLES_PART.test(compact(stripReference(words)));
}

/** Heading words with what says nothing about the subject removed: years, 关于, the department. */
export function subjectOf(words: string, department: string | null): string {
  const c = withoutDepartment(compact(stripReference(words)).replace(/[。：:]$/, ''), department);
  return c.replace(/\d{4}年度?/g, '').replace(/^关于/, '');
}

/** Compact words without the department's name wherever it stands. */
function withoutDepartment(c: string, department: string | null): string {
  return department ? c.split(compact(department)).join('') : c;
}

/** The catalogue entry a heading's subject matches, or null. */
export function kindOf(subject: string): SectionKind | null {
  return SECTION_KINDS.find((k) => k.pattern.test(subject)) ?? null;
}

/**
 * The key of a heading under a parent: a child that restates its parent's subject gets the
 * parent's sub-key (gpbExpenditure.overall); otherwise its own catalogue key.
 */
export function keyOf(subject: string, parentKey: string | null): string | null {
  const own = kindOf(subject);
  const parentBase = parentKey?.split('.')[0] ?? null;
  const parent = parentBase ? SECTION_KINDS.find((k) => k.key === parentBase) : undefined;
  if (parent?.subs && (own === null || own.key === parent.key)) {
    const sub = parent.subs.find((s) => s.pattern.test(subject));
    if (sub) return `${parent.key}.${sub.key}`;
  }
  return own?.key ?? null;
}
