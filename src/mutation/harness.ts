/**
 * @module The mutation harness: from one clean disclosure, many single alterations; each
 * re-checked in full, and counted as found when a finding points at the alteration. The
 * harness decides detectability from the clean document's identities, links and profile.
 */
import { checkDisclosure, explainClaims } from '../checks/index.js';
import type { Claim } from '../checks/index.js';
import { createRng } from '../generate/index.js';
import type { Rng } from '../generate/index.js';
import type { Disclosure, Finding } from '../model/index.js';
import { dropSectionMutation, dropTableMutation } from './omissions.js';
import { tableFigureContext, tableFigureMutation } from './table-figures.js';
import { textDirectionMutation, textFigureMutation } from './text-figures.js';
import type { Mutation, MutationKind, MutationOutcome, MutationSummary } from './types.js';

export interface HarnessOptions {
  readonly count: number;
  readonly seed: string | number;
}

/** Shares of each kind among the mutations drawn (table figures dominate, as in real errata). */
const MIX: ReadonlyArray<readonly [MutationKind, number]> = [
  ['tableFigure', 0.55], ['textFigure', 0.25], ['textDirection', 0.1], ['dropTable', 0.05], ['dropSection', 0.05],
];

export function mutate(d: Disclosure, options: HarnessOptions): MutationOutcome[] {
  const rng = createRng(options.seed);
  const draw = drawer(d);
  // A finding the clean document already had (a real printed inconsistency) does not count as finding the alteration.
  const before = new Set(checkDisclosure(d).findings.map(identity));
  const isNew = (f: Finding) => !before.has(identity(f));
  const outcomes: MutationOutcome[] = [];
  for (let attempts = 0; outcomes.length < options.count && attempts < options.count * 20; attempts++) {
    const m = draw(pickKind(rng), rng);
    if (!m) continue;
    const found = m.detectable ? checkDisclosure(m.apply()).findings.some((f) => isNew(f) && m.points(f)) : false;
    outcomes.push({ kind: m.kind, description: m.description, detectable: m.detectable, found });
  }
  return outcomes;
}

/** A finding's identity apart from its figures: rule, severity, places and the printed text it quotes. */
function identity(f: Finding): string {
  const places = f.locations.map((l) => `${l.table ?? l.section ?? ''}/${l.rowCode ?? l.rowKey ?? ''}/${l.column ?? ''}/${l.line}`);
  return `${f.rule}|${f.severity}|${places.join(',')}|${f.evidence}`;
}

function drawer(d: Disclosure): (kind: MutationKind, rng: Rng) => Mutation | null {
  const figures = tableFigureContext(d);
  const { claims, outcomes } = explainClaims(d);
  // Claims verified only as a bound (a share ≤ its whole) may move within it unseen: not altered.
  const verified: Claim[] = outcomes.filter((o) => (o.status === 'pass' || o.status === 'rounding') && !o.bound).map((o) => claims[o.claim]!);
  return (kind, rng) => {
    switch (kind) {
      case 'tableFigure': return figures.cells.length ? tableFigureMutation(d, figures, rng) : null;
      case 'textFigure': return verified.length ? textFigureMutation(d, verified, rng) : null;
      case 'textDirection': return textDirectionMutation(d, verified, rng);
      case 'dropTable': return dropTableMutation(d, rng);
      case 'dropSection': return dropSectionMutation(d, rng);
    }
  };
}

function pickKind(rng: Rng): MutationKind {
  let x = rng.next();
  for (const [kind, share] of MIX) { if ((x -= share) < 0) return kind; }
  return 'tableFigure';
}

export function summarize(outcomes: readonly MutationOutcome[]): MutationSummary {
  const byKind = Object.fromEntries(MIX.map(([k]) => [k, { mutations: 0, detectable: 0, found: 0 }])) as MutationSummary['byKind'];
  for (const o of outcomes) {
    const k = byKind[o.kind];
    k.mutations++;
    if (o.detectable) k.detectable++;
    if (o.found) k.found++;
  }
  const detectable = outcomes.filter((o) => o.detectable).length;
  const found = outcomes.filter((o) => o.found).length;
  return {
    mutations: outcomes.length, detectable, found, rate: detectable ? found / detectable : 1, byKind,
    missed: outcomes.filter((o) => o.detectable && !o.found).map((o) => `${o.kind} ${o.description}`),
  };
}
