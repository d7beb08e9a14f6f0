/**
 * @module The text renderer: a generated disclosure as the flattened text that extraction
 * gives of a real one (the seeds in examples/): values separated by spaces, empty cells
 * missing, long names wrapped onto the next line, two-sided summary tables with both sides
 * on one line. Fills in the truth's line numbers as it prints.
 */
import type { PlaceStyle } from '../catalogue/index.js';
import type { Cell, Row, SourceRef } from '../model/index.js';
import type { PlannedTable } from './tables.js';

/** Lines being printed; `at()` is where the next line will stand. */
export class Sheet {
  readonly lines: string[] = [];
  push(...texts: string[]): void { this.lines.push(...texts); }
  at(): SourceRef { return { page: null, line: this.lines.length + 1 }; }
  text(): string { return this.lines.join('\n') + '\n'; }
}

export interface TableHead {
  readonly heading: string | null;
  readonly body: string;
  readonly unit: string;
}

/** Prints one table: heading, title, number, body and unit line, header, rows, notes. */
export function renderTable(sheet: Sheet, p: PlannedTable, head: TableHead, style: PlaceStyle): void {
  if (head.heading) sheet.push(head.heading);
  p.table.at = sheet.at();
  sheet.push(p.table.title);
  if (p.table.number) sheet.push(p.table.number);
  sheet.push(`${style.bodyLabel}：${head.body} 单位：${head.unit}`);
  for (const h of p.form.header) {
    const line = style.lineNumbers ? h.replace(/\{\/?ln\}/g, '') : h.replace(/\{ln\}.*?\{\/ln\}/g, '');
    if (line.trim()) sheet.push(line.trim());
  }
  if (p.pairs) renderTwoSided(sheet, p, style);
  else if (p.table.kind === 'final.gpbBasicExpenditure') renderEconomic(sheet, p); // budgets print it as a coded table
  else if (p.table.kind.endsWith('threePublic')) renderThreePublic(sheet, p);
  else renderCoded(sheet, p, style);
  for (const n of (p.printedNote ?? '').split('\n')) if (n) sheet.push(n);
}

function values(p: PlannedTable, row: Row, keys: readonly string[], at: SourceRef): string[] {
  return keys.flatMap((k) => {
    const c = row.values[k];
    if (!c) return p.emptyMark ? [p.emptyMark] : [];
    row.values[k] = { ...c, at } satisfies Cell;
    return [c.text];
  });
}

function renderCoded(sheet: Sheet, p: PlannedTable, style: PlaceStyle): void {
  const keys = p.table.columns.map((c) => c.key);
  if (p.table.rows.length === 0) sheet.push('合计');
  p.table.rows.forEach((row, i) => {
    const label = p.labels[i]!;
    row.at = sheet.at();
    const name = row.name;
    // Long names wrap: the code and the name's start, then the rest of the name with the figures.
    if (row.code && name.length > style.wrapAt) {
      const head = label.slice(0, label.length - name.length + style.wrapAt);
      sheet.push(head);
      const rest = name.slice(style.wrapAt);
      const nums = values(p, row, keys, sheet.at());
      sheet.push([rest, ...nums].join(' '));
      row.text = `${head} ${[rest, ...nums].join(' ')}`;
      return;
    }
    const line = [label, ...values(p, row, keys, sheet.at())].join(' ');
    row.text = line;
    sheet.push(line);
  });
}

function renderTwoSided(sheet: Sheet, p: PlannedTable, style: PlaceStyle): void {
  const pairs = p.pairs!;
  // The expenditure side reuses the income side's column when it prints the same one (amount).
  const own = (side: 'income' | 'expenditure') => p.table.columns.filter((c) => c.side === side).map((c) => c.key);
  const cols = (side: 'income' | 'expenditure') => (side === 'expenditure' && own(side).length === 0 ? own('income') : own(side));
  pairs.forEach(([inc, exp], slot) => {
    const at = sheet.at();
    const part = (r: number | null, lineNo: number, keys: string[]): string[] => {
      const ln = style.lineNumbers ? [String(lineNo)] : [];
      if (r === null) return ln;
      const row = p.table.rows[r]!;
      row.at = at;
      const text = [p.labels[r]!, ...ln, ...values(p, row, keys, at)];
      row.text = text.join(' ');
      return text;
    };
    sheet.push([...part(inc, slot + 1, cols('income')), ...part(exp, pairs.length + slot + 1, cols('expenditure'))].join(' '));
  });
}

/** 301/303 in the first group, 302 in the second, 310 in the third, then the two totals. */
function renderEconomic(sheet: Sheet, p: PlannedTable): void {
  const coded = p.table.rows.map((r, i) => ({ r, i })).filter((x) => x.r.code);
  const groups = [['301', '303'], ['302'], ['307', '310', '399']].map((g) => coded.filter((x) => g.includes(x.r.code!.slice(0, 3))));
  const n = Math.max(...groups.map((g) => g.length));
  for (let k = 0; k < n; k++) {
    const at = sheet.at();
    const parts = groups.flatMap((g) => {
      const x = g[k];
      if (!x) return [];
      x.r.at = at;
      const text = [p.labels[x.i]!, ...values(p, x.r, ['amount'], at)].join(' ');
      x.r.text = text;
      return [text];
    });
    sheet.push(parts.join(' '));
  }
  const at = sheet.at();
  const totals = p.table.rows.filter((r) => !r.code).map((r) => {
    r.at = at;
    r.text = [r.name, ...values(p, r, ['amount'], at)].join(' ');
    return r.text;
  });
  sheet.push(totals.join(' '));
}

function renderThreePublic(sheet: Sheet, p: PlannedTable): void {
  const row = p.table.rows[0];
  if (!row) return;
  row.at = sheet.at();
  row.text = values(p, row, p.table.columns.map((c) => c.key), row.at).join(' ');
  sheet.push(row.text);
}
