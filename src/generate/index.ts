/**
 * @module generate — realistic disclosures with known truth: seeded figures that satisfy every
 * identity, laid out in the table sets and wording of real places, rendered as text, HTML or PDF, with
 * defects injected and recorded on request.
 */
export { createRng, type Rng } from './prng.js';
export { planDocument, planFromFigures, renderPlan, type DocumentOptions, type DocumentPlan, type PlanInput, type Rendered } from './document.js';
export type { FinalFigures, ItemFigures, ThreePublicPart } from './figures.js';
export type { BudgetFigures, BudgetItem } from './budget-figures.js';
export type { OtherFigures } from './figures-other.js';
export type { PlannedTable } from './tables.js';
export { compareDisclosures } from './compare.js';
export { comparePerformanceTables } from './compare-performance.js';
export { roundTrip, type RoundTrip } from './round-trip.js';
export { percent, type Claim, type ClaimKind } from './wording.js';
export { generateDocument, generateHtml, planGenerated, truthJson, type GenerateOptions, type GeneratedDocument, type GeneratedHtml,
  type PlannedDocument } from './generate.js';
export { CJK_FONTS, drawLook, renderHtml, type HtmlLook, type RenderedHtml } from './render-html.js';
export { CHROMIUM_PATH, MissingDependencyError, openPrinter, renderPdf, type Printer, type PrinterOptions } from './render-pdf.js';
export { DEFECT_KINDS, injectDefects, type DefectKind, type DefectLocation, type DefectRecord } from './defects.js';
export { addScore, emptyTotals, locationMatches, scoreDefects, type DefectScore, type DocumentScore, type ScoreTotals } from './score.js';
export { openOutputBatch, OUTPUT_FORMATS, outputFormat, type OutputBatch, type OutputContext, type OutputFormat } from './output.js';
export { renderDocx } from './render-docx.js';
export { renderXlsx, XLSX_HEADER_ROW, XLSX_INFO_SHEET, xlsxNumber, xlsxSheetName } from './render-xlsx.js';
export { performanceGrid } from './performance-grid.js';
export { FORM_LAYOUT, placeCells, tableGrid, type CellRole, type Grid, type GridCell, type GridOptions, type PlacedCell } from './grid.js';
export { outlineOf, unprintedTruth, type Outline, type OutlineLine } from './document.js';
