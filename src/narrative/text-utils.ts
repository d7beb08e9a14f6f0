/**
 * @module Small text helpers of the narrative stage: whitespace that extraction inserted
 * between CJK characters, page furniture (page numbers), Chinese numerals, and re-joining
 * wrapped lines into paragraphs.
 */

const ASCII_WORD = /[A-Za-z0-9]/;

/**
 * Removes whitespace except between two ASCII letters or digits, where it separates words or
 * numbers ("2024 年度 部门决算" → "2024年度部门决算"; "APEC 商务" → "APEC商务").
 */
export function compact(text: string): string {
  if (!/\s/.test(text)) return text;
  let c = compacted.get(text);
  if (c === undefined) {
    if (compacted.size >= COMPACT_CACHE) compacted.clear();
    compacted.set(text, (c = removeSpaces(text)));
  }
  return c;
}

/** The readers ask for the same lines' compact form many times; a bounded cache answers. */
const compacted = new Map<string, string>();
const COMPACT_CACHE = 20000;

function removeSpaces(text: string): string {
  if (!KEPT_SPACE.test(text)) return text.replace(/\s+/g, '');
  return text.replace(/\s+/g, (space, offset: number, all: string) => {
    const before = all[offset - 1];
    const after = all[offset + space.length];
    return before !== undefined && after !== undefined && ASCII_WORD.test(before) && ASCII_WORD.test(after) ? ' ' : '';
  });
}

const KEPT_SPACE = /[A-Za-z0-9]\s+[A-Za-z0-9]/;

/** Page numbers and similar furniture that is not part of any text ("15", "- 1 -", "—2—", "第 3 页"). */
export function isFurniture(text: string): boolean {
  const t = text.trim();
  if (t.length === 0) return true;
  return (
    /^[-—–－\s]*\d{1,4}[-—–－\s]*$/.test(t) ||
    /^第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?$/.test(t) ||
    /^\d{1,4}\s*\/\s*\d{1,4}$/.test(t)
  );
}

const DIGITS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 一 … 九十九 as a number (十一 → 11, 二十 → 20), or null. */
export function parseChineseNumber(text: string): number | null {
  if (text === '十') return 10;
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text.length === 0) return null;
  const [, tens, ten, units] = m;
  if (ten === undefined) return tens !== undefined && units === undefined ? (DIGITS[tens] ?? null) : null;
  return (tens !== undefined ? (DIGITS[tens] ?? 0) : 1) * 10 + (units !== undefined ? (DIGITS[units] ?? 0) : 0);
}

/** A sentence ends here; the next line starts a new paragraph. */
const SENTENCE_END = /[。！？!?]$/;
/** A line opening with list numbering starts a new paragraph. */
const LIST_START = /^(?:[（(]?[一二三四五六七八九十]{1,3}[)）、．.]|[（(]\d{1,2}[)）]|\d{1,2}[、．.](?!\d)|[①-⑳])/;
/** A line this much shorter than the full width ended its paragraph ("元，其中："). */
const SHORT_LINE = 0.8;

/**
 * Joins printed lines into text. A wrapped line continues its paragraph with no space between
 * CJK characters (a space only between two ASCII words or numbers, as extraction would have
 * printed it). A new paragraph ("\n") starts after a sentence end, before list numbering, and,
 * when the printed width is known, after a line that stops short of it. Inside a line, spaces
 * between two CJK characters go (justified lines come out spaced: "安 全 生 产"); spaces next to
 * numbers stay as printed ("支出预算为 52,309.73万元").
 */
export function joinLines(lines: readonly string[], width: number | null = null): string {
  let out = '';
  let prev = '';
  for (const raw of lines) {
    const line = closeCjkSpaces(raw.trim());
    if (line.length === 0) continue;
    const short = width !== null && Number.isFinite(width) && visibleLength(prev) < width * SHORT_LINE;
    if (out.length === 0) out = line;
    else if (SENTENCE_END.test(prev) || LIST_START.test(line) || short) out += '\n' + line;
    else {
      const a = prev[prev.length - 1] ?? '';
      const b = line[0] ?? '';
      out += ASCII_WORD.test(a) && ASCII_WORD.test(b) ? ' ' + line : line;
    }
    prev = line;
  }
  return out;
}

/** CJK characters and punctuation: extraction of justified lines spaces them out ("安 全 生 产"). */
const CJK_SPACED = /([\u3400-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f“”‘’])\s+(?=[\u3400-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f“”‘’])/g;

/** Removes spaces between two CJK characters; spaces next to numbers stay as printed ("为 52,309.73万元"). */
export function closeCjkSpaces(text: string): string {
  return text.replace(CJK_SPACED, '$1');
}

/** Length of a line in characters once extraction spaces are gone (for width statistics). */
export function visibleLength(text: string): number {
  return compact(text).length;
}

/**
 * The width of a full printed line: most lines of running prose reach it, so a shorter line
 * ends a paragraph or is a heading. Infinity when the text is not wrapped (DOCX paragraphs);
 * null when there is too little prose to tell.
 */
export function typicalWidth(texts: readonly string[]): number | null {
  const widths = texts
    .filter((t) => /[，。]/.test(t))
    .map(visibleLength)
    .sort((a, b) => a - b);
  if (widths.length < 10) return null;
  const w = widths[Math.floor(widths.length * 0.6)] ?? Infinity;
  // Unwrapped paragraphs (a DOCX export) are far longer than any printed line.
  return w > 80 ? Infinity : w;
}
