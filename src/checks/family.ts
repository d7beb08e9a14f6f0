/**
 * @module The contract of a rule family: a pure function of the disclosure that returns its
 * findings and the tally of what it verified. Families know nothing of each other; the
 * check stage runs them all and merges.
 */
import type { RuleSpec } from '../catalogue/index.js';
import type { Disclosure, Finding, Tally } from '../model/index.js';

export interface FamilyResult {
  readonly findings: Finding[];
  readonly tally: Tally;
}

export interface CheckFamily {
  /** The rules this family can report (part of the rule catalogue; docs/rules.md lists them). */
  readonly rules: readonly RuleSpec[];
  run(disclosure: Disclosure): FamilyResult;
}
