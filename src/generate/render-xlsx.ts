/**
 * @module A DocumentPlan as an Excel workbook (exceljs): the cover, explanations and glossary
 * on a first sheet 说明, then one sheet per table — title, number, body and unit, the header
 * with its merged cells, rows with figures as numbers shown with 2 decimals, the notes — and
 * one per performance table of the attachment (its cells as printed text).
 * exceljs is loaded on first use, so reading and checking never pay for it.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { formatAmount } from '../model/index.js';
import type { Amount, PerformanceTable } from '../model/index.js';
import { outlineOf, tableHeading } from './document.js';
import type { DocumentPlan } from './document.js';
import { FORM_LAYOUT, placeCells, tableGrid } from './grid.js';
import type { CellRole, Grid, PlacedCell } from './grid.js';
import { performanceGrid } from './performance-grid.js';
import { yearLine } from './performance-vocabulary.js';

/** Rows above a table sheet's header: title, number, body and unit. */
export const XLSX_HEADER_ROW = 4;
export const XLSX_INFO_SHEET = '说明';

/** The figure as Excel stores it: the nearest double of its 2-decimal text (exact for every cent below 2^53). */
export const xlsxNumber = (a: Amount): number => Number(formatAmount(a, 2));

export async function renderXlsx(plan: DocumentPlan): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb: Workbook = new ExcelJS.Workbook();
  infoSheet(wb.addWorksheet(XLSX_INFO_SHEET), plan);
  const used = new Set<string>([XLSX_INFO_SHEET]);
  plan.tables.forEach((p, i) => tableSheet(wb.addWorksheet(xlsxSheetName(i, p.table.title, used)), plan, i));
  plan.performance.forEach((t, k) => performanceSheet(wb.addWorksheet(xlsxSheetName(plan.tables.length + k, t.title, used)), t));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A sheet name: the table's place and title, at most 31 characters, without []:*?/\ and unique. */
export function xlsxSheetName(index: number, title: string, used: Set<string>): string {
  const base = `${index + 1} ${title.replace(/[[\]:*?/\\]/g, '')}`.slice(0, 31);
  let name = base;
  for (let k = 2; used.has(name); k++) name = `${base.slice(0, 28)}(${k})`;
  used.add(name);
  return name;
}

function infoSheet(ws: Worksheet, plan: DocumentPlan): void {
  const o = outlineOf(plan);
  ws.getColumn(1).width = 120;
  const line = (text: string, bold = false) => {
    const cell = ws.addRow([text]).getCell(1);
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (bold) cell.font = { bold: true };
  };
  o.cover.forEach((t) => line(t, true));
  for (const l of o.intro) line(l.text, l.level !== null);
  line(o.explanationsHeading, true);
  for (const s of plan.sections) {
    line(s.heading, true);
    s.paragraphs.forEach((t) => line(t));
  }
  line(o.glossaryHeading, true);
  o.glossary.forEach((t) => line(t));
}

function tableSheet(ws: Worksheet, plan: DocumentPlan, index: number): void {
  const p = plan.tables[index]!;
  const grid = tableGrid(p, plan.style, FORM_LAYOUT);
  const width = Math.max(grid.columns.length, 2);
  ws.getCell(1, 1).value = tableHeading(plan, index) ?? p.table.title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(2, 1).value = p.table.number ?? '';
  ws.getCell(3, 1).value = `${plan.style.bodyLabel}：${plan.body}`;
  ws.getCell(3, width).value = `单位：${plan.style.unit}`;
  let next = writeGrid(ws, grid);
  for (const n of (p.printedNote ?? '').split('\n')) if (n) ws.getCell(next++, 1).value = n;
}

/** A performance table: title, year and project above its form. */
function performanceSheet(ws: Worksheet, t: PerformanceTable): void {
  const grid = performanceGrid(t);
  ws.getCell(1, 1).value = t.title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, grid.columns.length);
  ws.getCell(2, 1).value = yearLine(t.year);
  writeGrid(ws, grid);
}

/** The grid's header and body from row XLSX_HEADER_ROW, columns sized by role; returns the first row below it. */
function writeGrid(ws: Worksheet, grid: Grid): number {
  for (const h of placeCells(grid.head)) writeCell(ws, XLSX_HEADER_ROW, h, true);
  const first = XLSX_HEADER_ROW + grid.head.length;
  for (const c of placeCells(grid.body)) writeCell(ws, first, c, c.role === 'head');
  grid.columns.forEach((role, c) => { ws.getColumn(c + 1).width = COLUMN_WIDTH[role]; });
  return first + grid.body.length;
}

/** Column widths (characters) by role. */
const COLUMN_WIDTH: Record<CellRole, number> = { code: 12, name: 30, label: 30, text: 30, num: 16, ln: 6, head: 16 };

/** One grid cell from sheet row `top`: a figure as a number shown with 2 decimals, else its text; spans merged. */
function writeCell(ws: Worksheet, top: number, c: PlacedCell, header: boolean): void {
  const cell = ws.getCell(top + c.row, c.col + 1);
  if (c.value !== undefined) {
    cell.value = xlsxNumber(c.value);
    cell.numFmt = '#,##0.00';
  } else if (c.text) cell.value = c.text;
  if (header) {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  if (c.rowspan > 1 || c.colspan > 1) ws.mergeCells(top + c.row, c.col + 1, top + c.row + c.rowspan - 1, c.col + c.colspan);
}
