/**
 * @module The XLSX form of a department's figures (docs/render-input.md): one sheet per block,
 * a header row of Chinese labels, read with exceljs into the same object as the JSON form,
 * remembering the sheet, row and column each value came from so that every problem the
 * validator finds names its cell.
 */
import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { fieldsFor, INPUT_SHEETS, ITEM_FIELDS, META_FIELDS, SCALAR_FIELDS, STATED_PREFIX, STATED_TOTALS, THREE_PUBLIC_INPUT_PARTS,
  THREE_PUBLIC_PERIODS } from '../catalogue/index.js';
import type { InputField, InputKind } from '../catalogue/index.js';
import type { InputPath, InputProblem, Locate } from './input.js';

export type XlsxRead = { readonly ok: true; readonly raw: Record<string, unknown>; readonly locate: Locate }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

/** A cell's value as JSON would carry it: number, text, or undefined when empty. */
function plain(v: CellValue): unknown {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number' || typeof v === 'string') return typeof v === 'string' && !v.trim() ? undefined : v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return plain(v.result as CellValue);
  if ('text' in v) return String(v.text);
  return String(v);
}

const where = (sheet: string, row: number, column?: string) => `工作表「${sheet}」第 ${row} 行${column ? `「${column}」` : ''} (sheet ${sheet}, row ${row})`;

/** Reads the workbook; problems here are about the form itself (a missing sheet, an unknown column). */
export async function readXlsxInput(bytes: Uint8Array): Promise<XlsxRead> {
  const { default: ExcelJS } = await import('exceljs');
  const wb: Workbook = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    return fail([], '文件', `无法读取 XLSX 文件 (not a readable .xlsx): ${(e as Error).message}`);
  }
  const form = new Form(wb);
  form.readMeta();
  const kind = kindOf(form.raw['kind']);
  if (kind) {
    form.readItems(kind);
    form.readEconomic();
    form.readThreePublic(kind);
    form.readFigures(kind);
  }
  if (form.problems.length > 0) return { ok: false, problems: form.problems };
  const origins = form.origins;
  const locate: Locate = (path) => {
    for (let n = path.length; n > 0; n--) {
      const hit = origins.get(JSON.stringify(path.slice(0, n)));
      if (hit) return hit;
    }
    return '工作簿 (workbook)';
  };
  return { ok: true, raw: form.raw, locate };
}

function fail(path: InputPath, whereText: string, message: string): XlsxRead {
  return { ok: false, problems: [{ path, where: whereText, message }] };
}

function kindOf(v: unknown): InputKind | null {
  const text = String(v ?? '').trim();
  const hit = Object.entries(META_FIELDS.kind.values).find(([, words]) => (words as readonly string[]).includes(text));
  return hit ? (hit[0] as InputKind) : null;
}

/** The workbook being read: the raw object, where each value came from, and the form's problems. */
class Form {
  readonly raw: Record<string, unknown> = {};
  readonly origins = new Map<string, string>();
  readonly problems: InputProblem[] = [];

  constructor(private readonly wb: Workbook) {}

  private sheet(s: { name: string }, required: boolean): Worksheet | null {
    const ws = this.wb.getWorksheet(s.name) ?? null;
    if (!ws && required) this.problems.push({ path: [], where: `工作表「${s.name}」(sheet ${s.name})`, message: '缺少此工作表 (sheet missing)' });
    return ws;
  }

  private origin(path: InputPath, text: string): void {
    this.origins.set(JSON.stringify(path), text);
  }

  /** Data rows (after the header) with their 1-based row number; blank rows skipped. */
  private rows(ws: Worksheet): Array<{ n: number; cells: unknown[] }> {
    const out: Array<{ n: number; cells: unknown[] }> = [];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const cells = Array.from({ length: Math.max(row.cellCount, 1) }, (_, i) => plain(row.getCell(i + 1).value));
      if (cells.some((c) => c !== undefined)) out.push({ n, cells });
    });
    return out;
  }

  /** Header labels → field keys; an unknown label is a problem naming its column. */
  private header(ws: Worksheet, name: string, fixed: Record<string, string>, fields: readonly InputField[]): Array<string | null> {
    const keys: Array<string | null> = [];
    ws.getRow(1).eachCell((c, col) => {
      const label = String(plain(c.value) ?? '').trim();
      const key = fixed[label] ?? fields.find((x) => x.label === label)?.key;
      if (!key && label) this.problems.push({ path: [], where: where(name, 1, label), message: '未知列 (unknown column)' });
      keys[col - 1] = key ?? null;
    });
    return keys;
  }

  /** Sheet 基本信息: label | value rows. */
  readMeta(): void {
    const s = INPUT_SHEETS.meta;
    const ws = this.sheet(s, true);
    if (!ws) return;
    for (const { n, cells } of this.rows(ws)) {
      const label = String(cells[0] ?? '').trim();
      const key = Object.entries(META_FIELDS).find(([, m]) => m.label === label)?.[0];
      if (!key) { this.problems.push({ path: [], where: where(s.name, n, label), message: `未知项目 (unknown entry); 可用 (allowed): ${Object.values(META_FIELDS).map((m) => m.label).join('、')}` }); continue; }
      this.raw[key] = cells[1];
      this.origin([key], where(s.name, n, label));
    }
  }

  readItems(kind: InputKind): void {
    const s = INPUT_SHEETS.items;
    const ws = this.sheet(s, true);
    if (!ws) return;
    const fields = fieldsFor(ITEM_FIELDS, kind);
    const keys = this.header(ws, s.name, { 科目编码: 'code', 科目名称: 'name' }, fields);
    const labels = (key: string) => (key === 'code' ? '科目编码' : key === 'name' ? '科目名称' : fields.find((x) => x.key === key)?.label ?? key);
    this.raw['items'] = this.records(ws, s.name, 'items', keys, labels);
  }

  readEconomic(): void {
    const s = INPUT_SHEETS.economic;
    const ws = this.sheet(s, false);
    if (!ws) return;
    const keys = this.header(ws, s.name, { 科目编码: 'code', 科目名称: 'name', 金额: 'amount' }, []);
    const labels = (key: string) => (key === 'code' ? '科目编码' : key === 'name' ? '科目名称' : '金额');
    this.raw['economic'] = this.records(ws, s.name, 'economic', keys, labels);
  }

  /** The sheet's rows as records under `keys` (a column without a key is skipped), each field's origin kept for messages. */
  private records(ws: Worksheet, sheet: string, block: string, keys: readonly (string | null)[],
    label: (key: string) => string): Record<string, unknown>[] {
    return this.rows(ws).map(({ n, cells }, i) => {
      this.origin([block, i], where(sheet, n));
      const record: Record<string, unknown> = {};
      keys.forEach((key, c) => {
        if (!key) return;
        record[key] = cells[c];
        this.origin([block, i, key], where(sheet, n, label(key)));
      });
      return record;
    });
  }

  /** Sheet 三公经费: a row per item, a column per period. */
  readThreePublic(kind: InputKind): void {
    const s = INPUT_SHEETS.threePublic;
    const ws = this.sheet(s, false);
    if (!ws) return;
    const periods = fieldsFor(THREE_PUBLIC_PERIODS, kind);
    const keys = this.header(ws, s.name, { 项目: 'label' }, periods);
    const out: Record<string, Record<string, unknown>> = Object.fromEntries(periods.map((p) => [p.key, {}]));
    for (const { n, cells } of this.rows(ws)) {
      const label = String(cells[keys.indexOf('label')] ?? '').trim();
      const part = THREE_PUBLIC_INPUT_PARTS.find((x) => x.label === label);
      if (!part) { this.problems.push({ path: [], where: where(s.name, n, label), message: `未知项目 (unknown item); 可用 (allowed): ${THREE_PUBLIC_INPUT_PARTS.map((x) => x.label).join('、')}` }); continue; }
      keys.forEach((key, c) => {
        if (!key || key === 'label') return;
        out[key]![part.key] = cells[c];
        this.origin(['threePublic', key, part.key], where(s.name, n, `${label}·${periods.find((p) => p.key === key)!.label}`));
      });
    }
    this.raw['threePublic'] = out;
  }

  /** Sheet 其他数据: label | value rows, stated totals prefixed 核对数：. */
  readFigures(kind: InputKind): void {
    const s = INPUT_SHEETS.figures;
    const ws = this.sheet(s, false);
    if (!ws) return;
    const fields = fieldsFor(SCALAR_FIELDS, kind);
    const figures: Record<string, unknown> = {};
    const stated: Record<string, unknown> = {};
    for (const { n, cells } of this.rows(ws)) {
      const label = String(cells[0] ?? '').trim();
      const field = fields.find((x) => x.label === label);
      const total = STATED_TOTALS.find((x) => `${STATED_PREFIX}${x.label}` === label);
      if (field) { figures[field.key] = cells[1]; this.origin(['figures', field.key], where(s.name, n, label)); }
      else if (total) { stated[total.key] = cells[1]; this.origin(['stated', total.key], where(s.name, n, label)); }
      else this.problems.push({ path: [], where: where(s.name, n, label), message: '未知项目 (unknown entry)' });
    }
    this.raw['figures'] = figures;
    this.raw['stated'] = stated;
  }
}
