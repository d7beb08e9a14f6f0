/**
 * @module One disclosure published as two files (情况说明 in one, the tables in the other, as
 * Beijing and Jiangsu 2019 do): each file read on its own, then merged, so that checks see one
 * disclosure — explanation figures linked to table cells, no table reported missing.
 * Lines of the second file are numbered after the first's; pages stay those of each file.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Disclosure, DocumentMeta } from '../model/index.js';
import type { ParseResult } from './parse.js';
import { accept, readDisclosure } from './parse.js';

export interface InputFile {
  readonly bytes: Uint8Array;
  readonly file: string;
}

export async function parseTogether(files: readonly InputFile[]): Promise<ParseResult> {
  const parts: Disclosure[] = [];
  let offset = 0;
  for (const { bytes, file } of files) {
    const read = await readDisclosure(bytes, file, offset);
    if (!read.ok) return read;
    parts.push(read.value);
    offset = Math.max(offset, ...(read.value.lines ?? []).map((l) => l.at.line));
  }
  const merged = parts.reduce((a, b) => mergeDisclosures(a, b));
  return accept(merged);
}

/**
 * Two parsed parts as one disclosure: tables from the part with more of them, explanation
 * sections from the other (unless it has none), metadata from the better-profiled part with
 * its gaps filled from the other; warnings, performance tables and lines of both.
 */
export function mergeDisclosures(a: Disclosure, b: Disclosure): Disclosure {
  const [tablesOf, other] = b.tables.length > a.tables.length ? [b, a] : [a, b];
  const sectionsOf = other.sections.length > 0 ? other : tablesOf;
  const [better, worse] = known(b.document) > known(a.document) ? [b.document, a.document] : [a.document, b.document];
  const document = Object.fromEntries(Object.entries(better).map(([k, v]) =>
    [k, v ?? worse[k as keyof DocumentMeta]])) as unknown as DocumentMeta;
  if (document.level === 'unknown') document.level = worse.level;
  return {
    source: {
      file: `${a.source.file} + ${b.source.file}`,
      sha256: createHash('sha256').update(a.source.sha256 + b.source.sha256).digest('hex'),
      format: a.source.format,
      pages: a.source.pages === null || b.source.pages === null ? null : a.source.pages + b.source.pages,
    },
    document,
    tables: tablesOf.tables,
    performance: [...a.performance, ...b.performance],
    sections: sectionsOf.sections,
    warnings: [...a.warnings, ...b.warnings].map((w, i) => ({ ...w, message: `${basename(i < a.warnings.length ? a.source.file : b.source.file)}: ${w.message}` })),
    lines: [...(a.lines ?? []), ...(b.lines ?? [])],
  };
}

/** Profile fields found (department, year, kind, scope, title, unit, level). */
function known(m: DocumentMeta): number {
  return [m.department, m.fiscalYear, m.kind, m.scope, m.title, m.currencyUnit].filter((v) => v !== null).length
    + (m.level === 'unknown' ? 0 : 1);
}
