/**
 * @module Intermediate form of a recognised table: rows with their printed values not yet
 * placed into columns. Each run of values a row prints is a placement: the values, in
 * printed order, and the columns (in printed order) they may stand in.
 */
import type { RowSpec, TableSpec } from '../catalogue/index.js';
import type { Column, PrintedNumber, Side, SourceRef } from '../model/index.js';
import { bareLabel } from './text.js';

export interface PrintedValue {
  /** null: printed as a dash (an empty cell that keeps its place). */
  readonly num: PrintedNumber | null;
  readonly at: SourceRef;
}

export interface Placement {
  readonly columns: readonly string[];
  readonly values: readonly PrintedValue[];
}

export interface RawRow {
  key: string | null;
  code: string | null;
  name: string;
  /** The unit's code, for rows that are units (see Row.unitCode). */
  unitCode?: string;
  side?: Side;
  text: string;
  at: SourceRef;
  placements: Placement[];
}

export interface RawTable {
  readonly spec: TableSpec;
  readonly title: string;
  readonly number: string | null;
  readonly at: SourceRef;
  readonly columns: readonly Column[];
  readonly rows: RawRow[];
  readonly note: string | null;
  readonly unit: '万元' | '元' | null;
  readonly warnings: string[];
}

/** The summary-row key a label names, honouring groups (其中 items under 上年结转). */
export function rowKeyOf(label: string, rows: readonly RowSpec[], side: Side | undefined, group: string | null): RowSpec | null {
  const bare = bareLabel(label);
  const fits = (r: RowSpec) => (!side || !r.side || r.side === side) && bareAliases(r).has(bare);
  return rows.find((r) => r.under && r.under === group && fits(r)) ?? rows.find((r) => !r.under && fits(r)) ?? null;
}

/** A row spec's aliases as `bareLabel` gives them, made once per spec (asked for every token of a summary). */
const BARE_ALIASES = new WeakMap<RowSpec, ReadonlySet<string>>();

function bareAliases(r: RowSpec): ReadonlySet<string> {
  let set = BARE_ALIASES.get(r);
  if (!set) BARE_ALIASES.set(r, (set = new Set(r.aliases.map(bareLabel))));
  return set;
}
