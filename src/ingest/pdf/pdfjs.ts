/**
 * @module The one place that loads pdf.js and opens documents. pdf.js is imported lazily,
 * so that reading a text file does not pay for parsing the PDF engine, and always gets the
 * CMap and standard-font folders of the installed package: without the CMaps, CJK fonts
 * with predefined encodings (UniGB-UCS2-H, GBK-EUC-H) yield no text at all, silently.
 */
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { IngestError } from '../types.js';

export type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;

/** The pdf.js module (legacy build: the one that runs on Node without DOM polyfills). */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= loadWithWorker();
  return loading;
}

/**
 * pdf.js and its worker, loaded once, the worker on this thread (pdf.js looks for it on
 * `globalThis.pdfjsWorker` before importing it itself). The legacy build's core-js replaces
 * Array.prototype.push on Node 20 (for an edge case of non-writable lengths no code here
 * meets) with a JavaScript version several times slower, which every push of every stage then
 * pays: about a sixth of a table-heavy document's parse. The native one is put back.
 */
const WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs'; // untyped module: imported by name

async function loadWithWorker(): Promise<PdfJs> {
  const push = Array.prototype.push;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const worker: unknown = await import(WORKER);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  Array.prototype.push = push;
  return pdfjs;
}

/** Data folders of the installed pdfjs-dist, as pdf.js wants them: with a trailing separator. */
function assetFolders(): { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string; iccUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const folder = (name: string): string => join(root, name) + sep;
  return {
    cMapUrl: folder('cmaps'),
    standardFontDataUrl: folder('standard_fonts'),
    wasmUrl: folder('wasm'),
    iccUrl: folder('iccs'),
  };
}

/**
 * The document pdf.js adds @font-face rules to. Nothing is rendered, so a rule is dropped
 * (pdf.js then treats the font as loaded, as on platforms with synchronous font loading).
 */
const FONT_SINK = {
  createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
} as unknown as Document; // the three members pdf.js's FontLoader touches

export interface OpenOptions {
  /** User password of an encrypted PDF. */
  readonly password?: string;
  /** Fail on the first malformed object instead of skipping it (pdf.js `stopAtErrors`). */
  readonly strict?: boolean;
}

interface OpenMode {
  /**
   * Decode images painted by operator lists (default true). Only a text-less page needs
   * them (a scan or a blank page); elsewhere pdf.js would decode every JPEG for nothing.
   */
  readonly images?: boolean;
}

export type Opened = { ok: true; doc: PDFDocumentProxy; pdfjs: PdfJs } | { ok: false; error: IngestError };

/** Open a PDF; a value, never an exception. The caller must `doc.destroy()` it. */
export async function openPdf(bytes: Uint8Array, options: OpenOptions & OpenMode = {}): Promise<Opened> {
  if (bytes.length === 0) return { ok: false, error: { code: 'EMPTY', message: '文件为空 (empty file)' } };
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js transfers (detaches) the buffer it is given, and rejects Node Buffers: copy.
    data: new Uint8Array(bytes),
    ...assetFolders(),
    cMapPacked: true,
    password: options.password,
    stopAtErrors: options.strict === true,
    // Untrusted input: never compile font programs with eval.
    isEvalSupported: false,
    useSystemFonts: false,
    // Fonts "load" into a document that discards them: we never render, and with font faces
    // disabled pdf.js would build every glyph's outline while listing a page's operators.
    disableFontFace: false,
    ownerDocument: FONT_SINK,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    // 0 pixels: every image is left out of operator lists, undecoded.
    maxImageSize: options.images === false ? 0 : -1,
  });
  try {
    const doc = await task.promise;
    skipFontBinding(doc);
    return { ok: true, doc, pdfjs };
  } catch (err) {
    await task.destroy().catch(() => undefined);
    return { ok: false, error: classify(err) };
  }
}

/**
 * Nothing is rendered, so the fonts operator lists send need not be bound to the page:
 * binding them base64-encodes every font file into a CSS rule (a tenth of the reading time)
 * that `FONT_SINK` then drops. `fontLoader` is internal to the pinned pdfjs-dist; if it
 * is missing, fonts go to the sink as before.
 */
function skipFontBinding(doc: PDFDocumentProxy): void {
  const loader = (doc as unknown as { _transport?: { fontLoader?: { bind?: unknown } } })._transport?.fontLoader;
  if (loader && typeof loader.bind === 'function') loader.bind = () => Promise.resolve();
}

/** Map pdf.js's exception names (its classes are not all exported) to our error codes. */
export function classify(err: unknown): IngestError {
  const name = err instanceof Error ? err.name : '';
  const detail = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException') {
    return { code: 'ENCRYPTED', message: `PDF 已加密，需要密码 (encrypted: ${detail})` };
  }
  if (name === 'InvalidPDFException') {
    return { code: 'DAMAGED', message: `不是有效的 PDF 文件 (not a PDF or damaged: ${detail})` };
  }
  return { code: 'DAMAGED', message: `PDF 无法读取 (unreadable PDF: ${name || 'Error'}: ${detail})` };
}
