/**
 * @module Plain-text reader (the form of the founding documents): decodes, rejects what is
 * not text, and yields lines with their line numbers. Page furniture is left to recognition,
 * which knows what a table row looks like.
 */
import type { IngestResult, Line } from '../types.js';

/** Share of control characters above which a buffer is binary, not text. */
const MAX_CONTROL_SHARE = 0.01;

export function readText(bytes: Uint8Array): IngestResult {
  if (bytes.length === 0) return { ok: false, error: { code: 'EMPTY', message: '文件为空 (empty file)' } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: { code: 'BINARY', message: '不是 UTF-8 文本 (not UTF-8 text)' } };
  }
  if (controlShare(text) > MAX_CONTROL_SHARE) {
    return { ok: false, error: { code: 'BINARY', message: '文件含二进制内容 (binary content)' } };
  }
  const lines: Line[] = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ text: normaliseLine(raw), at: { page: null, line: i + 1 } }));
  if (!lines.some((l) => l.text.length > 0)) {
    return { ok: false, error: { code: 'EMPTY', message: '文件没有文字 (no text)' } };
  }
  return { ok: true, value: { format: 'text', pages: null, lines, pagesWithoutText: [], warnings: [] } };
}

function controlShare(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) n++;
  }
  return n / text.length;
}

/** Tabs of a DOCX export and full-width spaces become single spaces; DOCX bookmarks go. */
function normaliseLine(raw: string): string {
  return raw
    .replace(/\[bookmark: [^\]]*\]/g, '')
    .replace(/[\t\u3000\u00a0]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}
