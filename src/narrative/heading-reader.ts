/**
 * @module Decides whether a line is a section heading in its context: its numbering must fit
 * the numbering so far, it must not be a wrapped line of prose or an item of a list (部门职责
 * "（一）负责…"), and it must not stand inside a section read as a whole (名词解释). Inside a
 * table region only a heading that continues the interrupted numbering ends the tables.
 */
import { HEADING_TAIL, SECTION_KINDS, UNNUMBERED_HEADING } from './section-catalogue.js';
import {
  RANK,
  endsLikeHeading,
  hasHeadingShape,
  isTableStart,
  keyOf,
  kindOf,
  parseNumbering,
  subjectOf,
} from './headings.js';
import { compact, visibleLength } from './text-utils.js';

/** Rank of a heading printed without numbering: below a part, above 一、. */
export const UNNUMBERED_RANK = 0.5;
/** A line this close to the full width is wrapped prose unless it ends like a heading. */
const WRAP_SHARE = 0.9;
/** Numbering may skip a few numbers (printed documents do: （三） then （五）). */
const MAX_SKIP = 3;

export interface HeadingContext {
  /** Texts of the document's lines without furniture and contents. */
  readonly items: readonly string[];
  /** Full printed line width (text-utils typicalWidth), null when unknown. */
  readonly width: number | null;
  /** Whether lines carry pages (PDF) so that page starts mean something. */
  readonly pagesKnown: boolean;
}

export interface HeadingState {
  /** `tables`: a part of tables (only a part or page heading ends it); `table`: tables inside a section. */
  readonly mode: 'preamble' | 'prose' | 'table' | 'tables';
  readonly pageStart: boolean;
  /** Last number seen at each rank. */
  readonly counters: ReadonlyMap<number, number>;
  /** Open sections, outermost first. */
  readonly ancestors: ReadonlyArray<{ readonly rank: number; readonly key: string | null }>;
  readonly department: string | null;
}

export interface HeadingRead {
  readonly rank: number;
  readonly n: number | null;
  /** The heading as printed (wrapped tail included, whitespace removed). */
  readonly text: string;
  /** Its words for the catalogue. */
  readonly subject: string;
  /** Lines after this one that the heading took (a wrapped tail). */
  readonly consumed: number;
}

export function readHeading(ctx: HeadingContext, k: number, state: HeadingState): HeadingRead | null {
  const text = ctx.items[k] ?? '';
  const numbering = parseNumbering(text);
  if (numbering === null) return unnumbered(ctx, k, state);
  // （1） items are list entries in every corpus style; parts are read by the caller.
  if (numbering.style === 'part' || numbering.style === 'arabicParen' || isTableStart(text)) return null;
  const { words, consumed } = withTail(ctx, k, numbering.rest);
  if (!hasHeadingShape(words, numbering.style === 'arabic' ? 30 : 40, state.department)) return null;
  if (consumed === 0 && ctx.width !== null && visibleLength(text) >= ctx.width * WRAP_SHARE && !endsLikeHeading(words)) return null;

  const subject = subjectOf(words, state.department);
  let rank = RANK[numbering.style];
  // "10、 其他重要事项的情况说明" after 九、: a top-level heading printed with an Arabic number.
  const top = state.counters.get(1);
  if (numbering.style === 'arabic' && top !== undefined && numbering.n === top + 1 && numbering.n !== (state.counters.get(3) ?? 0) + 1 && kindOf(subject)) {
    rank = 1;
  }
  const ancestors = state.ancestors.filter((a) => a.rank < rank);
  const parent = ancestors[ancestors.length - 1];
  const key = keyOf(subject, parent?.key ?? null);
  if (!admitted(ancestors, key)) return null;
  // Numbered list items read like short headings; only catalogued subjects count with a full
  // stop ("（一）机关运行经费。" is a heading, "（六）承担移民领域国际合作等。" is not).
  if (/。$/.test(compact(words)) && key === null) return null;
  // At 1. only a new subject of the figures ("1.机关运行经费", "1.…规模变化情况"), not the
  // numbered paragraphs of a report ("1.基本情况", "3.绩效评价指标分析").
  if (rank === RANK.arabic && !newSubject(key, parent?.key ?? null)) return null;

  const last = state.counters.get(rank) ?? 0;
  const n = numbering.n;
  if (state.mode === 'tables') return null;
  if (state.mode === 'table') {
    // Rows of a table read like headings ("十、节能环保支出"); a resumed heading ends like one.
    if (!(last >= 1 && n === last + 1) || !endsLikeHeading(words)) return null;
  } else if (state.mode === 'preamble') {
    if (n !== 1) return null;
  } else if (!(last === 0 || n === 1 || (n > last && n <= last + MAX_SKIP))) {
    return null;
  }
  const printed = [text, ...ctx.items.slice(k + 1, k + 1 + consumed)].join('');
  return { rank, n, text: compact(printed), subject, consumed };
}

/** A heading printed without numbering at the top of a page ("上海市财政局（单位）主要职能", "名词解释"). */
function unnumbered(ctx: HeadingContext, k: number, state: HeadingState): HeadingRead | null {
  const c = compact(ctx.items[k] ?? '');
  if (!hasHeadingShape(c, 30) || !UNNUMBERED_HEADING.test(c) || isTableStart(c)) return null;
  // Without pages, a sentence must have ended just before (or a table).
  const atBreak = ctx.pagesKnown ? state.pageStart : state.mode === 'table' || state.mode === 'tables' || /[。！？]$/.test(ctx.items[k - 1] ?? '');
  if (!atBreak) return null;
  const ancestors = state.ancestors.filter((a) => a.rank < UNNUMBERED_RANK);
  const subject = subjectOf(c, state.department);
  if (!admitted(ancestors, keyOf(subject, ancestors[ancestors.length - 1]?.key ?? null))) return null;
  return { rank: UNNUMBERED_RANK, n: null, text: c, subject, consumed: 0 };
}

/** A catalogued subject of the figures that its parent does not already name (or a sub-kind of it). */
function newSubject(key: string | null, parentKey: string | null): boolean {
  if (key === null) return false;
  const kind = SECTION_KINDS.find((s) => s.key === key.split('.')[0]);
  if (kind?.structural) return false;
  return key.includes('.') || key !== parentKey?.split('.')[0];
}

/** Sections read as a whole take no sub-sections; lists (部门职责) only catalogued ones. */
function admitted(ancestors: ReadonlyArray<{ readonly key: string | null }>, key: string | null): boolean {
  for (const a of ancestors) {
    const kind = SECTION_KINDS.find((s) => s.key === a.key?.split('.')[0]);
    if (kind?.whole) return false;
  }
  const parent = SECTION_KINDS.find((s) => s.key === ancestors[ancestors.length - 1]?.key?.split('.')[0]);
  return !parent?.keyedChildrenOnly || newSubject(key, null);
}

/** A heading wrapped onto the next line: a short tail ending like a heading, or closing a bracket. */
function withTail(ctx: HeadingContext, k: number, words: string): { words: string; consumed: number } {
  const next = ctx.items[k + 1];
  const none = { words, consumed: 0 };
  if (next === undefined) return none;
  const t = compact(next);
  if (t.length > 12 || /[，。；：:,]/.test(t) || parseNumbering(t) || isTableStart(t)) return none;
  if (/[（(][^）)]*$/.test(compact(words)) && /[）)]/.test(t)) return { words: words + t, consumed: 1 };
  if (!HEADING_TAIL.test(t)) return none;
  // "…拨款情况" + "说明": a heading that already ends well takes only a very short tail.
  if (endsLikeHeading(words) && t.length > 6) return none;
  return { words: words + t, consumed: 1 };
}
