/**
 * @module The PDF reader: PDFium text and paths → layout → the same `RawDocument` the text
 * reader produces, with positioned pieces on every line. Faults are values: a file that
 * cannot be opened is an `IngestError`; a page that cannot be read, or has no text layer,
 * is a warning and the rest of the document is still read (unless `strict`).
 */
import { layoutPage } from '../../layout/index.js';
import type { PageLayout } from '../../layout/index.js';
import type { IngestError, IngestResult, IngestWarning, Line, LinePiece } from '../types.js';
import { discardPdfium, openPdf } from './pdfium.js';
import type { OpenOptions, PdfDocument } from './pdfium.js';
import { readPage } from './page-input.js';
import { FontPrograms } from './font-programs.js';

export type ReadPdfOptions = OpenOptions;

/** One page as laid out, with what the reader saw of it. */
export interface PdfPage {
  /** 1-based page number. */
  readonly page: number;
  /** The page's /Rotate (already undone in `layout`). */
  readonly rotate: number;
  readonly layout: PageLayout;
  /** Images painted on the page: a text-less page with images is a scan. */
  readonly images: number;
}

export interface PdfPages {
  /** Pages in the document, including any that could not be read. */
  readonly pageCount: number;
  readonly pages: readonly PdfPage[];
  readonly warnings: readonly IngestWarning[];
}

export type PdfPagesResult = { ok: true; value: PdfPages } | { ok: false; error: IngestError };

/** Characters that mean a font had no usable Unicode mapping: the text is not the print. */
const UNMAPPED = /[\ufffd\ue000-\uf8ff]/gu;

/**
 * Read every page into its layout (lines, pieces and ruling lines). Use this when the page
 * geometry itself is needed, e.g. rulings for table borders; `readPdf` flattens it.
 */
export async function readPdfPages(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<PdfPagesResult> {
  const opened = await openPdf(bytes, options);
  if (!opened.ok) return opened;
  let doc: PdfDocument | null = opened.doc;
  let programs = new FontPrograms(doc.engine);
  const pageCount = doc.pageCount;
  const pages: PdfPage[] = [];
  const warnings: IngestWarning[] = [];
  const warn = (code: string, page: number, message: string): void => {
    warnings.push({ code, page, message });
  };
  try {
    for (let n = 1; n <= pageCount && doc; n++) {
      let page: PdfPage;
      try {
        const read = readPage(doc, n - 1, programs);
        page = { page: n, rotate: read.rotate, layout: layoutPage(read.input), images: read.images };
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (options.strict) return { ok: false, error: { code: 'DAMAGED', message: `第${n}页无法读取 (page ${n} unreadable: ${message})` } };
        warn('PAGE_UNREADABLE', n, `第${n}页无法读取 (page unreadable: ${message})`);
        if (err instanceof WebAssembly.RuntimeError) {
          // The engine trapped: its memory may be inconsistent. The rest is read by a fresh one.
          discardPdfium();
          const again = await openPdf(bytes, options);
          doc = again.ok ? again.doc : null;
          if (doc) programs = new FontPrograms(doc.engine);
          for (let rest = n + 1; !doc && rest <= pageCount; rest++) warn('PAGE_UNREADABLE', rest, `第${rest}页无法读取 (page unreadable: ${message})`);
        }
        continue;
      }
      pages.push(page);
      noteWarnings(n, page, warn);
    }
    return { ok: true, value: { pageCount, pages, warnings } };
  } finally {
    doc?.close();
  }
}

/** What a page's reading showed that later stages (or a person) should know. */
function noteWarnings(n: number, { layout, images }: PdfPage, warn: (code: string, page: number, message: string) => void): void {
  if (layout.lines.length === 0) {
    warn('NO_TEXT_LAYER', n, images > 0
      ? `第${n}页没有文字层，是扫描图像，需要 OCR (no text layer: scanned image)`
      : `第${n}页没有文字 (no text on this page)`);
  }
  const unmapped = layout.lines.reduce((s, l) => s + (l.text.match(UNMAPPED)?.length ?? 0), 0);
  if (unmapped > 0) {
    warn('UNMAPPED_GLYPHS', n, `第${n}页有 ${unmapped} 个字符无法识别 (glyphs without Unicode mapping)`);
  }
  if (layout.turn !== 0) {
    warn('PAGE_TURNED', n, `第${n}页内容横排，已旋转 ${layout.turn}° (content drawn sideways, turned ${layout.turn}°)`);
  }
  if (layout.misalignedRuns > 0) {
    warn('SIDEWAYS_TEXT', n, `第${n}页有 ${layout.misalignedRuns} 段文字方向与正文不同，单独成行 ` +
      '(runs across the reading direction kept as separate lines)');
  }
}

/**
 * Read a PDF into lines with positioned pieces, in reading order, numbered across the
 * whole document.
 *
 * ### Example
 * ```ts
 * const result = await readPdf(await readFile('budget.pdf'));
 * if (result.ok) for (const line of result.value.lines) console.log(line.at.page, line.text);
 * else console.error(result.error.code); // 'ENCRYPTED' | 'DAMAGED' | 'EMPTY'
 * ```
 */
export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<IngestResult> {
  const result = await readPdfPages(bytes, options);
  if (!result.ok) return result;
  const { pageCount, pages, warnings } = result.value;
  const lines: Line[] = [];
  for (const { page, layout } of pages) {
    for (const l of layout.lines) {
      const pieces: LinePiece[] = l.pieces.map((p) => ({
        text: p.text, x0: round(p.x0), x1: round(p.x1), y0: round(p.y0), y1: round(p.y1),
      }));
      const [x0, y0, x1, y1] = l.box;
      lines.push({
        text: l.text,
        at: { page, line: lines.length + 1, box: [round(x0), round(y0), round(x1), round(y1)] },
        pieces,
      });
    }
  }
  const pagesWithoutText = pages.filter((p) => p.layout.lines.length === 0).map((p) => p.page);
  return {
    ok: true,
    value: { format: 'pdf', pages: pageCount, lines, pagesWithoutText, warnings },
  };
}

/** Hundredths of a point: finer than any print, and stable in snapshots and JSON. */
function round(v: number): number {
  return Math.round(v * 100) / 100;
}
