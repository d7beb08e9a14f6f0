/**
 * @module Scoring a check report against the defects injected into a document: which defect
 * the checker found at its location, which it missed, which finding is a false alarm on the
 * clean twin, and whether rounding noise stayed rounding. The acceptance measure of the
 * checker (≥ 99 % found, no error on clean twins) is computed here, once, for the test and
 * the bench alike.
 */
import type { Finding, FindingLocation } from '../model/index.js';
import type { DefectRecord } from './defects.js';

export interface DefectScore {
  readonly defect: DefectRecord;
  /** Reportable defects: a finding (error or warning) at the defect's location exists. Rounding noise: reported only as rounding. */
  readonly ok: boolean;
  /** The findings that matched (for noise: the error/warning findings that wrongly matched). */
  readonly matched: readonly Finding[];
}

export interface DocumentScore {
  readonly defects: readonly DefectScore[];
  /** Error findings of the clean twin: each is a false alarm (or a generator unrealism). */
  readonly twinErrors: readonly Finding[];
  readonly twinWarnings: readonly Finding[];
}

const SERIOUS = new Set(['error', 'warning']);

/**
 * Scores the findings of a document with defects; `twin` holds the findings of the same document
 * without them. A finding the twin has too (same rule, same place) says nothing about a defect
 * and is not counted as finding one.
 */
export function scoreDefects(defects: readonly DefectRecord[], findings: readonly Finding[], twin: readonly Finding[]): DocumentScore {
  const before = new Set(twin.map(findingKey));
  const fresh = findings.filter((f) => SERIOUS.has(f.severity) && !before.has(findingKey(f)));
  const scores = defects.map((defect): DefectScore => {
    const matched = fresh.filter((f) => f.locations.some((l) => locationMatches(defect, l)));
    if (defect.reportable) return { defect, ok: matched.length > 0, matched };
    const rounded = findings.some((f) => f.severity === 'rounding' && f.locations.some((l) => l.table === defect.location.table));
    return { defect, ok: matched.length === 0 && rounded, matched };
  });
  return { defects: scores, twinErrors: twin.filter((f) => f.severity === 'error'), twinWarnings: twin.filter((f) => f.severity === 'warning') };
}

/** Rule and place without the printed line (a removed table shifts every line after it). */
function findingKey(f: Finding): string {
  return `${f.rule}|${f.locations.map((l) => `${l.table ?? ''}/${l.section ?? ''}/${l.rowCode ?? l.rowKey ?? ''}/${l.column ?? ''}`).join(';')}`;
}

/** A location matches when every part the defect names (table, row, column, section) is the same. */
export function locationMatches(defect: DefectRecord, l: FindingLocation): boolean {
  const d = defect.location;
  if (d.section !== undefined) return l.section === d.section;
  if (d.table !== l.table) return false;
  if (d.row !== undefined && l.rowCode !== d.row && l.rowKey !== d.row) return false;
  return d.column === undefined || d.column.split(',').includes(l.column ?? '');
}

export interface ScoreTotals {
  documents: number;
  reportable: number;
  found: number;
  noise: number;
  noiseOk: number;
  twinErrors: number;
  twinWarnings: number;
  /** Missed defects and noise reported wrongly, by kind. */
  readonly missedByKind: Map<string, number>;
}

export function emptyTotals(): ScoreTotals {
  return { documents: 0, reportable: 0, found: 0, noise: 0, noiseOk: 0, twinErrors: 0, twinWarnings: 0, missedByKind: new Map() };
}

export function addScore(t: ScoreTotals, s: DocumentScore): ScoreTotals {
  t.documents++;
  t.twinErrors += s.twinErrors.length;
  t.twinWarnings += s.twinWarnings.length;
  for (const d of s.defects) {
    if (d.defect.reportable) { t.reportable++; if (d.ok) t.found++; } else { t.noise++; if (d.ok) t.noiseOk++; }
    if (!d.ok) t.missedByKind.set(d.defect.kind, (t.missedByKind.get(d.defect.kind) ?? 0) + 1);
  }
  return t;
}
