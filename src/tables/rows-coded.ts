/**
 * @module Rows of coded tables from flattened text: a code starts a row; names that wrap
 * ("2080505" / "机关事业单位基本养老保险缴费" / "支出" / "37,735.60 37,735.60") are re-joined;
 * rows without codes (合计, project names) start with their label.
 */
import type { Line } from '../ingest/index.js';
import type { RawRow } from './raw.js';
import { rowKeyOf } from './raw.js';
import { CODE_SCHEMES, PARALLEL_SCHEMES } from '../catalogue/index.js';
import type { TableSpec } from '../catalogue/index.js';
import type { CodeScheme } from '../model/index.js';
import { atOf, leadingCode, squash, tokenize, tokenizeLine } from './text.js';
import type { PrintedValue } from './raw.js';
import { CodeParts } from './code-parts.js';
import { markedCode } from './marked-codes.js';
import { leadingUnitCode } from './unit-codes.js';

interface Pending {
  code: string | null;
  unitCode?: string;
  label: string[];
  values: PrintedValue[];
  lines: Line[];
}

/** `unitCodes`: the header names a unit-code column, so a leading code is a unit's (see unit-codes.ts). */
export function codedRows(lines: readonly Line[], spec: TableSpec, columns: readonly string[], unitCodes = false): RawRow[] {
  const rows: RawRow[] = [];
  let cur: Pending | null = null;
  let orphan: Line[] = []; // text after a complete row: a wrapped name, or the next row's label
  const flush = () => {
    if (cur && (cur.code || cur.unitCode || cur.values.length > 0)) rows.push(toRow(cur, spec, columns));
    cur = null;
  };
  const parts = new CodeParts();
  for (const line of lines) {
    const unit = unitCodes ? leadingUnitCode(line) : null;
    const full = unitCodes ? null : markedCode(line.text, spec.codes) ?? leadingCode(line.text) ?? codeCell(line, spec.codes);
    if (full) parts.seen(full.code);
    const coded = unit ? { code: null, ...unit } : full ?? (unitCodes ? null : parts.complete(line));
    const { label, values } = splitLine(coded ? coded.rest : line.text, line);
    if (coded) {
      const ahead = orphan.length && cur ? wrappedAbove(orphan, cur.lines[cur.lines.length - 1]!, line) : orphan.length;
      if (cur) appendLabel(cur, orphan.slice(0, ahead));
      const own = orphan.slice(ahead);
      orphan = [];
      flush();
      cur = { code: coded.code, ...('unitCode' in coded ? { unitCode: coded.unitCode } : {}), label: [...own.map((l) => l.text), ...(label ? [label] : [])], values, lines: [...own, line] };
      continue;
    }
    if (values.length === 0) {
      if (cur && cur.values.length === 0) { appendLabel(cur, [line]); continue; }
      orphan.push(line);
      continue;
    }
    // a line with values: it completes a coded row still waiting for its figures
    // (a project name may stand on the figures' line: "2025 年边境地区转移支付 4,455.00")
    if (cur && cur.values.length === 0 && (!label || ((cur.code || cur.unitCode) && !rowKeyOf(label, spec.rows, undefined, null)))) {
      if (orphan.length) appendLabel(cur, orphan);
      orphan = [];
      if (label) cur.label.push(label);
      cur.values = values;
      cur.lines.push(line);
      continue;
    }
    // a name wrapped around its figures (福州市商务 / 发展促进中 337.92 / 心): the lines between two
    // rows go with the nearer one, where positions tell
    const ahead = cur && orphan.length && placed(cur.lines[cur.lines.length - 1]!, line) ? wrappedAbove(orphan, cur.lines[cur.lines.length - 1]!, line) : 0;
    if (cur) appendLabel(cur, orphan.slice(0, ahead));
    flush();
    const labelLines = orphan.slice(ahead);
    orphan = [];
    const text = [...labelLines.map((l) => l.text), label].filter(Boolean).join('');
    cur = { code: null, label: text ? [text] : [], values, lines: [...labelLines, line] };
  }
  if (orphan.length && cur) appendLabel(cur, orphan);
  flush();
  // A row of figures printed with no label and no code is the table's total (单位收入总表 prints one such row).
  const unlabelled = rows.filter((r) => !r.code && !r.unitCode && !r.name);
  if (unlabelled.length === 1 && !rows.some((r) => r.key === 'total')) unlabelled[0]!.key = 'total';
  return rows;
}

/**
 * A code printed alone in its cell, with the row's name wrapped onto the lines around it
 * ("208 76.23 76.23"): text alone cannot tell the code from an amount; the piece can.
 * Split codes keep their 款/项 parts, each a piece of its own ("201 03 99 20,120,000.00"),
 * when a printed amount (comma or decimals) follows them, or the code of a scheme printed
 * beside the table's own (烟台: "301 08 501 02 社会保障缴费 220.93", the 部门 name wrapped around it).
 */
function codeCell(line: Line, scheme: CodeScheme | undefined): { code: string; rest: string } | null {
  const pieces = line.pieces ?? [];
  const first = pieces[0];
  if (!first || pieces.length < 2 || !/^[2-5]\d{2}(\d{2}){0,2}$/.test(first.text)) return null;
  let n = 1;
  while (first.text.length === 3 && n < 3 && /^\d{1,2}$/.test(pieces[n]?.text ?? '')) n++;
  const after = pieces[n];
  const parallel = (scheme && PARALLEL_SCHEMES[scheme]) ?? [];
  const beside = after && parallel.some((p) => CODE_SCHEMES[p].test(after.text));
  if (n > 1 && !(after && (/^-?[\d,]*\.\d+$|,/.test(after.text) || beside))) n = 1;
  const parts = pieces.slice(0, n).map((p, i) => (i > 0 ? p.text.padStart(2, '0') : p.text));
  const printed = pieces.slice(0, n).map((p) => p.text).join(' ');
  return { code: parts.join(''), rest: line.text.slice(printed.length + 1) };
}

/**
 * Text lines between two coded rows: the first `n` continue the row above, the rest begin
 * the next row's name, printed above its code when the name cell is vertically centred
 * ("机关事业单位基本养老保险缴" / "2080505 160.75" / "费支出"). A line goes with the row it
 * stands nearer to, and on a new page goes with the row below; without positions (text input),
 * all continue the row above.
 */
function wrappedAbove(orphans: readonly Line[], above: Line, below: Line): number {
  const middle = (l: Line) => (l.at.box ? (l.at.box[1] + l.at.box[3]) / 2 : null);
  const a = middle(above);
  const b = middle(below);
  // across a page break a cell does not continue: lines on the next page begin the row below
  if (above.at.page !== below.at.page) {
    const first = orphans.findIndex((l) => l.at.page !== above.at.page);
    return first < 0 ? orphans.length : first;
  }
  if (a === null || b === null) return orphans.length;
  const first = orphans.findIndex((l) => {
    const m = middle(l);
    return m !== null && Math.abs(b - m) < Math.abs(m - a);
  });
  return first < 0 ? orphans.length : first;
}

/** Two lines whose heights are known, on one page. */
function placed(above: Line, below: Line): boolean {
  return Boolean(above.at.box && below.at.box) && above.at.page === below.at.page;
}

function appendLabel(cur: Pending, lines: readonly Line[]): void {
  for (const l of lines) { cur.label.push(l.text); cur.lines.push(l); }
}

/** Label text and trailing values of a line ("合计 1,234.00 5.00" → "合计", two values). */
export function splitLine(text: string, line: Line): { label: string; values: PrintedValue[] } {
  const from = line.text.endsWith(text) ? line.text.length - text.length : -1;
  const tokens = from >= 0 ? tokenizeLine(line, from) : tokenize(text);
  let i = tokens.length;
  while (i > 0 && tokens[i - 1]!.type === 'number') i--;
  const label = tokens.slice(0, i).map((t) => t.text).join(' ');
  const values = tokens.slice(i).map((t) => ({ num: t.type === 'number' ? t.num : null, at: atOf(line, t) }));
  return { label, values };
}

function toRow(p: Pending, spec: TableSpec, columns: readonly string[]): RawRow {
  const name = squash(p.label.join(''));
  const key = p.code || p.unitCode ? null : rowKeyOf(name, spec.rows, undefined, null)?.key ?? null;
  return {
    key, code: p.code, name, ...(p.unitCode ? { unitCode: p.unitCode } : {}),
    text: p.lines.map((l) => l.text).join(' '),
    at: p.lines[0]!.at,
    placements: [{ columns, values: p.values }],
  };
}
