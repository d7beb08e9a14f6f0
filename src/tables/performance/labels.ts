/**
 * @module Picks the row labels out of the indicator body: 一级/二级 labels (which wrap, down to one
 * character per line: "产出/指标", "服/务对/象满意/度指标"), the block's own row label ("绩/效/指/标")
 * and the 总分 row. What is left are the tokens of indicator rows, in runs between labels.
 */
import type { Tok } from './text.js';
import { LEVEL1, LEVEL2, MARKERS, TOTAL_LABELS } from './vocabulary.js';

export type Item =
  | { readonly kind: 'level'; level: 1 | 2; readonly text: string; readonly toks: readonly Tok[] }
  | { readonly kind: 'marker'; readonly toks: readonly Tok[] }
  | { readonly kind: 'total'; readonly toks: readonly Tok[] }
  | { readonly kind: 'tok'; readonly tok: Tok };

/** A label may be spread over this many tokens. */
const MAX_PARTS = 6;

const L1 = new Set<string>(LEVEL1);
const L2 = new Set<string>(LEVEL2);
const MARK = new Set<string>(MARKERS);
const TOTAL = new Set<string>(TOTAL_LABELS);

export function classify(toks: readonly Tok[]): Item[] {
  const items: Item[] = [];
  let i = 0;
  while (i < toks.length) {
    const hit = longestLabel(toks, i);
    if (hit) {
      items.push(hit.item);
      i += hit.parts;
    } else {
      items.push({ kind: 'tok', tok: toks[i] as Tok });
      i++;
    }
  }
  resolveLevels(items);
  return items;
}

function longestLabel(toks: readonly Tok[], i: number): { item: Item; parts: number } | null {
  let text = '';
  let best: { item: Item; parts: number } | null = null;
  for (let j = i; j < toks.length && j < i + MAX_PARTS; j++) {
    text += (toks[j] as Tok).text;
    const parts = toks.slice(i, j + 1);
    if (L1.has(text) || L2.has(text)) best = { item: { kind: 'level', level: L1.has(text) ? 1 : 2, text, toks: parts }, parts: parts.length };
    else if (MARK.has(text)) best = { item: { kind: 'marker', toks: parts }, parts: parts.length };
    else if (TOTAL.has(text)) best = { item: { kind: 'total', toks: parts }, parts: parts.length };
  }
  return best;
}

/**
 * A label in both lists (成本指标, 满意度指标) is 一级 when another level label follows it and
 * 二级 when a row does ("满意度指标 / 满意度指标 / 全体干部满意度").
 */
function resolveLevels(items: Item[]): void {
  items.forEach((item, i) => {
    if (item.kind !== 'level' || !(L1.has(item.text) && L2.has(item.text))) return;
    const next = items[i + 1];
    item.level = next?.kind === 'level' ? 1 : 2;
  });
}
