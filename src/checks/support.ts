/**
 * @module Shared by the document-level families (classification, completeness, text): the
 * report a family fills (findings and tally together, so nothing is counted without being
 * reported or reported without being counted), the explanation text of each section without
 * its sub-sections, and the mapping of a quoted snippet back to its printed line.
 */
import type { RuleSpec } from '../catalogue/index.js';
import type { Disclosure, Finding, FindingLocation, PrintedLine, Section, Severity, SourceRef, Tally } from '../model/index.js';
import { emptyTally } from '../model/index.js';

export interface Report {
  readonly findings: Finding[];
  readonly tally: Tally;
}

export function newReport(): Report {
  return { findings: [], tally: emptyTally() };
}

/** A rule instance evaluated and holding. */
export function pass(report: Report): void {
  report.tally.evaluated++;
  report.tally.passed++;
}

/** A rule instance evaluated and broken: counted and reported. */
export function fail(report: Report, finding: Finding): void {
  report.tally.evaluated++;
  report.tally.failed++;
  report.findings.push(finding);
}

/** A rule instance that could not be evaluated (reference or input missing), with its note. */
export function skip(report: Report, finding?: Finding): void {
  report.tally.notEvaluated++;
  if (finding) report.findings.push(finding);
}

/** A finding of a rule, at the rule's own severity unless told otherwise. */
export function findingOf(
  rule: RuleSpec, message: string, locations: readonly FindingLocation[], evidence: string, severity: Severity = rule.severity,
): Finding {
  return { rule: rule.id, severity, message, locations, evidence };
}

/** The rule with this id from a family's list (a typo in an id fails at load time, not silently). */
export function ruleOf(rules: readonly RuleSpec[], id: string): RuleSpec {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}

export function locationOf(at: SourceRef, extra: Omit<FindingLocation, 'page' | 'line'> = {}): FindingLocation {
  return { page: at.page, line: at.line, ...(at.box ? { box: at.box } : {}), ...extra };
}

/** A section key is one of `keys` or below one (gpbExpenditure.detail is in gpbExpenditure). */
export function inSections(section: string | null, keys: readonly string[]): boolean {
  return section !== null && keys.some((k) => section === k || section.startsWith(`${k}.`));
}

const ASCII_WORD = /[A-Za-z0-9]/;

/** Whitespace removed except between two ASCII letters or digits ("2024 年度" → "2024年度"). */
export function compactText(text: string): string {
  return text.replace(/\s+/g, (space, offset: number, all: string) => {
    const before = all[offset - 1];
    const after = all[offset + space.length];
    return before !== undefined && after !== undefined && ASCII_WORD.test(before) && ASCII_WORD.test(after) ? ' ' : '';
  });
}

/** A section's own text: up to its first sub-section (whose heading stands on a line of its own). */
export interface OwnSection {
  readonly section: Section;
  readonly paragraphs: readonly string[];
}

const OWN_SECTIONS = new WeakMap<Disclosure, readonly OwnSection[]>();

/** Each section with its own paragraphs, compacted; a sub-section's text is read once, under it. Built once per disclosure. */
export function ownSections(d: Disclosure): readonly OwnSection[] {
  const cached = OWN_SECTIONS.get(d);
  if (cached) return cached;
  const own = d.sections.map((section, i) => {
    const next = d.sections[i + 1];
    let text = section.text;
    if (next) {
      const cut = text.split('\n').indexOf(next.heading);
      if (cut >= 0) text = text.split('\n').slice(0, cut).join('\n');
    }
    return { section, paragraphs: text.split('\n').map(compactText).filter((p) => p.length > 0) };
  });
  OWN_SECTIONS.set(d, own);
  return own;
}

/** The printed lines as one whitespace-free string, with the line each character came from. */
export interface LineIndex {
  readonly text: string;
  readonly lineOf: Int32Array;
  /** Offset in `text` where each line starts. */
  readonly starts: Int32Array;
  readonly lines: readonly PrintedLine[];
}

const INDEXES = new WeakMap<Disclosure, LineIndex>();

/** Built once per disclosure (families share it). */
export function lineIndex(d: Disclosure): LineIndex {
  const cached = INDEXES.get(d);
  if (cached) return cached;
  const lines = d.lines ?? [];
  const parts = lines.map((line) => line.text.replace(/\s+/g, ''));
  const lineOf = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
  const starts = new Int32Array(parts.length);
  let k = 0;
  parts.forEach((p, i) => {
    starts[i] = k;
    lineOf.fill(i, k, k + p.length);
    k += p.length;
  });
  const index = { text: parts.join(''), lineOf, starts, lines };
  INDEXES.set(d, index);
  return index;
}

/**
 * Where a quoted snippet was printed: the line, at or after `from`, holding the snippet's
 * character at `focus` (whitespace ignored: its offset in the whitespace-free snippet); `from`
 * itself when the lines are unknown or do not hold the snippet.
 */
export function locate(index: LineIndex, snippet: string, from: SourceRef, focus = 0): SourceRef {
  const needle = snippet.replace(/\s+/g, '');
  if (needle.length === 0 || index.lines.length === 0) return from;
  const firstLine = firstAtOrAfter(index.lines, from.line);
  const start = firstLine < 0 ? -1 : (index.starts[firstLine] ?? -1);
  const hit = start < 0 ? -1 : index.text.indexOf(needle, start);
  const owner = hit < 0 ? undefined : index.lines[index.lineOf[Math.min(hit + focus, index.text.length - 1)] ?? -1];
  return owner ? owner.at : from;
}

/** Index of the first line numbered at or after `line` (lines are in printed order), or -1. */
function firstAtOrAfter(lines: readonly PrintedLine[], line: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lines[mid]?.at.line ?? 0) < line) lo = mid + 1;
    else hi = mid;
  }
  return lo < lines.length ? lo : -1;
}

/** The sentence around a match, as evidence: from the previous sentence end to the next, at most ~100 characters. */
export function sentenceAround(text: string, index: number, length: number): string {
  const ends = /[。；;！？!?\n]/;
  let a = index;
  while (a > 0 && !ends.test(text[a - 1] ?? '') && index - a < 60) a--;
  let b = index + length;
  while (b < text.length && !ends.test(text[b] ?? '') && b - index < 60) b++;
  return text.slice(a, Math.min(text.length, b + 1)).trim();
}
