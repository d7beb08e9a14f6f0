/**
 * @module Reading a table's header: which catalogue columns it prints (by their header
 * words, longest match first), how many columns the 栏次 line counts, and the unit line.
 * Flattened multi-level headers lose their geometry, so columns come out in the catalogue's
 * canonical order, which is the order of the standard forms.
 */
import type { ColumnSpec } from '../catalogue/index.js';
import { squash } from './text.js';

/** Header words found, by longest match scanning left to right. */
export function headerWords(header: string, columns: readonly ColumnSpec[]): Set<string> {
  const aliases = columns.flatMap((c) => c.aliases.map((a) => ({ key: c.key, alias: squash(a) })));
  aliases.sort((a, b) => b.alias.length - a.alias.length);
  const found = new Set<string>();
  for (let i = 0; i < header.length;) {
    const hit = aliases.find((a) => header.startsWith(a.alias, i));
    if (hit) { found.add(hit.key); i += hit.alias.length; } else i++;
  }
  return found;
}

/** The columns a header prints, in canonical order; `count` (from 栏次) trims group headings. */
export function columnsOf(header: string, specs: readonly ColumnSpec[], count: number | null): ColumnSpec[] {
  const found = headerWords(header, specs);
  let cols = specs.filter((c) => (c.required || found.has(c.key)) && (!c.when || c.when.some((w) => header.includes(w))));
  // 基本支出 printed only as a group heading over 人员经费/公用经费 has no column of its own.
  if (count !== null && cols.length === count + 1 && found.has('personnel') && found.has('public')) {
    cols = cols.filter((c) => c.key !== 'basic');
  }
  return cols;
}

/** "栏次 1 2 3", "※ ※ 1 2 3", "1 2 3 … 12": the number of columns counted, or null. */
export function columnCount(line: string): number | null {
  const t = line.replace(/栏\s*次|※/g, ' ').trim();
  if (!/^\d+(\s+\d+)+$/.test(t)) return null;
  const nums = t.split(/\s+/).map(Number);
  if (nums[0] !== 1 || nums.some((n, i) => n !== i + 1)) return null;
  return nums.length;
}

/** 单位：万元 / 金额单位：元 */
export function unitOf(line: string): '万元' | '元' | null {
  const m = /单位[：:]\s*(万\s*元|元)/.exec(line);
  return m ? (m[1]!.includes('万') ? '万元' : '元') : null;
}

/** Lines that state who and in what unit, above a table's header. */
export function isMetaLine(line: string): boolean {
  return /^(部门|单位|编制部门|编制单位|预算单位|填报单位|金额单位|单位名称)[：:]/.test(squash(line)) || /单位[：:]\s*万?\s*元$/.test(line);
}

/** A note under a table: 注：…, 说明：…, or the "no data" sentence of an empty table. */
export function isNoteLine(line: string): boolean {
  const t = squash(line);
  return /^[（(]?(注|说明|备注)[：:0-9１-９]/.test(t) || /(无数据|为空表|空表。|本表无|没有.{0,30}(支出|收入|经费|预算))/.test(t);
}
