/** @module The rule families `check` runs, in report order, and the whole rule catalogue they report. */
import type { RuleSpec } from '../catalogue/index.js';
import type { CheckFamily } from './family.js';
import { classificationChecks } from './classification/index.js';
import { completenessChecks } from './completeness/index.js';
import { explanationChecks } from './explanations/index.js';
import { identityChecks } from './identities/index.js';
import { readingChecks } from './reading/index.js';
import { textChecks } from './text/index.js';

export const FAMILIES: readonly CheckFamily[] = [
  readingChecks, identityChecks, explanationChecks, classificationChecks, completenessChecks, textChecks,
];

export const RULES: readonly RuleSpec[] = FAMILIES.flatMap((f) => f.rules);
