/**
 * @module narrative — reads what a disclosure says in words: its identity (department, year,
 * kind, scope, level, unit, title) and its explanation sections (情况说明) with catalogue keys.
 * Tables are read by another stage; their regions are skipped here.
 */
export { profileDocument } from './profile-document.js';
export { readSections, leafSections, type NarrativeSection } from './read-sections.js';
export { SECTION_KINDS, type SectionKind } from './section-catalogue.js';
