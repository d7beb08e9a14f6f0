/**
 * @module The public JSON of `parse` (shared/spec/OUTPUT.md, schemaVersion 1): numbers as
 * JSON numbers in the table's unit (from exact decimals), empty cells absent, provenance kept.
 */
import { amountToNumber } from '../model/index.js';
import type { Cell, Disclosure, Row, Table } from '../model/index.js';

export const SCHEMA_VERSION = 1;

export function disclosureJson(d: Disclosure): Record<string, unknown> {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: d.source,
    document: d.document,
    tables: d.tables.map(tableJson),
    performance: d.performance.map((p) => cellsToNumbers(p)),
    sections: d.sections.map((s) => ({ heading: s.heading, key: s.key, at: s.at, text: s.text })),
    warnings: d.warnings,
  };
}

function tableJson(t: Table): Record<string, unknown> {
  return {
    kind: t.kind, title: t.title, number: t.number, pages: t.pages, empty: t.empty, note: t.note, unit: t.unit ?? null,
    columns: t.columns, at: t.at, rows: t.rows.map(rowJson),
  };
}

function rowJson(r: Row): Record<string, unknown> {
  return {
    key: r.key, code: r.code, name: r.name, ...(r.unitCode ? { unitCode: r.unitCode } : {}), ...(r.side ? { side: r.side } : {}),
    values: cellsJson(r.values),
    at: r.at, text: r.text,
    ...(r.ambiguity ? { ambiguity: r.ambiguity } : {}),
  };
}

function cellsJson(values: Record<string, Cell>): Record<string, number> {
  return Object.fromEntries(Object.entries(values).map(([k, c]) => [k, amountToNumber(c.value)]));
}

/** Any printed cell ({ value: bigint, decimals, text }) nested in performance data → its JSON number. */
function cellsToNumbers(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(cellsToNumbers);
  if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    if (typeof o.value === 'bigint') return amountToNumber(o.value);
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, cellsToNumbers(v)]));
  }
  return typeof x === 'bigint' ? amountToNumber(x) : x;
}
