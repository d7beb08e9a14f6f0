/** @module catalogue — the domain knowledge as data: table kinds, aliases, identities. */
import { BUDGET_IDENTITIES } from './identities-budget.js';
import { FINAL_IDENTITIES } from './identities.js';
import type { IdentitySpec } from './identity-types.js';

export type * from './types.js';
export type * from './identity-types.js';
export { TABLE_SPECS } from './tables.js';
export { THREE_PUBLIC_ITEMS, THREE_PUBLIC_ITEM_LABELS, THREE_PUBLIC_LABELS } from './columns.js';
export { FUNCTIONAL_CLASSES, functionalClassCode } from './functional-classes.js';

export const IDENTITIES: readonly IdentitySpec[] = [...FINAL_IDENTITIES, ...BUDGET_IDENTITIES];
export type * from './rule-types.js';
export { CLASSIFICATION_RULES, COMPLETENESS_RULES, TEXT_RULES, DOCUMENT_RULES } from './rules-document.js';
export { classificationReference, judgeName, normalizeName, PROJECT_ROW_TABLES } from './classification.js';
export type { ClassificationEntry, ClassificationScheme, NameVerdict } from './classification.js';
export { CLASSIFICATION_RENAMES, RENAME_GRACE_YEARS } from './classification-renames.js';
export type { ClassificationRename } from './classification-renames.js';
export { DISCLOSURE_PROFILES, TABLE_NAMES, profileFor } from './disclosure-profiles.js';
export type { DisclosureProfile, SectionRequirement } from './disclosure-profiles.js';
export * from './text-patterns.js';
