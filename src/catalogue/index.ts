/** @module catalogue — the domain knowledge as data: table kinds, aliases, identities. */
import { BUDGET_IDENTITIES } from './identities-budget.js';
import { FINAL_IDENTITIES } from './identities.js';
import type { IdentitySpec } from './identity-types.js';

export type * from './types.js';
export type * from './identity-types.js';
export { OPTIONAL_KINDS, TABLE_SPECS, TITLE_CODE_SCHEMES, TITLE_FILLERS, TITLE_QUALIFIERS } from './tables.js';
export { ITEMS_AS_ROWS, THREE_PUBLIC_HEADER_WORDS, THREE_PUBLIC_ITEMS, THREE_PUBLIC_ITEM_LABELS, THREE_PUBLIC_LABELS } from './columns.js';
export { THREE_PUBLIC_EXTRA_ITEMS, THREE_PUBLIC_HEADER_CELLS, THREE_PUBLIC_ROW_PERIODS, threePublicHeaderRole } from './three-public-header.js';
export type { ThreePublicHeaderRole } from './three-public-header.js';
export { FUNCTIONAL_CLASSES, functionalClassCode } from './functional-classes.js';
export { CLASSIFICATION_CODE_HEADERS, CODE_MARKS, CODE_SCHEMES, PARALLEL_SCHEMES, UNIT_CODE, UNIT_CODE_HEADERS, type CodeMark, type PrintedCodeScheme } from './code-forms.js';
export { codeName, ECONOMIC_CODE_NAMES, FUNCTIONAL_CODE_NAMES, PERSONNEL_CLASSES, type CodeName, type ItemNature } from './code-names.js';
export { PLACE_STYLES, tableNumber, type EmptyCell, type PlaceStyle } from './place-styles.js';

export const IDENTITIES: readonly IdentitySpec[] = [...FINAL_IDENTITIES, ...BUDGET_IDENTITIES];

/** The identities of a document kind (final.* or budget.*); all of them when the kind is unknown. */
export function identitiesFor(kind: 'final' | 'budget' | null): readonly IdentitySpec[] {
  return kind === null ? IDENTITIES : kind === 'final' ? FINAL_IDENTITIES : BUDGET_IDENTITIES;
}
export type * from './rule-types.js';
export { IDENTITY_RULES } from './rules-identities.js';
export { TABLE_NAMES } from './table-names.js';
export { READING_RULES } from './rules-reading.js';
export { EXPLANATION_RULES } from './rules-explanations.js';
export { COUNT_SECTIONS, COUNT_FIGURE, COUNT_PART, COUNT_LIST_FILLER, VEHICLES_HELD, VEHICLE_STOCK, FISCAL_SCOPE, STOCK_DIFFERENCE_EXPLAINED } from './claim-counts.js';
export {
  ROLE_WORDING, FLAT_WORDING, COMPARISON_CLAUSE, COMPARISON_WORDING, COMPARISON_SIGN, PARTS_START, MONEY_UNITS, SUBJECT_NOISE,
  SUBJECT_VOCABULARY, CODE_LEVEL_MARKERS, COMPOSITIONS, PRIOR_ALTERNATIVES, CELL_TRUST, SUBJECT_SYNONYMS, IMPLIED_PART_SECTIONS,
  type SubjectSynonym, type FigureRole, type Direction, type RoleWording, type ClaimTarget, type SubjectVocabulary, type Composition, type CellTrust,
} from './claims.js';
export { CLASSIFICATION_RULES, COMPLETENESS_RULES, TEXT_RULES, DOCUMENT_RULES } from './rules-document.js';
export { classificationReference, judgeName, normalizeName, PROJECT_ROW_TABLES } from './classification.js';
export type { ClassificationEntry, ClassificationScheme, NameVerdict } from './classification.js';
export { CLASSIFICATION_RENAMES, RENAME_GRACE_YEARS } from './classification-renames.js';
export type { ClassificationRename } from './classification-renames.js';
export { DISCLOSURE_PROFILES, profileFor } from './disclosure-profiles.js';
export type { DisclosureProfile, SectionRequirement } from './disclosure-profiles.js';
export * from './text-patterns.js';
export { DEFAULT_STYLE_BY_LEVEL, fieldsFor, INPUT_SHEETS, ITEM_FIELDS, META_FIELDS, SCALAR_FIELDS, STATED_PREFIX, STATED_TOTALS,
  THREE_PUBLIC_INPUT_PARTS, THREE_PUBLIC_PERIODS } from './render-input.js';
export type { CellAddress, InputField, InputKind, StatedTotal } from './render-input.js';
