/**
 * @module A department's figures → a DocumentPlan through the generator's own table and
 * explanation builders (planFromFigures): the same layout, the same wording, every total,
 * share and change computed exactly. Then the stated totals (核对数) against what was computed.
 */
import { STATED_TOTALS } from '../catalogue/index.js';
import { formatAmount } from '../model/index.js';
import type { Disclosure } from '../model/index.js';
import { planFromFigures } from '../generate/index.js';
import type { DocumentPlan } from '../generate/index.js';
import { budgetFigures, finalFigures, inconsistencies, nameNotes } from './figures.js';
import type { RenderInput } from './input.js';

export interface RenderPlan {
  readonly plan: DocumentPlan;
  /** Where the given figures disagree with each other (Chinese first); empty when consistent. */
  readonly inconsistencies: readonly string[];
  /** Remarks that do not make the input wrong (a code's name spelt otherwise than the catalogue). */
  readonly notes: readonly string[];
}

export function planOf(input: RenderInput): RenderPlan {
  const heading = { style: input.style, body: input.body, year: input.year, scope: input.scope, names: input.names };
  const plan = input.kind === 'budget'
    ? planFromFigures({ ...heading, kind: 'budget', figures: budgetFigures(input) })
    : planFromFigures({ ...heading, kind: 'final', figures: finalFigures(input) });
  return { plan, inconsistencies: inconsistencies(input), notes: nameNotes(input) };
}

/** Each stated total that differs from the produced table's figure (a missing cell counts as 0). */
export function statedDisagreements(input: RenderInput, d: Disclosure): string[] {
  const out: string[] = [];
  for (const s of STATED_TOTALS) {
    const stated = input.stated[s.key];
    if (stated === undefined || stated === 0n) continue;
    const [kind, rowKey, column] = s.cell[input.kind];
    const computed = d.tables.find((t) => t.kind === kind)?.rows.find((r) => r.key === rowKey || r.code === rowKey)?.values[column]?.value ?? 0n;
    if (computed !== stated) {
      out.push(`核对数「${s.label}」${formatAmount(stated, 2)} 与计算结果 ${formatAmount(computed, 2)} 不符，相差 ${formatAmount(stated - computed, 2)} (stated total ${s.key} disagrees with the computed figure)`);
    }
  }
  return out;
}
