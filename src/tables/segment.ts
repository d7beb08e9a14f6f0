/**
 * @module Finding the standard tables in a document: title lines matched against the
 * catalogue, the table number printed next to them, and the lines up to the next table,
 * part heading or performance table. Tables of contents (titles with nothing between) drop out.
 */
import { PROJECT_ROW_TABLES, TABLE_SPECS, TITLE_CODE_SCHEMES, TITLE_FILLERS, TITLE_QUALIFIERS } from '../catalogue/index.js';
import type { TableSpec } from '../catalogue/index.js';
import type { DisclosureKind } from '../model/index.js';
import type { Line } from '../ingest/index.js';
import { squash } from './text.js';
import { TITLES as PERFORMANCE_TITLES } from './performance/index.js';

export interface Region {
  readonly spec: TableSpec;
  readonly title: string;
  readonly number: string | null;
  readonly titleLine: Line;
  /** Lines after the title (and its number), up to the region's end. */
  readonly body: readonly Line[];
}

const NUMBER_RE = /((?:单位|部门)?公开表\d+|公开\d+表|(?:预算|决算)(?:公开)?\d+表|附表\d+|表\d+(?:-\d+)?|表[一二三四五六七八九十]{1,3})/;
const PART_RE = /^第[一二三四五六七八九十]+部分/;

/** Full-width digits to ASCII, quotes dropped, whitespace removed. */
function normalise(text: string): string {
  return squash(text).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[“”"‘’']/g, '');
}

/** The title of a line with numbering, year prefix and （续） removed, or null if too long to be one. */
export function titleOf(text: string): { title: string; number: string | null } | null {
  let t = normalise(text);
  if (t.length === 0 || t.length > 60) return null;
  let number: string | null = null;
  const num = NUMBER_RE.exec(t);
  if (num && (t.startsWith(num[1]!) || t.endsWith(num[1]!))) {
    number = num[1]!;
    t = t.replace(num[1]!, '');
  }
  t = t
    .replace(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）|^\d+[.、．]/, '')
    .replace(/[（(]续(表)?[）)]$/, '')
    .replace(/^.*?\d{4}年(度)?/, '');
  return { title: t, number };
}

export function matchSpecs(text: string, kind: DisclosureKind | null): TableSpec | null {
  if (!text.includes('表')) return null; // every title ends in 表: most lines are out at once
  const t = titleOf(text);
  if (!t) return null;
  const stem = stemOf(t.title);
  if (!stem.endsWith('表')) return null;
  // a title naming the other classification is another table (项目支出 tables list either scheme's codes)
  const scheme = TITLE_CODE_SCHEMES.find(([re]) => re.test(t.title))?.[1];
  const fits = (s: TableSpec): boolean => !scheme || !s.codes || s.codes === scheme || PROJECT_ROW_TABLES.includes(s.kind);
  const matches = TABLE_SPECS.filter((s) => s.titles.some((re) => re.test(stem)) && fits(s));
  if (matches.length === 0) return null;
  const byTitle = /决算/.test(t.title) ? 'final' : /预算/.test(t.title) && !/一般公共预算|基金预算|经营预算/.test(t.title) ? 'budget' : null;
  const want = byTitle ?? kind ?? 'final';
  return matches.find((s) => s.disclosure === want) ?? matches[0]!;
}

/** The title without publisher qualifiers and classification fillers (catalogue data). */
const FILLERS = new RegExp(TITLE_FILLERS.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

function stemOf(title: string): string {
  let t = title.replace(FILLERS, '');
  for (let again = true; again;) {
    again = false;
    for (const q of TITLE_QUALIFIERS) if (t.startsWith(q) && t.length > q.length + 2) { t = t.slice(q.length); again = true; }
  }
  return t;
}

export function isTableNumber(text: string): string | null {
  const t = normalise(text);
  const m = NUMBER_RE.exec(t);
  return m && m[1] === t ? t : null;
}

function isBoundary(text: string): boolean {
  const t = normalise(text);
  return PART_RE.test(t) || PERFORMANCE_TITLES.some((p) => t.endsWith(p.suffix)) || isOtherTitle(text);
}

/**
 * The title of a table the catalogue does not know (政府采购预算表, 财政拨款支出预算表): it
 * ends the table before it, whose rows would otherwise take in the unknown table's.
 */
function isOtherTitle(text: string): boolean {
  // a trailing remark in brackets qualifies the title: 财政拨款支出表（功能科目）
  const t = (titleOf(text)?.title ?? '').replace(/（[^（）]{2,10}）$/, '');
  return t.length >= 5 && t.length <= 40 && t.endsWith('表') && !/[，。；：:]/.test(t) && !/\d\.\d/.test(t) && !/^(注|说明)/.test(t);
}

/** Splits the document into table regions, in order. */
export function findRegions(lines: readonly Line[], kind: DisclosureKind | null): Region[] {
  const starts: { index: number; spec: TableSpec }[] = [];
  const toc = contentsPages(lines, kind);
  const running = runningHeads(lines);
  lines.forEach((line, index) => {
    const spec = matchSpecs(line.text, kind);
    if (spec && !(line.at.page !== null && toc.has(line.at.page))) starts.push({ index, spec });
  });
  const regions: Region[] = [];
  for (let s = 0; s < starts.length; s++) {
    const { index, spec } = starts[s]!;
    const nextStart = starts[s + 1]?.index ?? lines.length;
    let end = index + 1;
    while (end < nextStart && !isBoundary(lines[end]!.text)) end++;
    const body = lines.slice(index + 1, end).filter((l) => !running.has(l.text));
    const content = body.filter((l) => l.text && !isTableNumber(l.text) && !/^\d{1,3}$/.test(l.text));
    const next = starts[s + 1];
    // "六、…决算明细表" followed by the printed title "…决算表": one table, keep the later title.
    if (next && next.spec.kind === spec.kind && content.length === 0) continue;
    if (content.length === 0) continue; // a table of contents entry
    const line = lines[index]!;
    const number = titleOf(line.text)?.number ?? findNumberNear(lines, index, end);
    regions.push({ spec, title: titleOf(line.text)!.title, number, titleLine: line, body });
  }
  return joinContinued(regions);
}

/**
 * Running heads and feet ("苏州市审计局 2026 年度部门预算公开" atop every page): a page's first
 * or last line repeated on at least half the pages (and three). Not table content.
 */
function runningHeads(lines: readonly Line[]): Set<string> {
  const pages = new Map<string, Set<number>>();
  const all = new Set<number>();
  lines.forEach((l, i) => {
    const page = l.at.page;
    if (page === null) return;
    all.add(page);
    const edge = lines[i - 1]?.at.page !== page || lines[i + 1]?.at.page !== page;
    if (edge) pages.set(l.text, (pages.get(l.text) ?? new Set()).add(page));
  });
  return new Set([...pages].filter(([, ps]) => ps.size >= 3 && ps.size * 2 >= all.size).map(([t]) => t));
}

/** Pages listing three or more table titles: a table of contents, where no table starts. */
function contentsPages(lines: readonly Line[], kind: DisclosureKind | null): Set<number> {
  const count = new Map<number, number>();
  for (const l of lines) {
    if (l.at.page === null || !(matchSpecs(l.text, kind) || isOtherTitle(l.text))) continue;
    count.set(l.at.page, (count.get(l.at.page) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n >= 3).map(([p]) => p));
}

/**
 * A table continued over pages repeats its title (with or without （续）) on each page:
 * a region of the same kind starting on the page after the previous one's last line
 * continues it. Its title line is dropped; the repeated header is left to the reader.
 */
function joinContinued(regions: readonly Region[]): Region[] {
  const out: Region[] = [];
  for (const r of regions) {
    const prev = out[out.length - 1];
    const lastPage = prev ? (prev.body[prev.body.length - 1] ?? prev.titleLine).at.page : null;
    const page = r.titleLine.at.page;
    if (prev && prev.spec.kind === r.spec.kind && lastPage !== null && page !== null && page - lastPage <= 1 && page > prev.titleLine.at.page!) {
      out[out.length - 1] = { ...prev, body: [...prev.body, ...r.body] };
      continue;
    }
    out.push(r);
  }
  return out;
}

/** "公开 01表" / "表 1" printed on the line before or just after the title. */
function findNumberNear(lines: readonly Line[], title: number, end: number): string | null {
  for (const i of [title - 1, title - 2, title + 1, title + 2]) {
    if (i < 0 || i >= end) continue;
    const n = isTableNumber(lines[i]!.text);
    if (n) return n;
  }
  return null;
}
