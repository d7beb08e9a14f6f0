/**
 * @module One pdf.js page → the layout stage's input. The viewport transform takes user
 * space to the displayed page (top-left origin, /Rotate and CropBox offset applied), so
 * everything downstream works in the frame a reader of the printed page sees.
 */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { compose } from '../../layout/index.js';
import type { Matrix, PageInput, TextRunInput } from '../../layout/index.js';
import { pageGraphics } from './operator-paths.js';
import type { OpsTable } from './operator-paths.js';

export interface PageRead {
  readonly input: PageInput;
  /** Images painted on the page (0 when rulings were not read, or images were left out). */
  readonly images: number;
  /** Whether the operator list was read (paths, images). */
  readonly pathsRead: boolean;
  /** Why the page's paths could not be read, if they could not. */
  readonly graphicsError?: string;
}

/**
 * Read text runs and, if asked, painted paths of one page. Text errors propagate. Paths
 * (pdf.js parses the page a second time for them, about half the reading time) are read
 * only where they matter: pages that may hold a table, and pages without text (the images
 * tell a scan apart from a blank page).
 */
export async function readPage(page: PDFPageProxy, OPS: OpsTable, withPaths: boolean): Promise<PageRead> {
  const viewport = page.getViewport({ scale: 1 });
  const base = toMatrix(viewport.transform);
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
  let paths: PageInput['paths'] = [];
  let images = 0;
  let graphicsError: string | undefined;
  const pathsRead = withPaths && (runs.length === 0 || mayHoldTable(runs));
  if (pathsRead) {
    try {
      const list = await page.getOperatorList();
      ({ paths, images } = pageGraphics(list, OPS, base));
    } catch (err) {
      // Rulings only refine piece splitting: a page without them is still readable.
      graphicsError = err instanceof Error ? err.message : String(err);
    }
  }
  return {
    input: { width: viewport.width, height: viewport.height, runs, paths },
    images,
    pathsRead,
    ...(graphicsError === undefined ? {} : { graphicsError }),
  };
}

/**
 * Prose pages (most of an explanation) print long runs and few figures; any other page may
 * hold a table. Misjudging a page as tabular only costs time; as prose, only ruling lines.
 */
function mayHoldTable(runs: readonly TextRunInput[]): boolean {
  let chars = 0;
  let long = 0;
  let figures = 0;
  for (const r of runs) {
    const t = r.text.trim();
    chars += t.length;
    if (t.length >= PROSE_RUN) long += t.length;
    if (/^[-+]?[\d,]*\d(\.\d+)?%?$/.test(t) && ++figures >= MIN_FIGURES) return true;
  }
  return chars < PROSE_PAGE || long < PROSE_SHARE * chars;
}

/** A run this long is a line of prose, not a cell. */
const PROSE_RUN = 20;
/** A prose page: at least this many characters, this share of them in long runs, < MIN_FIGURES figures. */
const PROSE_PAGE = 200;
const PROSE_SHARE = 0.7;
const MIN_FIGURES = 4;

function toMatrix(m: ArrayLike<number>): Matrix {
  return [m[0] ?? 1, m[1] ?? 0, m[2] ?? 0, m[3] ?? 1, m[4] ?? 0, m[5] ?? 0];
}
