/**
 * @module The parse pipeline: bytes → ingest (format by content) → narrative profile and
 * sections → tables → one Disclosure. Errors are values at this boundary: a file that cannot
 * be read gives `{ ok: false, error }`, never a throw.
 */
import { createHash } from 'node:crypto';
import { readPdf, readText } from '../ingest/index.js';
import type { IngestErrorCode, RawDocument } from '../ingest/index.js';
import type { Disclosure, SourceFormat, Warning } from '../model/index.js';
import { profileDocument, readSections } from '../narrative/index.js';
import { readPerformanceTables, recognizeTables } from '../tables/index.js';

export type ParseErrorCode = IngestErrorCode | 'NOT_DISCLOSURE' | 'NO_TEXT_LAYER';

export type ParseResult =
  | { ok: true; value: Disclosure }
  | { ok: false; error: { code: ParseErrorCode; message: string }; source: { file: string; sha256: string } };

export async function parseBytes(bytes: Uint8Array, file: string): Promise<ParseResult> {
  const read = await readDisclosure(bytes, file);
  return read.ok ? accept(read.value) : read;
}

/**
 * A parsed disclosure, or why it is none. A file with pages but no text to read is a scan:
 * until OCR exists that is what the user must hear, not "not a disclosure".
 */
export function accept(disclosure: Disclosure): ParseResult {
  if (!looksLikeDisclosure(disclosure)) {
    const source = { file: disclosure.source.file, sha256: disclosure.source.sha256 };
    const scanned = disclosure.source.format === 'pdf' && (disclosure.source.pages ?? 0) > 0 &&
      (disclosure.lines ?? []).every((l) => !l.text.trim());
    const error = scanned
      ? { code: 'NO_TEXT_LAYER' as const, message: `全部 ${disclosure.source.pages} 页没有文字层（扫描件），需要 OCR，尚不支持 ` +
        `(no text layer on any of the ${disclosure.source.pages} pages: a scan; OCR is not supported yet)` }
      : { code: 'NOT_DISCLOSURE' as const, message: '未识别出预决算公开的表格或说明 (no disclosure tables or explanations found)' };
    return { ok: false, error, source };
  }
  return { ok: true, value: disclosure };
}

/**
 * The whole read of one file, whether or not it looks like a disclosure (one part of a
 * disclosure published as two files need not). `lineOffset` numbers its lines after
 * another file's, so that lines of the two stay apart when they are merged.
 */
export async function readDisclosure(bytes: Uint8Array, file: string, lineOffset = 0): Promise<ParseResult> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const format: SourceFormat = isPdf(bytes) ? 'pdf' : 'text';
  const read = format === 'pdf' ? await readPdf(bytes) : readText(bytes);
  if (!read.ok) return { ok: false, error: read.error, source: { file, sha256 } };
  const doc = lineOffset === 0 ? read.value : { ...read.value, lines: read.value.lines.map((l) => ({ ...l, at: { ...l.at, line: l.at.line + lineOffset } })) };
  return { ok: true, value: fromLines(doc, { file, sha256, format, pages: read.value.pages }) };
}

function fromLines(doc: RawDocument, source: Disclosure['source']): Disclosure {
  const document = profileDocument(doc.lines);
  const recognized = recognizeTables(doc.lines, document.kind);
  const warnings: Warning[] = [
    ...doc.warnings.map((w) => ({ code: w.code, message: w.message, ...(w.page ? { at: { page: w.page, line: 0 } } : {}) })),
    ...recognized.warnings,
    ...truncation(doc, recognized.tables),
  ];
  if (doc.pagesWithoutText.length > 0) {
    warnings.push({ code: 'NO_TEXT_LAYER', message: `第 ${doc.pagesWithoutText.join(', ')} 页没有文字层 (no text layer on pages ${doc.pagesWithoutText.join(', ')})` });
  }
  return {
    source, document, tables: recognized.tables, performance: readPerformanceTables(doc.lines),
    sections: readSections(doc.lines, document.department), warnings, lines: doc.lines,
  };
}

/** A table running to the very end of the input with figures is cut off (no note, no next part). */
function truncation(doc: RawDocument, tables: Disclosure['tables']): Warning[] {
  const last = tables[tables.length - 1];
  if (!last || last.empty) return [];
  const lastLine = [...doc.lines].reverse().find((l) => l.text)?.at.line ?? 0;
  const lastRowLine = Math.max(...last.rows.map((r) => r.at.line));
  if (lastLine - lastRowLine <= 2 && doc.format === 'text') {
    return [{ code: 'TRUNCATED', message: `${last.title}：表格在文件末尾中断，结果不完整 (table cut off at end of input)`, at: last.at }];
  }
  return [];
}

function looksLikeDisclosure(d: Disclosure): boolean {
  return d.tables.length > 0 || (d.document.fiscalYear !== null && d.document.kind !== null && d.sections.length > 0);
}

function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}
