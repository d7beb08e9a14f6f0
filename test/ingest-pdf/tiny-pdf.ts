/**
 * @module Test helper: writes small, valid PDFs from content streams, so that geometry the
 * corpus does not show (content drawn sideways without /Rotate, /Rotate 270, rulings inside
 * a form XObject) can be checked through the real reader. Text uses the standard fonts
 * Helvetica (/F1) and Times-Roman (/F2), which the engine has built in, and the
 * non-embedded Chinese font STSong-Light with the predefined CMaps UniGB-UCS2-H (/F3) and
 * UniGB-UCS2-V (/F4, vertical writing): text in those only decodes with the engine's CMaps.
 */

export interface TinyPage {
  /** Page content stream (PDF operators). */
  readonly content: string;
  /** MediaBox width and height, points. */
  readonly size?: readonly [number, number];
  readonly rotate?: 0 | 90 | 180 | 270;
  /** Form XObjects the content may paint with `/Name Do`. */
  readonly forms?: Readonly<Record<string, { readonly content: string; readonly matrix?: readonly number[] }>>;
}

/** Build a PDF file: objects with a correct cross-reference table. */
export function tinyPdf(pages: readonly TinyPage[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pageTree = add('');
  const helvetica = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const times = add('<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>');
  // A composite (CID-keyed) font with a FontDescriptor, as readers expect.
  const songDescriptor = add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 ' +
    '/FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>');
  const song = add('<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ' +
    `/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${songDescriptor} 0 R /DW 1000 >>`);
  const songH = add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${song} 0 R] >>`);
  const songV = add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-V /DescendantFonts [${song} 0 R] >>`);
  const fonts = `/Font << /F1 ${helvetica} 0 R /F2 ${times} 0 R /F3 ${songH} 0 R /F4 ${songV} 0 R >>`;
  const kids: number[] = [];
  for (const page of pages) {
    const xobjects: string[] = [];
    for (const [name, form] of Object.entries(page.forms ?? {})) {
      const matrix = form.matrix ? ` /Matrix [${form.matrix.join(' ')}]` : '';
      const id = add(`<< /Type /XObject /Subtype /Form /BBox [-2000 -2000 4000 4000]${matrix} ` +
        `/Resources << ${fonts} >> /Length ${form.content.length} >>\nstream\n${form.content}\nendstream`);
      xobjects.push(`/${name} ${id} 0 R`);
    }
    const stream = add(`<< /Length ${page.content.length} >>\nstream\n${page.content}\nendstream`);
    const [w, h] = page.size ?? [595, 842];
    kids.push(add(`<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 ${w} ${h}] /Rotate ${page.rotate ?? 0} ` +
      `/Resources << ${fonts} /XObject << ${xobjects.join(' ')} >> >> /Contents ${stream} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;

  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Content is ASCII only, so string length equals byte length and the offsets hold.
  return new TextEncoder().encode(out);
}

/** `BT … ET` drawing `text` at (x, y) in font /F1 (Helvetica) or /F2 (Times-Roman). */
export function textAt(text: string, x: number, y: number, size = 10, font: 'F1' | 'F2' = 'F1'): string {
  return `BT /${font} ${size} Tf 1 0 0 1 ${x} ${y} Tm (${text}) Tj ET\n`;
}

/** Chinese text at (x, y) in STSong-Light, horizontal (/F3) or vertical (/F4) writing. */
export function chineseAt(text: string, x: number, y: number, size = 10, vertical = false): string {
  // UniGB-UCS2 takes UTF-16BE code units; a hex string keeps the content stream ASCII.
  const hex = Array.from(text, (ch) => ch.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  return `BT /${vertical ? 'F4' : 'F3'} ${size} Tf 1 0 0 1 ${x} ${y} Tm <${hex}> Tj ET\n`;
}
