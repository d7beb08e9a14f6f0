/**
 * @module What the mutation harness does to a clean disclosure and what it expects back:
 * each mutation alters one thing (a table figure, a figure or direction word in the
 * explanations, a whole table or section) and names the place a finding must point at.
 */
import type { Disclosure, Finding } from '../model/index.js';

export type MutationKind = 'tableFigure' | 'textFigure' | 'textDirection' | 'dropTable' | 'dropSection';

export interface Mutation {
  readonly kind: MutationKind;
  /** Human-readable: what was altered, from what to what. */
  readonly description: string;
  /** Decided by the harness from the clean document's arithmetic and links, not by the checker. */
  readonly detectable: boolean;
  /** The altered copy of the document. */
  readonly apply: () => Disclosure;
  /** Whether a finding points at the alteration. */
  readonly points: (f: Finding) => boolean;
}

export interface MutationOutcome {
  readonly kind: MutationKind;
  readonly description: string;
  readonly detectable: boolean;
  readonly found: boolean;
}

export interface MutationSummary {
  readonly mutations: number;
  readonly detectable: number;
  readonly found: number;
  /** found / detectable. */
  readonly rate: number;
  readonly byKind: Record<MutationKind, { mutations: number; detectable: number; found: number }>;
  /** Detectable mutations no finding pointed at (what to fix next). */
  readonly missed: readonly string[];
}
