/**
 * @module A department's figures (docs/render-input.md) checked field by field into exact
 * amounts: every problem is collected, not just the first, and each names where it stands
 * (the JSON path, or the sheet, row and column of the XLSX form) in Chinese first.
 */
import { classificationReference, codeName, DEFAULT_STYLE_BY_LEVEL, fieldsFor, ITEM_FIELDS, META_FIELDS, PLACE_STYLES, SCALAR_FIELDS,
  STATED_TOTALS, THREE_PUBLIC_INPUT_PARTS, THREE_PUBLIC_PERIODS } from '../catalogue/index.js';
import type { InputField, InputKind, PlaceStyle } from '../catalogue/index.js';
import type { Amount, Level } from '../model/index.js';

export interface InputItem {
  readonly code: string;
  /** The name as given (the printed name comes from the classification). */
  readonly name: string | null;
  readonly values: Readonly<Record<string, Amount>>;
}

export interface RenderInput {
  readonly body: string;
  readonly year: number;
  readonly kind: InputKind;
  readonly scope: 'department' | 'unit';
  readonly level: Exclude<Level, 'unknown'>;
  readonly unit: '万元' | '元';
  readonly style: PlaceStyle;
  readonly items: readonly InputItem[];
  /** Economic 款 (5 digits) of basic spending from the general budget appropriation. */
  readonly economic: ReadonlyMap<string, Amount>;
  /** Names given with the codes (printed only for codes the catalogue lacks). */
  readonly names: ReadonlyMap<string, string>;
  readonly threePublic: Readonly<Record<string, Readonly<Record<string, Amount>>>>;
  /** Amounts and counts of SCALAR_FIELDS (counts as whole numbers in an Amount's integer part: see count()). */
  readonly figures: Readonly<Record<string, Amount>>;
  readonly stated: Readonly<Record<string, Amount>>;
}

/** A path into the input (["items", 2, "gpbProject"]). */
export type InputPath = readonly (string | number)[];

export interface InputProblem {
  readonly path: InputPath;
  /** Where it stands, in the words of the input's form (JSON path or sheet/row/column). */
  readonly where: string;
  readonly message: string;
}

/** Names a path in the input's own form: the XLSX reader passes one naming sheets and rows. */
export type Locate = (path: InputPath) => string;

export const jsonPath: Locate = (path) => path.reduce<string>((a, p) => (typeof p === 'number' ? `${a}[${p}]` : a ? `${a}.${p}` : p), '') || '(根 root)';

export type Validated = { readonly ok: true; readonly input: RenderInput } | { readonly ok: false; readonly problems: readonly InputProblem[] };

const MILLION = 1_000_000n;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates raw input (parsed JSON, or what the XLSX reader built) into exact figures. */
export function validateInput(raw: unknown, locate: Locate = jsonPath): Validated {
  const problems: InputProblem[] = [];
  const add = (path: InputPath, message: string) => problems.push({ path, where: locate(path), message });
  if (!isRecord(raw)) {
    add([], '输入须为一个对象 (the input must be an object)');
    return { ok: false, problems };
  }
  const v = new Reader(raw, add);
  const kind = v.choice(['kind'], META_FIELDS.kind.values) as InputKind | null;
  const meta = {
    body: v.text(['body']), year: v.year(['year']), scope: v.choice(['scope'], META_FIELDS.scope.values),
    level: v.choice(['level'], META_FIELDS.level.values), unit: v.choice(['unit'], META_FIELDS.unit.values),
  };
  const style = styleOf(raw['style'], meta.level, add);
  v.unknownKeys([], raw, ['body', 'year', 'kind', 'scope', 'level', 'unit', 'style', 'items', 'economic', 'threePublic', 'figures', 'stated']);
  if (!kind) return { ok: false, problems };
  const items = v.items(kind);
  const economic = v.economic();
  for (const i of items) if (i.name) v.names.set(i.code, i.name);
  const threePublic = v.threePublic(kind);
  const figures = v.block(['figures'], raw['figures'], fieldsFor(SCALAR_FIELDS, kind));
  const stated = v.block(['stated'], raw['stated'], STATED_TOTALS.map((s) => ({ key: s.key, label: s.label, kinds: [kind], type: 'amount', about: '' })));
  if (problems.length > 0 || !meta.body || !meta.year || !meta.scope || !meta.level || !meta.unit || !style) return { ok: false, problems };
  const printed: PlaceStyle = { ...style, unit: meta.unit as '万元' | '元', level: meta.level as Level };
  return { ok: true, input: { body: meta.body, year: meta.year, kind, scope: meta.scope as RenderInput['scope'],
    level: meta.level as RenderInput['level'], unit: meta.unit as RenderInput['unit'], style: printed, items, economic, names: v.names, threePublic,
    figures, stated } };
}

function styleOf(given: unknown, level: string | null, add: (p: InputPath, m: string) => void): PlaceStyle | null {
  const id = given === undefined || given === null || given === '' ? (level ? DEFAULT_STYLE_BY_LEVEL[level] : undefined) : String(given);
  if (!id) return null;
  const style = PLACE_STYLES.find((s) => s.id === id);
  if (!style) add(['style'], `未知样式「${id}」，可选 (unknown style; one of): ${PLACE_STYLES.map((s) => s.id).join(', ')}`);
  return style ?? null;
}

/** Reads typed values out of the raw object, reporting each bad one. */
class Reader {
  constructor(private readonly raw: Record<string, unknown>, private readonly add: (p: InputPath, m: string) => void) {}

  text(path: InputPath): string | null {
    const v = this.raw[path[0] as string];
    if (typeof v === 'string' && v.trim()) return v.trim();
    this.add(path, v === undefined ? '缺少此项 (missing)' : '须为非空文字 (must be non-empty text)');
    return null;
  }

  year(path: InputPath): number | null {
    const v = Number(this.raw[path[0] as string]);
    if (Number.isInteger(v) && v >= 2000 && v <= 2100) return v;
    this.add(path, `年度须为 2000–2100 的整数 (year must be an integer 2000–2100): ${String(this.raw[path[0] as string])}`);
    return null;
  }

  choice(path: InputPath, values: Readonly<Record<string, readonly string[]>>): string | null {
    const v = String(this.raw[path[0] as string] ?? '').trim();
    const hit = Object.entries(values).find(([, words]) => words.includes(v));
    if (hit) return hit[0];
    const allowed = Object.values(values).map((w) => w.join('/')).join('，');
    this.add(path, v ? `「${v}」不是可选值 (not an allowed value): ${allowed}` : `缺少此项 (missing); 可选 (one of): ${allowed}`);
    return null;
  }

  unknownKeys(path: InputPath, obj: Record<string, unknown>, known: readonly string[]): void {
    for (const k of Object.keys(obj)) if (!known.includes(k)) this.add([...path, k], `未知字段 (unknown field): ${k}`);
  }

  amount(path: InputPath, v: unknown, type: 'amount' | 'count' = 'amount'): Amount {
    if (v === undefined || v === null || v === '') return 0n;
    const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim().replace(/,/g, '') : '';
    const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
    if (type === 'count' && m && !m[2]) return BigInt(m[1]!);
    if (type === 'amount' && m) return BigInt(m[1]!) * MILLION + BigInt((m[2] ?? '').padEnd(6, '0'));
    this.add(path, type === 'count' ? `须为非负整数 (must be a whole number ≥ 0): ${JSON.stringify(v)}`
      : `须为非负金额，最多两位小数 (must be an amount ≥ 0 with at most 2 decimals): ${JSON.stringify(v)}`);
    return 0n;
  }

  /** An object of fields (absent = 0); keys outside `fields` are reported. */
  block(path: InputPath, obj: unknown, fields: readonly InputField[]): Record<string, Amount> {
    const out: Record<string, Amount> = Object.fromEntries(fields.map((x) => [x.key, 0n]));
    if (obj === undefined) return out;
    if (!isRecord(obj)) { this.add(path, '须为对象 (must be an object)'); return out; }
    this.unknownKeys(path, obj, fields.map((x) => x.key));
    for (const x of fields) out[x.key] = this.amount([...path, x.key], obj[x.key], x.type);
    return out;
  }

  /** Names given with codes (used only where the catalogue has none). */
  readonly names = new Map<string, string>();

  items(kind: InputKind): InputItem[] {
    const list = this.raw['items'];
    if (!Array.isArray(list) || list.length === 0) { this.add(['items'], '须至少有一个功能分类项 (at least one functional item is required)'); return []; }
    const fields = fieldsFor(ITEM_FIELDS, kind);
    const seen = new Set<string>();
    return list.flatMap((x: unknown, i): InputItem[] => {
      if (!isRecord(x)) { this.add(['items', i], '须为对象 (must be an object)'); return []; }
      const code = this.code(['items', i, 'code'], x['code'], 7, 'func', nameOf(x) !== null);
      const rest = Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'code' && k !== 'name'));
      const values = this.block(['items', i], rest, fields);
      if (code && seen.has(code)) this.add(['items', i, 'code'], `科目编码重复 (code given twice): ${code}`);
      if (code) seen.add(code);
      return code ? [{ code, name: nameOf(x), values }] : [];
    });
  }

  /** A classification code of the given length: known to the catalogue, or given with its name. */
  code(path: InputPath, v: unknown, digits: number, scheme: 'func' | 'dept_econ', named: boolean): string | null {
    const code = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.replace(/\s+/g, '') : '';
    const what = scheme === 'func' ? `支出功能分类项级科目（${digits} 位）(a ${digits}-digit functional item code)`
      : `部门预算支出经济分类款级科目（${digits} 位）(a ${digits}-digit economic code)`;
    if (!new RegExp(`^\\d{${digits}}$`).test(code)) { this.add(path, `须为${what}: ${JSON.stringify(v ?? null)}`); return null; }
    const classes = scheme === 'func' ? [code.slice(0, 3), code.slice(0, 5)] : [code.slice(0, 3)];
    const unknownParent = classes.find((c) => !known(c));
    if (unknownParent) { this.add(path, `科目编码 ${code} 的上级科目 ${unknownParent} 不在分类目录中 (its parent code is not in the classification)`); return null; }
    if (!known(code) && !named) { this.add(path, `科目编码 ${code} 不在分类目录中，请填写科目名称 (not in the classification: give its name)`); return null; }
    return code;
  }

  economic(): Map<string, Amount> {
    const out = new Map<string, Amount>();
    const list = this.raw['economic'];
    if (list === undefined) return out;
    if (!Array.isArray(list)) { this.add(['economic'], '须为数组 (must be an array)'); return out; }
    list.forEach((x: unknown, i) => {
      if (!isRecord(x)) { this.add(['economic', i], '须为对象 (must be an object)'); return; }
      this.unknownKeys(['economic', i], x, ['code', 'name', 'amount']);
      const code = this.code(['economic', i, 'code'], x['code'], 5, 'dept_econ', nameOf(x) !== null);
      const a = this.amount(['economic', i, 'amount'], x['amount']);
      if (code && out.has(code)) this.add(['economic', i, 'code'], `科目编码重复 (code given twice): ${code}`);
      else if (code) { out.set(code, a); const name = nameOf(x); if (name) this.names.set(code, name); }
    });
    return out;
  }

  threePublic(kind: InputKind): Record<string, Record<string, Amount>> {
    const periods = fieldsFor(THREE_PUBLIC_PERIODS, kind);
    const obj = this.raw['threePublic'];
    const given = isRecord(obj) ? obj : {};
    if (obj !== undefined && !isRecord(obj)) this.add(['threePublic'], '须为对象 (must be an object)');
    this.unknownKeys(['threePublic'], given, periods.map((p) => p.key));
    return Object.fromEntries(periods.map((p) => [p.key, this.block(['threePublic', p.key], given[p.key], THREE_PUBLIC_INPUT_PARTS)]));
  }
}

const known = (code: string): boolean => classificationReference().has(code) || codeName(code) !== null;

const nameOf = (x: Record<string, unknown>): string | null => (typeof x['name'] === 'string' && x['name'].trim() ? x['name'].trim() : null);

/** A count field as a number (counts are read into the integer part of the record). */
export const count = (figures: Readonly<Record<string, Amount>>, key: string): number => Number(figures[key] ?? 0n);
