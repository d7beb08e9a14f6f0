/**
 * @module The misread measure of the reading stages: every catalogue identity instantiated over
 * a disclosure's tables and evaluated once, cells compared in the document's unit (a 三公 table
 * in 万元 against an economic table in 元). Rows whose column placement stayed undecided are
 * not evaluated. Used by bench/identities.ts and the corpus tests.
 */
import type { IdentitySpec } from '../catalogue/index.js';
import { formatAmount, inUnit } from '../model/index.js';
import type { Disclosure } from '../model/index.js';
import { instantiate, shapeOf } from './equations.js';
import { evaluate } from './evaluate.js';

export interface IdentityTally {
  readonly evaluated: number;
  readonly held: number;
  /** Sorted, deduplicated: "identity-id table-kind row.column: lhs op rhs" (row = code, key or printed name of the first term). */
  readonly failures: readonly string[];
}

export function identityTally(d: Disclosure, identities: readonly IdentitySpec[]): IdentityTally {
  const shapes = d.tables.map((t) => shapeOf(t.kind, t.columns, t.rows));
  let evaluated = 0;
  let held = 0;
  const failures: string[] = [];
  for (const eq of instantiate(shapes, identities)) {
    if (eq.terms.some((t) => d.tables[t.ref.table]!.rows[t.ref.row]!.ambiguity)) continue;
    const ev = evaluate(eq, (ref) => {
      const t = d.tables[ref.table]!;
      const cell = t.rows[ref.row]!.values[ref.column];
      return cell && inUnit(cell, t.unit, d.document.currencyUnit);
    });
    evaluated++;
    if (ev.outcome !== 'fail') { held++; continue; }
    const first = eq.terms[0]!.ref;
    const t = d.tables[first.table]!;
    const row = t.rows[first.row]!;
    failures.push(`${eq.identity.id} ${t.kind} ${row.code ?? row.key ?? row.name}.${first.column}: ${formatAmount(ev.lhs)} ${eq.op} ${formatAmount(ev.rhs)}`);
  }
  return { evaluated, held, failures: [...new Set(failures)].sort() };
}
