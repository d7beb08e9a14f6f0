/**
 * @module Counts in the explanations (车辆 N 辆, 其中 A 用车 a 辆、B 用车 b 辆 …; 公务用车保有量 N 辆):
 * read clause by clause with the catalogue's count vocabulary. Only counts that can be checked
 * become claims: a total with the parts listed after its 其中, the vehicles held (assets
 * section) and the 三公 section's stock of vehicles.
 */
import { COUNT_FIGURE, COUNT_LIST_FILLER, COUNT_PART, COUNT_SECTIONS, STOCK_DIFFERENCE_EXPLAINED, VEHICLE_STOCK, VEHICLES_HELD } from '../../catalogue/index.js';
import { parseNumber, type Disclosure, type Section } from '../../model/index.js';
import { inSections, locate, type LineIndex } from '../support.js';
import { compact, normaliseSubject } from './subject.js';
import type { Claim, Mention } from './types.js';

interface CountFigure {
  readonly subject: string;
  readonly value: bigint;
  readonly unit: string;
  readonly text: string;
  readonly clause: string;
}

interface CountList {
  readonly total: CountFigure;
  readonly parts: CountFigure[];
  readonly sentence: string;
}

/** Appends the checkable counts of `sections` to the claims and mentions. */
export function readCounts(d: Disclosure, sections: readonly Section[], lines: LineIndex, claims: Claim[], mentions: Mention[]): void {
  for (const section of sections) {
    if (!section.key || !inSections(section.key, COUNT_SECTIONS)) continue;
    let cursor = section.at;
    const explained = STOCK_DIFFERENCE_EXPLAINED.test(compact(section.text));
    for (const list of countLists(section.text, d.document.department)) {
      if (!checkable(section.key, list)) continue;
      const add = (figure: CountFigure, whole: number | null): number => {
        const at = locate(lines, compact(figure.clause), cursor);
        cursor = at;
        const mention: Mention = { id: mentions.length, subject: figure.subject, section: section.key, claims: { count: claims.length }, whole };
        mentions.push(mention);
        claims.push({
          id: claims.length, mention: mention.id, kind: 'count', value: figure.value, decimals: 0, text: figure.text, percent: false,
          ...(explained ? { explained: true as const } : {}),
          place: { section: section.key, heading: section.heading, at, sentence: list.sentence },
        });
        return mention.id;
      };
      const total = add(list.total, null);
      for (const part of list.parts) add(part, total);
    }
  }
}

function checkable(section: string, list: CountList): boolean {
  if (list.parts.length > 0) return true;
  return section.startsWith('assets') ? VEHICLES_HELD.test(list.total.subject) : VEHICLE_STOCK.test(list.total.subject);
}

/** Each count with the parts its 其中 lists (a list ends at the sentence end, a clause of other words, or another unit). */
function countLists(text: string, department: string | null): CountList[] {
  const out: CountList[] = [];
  for (const sentence of text.split(/(?<=[。\n])/).map((s) => s.trim()).filter(Boolean)) {
    let list: CountList | null = null;
    let inParts = false;
    for (const raw of sentence.split(/[，、；;：:。\n]|,(?!\d{3})/)) {
      let clause = compact(raw);
      if (clause.startsWith('其中')) {
        inParts = list !== null;
        clause = clause.slice(2);
        if (!clause) continue;
      }
      const figure = readCount(clause, department);
      if (!figure) {
        if (!(inParts || list) || !COUNT_LIST_FILLER.test(clause)) [list, inParts] = [null, false];
        continue;
      }
      if (list && inParts && figure.unit === list.total.unit && COUNT_PART.test(figure.subject)) {
        list.parts.push(figure);
        continue;
      }
      list = { total: figure, parts: [], sentence };
      inParts = false;
      out.push(list);
    }
  }
  return out;
}

function readCount(clause: string, department: string | null): CountFigure | null {
  const m = COUNT_FIGURE.exec(clause);
  // The model's number reader: a count is held in millionths like an amount (11,903 → 11903_000000n).
  const count = m ? parseNumber(m[1] ?? '') : null;
  if (!m || !count) return null;
  const [whole, , unit = ''] = m;
  return {
    subject: normaliseSubject(clause.slice(0, m.index), department),
    value: count.value,
    unit: unit.startsWith('台') || unit === '套' ? '台' : unit,
    text: whole,
    clause,
  };
}
