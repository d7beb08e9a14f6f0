/**
 * @module Finds the table of contents (目录): its entries repeat the headings of the body and
 * must not become sections. The contents run from the 目录 line over numbered entries, entries
 * with leader dots and page numbers, and short wrapped tails, and end where the body begins:
 * the first entry's numbering comes round again (第一部分 … 第一部分), a part's entry is printed
 * a second time, or a line that is no entry (prose, an unnumbered page heading) appears.
 */
import { parseNumbering } from './headings.js';
import { compact, isFurniture } from './text-utils.js';

const TOC_TITLE = /^目\s*录$/;
const LEADER = /(?:\.{3,}|…{2,}|·{3,}|-{4,}|_{4,})\s*\d*\s*$/;
/** A page number printed after an entry without leader dots ("七、…支出表的说明 23"). */
const PAGE_AFTER = /\s\d{1,3}$/;

function entryText(text: string): string {
  return compact(text.replace(LEADER, '').replace(PAGE_AFTER, ''));
}

/**
 * Indexes (into `texts`) of the lines that belong to a table of contents. `texts` are the
 * document's lines in order; furniture lines inside the contents count as contents.
 */
export function tocLines(texts: readonly string[]): Set<number> {
  const toc = new Set<number>();
  for (let i = 0; i < texts.length; i++) {
    if (!TOC_TITLE.test(compact(texts[i] ?? ''))) continue;
    toc.add(i);
    let first: { style: string; n: number } | null = null;
    const parts = new Set<string>();
    let j = i + 1;
    for (; j < texts.length; j++) {
      const raw = (texts[j] ?? '').trim();
      if (isFurniture(raw)) {
        toc.add(j);
        continue;
      }
      const text = entryText(raw);
      const numbering = parseNumbering(text);
      if (numbering) {
        if (first === null) first = { style: numbering.style, n: numbering.n };
        else if (numbering.style === first.style && numbering.n === first.n) break;
        if (numbering.style === 'part') {
          if (parts.has(text)) break;
          parts.add(text);
        }
        toc.add(j);
        continue;
      }
      const isEntry =
        LEADER.test(raw) ||
        /^注[:：]/.test(text) ||
        // A wrapped tail of the entry above ("总体说明", "出预算表").
        (text.length <= 8 && !/[，。；]/.test(text)) ||
        // Section lists without numbering ("一、文字部分" … are numbered; "二、表格部分" too).
        /部分$/.test(text);
      if (!isEntry) break;
      toc.add(j);
    }
    i = j - 1;
  }
  return toc;
}
