/**
 * @module The printed text the text-quality rules read, as units with where each starts:
 * the title, section headings, each section's own paragraphs, table titles and notes.
 * Table bodies are figures, not text, and are left out.
 */
import type { Disclosure, FindingLocation, SourceRef } from '../../model/index.js';
import { compactText, lineIndex, locate, locationOf, ownSections, type LineIndex } from '../support.js';

export type UnitKind = 'title' | 'heading' | 'paragraph' | 'tableTitle' | 'note';

export interface TextUnit {
  readonly kind: UnitKind;
  /** Compact text (whitespace removed between CJK characters). */
  readonly text: string;
  /** Where the unit starts (a note: its table's title line, searched onward). */
  readonly at: SourceRef;
  readonly section?: string;
  readonly table?: string;
}

export function textUnits(d: Disclosure): TextUnit[] {
  const units: TextUnit[] = [];
  if (d.document.title) units.push({ kind: 'title', text: compactText(d.document.title), at: d.lines?.[0]?.at ?? { page: null, line: 1 } });
  for (const { section, paragraphs } of ownSections(d)) {
    const key = section.key ?? section.heading;
    units.push({ kind: 'heading', text: compactText(section.heading), at: section.at, section: key });
    for (const p of paragraphs) units.push({ kind: 'paragraph', text: p, at: section.at, section: key });
  }
  for (const t of d.tables) {
    units.push({ kind: 'tableTitle', text: compactText(t.title), at: t.at, table: t.kind });
    if (t.note) units.push({ kind: 'note', text: compactText(t.note), at: t.at, table: t.kind });
  }
  return units;
}

/** The printed line of a match inside a unit, with the unit's section or table. */
export function matchLocation(index: LineIndex, unit: TextUnit, at: number, length: number): FindingLocation {
  const before = Math.min(at, 12);
  const ref = locate(index, unit.text.slice(at - before, at + length), unit.at, before);
  return locationOf(ref, { ...(unit.section ? { section: unit.section } : {}), ...(unit.table ? { table: unit.table } : {}) });
}

export { lineIndex };
