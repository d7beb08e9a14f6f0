/**
 * @module Line metrics (ascent, descent) of the fonts embedded in a document, read from their
 * programs: the `hhea` and `head` tables of TrueType and OpenType fonts, as viewers use them.
 */
import type { Pdfium } from './pdfium.js';

/** Base font names are UTF-8 (fpdf_edit.h). */
const NAME_DECODER = new TextDecoder();

/**
 * Line metrics of embedded font programs, for one document. A font handle is only valid
 * while a page uses it (PDFium may free the font and reuse the address), so programs are
 * known by name and length, and copied out of the engine once each, not once per page.
 */
export class FontPrograms {
  readonly #known = new Map<string, LineMetrics | null>();
  constructor(private readonly engine: Pdfium) {}

  lineMetrics(font: number): LineMetrics | null {
    const { raw, scratch: s } = this.engine;
    if (!raw.FPDFFont_GetFontData(font, 0, 0, s)) return null;
    const length = this.engine.i32(s, 0);
    if (length <= 0) return null;
    const key = `${this.#name(font)}\u0000${length}`;
    if (!this.#known.has(key)) this.#known.set(key, this.#read(font, length));
    return this.#known.get(key)!;
  }

  #name(font: number): string {
    const { raw, heap } = this.engine;
    const length = raw.FPDFFont_GetBaseFontName(font, 0, 0);
    if (length <= 0) return '';
    const buffer = raw.malloc(length);
    if (!buffer) return '';
    try {
      raw.FPDFFont_GetBaseFontName(font, buffer, length);
      return NAME_DECODER.decode(heap.HEAPU8.subarray(buffer, buffer + length - 1));
    } finally {
      raw.free(buffer);
    }
  }

  #read(font: number, length: number): LineMetrics | null {
    const { raw, scratch: s, heap } = this.engine;
    const buffer = raw.malloc(length);
    if (!buffer) return null;
    try {
      if (!raw.FPDFFont_GetFontData(font, buffer, length, s)) return null;
      return lineMetrics(heap.HEAPU8.subarray(buffer, buffer + length));
    } finally {
      raw.free(buffer);
    }
  }
}

export interface LineMetrics {
  readonly ascent: number;
  readonly descent: number;
}

/**
 * Ascent and descent (fractions of the em) from a TrueType/OpenType program's `hhea` and
 * `head` tables: the line metrics the font's own renderer uses, which a descriptor's /Ascent
 * and /Descent often misstate (ONLYOFFICE writes 220 for 880). Null for other programs.
 */
export function lineMetrics(program: Uint8Array): LineMetrics | null {
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
