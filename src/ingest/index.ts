/** @module ingest — readers that turn input files into lines with provenance. */
export type * from './types.js';
export { readText } from './text/read-text.js';
export { pdfiumModule, readPdf, readPdfPages, usePdfiumModule, type PdfPage, type PdfPagesResult, type ReadPdfOptions } from './pdf/index.js';
