/**
 * @module ingest/pdf — the PDF reader (PDFium). `readPdf` gives the common `RawDocument`;
 * `readPdfPages` gives the per-page layouts, ruling lines included.
 */
export { readPdf, readPdfPages } from './read-pdf.js';
export { pdfiumModule, usePdfiumModule } from './pdfium.js';
export type { PdfPage, PdfPages, PdfPagesResult, ReadPdfOptions } from './read-pdf.js';
