/**
 * @module Mutations that leave something out: a required table or a required explanation
 * section (by the document's disclosure profile). Detectable when the profile requires it;
 * found when the completeness finding names the very table or section.
 */
import { profileFor } from '../catalogue/index.js';
import type { Rng } from '../generate/index.js';
import type { Disclosure, Finding } from '../model/index.js';
import type { Mutation } from './types.js';

export function dropTableMutation(d: Disclosure, rng: Rng): Mutation | null {
  const profile = profileFor(d.document.kind, d.document.level);
  if (d.tables.length < 2) return null;
  const table = rng.pick(d.tables);
  return {
    kind: 'dropTable',
    description: `drop ${table.kind} (${table.title})`,
    detectable: !!profile?.tables.includes(table.kind) && d.tables.filter((t) => t.kind === table.kind).length === 1,
    apply: () => {
      const copy = structuredClone(d);
      copy.tables = copy.tables.filter((t) => t.kind !== table.kind);
      return copy;
    },
    points: (f: Finding) => f.rule === 'completeness.tableMissing' && f.severity !== 'info' && f.locations.some((l) => l.table === table.kind),
  };
}

export function dropSectionMutation(d: Disclosure, rng: Rng): Mutation | null {
  const keys = d.sections.map((s) => s.key).filter((k): k is string => k !== null);
  const profile = profileFor(d.document.kind, d.document.level);
  const present = (profile?.sections ?? []).filter((r) => keys.some((k) => covers(r.key, k))
    && !(r.unlessEmpty && d.tables.find((t) => t.kind === r.unlessEmpty)?.empty));
  if (present.length < 2) return null; // without another required section the file counts as tables-only
  const req = rng.pick(present);
  return {
    kind: 'dropSection',
    description: `drop section ${req.key} (${req.name})`,
    detectable: true,
    apply: () => {
      const copy = structuredClone(d);
      copy.sections = copy.sections.filter((s) => !(s.key && covers(req.key, s.key)));
      return copy;
    },
    points: (f: Finding) => f.rule === 'completeness.sectionMissing' && f.severity !== 'info' && f.locations.some((l) => l.section === req.key),
  };
}

/** A requirement is met by its key or a sub-key. */
function covers(required: string, key: string): boolean {
  return key === required || key.startsWith(`${required}.`);
}
