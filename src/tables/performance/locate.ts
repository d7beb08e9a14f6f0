/**
 * @module Finds performance tables in a document's lines: a title line (项目支出绩效自评表,
 * "…项目绩效目标表" …) confirmed by a header field or block marker soon after it, and the lines
 * up to the next title or the next part/section heading. Prose that merely names a table
 * ("填报《项目支出绩效自评表》", "具体附项目支出绩效自评表。") and contents entries ("十、…") do not count.
 */
import type { Line } from '../../ingest/index.js';
import { BLOCKS, FIELDS, SECTION_HEADING, TITLES } from './vocabulary.js';
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

export function locateTables(lines: readonly Line[]): Region[] {
  const titles: { index: number; kind: PerformanceKind; title: string }[] = [];
  lines.forEach((l, index) => {
    const t = titleOf(l.text);
    if (t && confirmed(lines, index)) titles.push({ index, ...t });
  });
  return titles.map((t, i) => {
    const next = titles[i + 1]?.index ?? lines.length;
    const end = sectionEnd(lines, t.index + 1, next);
    const titleLine = lines[t.index] as Line;
    return { kind: t.kind, title: t.title, titleLine, lines: lines.slice(t.index + 1, end) };
  });
}

function titleOf(text: string): { kind: PerformanceKind; title: string } | null {
  const c = text.replace(/\s+/g, '');
  if (c.length === 0 || c.length > MAX_TITLE) return null;
  if (/[，。,《》“”；]/.test(c) || SECTION_HEADING.test(c)) return null;
  const hit = TITLES.find((t) => c.endsWith(t.suffix));
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
 * The table ends at a part/section heading once its indicators have begun (the goal text
 * above them may itself be numbered), else at the next title.
 */
function sectionEnd(lines: readonly Line[], from: number, to: number): number {
  let inIndicators = false;
  for (let i = from; i < to; i++) {
    const c = (lines[i] as Line).text.replace(/\s+/g, '');
    if (inIndicators && SECTION_HEADING.test(c)) return i;
    if (c.includes('指标')) inIndicators = true;
  }
  return to;
}
