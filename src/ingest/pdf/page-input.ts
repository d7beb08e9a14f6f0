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
  const { runs, paths, images } = readOperatorList(list, OPS, base, fontLookup(page));
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

/**
 * Fonts by the names `setFont` ops give them, as pdf.js resolved them on this thread: by the
 * time a page's operator list has arrived its fonts have (on the whole corpus, always). One
 * that has not is read with default metrics (horizontal, 1000 units per em), never waited for.
 */
function fontLookup(page: PDFPageProxy): (name: string) => FontMetrics | undefined {
  const objs = page.commonObjs as unknown as { has(id: string): boolean; get(id: string): unknown };
  return (name) => (objs.has(name) ? (objs.get(name) as FontMetrics) : undefined);
}

function toMatrix(m: ArrayLike<number>): Matrix {
  return [m[0] ?? 1, m[1] ?? 0, m[2] ?? 0, m[3] ?? 1, m[4] ?? 0, m[5] ?? 0];
}
