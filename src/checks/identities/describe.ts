/**
 * @module Findings of the identity family, worded for an auditor: which figures, what they
 * should add up to, what is printed, and the identity's basis; located at every cell involved.
 */
import { OPTIONAL_KINDS, TABLE_NAMES } from '../../catalogue/index.js';
import type { IdentitySpec } from '../../catalogue/index.js';
import type { Equation, Term } from '../../arithmetic/index.js';
import { absAmount, formatAmount } from '../../model/index.js';
import type { Amount, Disclosure, Finding, FindingLocation, Table } from '../../model/index.js';
import type { Outcome } from './identity-checks.js';

/** Rule id of an identity: by the kind of relation it states. */
export function ruleOf(eq: Equation): string {
  const { identity } = eq;
  if (identity.kind === 'row') return 'identity.rowSum';
  if (identity.kind === 'hierarchy') return 'identity.hierarchy';
  if (eq.op !== '=') return 'identity.inequality';
  return new Set(eq.terms.map((t) => t.ref.table)).size > 1 ? 'identity.crossTable' : 'identity.tableTotal';
}

export function failureFinding(d: Disclosure, { equation, evaluation }: Outcome): Finding {
  const lhs = equation.terms.filter((t) => t.sign > 0);
  const rhs = equation.terms.filter((t) => t.sign < 0);
  const decimals = printedDecimals(d, equation);
  const fmt = (a: Amount) => formatAmount(a, decimals);
  const broken = equation.op === '=' ? '≠' : equation.op === '<=' ? '>' : '<';
  const message = `${where(d, equation)}：${labels(d, equation, lhs)} ${fmt(evaluation.lhs)} ${broken} ${labels(d, equation, rhs)} ${fmt(evaluation.rhs)}，`
    + `相差 ${fmt(absAmount(evaluation.difference))}（${equation.identity.basis}）`
    + ` (${equation.identity.id}: ${fmt(evaluation.lhs)} ${broken} ${fmt(evaluation.rhs)})`;
  return {
    rule: ruleOf(equation), severity: 'error', message,
    expected: evaluation.rhs, actual: evaluation.lhs, difference: evaluation.difference,
    locations: equation.terms.map((t) => locate(d, t)),
    evidence: evidence(d, equation.terms),
  };
}

/** One finding per table: how many relations miss only by rounding, and where. */
export function roundingFindings(d: Disclosure, outcomes: readonly Outcome[]): Finding[] {
  const byTable = new Map<number, Outcome[]>();
  for (const o of outcomes) {
    const t = o.equation.terms[0]!.ref.table;
    byTable.set(t, [...(byTable.get(t) ?? []), o]);
  }
  return [...byTable].sort(([a], [b]) => a - b).map(([t, list]) => {
    const table = d.tables[t]!;
    const largest = list.reduce((m, o) => (absAmount(o.evaluation.difference) > m ? absAmount(o.evaluation.difference) : m), 0n);
    return {
      rule: 'identity.rounding', severity: 'rounding',
      message: `${table.title}：${list.length} 处合计与分项之和的差异在舍入范围内，最大 ${formatAmount(largest)}`
        + ` (${list.length} sums miss by rounding only; largest ${formatAmount(largest)})`,
      difference: largest,
      locations: list.map((o) => locate(d, o.equation.terms[0]!)),
      evidence: evidence(d, list.map((o) => o.equation.terms[0]!)),
    } satisfies Finding;
  });
}

/** Identities that cannot run because a table they need was not found, one finding per missing table. */
export function missingTableFindings(d: Disclosure, identities: readonly IdentitySpec[]): { findings: Finding[]; identities: number } {
  const present = new Set(d.tables.map((t) => t.kind));
  const byMissing = new Map<string, Set<string>>();
  let count = 0;
  for (const identity of identities) {
    const missing = tablesOf(identity).filter((k) => !present.has(k));
    // a table some places print and others need not: without it the identity does not apply
    if (missing.length === 0 || missing.some((k) => OPTIONAL_KINDS.has(k))) continue;
    count++;
    for (const k of missing) byMissing.set(k, (byMissing.get(k) ?? new Set()).add(identity.id));
  }
  const findings = [...byMissing].map(([kind, ids]): Finding => ({
    rule: 'identity.notEvaluated', severity: 'info',
    message: `未找到${TABLE_NAMES[kind] ?? kind}，${ids.size} 类恒等式未核对 (table ${kind} not found; ${ids.size} identities not evaluated: ${[...ids].join(', ')})`,
    locations: [{ table: kind, page: null, line: 0 }],
    evidence: '',
  }));
  return { findings, identities: count };
}

function tablesOf(identity: IdentitySpec): string[] {
  switch (identity.kind) {
    case 'row': case 'hierarchy': return [identity.table];
    case 'cells': return [...new Set([...identity.lhs, ...identity.rhs].map((c) => c.table))];
    case 'rows': return [...new Set([identity.left.table, identity.right.table])];
  }
}

function locate(d: Disclosure, term: Term): FindingLocation {
  const table = d.tables[term.ref.table]!;
  const row = table.rows[term.ref.row]!;
  const cell = row.values[term.ref.column];
  const at = cell?.at ?? row.at;
  return {
    table: table.kind, page: at.page, line: at.line, rowCode: row.code, rowKey: row.key, column: term.ref.column,
    ...(at.box ? { box: at.box } : {}),
  };
}

/** The printed rows the relation rests on (the first few). */
function evidence(d: Disclosure, terms: readonly Term[]): string {
  const texts = [...new Set(terms.map((t) => d.tables[t.ref.table]!.rows[t.ref.row]!.text))];
  return texts.slice(0, 4).join(' | ') + (texts.length > 4 ? ` | …（另 ${texts.length - 4} 行）` : '');
}

/** Where the relation lives: one table, or the tables it links. */
function where(d: Disclosure, eq: Equation): string {
  const tables = [...new Set(eq.terms.map((t) => t.ref.table))].map((t) => d.tables[t]!.title);
  return tables.join(' / ');
}

/**
 * The terms' names, as short as the relation allows: column labels within one row, row
 * names within one column, else table · row · column.
 */
function labels(d: Disclosure, eq: Equation, terms: readonly Term[]): string {
  const oneRow = new Set(eq.terms.map((t) => `${t.ref.table}/${t.ref.row}`)).size === 1;
  const oneTable = new Set(eq.terms.map((t) => t.ref.table)).size === 1;
  const names = terms.map((t) => {
    const table = d.tables[t.ref.table]!;
    const column = columnLabel(table, t.ref.column);
    if (oneRow) return column;
    const row = rowLabel(table, t.ref.row);
    return oneTable ? `${row}${columnSuffix(table, column)}` : `${table.title}·${row}${columnSuffix(table, column)}`;
  });
  return names.length > 4 ? `${names.slice(0, 3).join(' + ')} + …（共 ${names.length} 项）` : names.join(' + ');
}

function rowLabel(table: Table, r: number): string {
  const row = table.rows[r]!;
  return row.code ? `${row.code} ${row.name}` : row.name;
}

function columnLabel(table: Table, key: string): string {
  return table.columns.find((c) => c.key === key)?.label ?? key;
}

/** Tables with one amount column need no column name. */
function columnSuffix(table: Table, label: string): string {
  return table.columns.length > 1 ? `（${label}）` : '';
}

function printedDecimals(d: Disclosure, eq: Equation): number {
  let decimals = 0;
  for (const t of eq.terms) decimals = Math.max(decimals, d.tables[t.ref.table]!.rows[t.ref.row]!.values[t.ref.column]?.decimals ?? 0);
  return decimals || 2;
}
