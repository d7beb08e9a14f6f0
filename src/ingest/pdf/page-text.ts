/**
 * @module A page's characters, as PDFium's text page lists them, joined into runs. PDFium gives
 * each character its Unicode, origin, matrix, font size and advance box in user space; runs
 * are consecutive characters of one text object that follow each other without a gap (a
 * kerning jump, a blank, a line PDFium itself inserted). Character spacing (Tc) shows as the
 * same gap after every character of an object: that is spacing within the run, as a viewer
 * draws it, not a gap. Where runs meet is left to the layout, which sees every gap and decides
 * between a space and a column break.
 */
import { compose } from '../../layout/index.js';
import type { Matrix, TextRunInput } from '../../layout/index.js';
import type { FontPrograms } from './font-programs.js';
import type { Pdfium } from './pdfium.js';

/** A gap along the baseline beyond this (× font size) ends a run. */
const SPLIT_EMS = 0.1;
/** Even character spacing up to this (× font size) is spacing within a run (Tc), not gaps. */
const MAX_SPACING_EMS = 0.6;
/** Drift across the baseline (× font size) that still continues a run. */
const ACROSS_EMS = 0.05;
/** Off-axis matrix terms below this share of the scale count as upright. */
const UPRIGHT = 1e-3;
/** Points a loose box's edge may lie off the character's origin (float rounding). */
const ORIGIN_SLACK = 0.01;
const UNMAPPED = '\ufffd';

/** What all characters of one text object share: matrix, size, font metrics, writing mode. */
interface Style {
  /** The object's matrix (font size not included). */
  readonly m: Matrix;
  readonly size: number;
  readonly ascent: number;
  readonly descent: number;
  readonly vertical: boolean;
  /** Not rotated: PDFium's loose box then gives the advance. */
  readonly upright: boolean;
  /** Vertical writing: the advance down the column, in user-space points. */
  readonly verticalAdvance: number;
  /** The writing direction (unit vector): along the baseline, or down a vertical column. */
  readonly ux: number;
  readonly uy: number;
  /** The font size in user-space points. */
  readonly em: number;
}

/** One character as the text page reports it (user space). */
interface Char {
  readonly text: string;
  readonly style: Style;
  /** The pen position: the glyph origin, or for vertical writing the top centre of its cell. */
  readonly x: number;
  readonly y: number;
  /** Advance along the writing direction, user-space points. */
  readonly advance: number;
}

/** Text runs of a loaded page, brought into the displayed frame by `base`. */
export function textRuns(engine: Pdfium, page: number, base: Matrix, programs: FontPrograms): TextRunInput[] {
  const { raw } = engine;
  const textPage = raw.FPDFText_LoadPage(page);
  if (!textPage) return [];
  const chars: Array<Char | null> = [];
  try {
    const styles = new StyleCache(engine, textPage, programs);
    const count = raw.FPDFText_CountChars(textPage);
    for (let i = 0; i < count; i++) chars.push(readChar(engine, textPage, i, styles));
  } finally {
    raw.FPDFText_ClosePage(textPage);
  }
  const runs: TextRunInput[] = [];
  for (const string of strings(chars)) splitAtGaps(string, (run, spacing) => runs.push(toRun(run, spacing, base)));
  return runs;
}

/** Maximal sequences of characters of one text object in one style (a shown string, mostly). */
function strings(chars: ReadonlyArray<Char | null>): Char[][] {
  const out: Char[][] = [];
  let current: Char[] = [];
  for (const c of chars) {
    const last = current[current.length - 1];
    if (last && (!c || last.style !== c.style)) {
      out.push(current);
      current = [];
    }
    if (c) current.push(c);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * A string's runs: cut where a gap differs from the string's usual spacing (its median gap:
 * Tc, or none) by more than a tenth of an em, either way, as a kerning shift in TJ would.
 * Each run is handed over with that spacing (which also follows its last character).
 */
function splitAtGaps(string: readonly Char[], emit: (run: readonly Char[], spacing: number) => void): void {
  if (string.length === 1) return emit(string, 0);
  const { ux, uy, em } = string[0]!.style;
  const along: number[] = [];
  const across: number[] = [];
  for (let i = 1; i < string.length; i++) {
    const prev = string[i - 1]!;
    const next = string[i]!;
    const dx = next.x - (prev.x + ux * prev.advance);
    const dy = next.y - (prev.y + uy * prev.advance);
    along.push(dx * ux + dy * uy);
    across.push(-dx * uy + dy * ux);
  }
  const usual = median(along);
  const spacing = Math.abs(usual) <= MAX_SPACING_EMS * em ? usual : 0;
  let start = 0;
  for (let i = 1; i < string.length; i++) {
    const broken = Math.abs(along[i - 1]! - spacing) > SPLIT_EMS * em || Math.abs(across[i - 1]!) > ACROSS_EMS * em;
    if (broken) {
      emit(string.slice(start, i), spacing);
      start = i;
    }
  }
  emit(start === 0 ? string : string.slice(start), spacing);
}

/** Character `i`, or null for a blank or a character PDFium generated (line breaks, spaces). */
function readChar(engine: Pdfium, textPage: number, i: number, styles: StyleCache): Char | null {
  const { raw, scratch: s } = engine;
  if (raw.FPDFText_IsGenerated(textPage, i) === 1) return null;
  const code = raw.FPDFText_GetUnicode(textPage, i);
  if (isBlank(code)) return null;
  const text = raw.FPDFText_HasUnicodeMapError(textPage, i) === 1 ? UNMAPPED : String.fromCodePoint(code);
  const style = styles.of(raw.FPDFText_GetTextObject(textPage, i), i, code);
  raw.FPDFText_GetCharOrigin(textPage, i, s, s + 8);
  const x = engine.f64(s, 0);
  const y = engine.f64(s, 1);
  if (!style.vertical && !style.upright) return { text, style, x, y, advance: styles.advance(i, code) };
  // FS_RECTF: left, top, right, bottom. An upright character's loose box is its advance × one
  // em from its origin; where PDFium had no metrics it gives the glyph's ink box instead.
  raw.FPDFText_GetLooseCharBox(textPage, i, s);
  if (!style.vertical) {
    const [left, right] = [engine.f32(s, 0), engine.f32(s, 2)];
    const fromOrigin = Math.abs(Math.min(left, right) - x) <= ORIGIN_SLACK || Math.abs(Math.max(left, right) - x) <= ORIGIN_SLACK;
    return { text, style, x, y, advance: fromOrigin ? Math.abs(right - left) : styles.advance(i, code) };
  }
  // Vertical writing: PDFium's origin is where the glyph is drawn, half a cell left of the
  // pen; its loose box starts at the pen's height.
  const top = Math.max(engine.f32(s, 1), engine.f32(s, 3));
  return { text, style, x: x + (style.size * style.m[0]) / 2, y: top, advance: style.verticalAdvance };
}

/** Blanks are gaps between runs, not text: the layout sees their width and decides. */
function isBlank(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x3000 || code === 0xfeff || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** One run: its text, its glyph-space matrix in the displayed frame, its advance plus spacing. */
function toRun(chars: readonly Char[], spacing: number, base: Matrix): TextRunInput {
  const first = chars[0]!;
  const last = chars[chars.length - 1]!;
  const { m, size, ascent, descent, vertical, ux, uy } = first.style;
  let text = '';
  for (const c of chars) text += c.text;
  return {
    text,
    transform: compose(base, [m[0] * size, m[1] * size, m[2] * size, m[3] * size, first.x, first.y]),
    width: (last.x - first.x) * ux + (last.y - first.y) * uy + last.advance + spacing,
    ascent,
    descent,
    vertical,
  };
}

/** Along the baseline, or down the glyph axis for vertical writing: component `axis` of a unit vector. */
function direction(m: Matrix, vertical: boolean, axis: 0 | 1): number {
  const x = vertical ? -m[2] : m[0];
  const y = vertical ? -m[3] : m[1];
  return (axis === 0 ? x : y) / (Math.hypot(x, y) || 1);
}

/** Each text object's style, read once; each font's metrics, read once per page. */
class StyleCache {
  readonly #byObject = new Map<number, Style>();
  readonly #byFont = new Map<number, { ascent: number; descent: number; verticalWidth: number }>();
  constructor(private readonly engine: Pdfium, private readonly textPage: number, private readonly programs: FontPrograms) {}

  /** The style of `object`, read from its character `i` (Unicode `code`). */
  of(object: number, i: number, code: number): Style {
    let style = this.#byObject.get(object);
    if (!style) {
      style = this.#read(object, i, code);
      this.#byObject.set(object, style);
    }
    return style;
  }

  #read(object: number, i: number, code: number): Style {
    const { engine, textPage } = this;
    const { raw, scratch: s } = engine;
    const size = Math.abs(raw.FPDFText_GetFontSize(textPage, i));
    raw.FPDFText_GetMatrix(textPage, i, s);
    const m: Matrix = [engine.f32(s, 0), engine.f32(s, 1), engine.f32(s, 2), engine.f32(s, 3), 0, 0];
    const font = raw.FPDFTextObj_GetFont(object);
    let metrics = this.#byFont.get(font);
    if (!metrics) this.#byFont.set(font, (metrics = this.#fontMetrics(font, code)));
    return {
      m,
      size,
      ascent: metrics.ascent,
      descent: metrics.descent,
      // A vertical-writing font reports its glyphs' vertical advance, which is negative (down).
      vertical: metrics.verticalWidth < 0,
      upright: Math.abs(m[1]) + Math.abs(m[2]) <= UPRIGHT * (Math.abs(m[0]) + Math.abs(m[3])),
      verticalAdvance: -metrics.verticalWidth * size * Math.abs(m[3]),
      ux: direction(m, metrics.verticalWidth < 0, 0),
      uy: direction(m, metrics.verticalWidth < 0, 1),
      em: size * Math.hypot(m[2], m[3]),
    };
  }

  #fontMetrics(font: number, code: number): { ascent: number; descent: number; verticalWidth: number } {
    const { raw, scratch: s } = this.engine;
    if (!font) return { ascent: 0.8, descent: -0.2, verticalWidth: 0 };
    const metric = (get: (font: number, size: number, out: number) => number, fallback: number): number =>
      get(font, 1, s) ? this.engine.f32(s, 0) : fallback;
    const program = this.programs.lineMetrics(font);
    return {
      ascent: program?.ascent ?? metric(raw.FPDFFont_GetAscent, 0.8),
      descent: program?.descent ?? metric(raw.FPDFFont_GetDescent, -0.2),
      verticalWidth: raw.FPDFFont_GetGlyphWidth(font, code, 1, s) ? this.engine.f32(s, 0) : 0,
    };
  }

  /** Advance of character `i` from its font, user-space points: for rotated characters (the loose box is axis-bound) and characters PDFium has no loose box for. */
  advance(i: number, code: number): number {
    const { engine, textPage } = this;
    const { raw, scratch: s } = engine;
    const object = raw.FPDFText_GetTextObject(textPage, i);
    const { size, m } = this.of(object, i, code);
    const font = raw.FPDFTextObj_GetFont(object);
    const width = font && raw.FPDFFont_GetGlyphWidth(font, code, size, s) ? Math.abs(engine.f32(s, 0)) : size;
    return width * Math.hypot(m[0], m[1]);
  }
}
