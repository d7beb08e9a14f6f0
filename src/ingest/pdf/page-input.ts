/**
 * @module One PDFium page → the layout stage's input. The viewport matrix takes user space to
 * the displayed page (top-left origin, /Rotate and CropBox offset applied, as a viewer shows
 * it), so everything downstream works in the frame a reader of the printed page sees.
 */
import type { Matrix, PageInput } from '../../layout/index.js';
import { pageGraphics } from './page-paths.js';
import { textRuns } from './page-text.js';
import type { FontPrograms } from './font-programs.js';
import type { PdfDocument, Pdfium } from './pdfium.js';

export interface PageRead {
  readonly input: PageInput;
  /** Images painted on the page. */
  readonly images: number;
  /** The page's /Rotate, degrees clockwise. */
  readonly rotate: number;
}

/** Read the text runs and painted paths of page `index` (0-based); throws if it cannot be loaded. */
export function readPage(doc: PdfDocument, index: number, programs: FontPrograms): PageRead {
  const { engine } = doc;
  const page = engine.raw.FPDF_LoadPage(doc.handle, index);
  if (!page) throw new Error('PDFium could not load the page');
  try {
    const rotate = (engine.raw.FPDFPage_GetRotation(page) & 3) * 90;
    const { matrix, width, height } = viewport(visibleBox(engine, page), rotate);
    const { paths, images } = pageGraphics(engine, page, matrix);
    return { input: { width, height, runs: textRuns(engine, page, matrix, programs), paths }, images, rotate };
  } finally {
    engine.raw.FPDF_ClosePage(page);
  }
}

/** The page's CropBox within its MediaBox, as [x0, y0, x1, y1] in user space. */
function visibleBox(engine: Pdfium, page: number): [number, number, number, number] {
  const s = engine.scratch;
  if (!engine.raw.FPDF_GetPageBoundingBox(page, s)) return [0, 0, 612, 792];
  // FS_RECTF: left, top, right, bottom.
  const [left, top, right, bottom] = [0, 1, 2, 3].map((i) => engine.f32(s, i)) as [number, number, number, number];
  return [Math.min(left, right), Math.min(top, bottom), Math.max(left, right), Math.max(top, bottom)];
}

/**
 * User space → displayed page at scale 1: the y axis flipped, /Rotate applied, the visible
 * box's corner at the origin (the transform every viewer uses, pdf.js's PageViewport among them).
 */
export function viewport(box: readonly [number, number, number, number], rotate: number): { matrix: Matrix; width: number; height: number } {
  const [x0, y0, x1, y1] = box;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const [a, b, c, d] = ({ 0: [1, 0, 0, -1], 90: [0, 1, 1, 0], 180: [-1, 0, 0, 1], 270: [0, -1, -1, 0] } as const)[rotate as 0 | 90 | 180 | 270];
  const quarter = a === 0;
  const offsetX = quarter ? Math.abs(cy - y0) : Math.abs(cx - x0);
  const offsetY = quarter ? Math.abs(cx - x0) : Math.abs(cy - y0);
  return {
    matrix: [a, b, c, d, offsetX - a * cx - c * cy, offsetY - b * cx - d * cy],
    width: quarter ? y1 - y0 : x1 - x0,
    height: quarter ? x1 - x0 : y1 - y0,
  };
}
