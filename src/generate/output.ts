/**
 * @module Output formats of a DocumentPlan, by name: the one place `generate --format` and
 * `render --format` look a format up. A batch shares one PDF printer (a headless Chromium),
 * started only when a PDF is asked for.
 */
import type { DocumentPlan } from './document.js';
import { renderPlan } from './document.js';
import { renderDocx } from './render-docx.js';
import { lookOf, renderHtml } from './render-html.js';
import { openPrinter } from './render-pdf.js';
import type { Printer, PrinterOptions } from './render-pdf.js';
import { renderXlsx } from './render-xlsx.js';

/** What a format may need beyond the plan: the document's id (its look is drawn from it) and the batch's printer. */
export interface OutputContext {
  readonly id: string;
  printer(): Promise<Printer>;
}

export interface OutputFormat {
  /** File extension, without the dot. */
  readonly extension: string;
  /** Whether the project's own reader reads this format back (producers then check the written file). */
  readonly readable: boolean;
  readonly render: (plan: DocumentPlan, context: OutputContext) => Promise<Uint8Array | string>;
}

/** The look (rules, fonts, orientation) of a document's HTML/PDF, drawn from its id as `generateHtml` does. */
const htmlOf = (plan: DocumentPlan, c: OutputContext, format: 'html' | 'pdf') =>
  renderHtml(plan, lookOf(c.id), format).html;

export const OUTPUT_FORMATS: Readonly<Record<string, OutputFormat>> = {
  text: { extension: 'txt', readable: true, render: async (plan) => renderPlan(plan).text },
  html: { extension: 'html', readable: false, render: async (plan, c) => htmlOf(plan, c, 'html') },
  pdf: { extension: 'pdf', readable: true, render: async (plan, c) => (await c.printer()).print(htmlOf(plan, c, 'pdf')) },
  docx: { extension: 'docx', readable: false, render: renderDocx },
  xlsx: { extension: 'xlsx', readable: false, render: renderXlsx },
};

export const outputFormat = (name: string): OutputFormat | null => OUTPUT_FORMATS[name] ?? null;

/** Contexts of one batch of outputs; `close()` stops the printer if one was started. */
export interface OutputBatch {
  context(id: string): OutputContext;
  close(): Promise<void>;
}

export function openOutputBatch(o: PrinterOptions = {}): OutputBatch {
  let printer: Promise<Printer> | null = null;
  const get = () => (printer ??= openPrinter(o));
  return {
    context: (id) => ({ id, printer: get }),
    async close() { if (printer) await (await printer.catch(() => null))?.close(); },
  };
}
