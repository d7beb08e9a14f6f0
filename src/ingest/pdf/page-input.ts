/**
 * @module One pdf.js page → the layout stage's input. The viewport transform takes user
 * space to the displayed page (top-left origin, /Rotate and CropBox offset applied), so
 * everything downstream works in the frame a reader of the printed page sees.
 */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { compose } from '../../layout/index.js';
import type { Matrix, PageInput, TextRunInput } from '../../layout/index.js';
import { readOperatorList } from './operator-list.js';
import type { OperatorList, OpsTable } from './operator-list.js';
import type { FontMetrics } from './operator-text.js';

export interface PageRead {
  readonly input: PageInput;
  /** Images painted on the page (0 where images were left out of the operator list). */
  readonly images: number;
  /** Why the page's operators could not be listed, if they could not (its text was then read alone). */
  readonly graphicsError?: string;
}

/**
 * Read the text runs and painted paths of one page from its operator list (one parse of
 * its content). Annotations are left out: their appearance is not the printed page's text.
 * If pdf.js cannot list the operators, the text alone is read (no rulings); if that fails
 * too, the error propagates.
 */
export async function readPage(page: PDFPageProxy, OPS: OpsTable, annotationMode: number): Promise<PageRead> {
  const viewport = page.getViewport({ scale: 1 });
  const base = toMatrix(viewport.transform);
  const size = { width: viewport.width, height: viewport.height };
  let list: OperatorList;
  try {
    list = await page.getOperatorList({ annotationMode });
  } catch (err) {
    const runs = await textContentRuns(page, base);
    return { input: { ...size, runs, paths: [] }, images: 0, graphicsError: err instanceof Error ? err.message : String(err) };
  }
  const fonts = await pageFonts(page, list, OPS);
  const { runs, paths, images } = readOperatorList(list, OPS, base, (name) => fonts.get(name));
  return { input: { ...size, runs, paths }, images };
}

/** Text runs as pdf.js's text extraction gives them: the fallback when operators cannot be listed. */
async function textContentRuns(page: PDFPageProxy, base: Matrix): Promise<TextRunInput[]> {
  const content = await page.getTextContent();
  const runs: TextRunInput[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.length === 0) continue;
    const style = content.styles[item.fontName];
    const vertical = style?.vertical === true;
    runs.push({
      text: item.str,
      transform: compose(base, toMatrix(item.transform)),
      // pdf.js reports a vertical run's advance as its height.
      width: vertical ? item.height : item.width,
      ascent: style?.ascent,
      descent: style?.descent,
      vertical,
    });
  }
  return runs;
}

/** The fonts the page's operators name (`Tf`, or `gs` with /Font), as pdf.js resolved them on this thread. */
async function pageFonts(page: PDFPageProxy, list: OperatorList, OPS: OpsTable): Promise<Map<string, FontMetrics>> {
  const names = new Set<string>();
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS.setFont && typeof args?.[0] === 'string') names.add(args[0]);
    if (fn !== OPS.setGState || !Array.isArray(args?.[0])) continue;
    for (const entry of args[0] as unknown[]) {
      if (Array.isArray(entry) && entry[0] === 'Font' && Array.isArray(entry[1]) && typeof entry[1][0] === 'string') {
        names.add(entry[1][0]);
      }
    }
  }
  const fonts = new Map<string, FontMetrics>();
  for (const name of names) {
    const font = await resolvedFont(page, name);
    if (font) fonts.set(name, font);
  }
  return fonts;
}

/** pdf.js resolves a font on this thread a few ticks after the operators naming it arrive. */
function resolvedFont(page: PDFPageProxy, name: string): Promise<FontMetrics | undefined> {
  const objs = page.commonObjs as unknown as {
    has(id: string): boolean;
    get(id: string, callback?: (data: unknown) => void): unknown;
  };
  if (objs.has(name)) return Promise.resolve(objs.get(name) as FontMetrics);
  return new Promise((resolve) => objs.get(name, (data) => resolve(data as FontMetrics)));
}

function toMatrix(m: ArrayLike<number>): Matrix {
  return [m[0] ?? 1, m[1] ?? 0, m[2] ?? 0, m[3] ?? 1, m[4] ?? 0, m[5] ?? 0];
}
