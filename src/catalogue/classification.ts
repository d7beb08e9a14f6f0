/**
 * @module The classification reference (data/classification.csv, with the functional 类 of
 * functional-classes.ts and the renames of classification-renames.ts): which name a code has
 * in a given fiscal year. The CSV is read once, on first use.
 */
import { readFileSync } from 'node:fs';
import { CLASSIFICATION_RENAMES, RENAME_GRACE_YEARS } from './classification-renames.js';
import { FUNCTIONAL_CLASSES } from './functional-classes.js';

export type ClassificationScheme = 'func' | 'dept_econ' | 'gov_econ';

export interface ClassificationEntry {
  readonly code: string;
  /** The current name (the latest in the reference). */
  readonly name: string;
  readonly scheme: ClassificationScheme;
}

/** A name a code had, with the fiscal years it was in force (inclusive; null = open). */
interface NameSpan {
  readonly name: string;
  readonly from: number | null;
  readonly to: number | null;
}

export type NameVerdict =
  | { readonly status: 'unknown' }
  | { readonly status: 'match'; readonly expected: string }
  /** The printed name is this code's name in other years (from–to). */
  | { readonly status: 'otherYear'; readonly expected: string; readonly from: number | null; readonly to: number | null }
  | { readonly status: 'mismatch'; readonly expected: string };

const DATA = new URL('../../data/classification.csv', import.meta.url);

let loaded: ReadonlyMap<string, ClassificationEntry> | null = null;

/** The reference entries by code (functional codes and department economic codes). */
export function classificationReference(): ReadonlyMap<string, ClassificationEntry> {
  if (loaded) return loaded;
  const byCode = new Map<string, ClassificationEntry>();
  const [, ...rows] = readFileSync(DATA, 'utf8').trim().split(/\r?\n/);
  for (const row of rows) {
    const [code, name, , , scheme] = row.split(',');
    // gov_econ (50x) codes are not printed in department tables; they would shadow nothing.
    if (!code || !name || (scheme !== 'func' && scheme !== 'dept_econ')) continue;
    byCode.set(code, { code, name, scheme });
  }
  for (const c of FUNCTIONAL_CLASSES) if (!byCode.has(c.code)) byCode.set(c.code, { code: c.code, name: c.name, scheme: 'func' });
  loaded = byCode;
  return byCode;
}

/** Names of a code over time: the renames, then the current name. */
function spansOf(entry: ClassificationEntry): NameSpan[] {
  const renames = CLASSIFICATION_RENAMES.filter((r) => r.code === entry.code).sort((a, b) => a.since - b.since);
  const spans: NameSpan[] = [];
  let from: number | null = null;
  for (const r of renames) {
    spans.push({ name: r.former, from, to: r.since - 1 + RENAME_GRACE_YEARS });
    from = r.since;
  }
  spans.push({ name: entry.name, from, to: null });
  return spans;
}

const inSpan = (s: NameSpan, year: number): boolean => (s.from === null || year >= s.from) && (s.to === null || year <= s.to);

/**
 * Judges a printed name against the reference for the document's year (any year when null).
 * Names are compared after `normalizeName`.
 *
 * ### Example
 * ```ts
 * judgeName('210', '医疗卫生与计划生育支出', 2024) // { status: 'otherYear', expected: '卫生健康支出', from: null, to: 2018 }
 * ```
 */
export function judgeName(code: string, printed: string, year: number | null): NameVerdict {
  const key = `${code}|${printed}|${year ?? ''}`;
  const known = VERDICTS.get(key);
  if (known) return known;
  const verdict = judge(code, printed, year);
  VERDICTS.set(key, verdict);
  return verdict;
}

/** Verdicts are pure functions of their arguments; documents repeat the same codes table after table. */
const VERDICTS = new Map<string, NameVerdict>();

function judge(code: string, printed: string, year: number | null): NameVerdict {
  const entry = classificationReference().get(code);
  if (!entry) return { status: 'unknown' };
  const spans = spansOf(entry);
  const valid = spans.filter((s) => year === null || inSpan(s, year));
  const expected = valid[valid.length - 1]?.name ?? entry.name;
  const name = normalizeName(printed);
  if (valid.some((s) => normalizeName(s.name) === name)) return { status: 'match', expected };
  const other = spans.find((s) => normalizeName(s.name) === name);
  if (other) return { status: 'otherYear', expected, from: other.from, to: other.to };
  return { status: 'mismatch', expected };
}

/**
 * A name as compared: no whitespace, ASCII brackets as full-width, no level marker
 * （类）（款）（项） and no trailing ellipsis or list punctuation.
 */
export function normalizeName(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/（[类款项]）$/, '')
    .replace(/[…．.。、，,:：]+$/, '');
}

/**
 * Tables whose coded rows carry a project's name after the code's name (项目支出表,
 * 上年结转结余情况明细表): their names are not classification names.
 */
export const PROJECT_ROW_TABLES: readonly string[] = ['budget.gpbProjectExpenditure', 'budget.carryoverDetail', 'budget.projectExpenditure'];
