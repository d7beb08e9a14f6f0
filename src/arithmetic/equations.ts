/**
 * @module Instantiating identities: turns the catalogue's identity specs into concrete
 * equations over the cells of one document's tables. Works on table *shapes* (kinds,
 * printed columns, row keys and codes), so the recognizer can use it before values are
 * placed, and the checks after.
 */
import type { CellTerm, IdentitySpec, Relation, RowRef } from '../catalogue/index.js';
import { parentCode } from '../model/index.js';
import type { Column } from '../model/index.js';

export interface RowShape {
  readonly key: string | null;
  readonly code: string | null;
}

export interface TableShape {
  readonly kind: string;
  /** Column keys the table prints. */
  readonly columns: readonly string[];
  readonly rows: readonly RowShape[];
}

/** A cell of one document: table index, row index, column key. */
export interface CellRef {
  readonly table: number;
  readonly row: number;
  readonly column: string;
}

/** A cell's identity as a string ("table/row/column"), for sets and maps. */
export const cellKey = (ref: CellRef): string => `${ref.table}/${ref.row}/${ref.column}`;

export interface Term {
  readonly ref: CellRef;
  readonly sign: 1 | -1;
}

/** Σ sign·cell  op  0 */
export interface Equation {
  readonly identity: IdentitySpec;
  readonly op: Relation;
  readonly terms: readonly Term[];
  /** Equations with the same group are one relation over several columns (a hierarchy node, a matched row pair). */
  readonly group: string;
}

/** A table's shape for the identities: percentage columns take no part in sums. */
export function shapeOf(kind: string, columns: readonly Column[], rows: readonly RowShape[]): TableShape {
  return { kind, columns: columns.filter((c) => !c.percent).map((c) => c.key), rows };
}

export function instantiate(tables: readonly TableShape[], identities: readonly IdentitySpec[]): Equation[] {
  const byKind = new Map<string, number>();
  tables.forEach((t, i) => { if (!byKind.has(t.kind)) byKind.set(t.kind, i); });
  const out: Equation[] = [];
  for (const identity of identities) {
    const make = INSTANTIATORS[identity.kind] as (s: IdentitySpec, ctx: Context) => Equation[];
    out.push(...make(identity, { tables, byKind }).filter((e) => e.terms.length > 1));
  }
  return out;
}

interface Context {
  readonly tables: readonly TableShape[];
  readonly byKind: ReadonlyMap<string, number>;
}

type Instantiator<K extends IdentitySpec['kind']> = (spec: Extract<IdentitySpec, { kind: K }>, ctx: Context) => Equation[];

const INSTANTIATORS: { [K in IdentitySpec['kind']]: Instantiator<K> } = {
  row(spec, ctx) {
    const t = ctx.byKind.get(spec.table);
    if (t === undefined) return [];
    const table = ctx.tables[t]!;
    const has = (c: string) => table.columns.includes(c);
    if (!(spec.requires ?? []).every(has) || (spec.unless ?? []).some(has) || !spec.lhs.every(has)) return [];
    return table.rows.map((_, r) => ({
      identity: spec, op: '=' as const, group: `${spec.id}@${t}/${r}`,
      terms: [...terms(t, r, spec.lhs.filter(has), 1), ...terms(t, r, spec.rhs.filter(has), -1)],
    }));
  },
  hierarchy(spec, ctx) {
    const t = ctx.byKind.get(spec.table);
    if (t === undefined) return [];
    const table = ctx.tables[t]!;
    if ((spec.unlessRows ?? []).some((k) => findRow(table, { key: k }) >= 0)) return [];
    const eqs: Equation[] = [];
    const totalKey = spec.totalRow ?? 'total';
    const classes = table.rows.flatMap((row, r) => (row.code?.length === 3 ? [r] : []));
    const totalRow = findRow(table, { key: totalKey });
    const plus = (spec.plus ?? []).map((k) => findRow(table, { key: k })).filter((r) => r >= 0);
    for (const column of table.columns) {
      if (!spec.totalRow) {
        for (const [parent, children] of childrenByParent(table)) {
          eqs.push({ identity: spec, op: '=', group: `${spec.id}@${t}/${parent}`, terms: [
            { ref: { table: t, row: parent, column }, sign: 1 },
            ...children.map((r) => ({ ref: { table: t, row: r, column }, sign: -1 as const })),
          ] });
        }
      }
      if (totalRow >= 0 && classes.length > 0) {
        eqs.push({ identity: spec, op: '=', group: `${spec.id}@${t}/${totalRow}`, terms: [
          { ref: { table: t, row: totalRow, column }, sign: 1 },
          ...[...classes, ...plus].map((r) => ({ ref: { table: t, row: r, column }, sign: -1 as const })),
        ] });
      }
    }
    return eqs;
  },
  cells(spec, ctx) {
    const present = (c: CellTerm) => resolve(ctx, c) !== null;
    if (spec.requiresRows && !spec.requiresRows.every(present)) return [];
    if (spec.unlessRows && spec.unlessRows.some(present)) return [];
    if (!spec.lhs.every(present)) return [];
    if (!tablesPresent(ctx, [...spec.lhs, ...spec.rhs])) return [];
    const side = (list: readonly CellTerm[], sign: 1 | -1): Term[] =>
      list.flatMap((c) => { const ref = resolve(ctx, c); return ref ? [{ ref, sign }] : []; });
    const terms = [...side(spec.lhs, 1), ...side(spec.rhs, -1)];
    return [{ identity: spec, op: spec.op, terms, group: `${spec.id}@${terms.map((x) => `${x.ref.table}/${x.ref.row}/${x.ref.column}`).join('+')}` }];
  },
  rows(spec, ctx) {
    const lt = ctx.byKind.get(spec.left.table);
    const rt = ctx.byKind.get(spec.right.table);
    if (lt === undefined || rt === undefined) return [];
    const left = ctx.tables[lt]!;
    const right = ctx.tables[rt]!;
    const lc = pickColumn(left, spec.left.column);
    const rc = pickColumn(right, spec.right.column);
    if (!lc || !rc) return [];
    const eqs: Equation[] = [];
    const pair = (lr: number, rr: number) => {
      const terms: Term[] = [{ ref: { table: lt, row: lr, column: lc }, sign: 1 }];
      if (rr >= 0) terms.push({ ref: { table: rt, row: rr, column: rc }, sign: -1 });
      eqs.push({ identity: spec, op: spec.op, terms, group: `${spec.id}@${lt}/${lr}-${rt}/${rr}` });
    };
    left.rows.forEach((row, r) => {
      if (!row.code || (spec.rows === 'classes' && row.code.length !== 3)) return;
      pair(r, findRow(right, { code: row.code }));
    });
    for (const [lk, rk] of Object.entries(spec.keyed ?? {})) {
      const lr = findRow(left, { key: lk });
      const rr = findRow(right, { key: rk });
      if (lr >= 0 && rr >= 0) pair(lr, rr);
    }
    return eqs;
  },
};

function terms(table: number, row: number, columns: readonly string[], sign: 1 | -1): Term[] {
  return columns.map((column) => ({ ref: { table, row, column }, sign }));
}

/** "gpb|total": the first alternative the table prints. */
function pickColumn(table: TableShape, spec: string): string | null {
  return spec.split('|').find((c) => table.columns.includes(c)) ?? null;
}

export function findRow(table: TableShape, ref: RowRef): number {
  return 'key' in ref ? table.rows.findIndex((r) => r.key === ref.key) : table.rows.findIndex((r) => r.code === ref.code);
}

function resolve(ctx: Context, c: CellTerm): CellRef | null {
  const t = ctx.byKind.get(c.table);
  if (t === undefined) return null;
  const table = ctx.tables[t]!;
  if (!table.columns.includes(c.column)) return null;
  const row = findRow(table, c.row);
  return row >= 0 ? { table: t, row, column: c.column } : null;
}

function tablesPresent(ctx: Context, list: readonly CellTerm[]): boolean {
  return list.every((c) => ctx.byKind.has(c.table));
}

/**
 * Coded rows grouped under their parent row (all rows whose code's parent is the parent's code).
 * A parent code printed more than once heads the rows below it up to its next printing: a
 * double economic classification (烟台: 部门 302 beside 政府 502, then 302 beside 505) prints
 * the 部门 class once per 政府 class, each with its own 款. Rows above any printing of their
 * parent go under its first.
 */
function childrenByParent(table: TableShape): Map<number, number[]> {
  const firstOfCode = new Map<string, number>();
  table.rows.forEach((row, r) => { if (row.code && !firstOfCode.has(row.code)) firstOfCode.set(row.code, r); });
  const latestOfCode = new Map<string, number>();
  const out = new Map<number, number[]>();
  table.rows.forEach((row, r) => {
    const parent = row.code ? parentCode(row.code) : null;
    const p = parent ? latestOfCode.get(parent) ?? firstOfCode.get(parent) : undefined;
    if (row.code) latestOfCode.set(row.code, r);
    if (p === undefined || p === r) return;
    const list = out.get(p) ?? [];
    list.push(r);
    out.set(p, list);
  });
  return out;
}
