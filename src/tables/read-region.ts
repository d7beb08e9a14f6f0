/**
 * @module One table region → a raw table: unit and meta lines, header (→ columns),
 * data lines (→ rows by the layout's assembler), and the notes under it.
 */
import type { ColumnSpec, TableSpec } from '../catalogue/index.js';
import type { Line } from '../ingest/index.js';
import type { Column, Side } from '../model/index.js';
import { columnCount, columnsOf, isMetaLine, isNoteLine, unitOf } from './header.js';
import type { RawRow, RawTable } from './raw.js';
import { rowKeyOf } from './raw.js';
import type { Region } from './segment.js';
import { isTableNumber } from './segment.js';
import { codedRows, splitLine } from './rows-coded.js';
import { markedCode } from './marked-codes.js';
import { namesUnitCodes } from './unit-codes.js';
import { economicGroupRows } from './rows-economic.js';
import { threePublicRows } from './rows-three-public.js';
import { itemsAsRows } from './rows-transposed.js';
import { twoSidedRows } from './rows-two-sided.js';
import { functionalClassCode } from '../catalogue/index.js';
import { alignedCentres, cellKeys, columnBands, headerFor, headerText, headingKeys, placeByBands, repeatedHeaders } from './geometry.js';
import { joinHalfLines, joinRaisedCells, joinWrappedFigures } from './raised-cells.js';
import type { Band } from './geometry.js';
import { bareLabel, hasTopNumbering, leadingCode, looksLikeAmount, relativeYears, squash, tokenize } from './text.js';

export function readRegion(region: Region): RawTable {
  // rows printed on two half-offset lines are joined before page marks are dropped: a 类 code
  // alone on its upper line looks like a page number
  const body = region.spec.layout === 'economicGroups' ? joinHalfLines(joinWrappedFigures(region.body)) : joinWrappedFigures(region.body);
  const lines = body.filter((l) => l.text && !isTableNumber(l.text) && !isPageFurniture(l.text));
  const unit = lines.map((l) => unitOf(l.text)).find((u) => u) ?? null;
  const content = lines.filter((l) => !isMetaLine(l.text));
  // Notes may stand above the header ("注：本表反映…") as well as under the rows.
  const dataAt = withNameAbove(content, content.findIndex((l) => !isNoteLine(l.text) && startsData(l.text, region.spec)));
  const endAt = dataAt >= 0 ? content.findIndex((l, i) => i > dataAt && isNoteLine(l.text)) : -1;
  const dataEnd = endAt >= 0 ? endAt : content.length;
  const isNote = (l: Line, i: number) => i >= dataEnd || (i < Math.max(dataAt, 0) && isNoteLine(l.text)) || (dataAt < 0 && isNoteLine(l.text));
  const noteLines = content.filter(isNote);
  const headerLines = (dataAt >= 0 ? content.slice(0, dataAt) : content).filter((l) => !isNoteLine(l.text));
  const pages = repeatedHeaders(dataAt >= 0 ? content.slice(dataAt, dataEnd) : [], headerLines.filter((l) => !isNoteLine(l.text)));
  const data = region.spec.layout === 'coded' || region.spec.layout === 'twoSided' ? joinRaisedCells(pages.data) : pages.data;
  const beforeNotes = content.filter((l, i) => !isNote(l, i));
  // 三公 tables tell their periods by the years themselves
  const years = region.spec.layout === 'threePublic' ? (t: string) => t : relativeYears(headerLines.map((l) => l.text));
  // Two-sided headers are matched on words: wrapped labels must be whole again (coded tables place by bands).
  const headerWords = region.spec.layout === 'twoSided' ? headerText(headerLines) : headerLines.map((l) => l.text).join('');
  const header = squash(years(headerWords));
  const count = headerLines.map((l) => columnCount(l.text)).find((n) => n !== null) ?? null;
  const base = { spec: region.spec, title: region.title, number: region.number, at: region.titleLine.at, unit,
    note: noteText(noteLines), warnings: [] as string[] };
  const firstHeader = headerFor(data[0]?.at.page ?? null, pages.headers);
  const bands = firstHeader && region.spec.layout === 'coded' ? columnBands(firstHeader, region.spec.columns) : null;
  // a key named only by a heading over located columns is no column of its own, where the
  // geometry accounts for every header cell and has a column for every figure of a row
  // (the rows' widths only then: splitting every data line is the costly part, and most tables have no bands)
  const widest = () => Math.max(0, ...data.map((l) => splitLine(l.text, l).values.length));
  const headings = bands?.every((b) => b.key !== '') && widest() <= bands.length ? headingKeys(firstHeader!, region.spec.columns) : [];
  const located = bands ? { keys: bands.map((b) => b.key), headings, cellKeys: cellKeys(firstHeader!, region.spec.columns) } : undefined;
  // a coded table printed transposed (items as rows under 项目名称 | 金额) is read by its geometry alone
  const transposed = region.spec.layout === 'coded' ? itemsAsRows(region.spec, header, pages.data) : null;
  if (transposed) return { ...base, ...transposed };
  const { columns, rows } = readRows(region.spec, { text: header, lines: headerLines }, count, data, lines.length > 0 ? beforeNotes : [], located);
  if (region.spec.layout === 'coded') placeCodedByGeometry(rows, region.spec.columns, columns.map((c) => c.key), pages.headers);
  if (count !== null && region.spec.layout === 'coded' && columns.length !== count) {
    base.warnings.push(`表头识别出 ${columns.length} 列，栏次为 ${count} 列 (header has ${columns.length} columns, 栏次 counts ${count})`);
  }
  return { ...base, columns, rows };
}

/**
 * `located`: the columns the header's geometry names, and the keys it names only in headings
 * over other columns (a key named only so is no column), and the keys its cells name each on its
 * own; used when it covers every column both the text and a cell name.
 */
function readRows(spec: TableSpec, head: { text: string; lines: readonly Line[] }, count: number | null, data: readonly Line[],
  all: readonly Line[], located?: { keys: readonly string[]; headings: readonly string[]; cellKeys: readonly string[] }): { columns: Column[]; rows: RawRow[] } {
  const header = head.text;
  switch (spec.layout) {
    case 'coded': {
      const named = columnsOf(header, spec.columns, count);
      const covered = (key: string) => located!.keys.includes(key) || located!.headings.includes(key);
      // a key the lines run together name but no header cell on its own (单位资金 in 单位资金结 / 转结余) is no column
      const geometric = located && named.every((c) => covered(c.key) || !located.cellKeys.includes(c.key))
        ? spec.columns.filter((c) => located.keys.includes(c.key)) : null;
      const columns = (geometric ?? named).map((c) => column(c, header));
      return { columns, rows: codedRows(data, spec, columns.map((c) => c.key), namesUnitCodes(head.lines)) };
    }
    case 'economicGroups': {
      const columns = spec.columns.map((c) => column(c, header));
      return { columns, rows: economicGroupRows(data, spec, columns.map((c) => c.key)) };
    }
    case 'twoSided': {
      const sides = spec.sides!;
      const income = columnsOf(header, sides.income, null).map((c) => column(c, header, 'income'));
      const expenditure = columnsOf(header, sides.expenditure, null).map((c) => column(c, header, 'expenditure'));
      const keys: Record<Side, string[]> = { income: income.map((c) => c.key), expenditure: expenditure.map((c) => c.key) };
      const columns = [...income, ...expenditure.filter((c) => !keys.income.includes(c.key))];
      return { columns, rows: twoSidedRows(data, spec, keys, /行\s*次/.test(header)) };
    }
    case 'threePublic': {
      const read = threePublicRows(header, all, head.lines);
      return { columns: read.columns, rows: read.row ? [read.row] : [] };
    }
  }
}

/** Values of coded rows put in the column under whose header they stand, where the header locates every column. */
function placeCodedByGeometry(rows: RawRow[], specs: readonly ColumnSpec[], keys: readonly string[],
  headers: ReadonlyMap<number, readonly Line[]>): void {
  const bands = new Map<readonly Line[], Band[] | null>();
  const boxes = rows.flatMap((r) => r.placements.flatMap((p) => p.values.flatMap((v) => (v.at.box ? [v.at.box] : []))));
  const centreOf = alignedCentres(boxes);
  for (const row of rows) {
    row.placements = row.placements.map((p) => {
      const header = headerFor(p.values[0]?.at.page ?? null, headers);
      if (!header) return p;
      if (!bands.has(header)) bands.set(header, columnBands(header, specs, keys));
      const b = bands.get(header);
      return (b && placeByBands(p, b, centreOf)) ?? p;
    });
  }
}

function column(spec: ColumnSpec, header: string, side?: Side): Column {
  const label = [...spec.aliases].sort((a, b) => b.length - a.length).find((a) => header.includes(squash(a))) ?? spec.aliases[0] ?? spec.key;
  return { key: spec.key, label, ...(side ? { side } : {}), ...(spec.percent ? { percent: true } : {}) };
}

/** Where the rows begin: a code, a summary label with figures, a numbered item, or printed amounts. */
/**
 * The first row's name wrapped around its figures (深圳 项目支出总表: 深圳市人民政府口岸办公 / the
 * figures / 室): its upper line stands where the header ends. It is the row's when the data line
 * has figures only, the line above is one piece left of them, and a line of text alone in that
 * column follows the figures (the name's tail).
 */
function withNameAbove(content: readonly Line[], dataAt: number): number {
  const [above, first, below] = [content[dataAt - 1], content[dataAt], content[dataAt + 1]];
  if (dataAt < 1 || !above?.pieces || !first?.pieces || !below?.pieces) return dataAt;
  const figuresFrom = Math.min(...first.pieces.map((p) => p.x0));
  const inNameColumn = (l: Line) => l.pieces!.length === 1 && l.pieces![0]!.x1 < figuresFrom && /[\u4e00-\u9fff]/.test(l.text);
  const figuresOnly = tokenize(first.text).every(looksLikeAmount);
  return figuresOnly && inNameColumn(above) && inNameColumn(below) ? dataAt - 1 : dataAt;
}

function startsData(text: string, spec: TableSpec): boolean {
  if (columnCount(text) !== null) return false;
  const { label, values } = splitLine(text, { text, at: { page: null, line: 0 } });
  switch (spec.layout) {
    case 'economicGroups':
      return leadingCode(text) !== null || rowKeyOf(text, spec.rows, undefined, null) !== null;
    case 'threePublic':
      return values.filter((v) => v.num).length >= 2;
    case 'twoSided': {
      // an item on either side: the income side may open with a heading the catalogue does not
      // know (深圳: 财政拨款 55,131.54 | 一、一般公共服务支出 46,284.00)
      const tokens = tokenize(text);
      const item = leadingCode(text) !== null || tokens.some((t) => t.type === 'text'
        && (rowKeyOf(t.text, spec.rows, undefined, null) !== null || functionalClassCode(bareLabel(t.text)) !== null));
      // figures alone: the first row's, printed above its labels
      const figuresOnly = tokens.length > 0 && tokens.every(looksLikeAmount);
      return hasTopNumbering(text) || (item && values.length > 0) || figuresOnly;
    }
    case 'coded':
      if (leadingCode(text) || markedCode(text, spec.codes)) return true;
      if (rowKeyOf(label, spec.rows, undefined, null)) return values.length > 0;
      return tokenize(text).some(looksLikeAmount) && !/栏次|※/.test(text);
  }
}

/** Page numbers and running page marks ("15", "- 3 -", "— 11 —", "第 3 页"). */
function isPageFurniture(text: string): boolean {
  const t = text.trim();
  // "- 3 -" and "— 11 —" (烟台: em dashes) alike; a lone dash-less number keeps its own test
  return /^(-\s*)?\d{1,3}(\s*-)?$/.test(t) || /^[-—–－]+\s*\d{1,3}\s*[-—–－]+$/.test(t)
    || /^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$/.test(t);
}

/** Note paragraphs joined; wrapped lines re-joined without spaces. */
function noteText(lines: readonly Line[]): string | null {
  if (lines.length === 0) return null;
  const paras: string[] = [];
  for (const l of lines) {
    if (isNoteLine(l.text) || paras.length === 0) paras.push(l.text.trim());
    else paras[paras.length - 1] += l.text.trim();
  }
  return paras.join('\n');
}
