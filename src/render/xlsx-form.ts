/**
 * @module Writes the XLSX input form (docs/render-input.md) from the JSON form: the blank
 * template a finance officer fills, or the example examples/render/*.xlsx made from its JSON.
 * The reader (xlsx-input.ts) reads back exactly what this writes.
 */
import type { Workbook } from 'exceljs';
import { fieldsFor, INPUT_SHEETS, ITEM_FIELDS, META_FIELDS, SCALAR_FIELDS, STATED_PREFIX, STATED_TOTALS, THREE_PUBLIC_INPUT_PARTS,
  THREE_PUBLIC_PERIODS } from '../catalogue/index.js';
import type { InputKind } from '../catalogue/index.js';

type Json = Record<string, unknown>;

/** A figure as the sheet stores it: numbers as numbers (2 decimals shown), anything else as given. */
const figure = (v: unknown): unknown => (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v.replace(/,/g, '')) ? Number(v.replace(/,/g, '')) : v ?? null);

/** The Chinese word of a meta value (final → 决算) where the form offers one. */
function metaWord(key: string, v: unknown): unknown {
  const values = (META_FIELDS as Record<string, { values?: Record<string, readonly string[]> }>)[key]?.values;
  const words = values?.[String(v)];
  return words ? words[words.length > 1 ? 1 : 0] : v;
}

export async function writeInputXlsx(data: Json): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb: Workbook = new ExcelJS.Workbook();
  const kind: InputKind = data['kind'] === 'budget' ? 'budget' : 'final';
  const sheet = (s: { name: string }, header: readonly string[], rows: unknown[][]) => {
    const ws = wb.addWorksheet(s.name);
    ws.addRow([...header]).font = { bold: true };
    for (const r of rows) ws.addRow(r);
    ws.columns.forEach((c, i) => { c.width = i === 0 ? 34 : 18; if (i > 0) c.numFmt = '0.00'; });
  };
  sheet(INPUT_SHEETS.meta, INPUT_SHEETS.meta.header, Object.entries(META_FIELDS).filter(([k]) => data[k] !== undefined)
    .map(([k, m]) => [m.label, metaWord(k, data[k])]));
  const fields = fieldsFor(ITEM_FIELDS, kind);
  sheet(INPUT_SHEETS.items, [...INPUT_SHEETS.items.header, ...fields.map((x) => x.label)],
    ((data['items'] as Json[] | undefined) ?? []).map((i) => [String(i['code']), i['name'] ?? null, ...fields.map((x) => figure(i[x.key]))]));
  sheet(INPUT_SHEETS.economic, INPUT_SHEETS.economic.header,
    ((data['economic'] as Json[] | undefined) ?? []).map((e) => [String(e['code']), e['name'] ?? null, figure(e['amount'])]));
  const periods = fieldsFor(THREE_PUBLIC_PERIODS, kind);
  const tp = (data['threePublic'] as Record<string, Json> | undefined) ?? {};
  sheet(INPUT_SHEETS.threePublic, [...INPUT_SHEETS.threePublic.header, ...periods.map((p) => p.label)],
    THREE_PUBLIC_INPUT_PARTS.map((part) => [part.label, ...periods.map((p) => figure(tp[p.key]?.[part.key]))]));
  const figures = (data['figures'] as Json | undefined) ?? {};
  const stated = (data['stated'] as Json | undefined) ?? {};
  sheet(INPUT_SHEETS.figures, INPUT_SHEETS.figures.header, [
    ...fieldsFor(SCALAR_FIELDS, kind).map((x) => [x.label, figure(figures[x.key])]),
    ...STATED_TOTALS.map((s) => [`${STATED_PREFIX}${s.label}`, figure(stated[s.key])]),
  ]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
