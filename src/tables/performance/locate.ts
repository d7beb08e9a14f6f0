/**
 * @module Finds performance tables in a document's lines: a title line (项目支出绩效自评表,
 * "…项目绩效目标表" …) confirmed by a header field or block marker soon after it, and the lines
 * up to the next title or the next part/section heading. Prose that merely names a table
 * ("填报《项目支出绩效自评表》", "具体附项目支出绩效自评表。") and contents entries ("十、…") do not count.
 */
import type { Line } from '../../ingest/index.js';
import { BLOCKS, FIELDS, NUMBERED_HEADING, SECTION_HEADING, TITLE_QUALIFIER, TITLES } from './vocabulary.js';
import type { PerformanceKind } from './vocabulary.js';

export interface Region {
  readonly kind: PerformanceKind;
  readonly title: string;
  readonly titleLine: Line;
  /** The lines after the title, up to where the table ends. */
  readonly lines: readonly Line[];
}

/** How far (non-empty lines) after a title its first field or block must appear. */
const CONFIRM_WITHIN = 12;
/** Longer lines are prose, not titles. */
const MAX_TITLE = 40;
/** A title's wrapped end is shorter than this ("标表"). */
const MAX_WRAP = 6;

export function locateTables(lines: readonly Line[]): Region[] {
  const titles: { index: number; span: number; kind: PerformanceKind; title: string }[] = [];
  for (let index = 0; index < lines.length; index++) {
    const { t, span } = titleAt(lines, index);
    if (t && confirmed(lines, index + span - 1)) titles.push({ index, span, ...t });
    index += span - 1;
  }
  return titles.map((t, i) => {
    const next = titles[i + 1]?.index ?? lines.length;
    const end = sectionEnd(lines, t.index + t.span, next);
    const titleLine = lines[t.index] as Line;
    return { kind: t.kind, title: t.title, titleLine, lines: lines.slice(t.index + t.span, end) };
  });
}

/** The title at a line, or wrapped over it and a short next line ("…项目绩效目" / "标表"). */
function titleAt(lines: readonly Line[], index: number): { t: ReturnType<typeof titleOf>; span: number } {
  const text = (lines[index] as Line).text;
  const t = titleOf(text);
  const next = lines[index + 1];
  if (t || !next || next.at.page !== lines[index]?.at.page) return { t, span: 1 };
  const tail = next.text.replace(/\s+/g, '');
  const joined = tail.length > 0 && tail.length < MAX_WRAP ? titleOf(text + tail) : null;
  return joined ? { t: joined, span: 2 } : { t: null, span: 1 };
}

function titleOf(text: string): { kind: PerformanceKind; title: string } | null {
  const c = text.replace(/\s+/g, '');
  if (c.length === 0 || c.length > MAX_TITLE) return null;
  if (/[，。,《》“”；]/.test(c) || SECTION_HEADING.test(c)) return null;
  const bare = c.replace(TITLE_QUALIFIER, '');
  const hit = TITLES.find((t) => bare.endsWith(t.suffix));
  return hit ? { kind: hit.kind, title: c } : null;
}

/** A real table shows a field (项目名称 …) or a block (项目资金 …) within a few lines. */
function confirmed(lines: readonly Line[], index: number): boolean {
  let seen = 0;
  let text = '';
  for (let i = index + 1; i < lines.length && seen < CONFIRM_WITHIN; i++) {
    const c = (lines[i] as Line).text.replace(/\s+/g, '');
    if (!c) continue;
    if (titleOf(c)) return false;
    seen++;
    text += c;
    if (FIELDS.some(([l]) => text.includes(l)) || BLOCKS.some(([l]) => text.includes(l))) return true;
  }
  return false;
}

/**
 * The table ends at a part/section heading or a numbered heading ("2.有关情况说明") once its
 * indicators have begun (the goal text above them may itself be numbered), else at the next title.
 */
function sectionEnd(lines: readonly Line[], from: number, to: number): number {
  let inIndicators = false;
  const left = leftEdge(lines, from, to);
  for (let i = from; i < to; i++) {
    const c = (lines[i] as Line).text.replace(/\s+/g, '');
    const heading = SECTION_HEADING.test(c) || NUMBERED_HEADING.test(c);
    if (inIndicators && heading && !indented(lines[i] as Line, left)) return i;
    if (c.includes('指标')) inIndicators = true;
  }
  return to;
}

/**
 * The leftmost start of the region's positioned lines (a loop: a region may hold thousands).
 * Lines without positions take no part: counted at 0 they would make every heading indented.
 */
function leftEdge(lines: readonly Line[], from: number, to: number): number {
  let left = Infinity;
  for (let i = from; i < to; i++) {
    const x = lines[i]?.pieces?.[0]?.x0;
    if (x !== undefined && x < left) left = x;
  }
  return left;
}

/**
 * A line starting far right of the table's left edge is inside a cell: numbered goal text in a
 * grid's 绩效目标 column ("（二）北京市电子政务…") is not a heading. Far: more than this many text heights.
 */
const INDENT = 4;

function indented(line: Line, left: number): boolean {
  const p = line.pieces?.[0];
  if (!p || p.y0 === undefined || p.y1 === undefined) return false;
  return p.x0 - left > INDENT * (p.y1 - p.y0);
}
