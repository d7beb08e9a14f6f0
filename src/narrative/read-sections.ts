/**
 * @module readSections: splits the explanation part of a disclosure (部门概况, 情况说明, 名词解释)
 * into sections by its printed headings, each with its catalogue key and its text.
 *
 * The lines are walked once. Part headings (第X部分) and numbered headings (一、 （一） 1.)
 * open sections nested by their numbering; a part or title that names tables (…决算表, 项目支出
 * 绩效自评表) starts a table region whose lines belong to no section, and which ends at the
 * next part, or at a heading that continues the numbering the tables interrupted (000: the
 * performance tables inside 十一 are followed by "（三）部门评价结果"). The table of contents
 * is skipped (toc.ts). Whether a single line looks like a heading is judged in heading-reader.ts.
 */
import type { Section, SourceRef } from '../model/index.js';
import type { Line } from '../ingest/index.js';
import { isTableStart, keyOf, namesTables, parseNumbering, subjectOf } from './headings.js';
import { readHeading, UNNUMBERED_RANK, type HeadingContext } from './heading-reader.js';
import { profileDocument } from './profile-document.js';
import { compact, isFurniture, joinLines, typicalWidth } from './text-utils.js';
import { tocLines } from './toc.js';

/** A section with its place in the printed outline. */
export interface NarrativeSection extends Section {
  /** Nesting depth: 1 for the outermost printed level (the parts, or 一、 where no parts are printed). */
  level: number;
  /** Index in the returned list of the enclosing section, or null at the outermost level. */
  parent: number | null;
}

interface Item {
  readonly text: string;
  readonly at: SourceRef;
  /** First line of its page (PDF input); unnumbered page headings are recognised there. */
  readonly pageStart: boolean;
}

interface Open {
  readonly rank: number;
  readonly key: string | null;
  /** Index of its draft. */
  readonly index: number;
}

interface Draft {
  heading: string;
  key: string | null;
  at: SourceRef;
  level: number;
  parent: number | null;
  start: number;
  end: number;
  children: number;
}

type Mode = 'preamble' | 'prose' | 'table' | 'tables';

/** A part's title wraps over at most this many lines. */
const MAX_TITLE_LINES = 3;

/**
 * The explanation's sections in printed order. A section's `text` covers its sub-sections
 * (their headings on lines of their own), so a key finds everything said under it; use
 * `leafSections` to read each printed sentence once.
 *
 * ### Example
 * ```ts
 * readSections(lines).find((s) => s.key === 'procurement')?.text // "2024年度政府采购支出总额77.95万元，…"
 * ```
 * `department` (whose name is dropped from headings) is profiled from the lines when not given.
 */
export function readSections(lines: readonly Line[], department = profileDocument(lines).department): NarrativeSection[] {
  const items = prepare(lines);
  const texts = items.map((i) => i.text);
  const context: HeadingContext = { items: texts, width: typicalWidth(texts), pagesKnown: items.some((i) => i.at.page !== null) };

  const emitted: Array<{ text: string; heading: boolean }> = [];
  const drafts: Draft[] = [];
  const stack: Open[] = [];
  const counters = new Map<number, number>();
  let mode: Mode = 'preamble';

  const close = (rank: number): void => {
    while (stack.length > 0 && (stack[stack.length - 1]?.rank ?? -1) >= rank) {
      const top = stack.pop();
      if (top) (drafts[top.index] as Draft).end = emitted.length;
    }
  };
  const open = (rank: number, heading: string, subject: string, at: SourceRef): void => {
    close(rank);
    const parent = stack[stack.length - 1];
    const key = keyOf(subject, parent?.key ?? null);
    const index = drafts.length;
    if (parent) (drafts[parent.index] as Draft).children++;
    drafts.push({ heading, key, at, level: stack.length + 1, parent: parent?.index ?? null, start: emitted.length, end: -1, children: 0 });
    stack.push({ rank, key, index });
    emitted.push({ text: heading, heading: true });
    // A new heading restarts the numbering below it (an unnumbered page heading restarts 一、 too).
    for (const r of [...counters.keys()]) if (r > rank || (rank === UNNUMBERED_RANK && r >= 1)) counters.delete(r);
  };

  for (let k = 0; k < items.length; k++) {
    const item = items[k] as Item;
    const numbering = parseNumbering(item.text);
    if (numbering?.style === 'part') {
      const { words, consumed, titleLines } = partTitle(items, k, numbering.rest);
      if (namesTables(words)) {
        close(0);
        mode = 'tables';
      } else {
        const printed = [item.text, ...items.slice(k + 1, k + 1 + titleLines).map((i) => i.text)].join('');
        open(0, compact(printed), subjectOf(words, department), item.at);
        mode = 'prose';
      }
      k += consumed;
      continue;
    }
    if (mode !== 'table' && mode !== 'tables' && isTableStart(item.text)) {
      // "四、2026 年杭州市司法局预算公开表", "二、表格部分": a numbered heading that opens all the tables.
      if (numbering?.style === 'cn' && namesTables(numbering.rest)) {
        close(1);
        mode = 'tables';
      } else mode = 'table';
      continue;
    }
    const heading = readHeading(context, k, {
      mode,
      pageStart: item.pageStart,
      counters,
      ancestors: stack.map((s) => ({ rank: s.rank, key: s.key })),
      department,
    });
    if (heading) {
      open(heading.rank, heading.text, heading.subject, item.at);
      mode = 'prose';
      if (heading.n !== null) counters.set(heading.rank, heading.n);
      k += heading.consumed;
      continue;
    }
    if (mode === 'prose' && stack.length > 0) emitted.push({ text: item.text, heading: false });
  }
  close(-1);
  return finish(drafts, emitted, context.width);
}

/** The sections that have no sub-sections: each printed sentence is in exactly one of them. */
export function leafSections(sections: readonly NarrativeSection[]): NarrativeSection[] {
  const parents = new Set(sections.map((s) => s.parent).filter((p): p is number => p !== null));
  return sections.filter((_, i) => !parents.has(i));
}

/** Lines without page furniture and running heads, with the first line of each page marked. */
function prepare(lines: readonly Line[]): Item[] {
  const texts = lines.map((l) => l.text.trim());
  const toc = tocLines(texts);
  const repeats = new Map<string, number>();
  for (const t of texts) repeats.set(compact(t), (repeats.get(compact(t)) ?? 0) + 1);
  const items: Item[] = [];
  lines.forEach((line, i) => {
    const text = texts[i] ?? '';
    if (toc.has(i) || isFurniture(text) || isRunningHead(text, repeats.get(compact(text)) ?? 0)) return;
    const pageStart = line.at.page !== null && items[items.length - 1]?.at.page !== line.at.page;
    items.push({ text, at: line.at, pageStart });
  });
  return items;
}

/** A title repeated on every page ("苏州市审计局 2026 年度部门预算公开") is no text of any section. */
function isRunningHead(text: string, repeated: number): boolean {
  const c = compact(text);
  return repeated >= 3 && /\d{4}年/.test(c) && /预算|决算/.test(c) && !/[，。；：]/.test(c) && !isTableStart(c) && !parseNumbering(c);
}

/**
 * A part's title: printed after 第X部分 or on the lines below it, up to where it ends like a
 * title (…概况, …决算表, …情况说明): "第二部分" / "2026 年度" / "无锡市交通运输局（本级）" / "单位预算表".
 */
function partTitle(items: readonly Item[], k: number, rest: string): { words: string; consumed: number; titleLines: number } {
  let words = compact(rest);
  let consumed = 0;
  while (consumed < MAX_TITLE_LINES && !/(?:表|说明|概况|情况|解释|附件|部分)$/.test(words)) {
    const t = compact(items[k + consumed + 1]?.text ?? '');
    if (t.length === 0 || t.length > 30 || parseNumbering(t) || /[，。；：:]/.test(t) || (words.length > 0 && isTableStart(t) && t.length > 8)) break;
    words += t;
    consumed++;
  }
  // "…决算情况" / "说明": a short tail after a title that already ends like one.
  const tail = compact(items[k + consumed + 1]?.text ?? '');
  if (words.length > 0 && tail.length > 0 && tail.length <= 4 && /(?:说明|表)$/.test(tail) && !parseNumbering(tail)) {
    words += tail;
    consumed++;
  }
  const titleLines = consumed;
  // A title printed twice (the part on one line, its title again as a heading on the next).
  if (compact(items[k + consumed + 1]?.text ?? '') === words && words.length > 0) consumed++;
  return { words, consumed, titleLines };
}

/** Texts from the emitted lines; sections without any text or sub-section are dropped. */
function finish(drafts: readonly Draft[], emitted: ReadonlyArray<{ text: string; heading: boolean }>, width: number | null): NarrativeSection[] {
  const texts = drafts.map((d) => textOf(emitted.slice(d.start + 1, d.end), width));
  const kept = drafts.map((d, i) => (texts[i] ?? '').length > 0 || d.children > 0);
  const newIndex = new Map<number, number>();
  const out: NarrativeSection[] = [];
  drafts.forEach((d, i) => {
    if (!kept[i]) return;
    newIndex.set(i, out.length);
    let parent = d.parent;
    while (parent !== null && !kept[parent]) parent = drafts[parent]?.parent ?? null;
    out.push({
      heading: d.heading,
      key: d.key,
      text: texts[i] ?? '',
      at: d.at,
      level: d.level,
      parent: parent === null ? null : (newIndex.get(parent) ?? null),
    });
  });
  return out;
}

/** Body lines joined into paragraphs; a sub-section's heading stands on a line of its own. */
function textOf(entries: ReadonlyArray<{ text: string; heading: boolean }>, width: number | null): string {
  const blocks: string[] = [];
  let run: string[] = [];
  for (const e of entries) {
    if (!e.heading) {
      run.push(e.text);
      continue;
    }
    if (run.length > 0) blocks.push(joinLines(run, width));
    run = [];
    blocks.push(e.text);
  }
  if (run.length > 0) blocks.push(joinLines(run, width));
  return blocks.join('\n');
}
