/**
 * @module Mutations of table figures. Detectable when the new value breaks an identity that held
 * (exactly or within rounding) on the clean document — decided with the arithmetic stage, not
 * with the checker. Found when an error or warning points at the altered cell.
 */
import { cellKey, evaluate } from '../arithmetic/index.js';
import type { CellRef, Equation } from '../arithmetic/index.js';
import { cellInDocumentUnit, identityOutcomes } from '../checks/index.js';
import type { Rng } from '../generate/index.js';
import { inUnit } from '../model/index.js';
import type { Cell, Disclosure, Finding } from '../model/index.js';
import { misprint } from './typos.js';
import type { Mutation } from './types.js';

export interface TableFigureContext {
  readonly equations: readonly Equation[];
  /** Equations by the cells they touch. */
  readonly byCell: ReadonlyMap<string, readonly Equation[]>;
  readonly cells: readonly CellRef[];
}

export function tableFigureContext(d: Disclosure): TableFigureContext {
  // The equations the identity family already instantiated for this disclosure (cached), not a second instantiation.
  const equations = identityOutcomes(d).outcomes.map((o) => o.equation);
  const byCell = new Map<string, Equation[]>();
  for (const eq of equations) {
    for (const t of eq.terms) {
      const key = cellKey(t.ref);
      const list = byCell.get(key);
      if (list) list.push(eq);
      else byCell.set(key, [eq]);
    }
  }
  const cells: CellRef[] = [];
  d.tables.forEach((t, table) => t.rows.forEach((r, row) => {
    if (r.ambiguity) return;
    for (const column of Object.keys(r.values)) cells.push({ table, row, column });
  }));
  return { equations, byCell, cells };
}

export function tableFigureMutation(d: Disclosure, ctx: TableFigureContext, rng: Rng): Mutation | null {
  const ref = rng.pick(ctx.cells);
  const table = d.tables[ref.table]!;
  const row = table.rows[ref.row]!;
  const cell = row.values[ref.column]!;
  const changed = misprint(cell.text, rng);
  if (!changed) return null;
  const next: Cell = { ...cell, ...changed };
  // Figures compared in the document's unit, as the checks compare them (tables may print 元 and 万元).
  const valueOf = (r: CellRef, mutated: boolean) =>
    mutated && cellKey(r) === cellKey(ref) ? inUnit(next, table.unit, d.document.currencyUnit) : cellInDocumentUnit(d, r);
  const breaks = (ctx.byCell.get(cellKey(ref)) ?? []).some((eq) =>
    !eq.terms.some((t) => d.tables[t.ref.table]!.rows[t.ref.row]!.ambiguity)
    && evaluate(eq, (r) => valueOf(r, false)).outcome !== 'fail'
    && evaluate(eq, (r) => valueOf(r, true)).outcome === 'fail');
  return {
    kind: 'tableFigure',
    description: `${table.kind} ${row.code ?? row.key ?? row.name}.${ref.column}: ${cell.text} → ${changed.text}`,
    detectable: breaks,
    apply: () => {
      const copy = structuredClone(d);
      copy.tables[ref.table]!.rows[ref.row]!.values[ref.column] = next;
      return copy;
    },
    points: (f: Finding) => (f.severity === 'error' || f.severity === 'warning') && f.locations.some((l) =>
      l.table === table.kind && l.column === ref.column && (l.rowCode ?? null) === row.code && (l.rowKey ?? null) === row.key),
  };
}

