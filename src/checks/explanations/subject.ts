/**
 * @module Subjects of stated figures: normalisation (numbering, years, comparison phrases and
 * fillers removed, by the catalogue's SUBJECT_NOISE) and the role wording that precedes a figure.
 */
import { CODE_LEVEL_MARKERS, ROLE_WORDING, SUBJECT_NOISE, type Direction, type FigureRole } from '../../catalogue/index.js';

export interface RoleReading {
  readonly role: FigureRole;
  readonly direction?: Direction;
  readonly base?: string;
  /** The text before the role wording: the subject as printed. */
  readonly subjectText: string;
}

/** What the text before a figure says the figure is. */
export function readRole(before: string, percent: boolean): RoleReading {
  const text = compact(before).replace(/^[、，,]+/, '');
  for (const w of ROLE_WORDING) {
    if (w.percent !== percent) continue;
    const m = w.before.exec(text);
    if (!m) continue;
    const base = m.groups?.['base'];
    return {
      role: w.role,
      ...(w.direction ? { direction: w.direction } : {}),
      ...(base ? { base: normaliseSubject(base, null) } : {}),
      subjectText: text.slice(0, m.index),
    };
  }
  return { role: percent ? 'other' : 'level', subjectText: text };
}

/** The subject without numbering, years, the department's name, comparison phrases and fillers. */
export function normaliseSubject(text: string, department: string | null): string {
  let s = compact(text);
  if (department) s = s.split(department).join('');
  for (let pass = 0; pass < 2; pass++) for (const re of SUBJECT_NOISE) s = s.replace(re, '');
  return s.replace(/^[、，,：:（(]+$/, '');
}

/** Does the subject name a classification item (X（类）Y（款）Z（项）)? */
export function isCodeItem(subject: string): boolean {
  return CODE_LEVEL_MARKERS.some((m) => subject.includes(m));
}

export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}
