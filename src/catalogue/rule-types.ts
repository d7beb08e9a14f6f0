/**
 * @module The rule catalogue's shape: every finding names a rule with a stable id, a default
 * severity and its basis (the arithmetic or the disclosure rule it enforces). docs/rules.md is
 * generated from these entries.
 */
import type { Severity } from '../model/index.js';

export type RuleFamily = 'reading' | 'identity' | 'explanation' | 'classification' | 'completeness' | 'text';

export interface RuleSpec {
  /** Stable id, e.g. "identity.rowSum". Never renamed: users filter on it. */
  readonly id: string;
  readonly family: RuleFamily;
  /** Severity when the rule is broken (a rule may also report rounding or info outcomes). */
  readonly severity: Severity;
  /** Short Chinese title, then English. */
  readonly title: string;
  /** One paragraph: what is checked and why (English; cite the rule or identity). */
  readonly basis: string;
}
