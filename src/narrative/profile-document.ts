/**
 * @module profileDocument: the identity of a disclosure (MODEL.md "Document") read from its
 * printed lines: the cover title, the body named above the tables ("部门：X", "编制部门：X",
 * "预算单位：X"), the part headings ("第二部分 2024年度部门决算表") and, failing all of these,
 * the name the explanation keeps printing before the year ("国家移民管理局机关 2023年收入预算").
 *
 * `department` is the disclosing body as printed. For a unit disclosure that is the unit,
 * with the qualifier the document prints (国家移民管理局机关, 泉州市公安局（本级）), since the
 * unit and its department publish different figures.
 */
import type { DisclosureKind, DocumentMeta, Scope } from '../model/index.js';
import type { Line } from '../ingest/index.js';
import { isTableStart, parseNumbering } from './headings.js';
import { levelOf } from './level.js';
import { compact, isFurniture } from './text-utils.js';
import {
  BODY_LABELS,
  BODY_SUFFIX,
  CENTRAL_PREFIXES,
  CURRENCY_LABEL,
  KIND_TABLE_NUMBERS,
  KIND_WORDS,
  PROVINCES,
  SCOPE_WORDS,
} from './vocabulary.js';

/** Lines read for the cover title: titles are printed within the first few lines. */
const COVER_LINES = 8;
const MAX_TITLE = 60;
const DATE_LINE = /^(?:\d{4}年\d{1,2}月(?:\d{1,2}日)?|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)$/;
/** "2024年度部门决算", "2023年度单位预算表", "2024 年度中央部门决算": a year with the document kind. */
const YEAR_KIND = /(\d{4})年度?[\u4e00-\u9fff]{0,12}?(部门|单位)(预算|决算)/g;
const YEAR = /(\d{4})年/;

/**
 * Reads the document's identity from its lines (any reader: text, PDF, DOCX).
 *
 * ### Example
 * ```ts
 * profileDocument(lines) // { department: '吉林省外事办公室', fiscalYear: 2024, kind: 'final',
 *                        //   scope: 'department', level: 'provincial', currencyUnit: '万元', title: '2024年度吉林省外事办公室部门决算' }
 * ```
 */
export function profileDocument(lines: readonly Line[]): DocumentMeta {
  const texts = lines.map((l) => l.text.trim()).filter((t) => !isFurniture(t));
  const title = coverTitle(texts);
  const department = fromTitle(title) ?? fromLabels(texts) ?? fromHeadings(texts) ?? fromProse(texts);
  return {
    department,
    fiscalYear: yearOf(texts, title),
    kind: kindOf(texts, title),
    scope: scopeOf(texts, title),
    level: levelOf(department, title),
    currencyUnit: currencyOf(texts),
    title,
  };
}

/** The cover title: the first lines up to the one that names the kind (预算/决算), joined. */
function coverTitle(texts: readonly string[]): string | null {
  let title = '';
  for (const text of texts.slice(0, COVER_LINES)) {
    const c = compact(text);
    if (DATE_LINE.test(c)) continue;
    // The cover ends at the contents, a heading, a table or a labelled line.
    if (/^目录$/.test(c) || parseNumbering(c) || isTableStart(c) || /[:：]/.test(c) || c.length > 40) break;
    title += c;
    if (KIND_WORDS.some((k) => k.word.test(c))) return title;
    if (title.length > MAX_TITLE) break;
  }
  return null;
}

/** The body's name if what is left of the title after the year and kind words is one. */
function fromTitle(title: string | null): string | null {
  if (!title) return null;
  const name = title
    .replace(/\d{4}年度?/g, '')
    .replace(/(?:市级|区级|县级|省级|中央)?(?:部门|单位)?(?:预算|决算).*$/, '')
    .trim();
  return isBodyName(name) ? name : null;
}

const LABEL_PATTERNS = BODY_LABELS.map(({ label, spaced }) =>
  new RegExp(`(?:^|\\s)${label}${spaced ? '(?:\\s*[:：]\\s*|\\s+)' : '\\s*[:：]\\s*'}(\\S+)`));
/** Every body label ends in 部门 or 单位: lines without either are skipped cheaply. */
const LABEL_HINT = /部门|单位/;

/** The name printed under a label above the tables, the most frequent one. */
function fromLabels(texts: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const text of texts) {
    if (!LABEL_HINT.test(text)) continue;
    for (const re of LABEL_PATTERNS) {
      const m = re.exec(text);
      if (!m) continue;
      const value = (m[1] ?? '').replace(/^\[\d+\]/, '').replace(/(?:金额)?单位[:：].*$/, '');
      if (isBodyName(value)) {
        counts.set(value, (counts.get(value) ?? 0) + 1);
        break;
      }
    }
  }
  return mostFrequent(counts);
}

/** The name in a part or page heading: "第一部分 国家信访局基本情况", "上海市财政局（单位）主要职能". */
function fromHeadings(texts: readonly string[]): string | null {
  const counts = new Map<string, number>();
  const patterns = [
    /^第[一二三四五六七八九十]+部分[:：]?(.+?)(?:部门|单位)?(?:概况|基本情况|预算表|决算表|预算情况说明|决算情况说明|预算|决算)$/,
    /^(.+?)(?:（(?:单位|部门)）)?(?:主要职能|主要职责)$/,
  ];
  for (const text of texts) {
    const c = compact(text).replace(/\d{4}年度?/g, '');
    for (const re of patterns) {
      const name = re.exec(c)?.[1];
      if (name !== undefined && isBodyName(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return mostFrequent(counts);
}

/** The name the prose prints right before the year ("国家移民管理局机关 2023年收入预算"). */
function fromProse(texts: readonly string[]): string | null {
  const counts = new Map<string, number>();
  const re = /([\u4e00-\u9fff（）]{3,30}?)\s*\d{4}\s*年/g;
  for (const text of texts) {
    for (const m of text.matchAll(re)) {
      const name = trimToRegion(m[1] ?? '');
      if (isBodyName(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return mostFrequent(counts);
}

/** Drops words run into a name from the left ("纳入吉林省外事办公室" → "吉林省外事办公室"). */
function trimToRegion(printed: string): string {
  const name = printed.replace(/^(?:关于|纳入|根据|按照|其中|包括|经|对|由|为|在)+/, '');
  const starts = [...PROVINCES.map((p) => p.short), ...CENTRAL_PREFIXES]
    .map((p) => name.indexOf(p))
    .filter((i) => i >= 0);
  return starts.length > 0 ? name.slice(Math.min(...starts)) : name;
}

function isBodyName(name: string): boolean {
  const c = compact(name);
  return c.length >= 3 && c.length <= 40 && BODY_SUFFIX.test(c) && !/^(?:本|我|该|各)/.test(c) && !/[，。：:；]/.test(c);
}

function mostFrequent(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [value, count] of counts) {
    if (count > n) {
      best = value;
      n = count;
    }
  }
  return best;
}

/** Year of the figures: the title's, else the year printed with the kind in headings and prose. */
function yearOf(texts: readonly string[], title: string | null): number | null {
  const fromTitleYear = title ? YEAR.exec(title)?.[1] : undefined;
  if (fromTitleYear !== undefined) return Number(fromTitleYear);
  const counts = new Map<string, number>();
  for (const text of texts) if (mayNameYear(text)) for (const m of compact(text).matchAll(YEAR_KIND)) count(counts, m[1]);
  if (counts.size === 0) {
    for (const text of texts) for (const m of compact(text).matchAll(/[（(](\d{4})年度?[)）]/g)) count(counts, m[1]);
  }
  const year = mostFrequent(counts);
  return year === null ? null : Number(year);
}

function count(counts: Map<string, number>, key: string | undefined, by = 1): void {
  if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + by);
}

/** Kind: the title's word, else the word printed with the year, else the tables' numbering (预算01表). */
function kindOf(texts: readonly string[], title: string | null): DisclosureKind | null {
  if (title) {
    const hit = KIND_WORDS.find((k) => k.word.test(title));
    if (hit) return hit.kind;
  }
  const counts = new Map<string, number>();
  for (const text of texts) {
    if (!mayNameYear(text) && !text.includes('表')) continue;
    const c = compact(text);
    for (const m of c.matchAll(YEAR_KIND)) count(counts, m[3], weight(c));
    for (const { word, kind } of KIND_TABLE_NUMBERS) if (word.test(c)) count(counts, kind === 'final' ? '决算' : '预算');
  }
  // Tables published alone: their titles say it (收支预算总表, 收入支出决算总表).
  if (counts.size === 0) {
    for (const text of texts) if (isTableStart(text)) count(counts, /决算/.exec(text)?.[0] ?? /预算/.exec(text)?.[0]);
  }
  const word = mostFrequent(counts);
  return word === null ? null : word === '决算' ? 'final' : 'budget';
}

/** Scope: the title's 部门/单位 word, else the one printed with the year and kind. */
function scopeOf(texts: readonly string[], title: string | null): Scope | null {
  if (title) {
    const hit = SCOPE_WORDS.find((s) => s.word.test(title));
    if (hit) return hit.scope;
  }
  const counts = new Map<string, number>();
  for (const text of texts) {
    if (!mayNameYear(text)) continue;
    const c = compact(text);
    for (const m of c.matchAll(YEAR_KIND)) count(counts, m[2], weight(c));
  }
  const word = mostFrequent(counts);
  return word === null ? null : word === '单位' ? 'unit' : 'department';
}

/** YEAR_KIND needs a 年 and a 算 (预算/决算): lines without both are skipped before compacting. */
function mayNameYear(text: string): boolean {
  return text.includes('年') && text.includes('算');
}

/** Part headings say what the document is; a sentence may mention another kind in passing. */
function weight(compacted: string): number {
  return parseNumbering(compacted)?.style === 'part' ? 3 : 1;
}

/** The unit the tables state ("单位：万元"), else the one the prose states amounts in. */
function currencyOf(texts: readonly string[]): '万元' | '元' | null {
  const counts = new Map<string, number>();
  for (const text of texts) if (text.includes('单位')) for (const m of text.matchAll(CURRENCY_LABEL)) count(counts, m[1]);
  if (counts.size === 0) {
    for (const text of texts) for (const m of text.matchAll(/\d\s*(万?)元/g)) count(counts, m[1] === '万' ? '万元' : '元');
  }
  const unit = mostFrequent(counts);
  return unit === '万元' || unit === '元' ? unit : null;
}
