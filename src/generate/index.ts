/**
 * @module generate — realistic disclosures with known truth: seeded figures that satisfy every
 * identity, laid out in the table sets and wording of real places, rendered as text, with
 * defects injected and recorded on request.
 */
export { createRng, type Rng } from './prng.js';
export { planDocument, renderPlan, type DocumentOptions, type DocumentPlan, type Rendered } from './document.js';
export { compareDisclosures } from './compare.js';
export { comparePerformanceTables } from './compare-performance.js';
export { roundTrip, type RoundTrip } from './round-trip.js';
export { percent, type Claim, type ClaimKind } from './wording.js';
export { generateDocument, truthJson, type GenerateOptions, type GeneratedDocument } from './generate.js';
export { DEFECT_KINDS, injectDefects, type DefectKind, type DefectLocation, type DefectRecord } from './defects.js';
export { addScore, emptyTotals, locationMatches, scoreDefects, type DefectScore, type DocumentScore, type ScoreTotals } from './score.js';
