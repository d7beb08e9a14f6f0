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
import type { Pdfium } from './pdfium.js';

/** A gap along the baseline beyond this (× font size) ends a run. */
const SPLIT_EMS = 0.1;
/** Even character spacing up to this (× font size) is spacing within a run (Tc), not gaps. */
const MAX_SPACING_EMS = 0.6;
/** Drift across the baseline (× font size) that still continues a run. */
const ACROSS_EMS = 0.05;
/** Off-axis matrix terms below this share of the scale count as upright. */
const UPRIGHT = 1e-3;
const BLANK = /^\s$/u;
const UNMAPPED = '\ufffd';

/** One character as the text page reports it (user space). */
interface Char {
  readonly text: string;
  readonly object: number;
  /** The pen position: the glyph origin, or for vertical writing the top centre of its cell. */
  readonly x: number;
  readonly y: number;
  readonly vertical: boolean;
  /** The character's matrix (font size not included). */
  readonly m: Matrix;
  readonly size: number;
  /** Advance along the baseline, user-space points. */
  readonly advance: number;
  readonly ascent: number;
  readonly descent: number;
}

/** Text runs of a loaded page, brought into the displayed frame by `base`. */
export function textRuns(engine: Pdfium, page: number, base: Matrix): TextRunInput[] {
  const { raw } = engine;
  const textPage = raw.FPDFText_LoadPage(page);
  if (!textPage) return [];
  const chars: Array<Char | null> = [];
  try {
    const fonts = new FontCache(engine);
    const count = raw.FPDFText_CountChars(textPage);
    for (let i = 0; i < count; i++) chars.push(readChar(engine, textPage, i, fonts));
  } finally {
    raw.FPDFText_ClosePage(textPage);
  }
  return strings(chars).flatMap((string) => splitAtGaps(string).map((run) => toRun(run, base)));
}

/** Maximal sequences of characters of one text object in one style (a shown string, mostly). */
function strings(chars: ReadonlyArray<Char | null>): Char[][] {
  const out: Char[][] = [];
  let current: Char[] = [];
  for (const c of chars) {
    const last = current[current.length - 1];
    if (last && (!c || !sameString(last, c))) {
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
 */
function splitAtGaps(string: readonly Char[]): Char[][] {
  const gaps = string.slice(1).map((c, i) => gapAfter(string[i]!, c));
  const em = emOf(string[0]!);
  const usual = median(gaps.map((g) => g.along));
  const spacing = Math.abs(usual) <= MAX_SPACING_EMS * em ? usual : 0;
  const runs: Char[][] = [[string[0]!]];
  gaps.forEach((gap, i) => {
    const broken = Math.abs(gap.along - spacing) > SPLIT_EMS * em || Math.abs(gap.across) > ACROSS_EMS * em;
    if (broken) runs.push([]);
    runs[runs.length - 1]!.push(string[i + 1]!);
  });
  return runs.map((run) => run.map((c, i) => (i === run.length - 1 ? { ...c, advance: c.advance + spacing } : c)));
}

/** Character `i`, or null for a blank or a character PDFium generated (line breaks, spaces). */
function readChar(engine: Pdfium, textPage: number, i: number, fonts: FontCache): Char | null {
  const { raw, scratch: s } = engine;
  if (raw.FPDFText_IsGenerated(textPage, i) === 1) return null;
  const code = raw.FPDFText_GetUnicode(textPage, i);
  const text = raw.FPDFText_HasUnicodeMapError(textPage, i) === 1 ? UNMAPPED : String.fromCodePoint(code);
  if (code === 0 || BLANK.test(text)) return null;
  const object = raw.FPDFText_GetTextObject(textPage, i);
  raw.FPDFText_GetCharOrigin(textPage, i, s, s + 8);
  raw.FPDFText_GetMatrix(textPage, i, s + 16);
  raw.FPDFText_GetLooseCharBox(textPage, i, s + 40);
  const size = Math.abs(raw.FPDFText_GetFontSize(textPage, i));
  const m: Matrix = [engine.f32(s + 16, 0), engine.f32(s + 16, 1), engine.f32(s + 16, 2), engine.f32(s + 16, 3), 0, 0];
  // FS_RECTF: left, top, right, bottom.
  const box = [0, 1, 2, 3].map((k) => engine.f32(s + 40, k)) as [number, number, number, number];
  const font = fonts.of(object, code, size);
  const base = { text, object, m, size, ascent: font.ascent, descent: font.descent };
  const [x, y] = [engine.f64(s, 0), engine.f64(s, 1)];
  if (font.vertical) {
    // PDFium's origin is where the glyph is drawn, half a cell left of the pen; its loose box
    // starts at the pen's height.
    return { ...base, x: x + (size * m[0]) / 2, y: Math.max(box[1], box[3]), vertical: true, advance: font.verticalAdvance * size * Math.abs(m[3]) };
  }
  const upright = Math.abs(m[1]) + Math.abs(m[2]) <= UPRIGHT * (Math.abs(m[0]) + Math.abs(m[3]));
  // The loose box is the advance × one em, but PDFium builds it only for unrotated characters.
  const advance = upright ? Math.abs(box[2] - box[0]) : fonts.advance(object, code, size) * Math.hypot(m[0], m[1]);
  return { ...base, x, y, vertical: false, advance };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = values.sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function sameString(prev: Char, next: Char): boolean {
  return next.object === prev.object && next.size === prev.size && next.vertical === prev.vertical && sameAxes(prev.m, next.m);
}

/** Where `next` starts relative to where `prev` ends, along and across the writing direction. */
function gapAfter(prev: Char, next: Char): { along: number; across: number } {
  const [ux, uy] = direction(prev);
  const dx = next.x - (prev.x + ux * prev.advance);
  const dy = next.y - (prev.y + uy * prev.advance);
  return { along: dx * ux + dy * uy, across: -dx * uy + dy * ux };
}

/** The font size in user-space points. */
function emOf(c: Char): number {
  return c.size * Math.hypot(c.m[2], c.m[3]);
}

function sameAxes(a: Matrix, b: Matrix): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
}

/** The writing direction: along the baseline, or down the glyph axis for vertical writing. */
function direction({ m, vertical }: Char): [number, number] {
  const [x, y] = vertical ? [-m[2], -m[3]] : [m[0], m[1]];
  const len = Math.hypot(x, y) || 1;
  return [x / len, y / len];
}

function toRun(chars: readonly Char[], base: Matrix): TextRunInput {
  const first = chars[0]!;
  const last = chars[chars.length - 1]!;
  const [ux, uy] = direction(first);
  const width = (last.x - first.x) * ux + (last.y - first.y) * uy + last.advance;
  const { m, size } = first;
  const glyphSpace: Matrix = [m[0] * size, m[1] * size, m[2] * size, m[3] * size, first.x, first.y];
  return {
    text: chars.map((c) => c.text).join(''),
    transform: compose(base, glyphSpace),
    width,
    ascent: first.ascent,
    descent: first.descent,
    vertical: first.vertical,
  };
}

interface FontFacts {
  readonly font: number;
  readonly ascent: number;
  readonly descent: number;
  readonly vertical: boolean;
  /** Vertical writing: the advance down the column, in ems. */
  readonly verticalAdvance: number;
}

/** What runs need of each text object's font, looked up once per object and per font. */
class FontCache {
  readonly #byObject = new Map<number, FontFacts>();
  readonly #byFont = new Map<number, FontFacts>();
  constructor(private readonly engine: Pdfium) {}

  of(object: number, code: number, size: number): FontFacts {
    let facts = this.#byObject.get(object);
    if (!facts) {
      const font = this.engine.raw.FPDFTextObj_GetFont(object);
      facts = this.#byFont.get(font) ?? this.#read(font, code, size);
      this.#byFont.set(font, facts);
      this.#byObject.set(object, facts);
    }
    return facts;
  }

  #read(font: number, code: number, size: number): FontFacts {
    const { raw, scratch: s } = this.engine;
    const metric = (get: (font: number, size: number, out: number) => number): number | undefined =>
      font && get(font, 1, s) ? this.engine.f32(s, 0) : undefined;
    // A vertical-writing font reports its glyphs' vertical advance, which is negative (down).
    const width = font && raw.FPDFFont_GetGlyphWidth(font, code, size, s) ? this.engine.f32(s, 0) : 0;
    const program = font ? lineMetrics(fontProgram(this.engine, font)) : null;
    return {
      font,
      ascent: program?.ascent ?? metric(raw.FPDFFont_GetAscent) ?? 0.8,
      descent: program?.descent ?? metric(raw.FPDFFont_GetDescent) ?? -0.2,
      vertical: width < 0,
      verticalAdvance: -width / size,
    };
  }

  /** Advance of a rotated character, text-space points (the loose box is axis-bound). */
  advance(object: number, code: number, size: number): number {
    const { raw, scratch: s } = this.engine;
    const { font } = this.of(object, code, size);
    return font && raw.FPDFFont_GetGlyphWidth(font, code, size, s) ? Math.abs(this.engine.f32(s, 0)) : size;
  }
}

/** The embedded font program of a font (empty if none). */
function fontProgram(engine: Pdfium, font: number): Uint8Array {
  const { raw, scratch: s } = engine;
  if (!raw.FPDFFont_GetFontData(font, 0, 0, s)) return new Uint8Array(0);
  const length = engine.i32(s, 0);
  if (length <= 0) return new Uint8Array(0);
  const buffer = raw.malloc(length);
  try {
    if (!raw.FPDFFont_GetFontData(font, buffer, length, s)) return new Uint8Array(0);
    return engine.heap.HEAPU8.slice(buffer, buffer + length);
  } finally {
    raw.free(buffer);
  }
}

/**
 * Ascent and descent (fractions of the em) from a TrueType/OpenType program's `hhea` and
 * `head` tables: the line metrics the font's own renderer uses, which a descriptor's /Ascent
 * and /Descent often misstate (ONLYOFFICE writes 220 for 880). Null for other programs.
 */
export function lineMetrics(program: Uint8Array): { ascent: number; descent: number } | null {
  if (program.length < 12) return null;
  const view = new DataView(program.buffer, program.byteOffset, program.byteLength);
  const tag = view.getUint32(0);
  if (tag !== 0x00010000 && tag !== 0x74727565 && tag !== 0x4f54544f) return null; // 1.0, 'true', 'OTTO'
  const tables = new Map<string, number>();
  const count = view.getUint16(4);
  for (let i = 0; i < count && 12 + 16 * i + 16 <= program.length; i++) {
    const at = 12 + 16 * i;
    tables.set(String.fromCharCode(...program.subarray(at, at + 4)), view.getUint32(at + 8));
  }
  const head = tables.get('head');
  const hhea = tables.get('hhea');
  if (head === undefined || hhea === undefined || head + 20 > program.length || hhea + 8 > program.length) return null;
  const unitsPerEm = view.getUint16(head + 18);
  if (unitsPerEm === 0) return null;
  return { ascent: view.getInt16(hhea + 4) / unitsPerEm, descent: view.getInt16(hhea + 6) / unitsPerEm };
}
