/**
 * @module Text runs from a pdf.js operator list. pdf.js lists each shown string as its
 * glyphs (Unicode, advance width, whether a word space), so positions are computed here the
 * way its canvas renderer places them (text matrix, line matrix, font size, character and
 * word spacing, horizontal scale, rise). Reading text this way, not through
 * `getTextContent`, parses each page's content once instead of twice (a third of the
 * reading time), and the positions are the glyphs' own rather than a text item's.
 */
import { compose } from '../../layout/index.js';
import type { Matrix, TextRunInput } from '../../layout/index.js';

/** What a run needs of a font (pdf.js's exported font data on the main thread). */
export interface FontMetrics {
  readonly vertical?: boolean;
  readonly fontMatrix?: readonly number[];
  readonly ascent?: number;
  readonly descent?: number;
  /** Vertical fonts: [advance, x, y] of a glyph without its own vmetric, in glyph units. */
  readonly defaultVMetrics?: readonly number[];
  readonly isType3Font?: boolean;
}

/** A shown glyph, as pdf.js's operator list carries it. */
interface ListedGlyph {
  readonly unicode: string;
  readonly width: number;
  readonly isSpace?: boolean;
  readonly vmetric?: readonly number[] | null;
}

/** The text parameters of the graphics state (saved and restored with it). */
export interface TextParams {
  font: FontMetrics | null;
  fontSize: number;
  /** -1 for a negative font size (mirrored glyphs): advances run backwards. */
  direction: 1 | -1;
  charSpacing: number;
  wordSpacing: number;
  /** Horizontal scaling as a fraction (Tz 100 → 1). */
  hScale: number;
  leading: number;
  rise: number;
}

export const INITIAL_TEXT: TextParams = {
  font: null, fontSize: 0, direction: 1, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0,
};

const DEFAULT_FONT_MATRIX = [0.001, 0, 0, 0.001, 0, 0];
const BLANK = /^\s*$/u;
/** A kerning shift beyond this (× font size) starts a new run: the run's width stays its glyphs'. */
const SPLIT_EMS = 0.1;

/**
 * The text object state (BT … ET): the text matrix, and the current point relative to it,
 * as pdf.js's canvas keeps them (x, y advance in text space; Td moves the line start).
 */
export class TextObject {
  matrix: Matrix = [1, 0, 0, 1, 0, 0];
  x = 0;
  y = 0;
  lineX = 0;
  lineY = 0;

  copy(): TextObject {
    const c = new TextObject();
    [c.matrix, c.x, c.y, c.lineX, c.lineY] = [this.matrix, this.x, this.y, this.lineX, this.lineY];
    return c;
  }

  begin(): void {
    this.setMatrix([1, 0, 0, 1, 0, 0]);
  }

  setMatrix(m: Matrix): void {
    this.matrix = m;
    this.x = this.lineX = 0;
    this.y = this.lineY = 0;
  }

  move(dx: number, dy: number): void {
    this.x = this.lineX += dx;
    this.y = this.lineY += dy;
  }

  /**
   * Show glyphs (and kerning numbers, thousandths of an em) and push the runs they form;
   * `ctm` maps user space to the displayed page.
   */
  show(glyphs: readonly unknown[], params: TextParams, ctm: Matrix, out: TextRunInput[]): void {
    const { font, fontSize, direction } = params;
    if (!font || fontSize === 0) return;
    const vertical = font.vertical === true;
    const fm = font.fontMatrix ?? DEFAULT_FONT_MATRIX;
    const advanceScale = fontSize * (fm[0] ?? 0.001);
    const hScale = params.hScale * direction;
    const toPage = compose(ctm, this.matrix);
    // Type 3 glyph units are the font's own: its matrix sets the glyph height too.
    const height = font.isType3Font ? fontSize * Math.abs((fm[3] ?? 0.001) * 1000) : fontSize;
    let text = '';
    let start = 0;
    let pos = 0;
    const flush = (): void => {
      if (text.length > 0) out.push(this.run(text, start, pos, params, height, toPage, vertical));
      text = '';
    };
    for (const g of glyphs) {
      if (typeof g === 'number') {
        const shift = ((vertical ? 1 : -1) * g * fontSize) / 1000;
        if (Math.abs(shift) > SPLIT_EMS * fontSize) flush();
        pos += shift;
        continue;
      }
      if (!g || typeof g !== 'object') continue;
      const glyph = g as ListedGlyph;
      // A blank is a gap between runs, not text: the layout sees its width and decides.
      const blank = BLANK.test(glyph.unicode);
      if (blank) flush();
      else if (text.length === 0) start = pos;
      const spacing = (glyph.isSpace ? params.wordSpacing : 0) + params.charSpacing;
      if (vertical) {
        const vm = glyph.vmetric ?? font.defaultVMetrics;
        const advance = vm ? -(vm[0] ?? 0) : glyph.width;
        pos += advance * advanceScale - spacing * direction;
      } else {
        pos += glyph.width * advanceScale + spacing * direction;
      }
      if (!blank) text += glyph.unicode;
    }
    flush();
    if (vertical) this.y -= pos;
    else this.x += pos * hScale;
  }

  /** One run from `from` to `to` along the baseline (text-space units before scaling). */
  private run(text: string, from: number, to: number, params: TextParams, height: number,
    toPage: Matrix, vertical: boolean): TextRunInput {
    const hScale = params.hScale * params.direction;
    const origin: [number, number] = vertical
      ? [this.x, this.y - from + params.rise]
      : [this.x + from * hScale, this.y + params.rise];
    const transform = compose(toPage, [height * hScale, 0, 0, height, origin[0], origin[1]]);
    const length = Math.abs(to - from);
    // Advance in page points: the text space's scale along the run's direction.
    const width = vertical
      ? length * Math.hypot(toPage[2], toPage[3])
      : length * Math.abs(hScale) * Math.hypot(toPage[0], toPage[1]);
    return { text, transform, width, ascent: params.font?.ascent, descent: params.font?.descent, vertical };
  }
}
