/** @module checks — every rule family run on a disclosure: findings located and explained, and what was verified. */
export { checkDisclosure } from './check.js';
export type { CheckReport } from './check.js';
export { FAMILIES, RULES } from './families.js';
export type { CheckFamily, FamilyResult } from './family.js';
export { checkJson, findingJson } from './json.js';
export { rulesMarkdown } from './rules-markdown.js';
export { explainClaims } from './explanations/index.js';
export type { Claim } from './explanations/index.js';
export { cellInDocumentUnit, identityOutcomes } from './identity-outcomes.js';
