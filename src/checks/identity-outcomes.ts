/**
 * @module Every catalogue identity instantiated over a disclosure's tables and evaluated once
 * (cached per disclosure): the identity family reports them, and the explanation family asks
 * which printed rows fail them, so that a claim is never blamed for a table that was misread.
 */
import { CELL_TRUST, identitiesFor } from '../catalogue/index.js';
import type { IdentitySpec } from '../catalogue/index.js';
import { cellKey, evaluate, instantiate, shapeOf } from '../arithmetic/index.js';
export { cellKey } from '../arithmetic/index.js';
import type { CellRef, Equation, Evaluation } from '../arithmetic/index.js';
import { inUnit } from '../model/index.js';
import type { Cell, Disclosure } from '../model/index.js';

export interface EquationOutcome {
  readonly equation: Equation;
  /** null: the equation touches a cell whose column placement is undecided (not evaluated). */
  readonly evaluation: Evaluation | null;
}

export interface IdentityOutcomes {
  /** The identities that apply to the document (final.* or budget.*). */
  readonly identities: readonly IdentitySpec[];
  readonly outcomes: readonly EquationOutcome[];
}

const CACHE = new WeakMap<Disclosure, IdentityOutcomes>();

export function identityOutcomes(d: Disclosure): IdentityOutcomes {
  const cached = CACHE.get(d);
  if (cached) return cached;
  const identities = identitiesFor(d.document.kind);
  const shapes = d.tables.map((t) => shapeOf(t.kind, t.columns, t.rows));
  const uncertain = uncertainCells(d);
  const outcomes = dedupe(instantiate(shapes, identities)).map((equation) => ({
    equation,
    evaluation: equation.terms.some((t) => uncertain.has(cellKey(t.ref)))
      ? null
      : evaluate(equation, (ref) => cellInDocumentUnit(d, ref)),
  }));
  const result = { identities, outcomes };
  CACHE.set(d, result);
  return result;
}

const UNTRUSTED = new WeakMap<Disclosure, Set<string>>();

/**
 * Cells ("table/row/column") of failing equations, as the catalogue's CELL_TRUST says (every
 * term of a failing row sum; the parts of a failing sum). Cached per disclosure, so the rule
 * list is the catalogue's own, not a parameter the cache would silently ignore.
 */
export function untrustedCells(d: Disclosure): ReadonlySet<string> {
  const cached = UNTRUSTED.get(d);
  if (cached) return cached;
  const cells = new Set<string>();
  for (const { equation, evaluation } of identityOutcomes(d).outcomes) {
    const rule = evaluation?.outcome === 'fail' ? CELL_TRUST.find((t) => t.kind === equation.identity.kind) : undefined;
    if (!rule) continue;
    for (const t of equation.terms) if (rule.cells === 'all' || t.sign < 0) cells.add(cellKey(t.ref));
  }
  UNTRUSTED.set(d, cells);
  return cells;
}

/** The same relation reached twice (an identity listed per column, and again for a row pair) counts once. */
function dedupe(equations: readonly Equation[]): Equation[] {
  const seen = new Set<string>();
  return equations.filter((eq) => {
    const key = `${eq.op}|${eq.terms.map((t) => `${t.sign}${cellKey(t.ref)}`).sort().join(',')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Cells of ambiguous rows that might receive an undecided value. */
function uncertainCells(d: Disclosure): Set<string> {
  const out = new Set<string>();
  d.tables.forEach((t, ti) => t.rows.forEach((r, ri) => {
    for (const column of r.ambiguity?.candidates.flat() ?? []) out.add(cellKey({ table: ti, row: ri, column }));
  }));
  return out;
}


/** A cell in the document's unit: a 三公 table in 万元 and an economic table in 元 compare as one. */
export function cellInDocumentUnit(d: Disclosure, ref: CellRef): Cell | undefined {
  const table = d.tables[ref.table]!;
  const cell = table.rows[ref.row]!.values[ref.column];
  return cell && inUnit(cell, table.unit, d.document.currencyUnit);
}
