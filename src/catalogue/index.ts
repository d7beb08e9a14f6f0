/** @module catalogue — the domain knowledge as data: table kinds, aliases, identities. */
import { BUDGET_IDENTITIES } from './identities-budget.js';
import { FINAL_IDENTITIES } from './identities.js';
import type { IdentitySpec } from './identity-types.js';

export type * from './types.js';
export type * from './identity-types.js';
export { TABLE_SPECS, TITLE_FILLERS, TITLE_QUALIFIERS } from './tables.js';
export { THREE_PUBLIC_ITEMS, THREE_PUBLIC_ITEM_LABELS, THREE_PUBLIC_LABELS } from './columns.js';
export { FUNCTIONAL_CLASSES, functionalClassCode } from './functional-classes.js';

export const IDENTITIES: readonly IdentitySpec[] = [...FINAL_IDENTITIES, ...BUDGET_IDENTITIES];
export type * from './rule-types.js';
