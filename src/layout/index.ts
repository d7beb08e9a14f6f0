/**
 * @module layout — turns positioned text of one page (runs with matrices, painted paths)
 * into lines of pieces in reading order, with the page's ruling lines. Format-agnostic:
 * the PDF reader feeds it PDFium's characters joined into runs; an OCR reader can feed it word boxes.
 */
export type * from './types.js';
export { layoutPage, rulingsOf } from './layout-page.js';
export { compose } from './orient.js';
export { verticalsAcross } from './rulings.js';
export { cleanText } from './glyphs.js';
