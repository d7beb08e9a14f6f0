/**
 * @module The goal block (年度总体目标): its text and, in a self-evaluation, the two columns
 * 预期目标 and 实际完成情况, which the extraction prints one after the other. The cut between them
 * is where numbering starts again ("1.…2.…" then "1.…"), else after a sentence where the line
 * width changes (each column wraps at its own width). When nothing tells them apart, only the
 * whole text is kept.
 */
import type { PerformanceGoals, Warning } from '../../model/index.js';
import { SENTENCE_END, byLine, compactJoin, matchAt, toksIn, width } from './text.js';
import type { Stream } from './text.js';
import { GOAL_COLUMNS, MARKERS } from './vocabulary.js';

export interface GoalsResult {
  readonly goals: PerformanceGoals | null;
  readonly warnings: Warning[];
}

/** Lines of one column may be this much narrower than its widest line and still count as full. */
const WRAP_SLACK = 1.5;

export function readGoals(s: Stream, start: number, end: number, cellPerLine: boolean): GoalsResult {
  const warnings: Warning[] = [];
  // The sub-header "预期目标 实际完成情况" names the columns; skip it.
  let from = start;
  const seen = new Set<string>();
  for (let hit = matchAt(s.text, from, GOAL_COLUMNS); hit; hit = matchAt(s.text, from, GOAL_COLUMNS)) {
    seen.add(hit.key);
    from = hit.end;
  }
  const lines = byLine(toksIn(s, from, end)).map((toks) => ({ text: compactJoin(toks.map((t) => t.text)), at: toks[0]?.at }));
  dropTrailingMarker(lines);
  const first = lines[0];
  if (!first?.at) return { goals: null, warnings };
  const texts = lines.map((l) => l.text);
  const text = texts.join('');
  if (!seen.has('actual')) return { goals: { expected: text, actual: null, text, at: first.at }, warnings };
  const cut = cutColumns(texts, cellPerLine);
  if (cut === null) {
    warnings.push({ code: 'PERF_GOALS_UNSPLIT', message: '预期目标与实际完成情况无法区分', at: first.at });
    return { goals: { expected: null, actual: null, text, at: first.at }, warnings };
  }
  return {
    goals: { expected: texts.slice(0, cut).join(''), actual: texts.slice(cut).join(''), text, at: first.at },
    warnings,
  };
}

/** The block's own row label printed below the goal text ("绩效/指标") belongs to the indicators. */
function dropTrailingMarker(lines: { text: string }[]): void {
  for (let n = Math.min(6, lines.length); n >= 1; n--) {
    const tail = lines.slice(lines.length - n).map((l) => l.text).join('');
    if ((MARKERS as readonly string[]).includes(tail)) {
      lines.splice(lines.length - n, n);
      return;
    }
  }
}

/** Index of the first line of 实际完成情况, or null. */
export function cutColumns(lines: readonly string[], cellPerLine: boolean): number | null {
  if (lines.length < 2) return null;
  if (cellPerLine && lines.length === 2) return 1;
  const restart = numberingRestart(lines);
  if (restart !== null) return restart;
  let best: { cut: number; violations: number; contrast: number } | null = null;
  for (let k = 1; k < lines.length; k++) {
    if (!SENTENCE_END.test(lines[k - 1] as string)) continue;
    const a = lines.slice(0, k);
    const b = lines.slice(k);
    const violations = ragged(a) + ragged(b);
    const contrast = Math.abs(widest(a) - widest(b));
    if (!best || violations < best.violations || (violations === best.violations && contrast > best.contrast)) {
      best = { cut: k, violations, contrast };
    }
  }
  return best?.cut ?? null;
}

/** "1.…", "2.…", then "1.…" again: the second list starts the second column. */
function numberingRestart(lines: readonly string[]): number | null {
  let last = 0;
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\d+)[.．、]/.exec(lines[i] as string);
    if (!m) continue;
    const n = Number(m[1]);
    if (n <= last && n === 1) return i;
    last = n;
  }
  return null;
}

function widest(lines: readonly string[]): number {
  return Math.max(...lines.map(width));
}

/** Lines that stop short of their column's width without ending a sentence. */
function ragged(lines: readonly string[]): number {
  const full = widest(lines) - WRAP_SLACK;
  return lines.slice(0, -1).filter((l) => width(l) < full && !SENTENCE_END.test(l)).length;
}
