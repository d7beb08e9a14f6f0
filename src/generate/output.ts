/**
 * @module Output formats of a DocumentPlan, by name: the one place `generate --format` and
 * `render --format` look a format up. HTML and PDF (render-html.ts, render-pdf.ts) plug in
 * here with their own entries.
 */
import type { DocumentPlan } from './document.js';
import { renderPlan } from './document.js';
import { renderDocx } from './render-docx.js';
import { renderXlsx } from './render-xlsx.js';

export interface OutputFormat {
  /** File extension, without the dot. */
  readonly extension: string;
  readonly render: (plan: DocumentPlan) => Promise<Uint8Array | string>;
}

export const OUTPUT_FORMATS: Readonly<Record<string, OutputFormat>> = {
  text: { extension: 'txt', render: async (plan) => renderPlan(plan).text },
  docx: { extension: 'docx', render: renderDocx },
  xlsx: { extension: 'xlsx', render: renderXlsx },
};

export const outputFormat = (name: string): OutputFormat | null => OUTPUT_FORMATS[name] ?? null;
