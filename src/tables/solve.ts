/**
 * @module Deciding which column each printed value belongs to, from the arithmetic the
 * tables must satisfy. Every row's possible placements are pruned by the identities
 * (row sums, hierarchy, totals, cross-table equalities and inequalities) until a fixed
 * point (generalised arc consistency). An identity that no placement can satisfy is
 * a printed inconsistency: it is set aside, not used to prune. What stays undecided is
 * reported as ambiguous with its candidates, never guessed.
 */
import type { IdentitySpec } from '../catalogue/index.js';
import { instantiate, judge, tolerance } from '../arithmetic/index.js';
import type { CellRef, Equation } from '../arithmetic/index.js';
import type { Amount } from '../model/index.js';
import type { Candidate } from './candidates.js';
import { candidates } from './candidates.js';
import type { Placement, RawTable } from './raw.js';

export interface PlacementState {
  readonly table: number;
  readonly row: number;
  readonly placement: Placement;
  /** Candidates still consistent with the arithmetic. */
  alive: Candidate[];
  /** True when no order-preserving placement exists (more values than columns). */
  readonly overflow: boolean;
}

/** Above this many combinations an equation is not used to prune (kept cheap and bounded). */
const MAX_REACHABLE = 50000;
const PRIORITY: Record<IdentitySpec['kind'], number> = { row: 0, hierarchy: 1, cells: 2, rows: 3 };

export function solvePlacements(tables: readonly RawTable[], identities: readonly IdentitySpec[]): PlacementState[] {
  const states: PlacementState[] = [];
  const index = new Map<string, number>(); // "t/r/column" → state
  tables.forEach((table, t) => table.rows.forEach((row, r) => row.placements.forEach((placement) => {
    const all = candidates(placement.values.length, placement.columns.length);
    const s = states.push({ table: t, row: r, placement, alive: all, overflow: all.length === 0 && placement.values.length > 0 }) - 1;
    for (const c of placement.columns) index.set(`${t}/${r}/${c}`, s);
  })));
  const shapes = tables.map((t) => ({ kind: t.spec.kind, columns: t.columns.map((c) => c.key), rows: t.rows }));
  const equations = instantiate(shapes, identities).sort((a, b) => PRIORITY[a.identity.kind] - PRIORITY[b.identity.kind]);
  const decimals = tables.map((t) => maxDecimals(t));
  const linked = equations.map((eq) => link(eq, index));
  const byState = new Map<number, number[]>();
  linked.forEach((l, e) => l.states.forEach((s) => byState.set(s, [...(byState.get(s) ?? []), e])));

  // Exact arithmetic first: a value that makes a column add up to the cent wins over one
  // that only fits within rounding. Then the rounding envelope, for documents printed with it.
  for (const exact of [true, false]) {
    const queue = equations.map((_, e) => e);
    const queued = new Set(queue);
    const setAside = new Set<number>();
    while (queue.length > 0) {
      const e = queue.shift()!;
      queued.delete(e);
      if (setAside.has(e)) continue;
      const eq = equations[e]!;
      const tol = exact ? 0n : tolerance(eq.terms.length, Math.max(...eq.terms.map((t) => decimals[t.ref.table] ?? 2)));
      const changed = prune(eq, linked[e]!, states, tol);
      if (changed === null) { setAside.add(e); continue; }
      for (const s of changed) for (const other of byState.get(s) ?? []) {
        if (!queued.has(other) && other !== e) { queue.push(other); queued.add(other); }
      }
    }
  }
  return states;
}

interface Linked {
  /** States the equation's terms fall in. */
  readonly states: readonly number[];
}

function link(eq: Equation, index: ReadonlyMap<string, number>): Linked {
  const states = new Set<number>();
  for (const t of eq.terms) {
    const s = index.get(key(t.ref));
    if (s !== undefined) states.add(s);
  }
  return { states: [...states] };
}

const key = (ref: CellRef) => `${ref.table}/${ref.row}/${ref.column}`;

/** Contribution of one state's candidate to the equation's Σ sign·cell. */
function contribution(eq: Equation, state: PlacementState, cand: Candidate): Amount {
  let sum = 0n;
  for (const t of eq.terms) {
    if (t.ref.table !== state.table || t.ref.row !== state.row) continue;
    const col = state.placement.columns.indexOf(t.ref.column);
    const v = cand.indexOf(col);
    const num = v >= 0 ? state.placement.values[v]!.num : null;
    if (num) sum += t.sign > 0 ? num.value : -num.value;
  }
  return sum;
}

/** Prunes the states of one equation. Returns changed states, or null if it cannot hold. */
function prune(eq: Equation, linked: Linked, states: PlacementState[], tol: Amount): number[] | null {
  const open = linked.states.filter((s) => states[s]!.alive.length > 1);
  let fixed = 0n;
  for (const s of linked.states) {
    const st = states[s]!;
    if (st.alive.length === 1) fixed += contribution(eq, st, st.alive[0]!);
  }
  if (open.length === 0) return [];
  const sums = open.map((s) => [...new Set(states[s]!.alive.map((c) => contribution(eq, states[s]!, c)))]);
  const changed: number[] = [];
  const keep: Candidate[][] = [];
  for (let i = 0; i < open.length; i++) {
    const reach = reachable(sums.filter((_, j) => j !== i));
    if (reach === null) return [];
    const st = states[open[i]!]!;
    const alive = st.alive.filter((c) => {
      const base = fixed + contribution(eq, st, c);
      return reach.some((s) => judge(eq.op, base + s, tol) !== 'fail');
    });
    if (alive.length === 0) return null;
    keep.push(alive);
  }
  open.forEach((s, i) => {
    if (keep[i]!.length < states[s]!.alive.length) { states[s]!.alive = keep[i]!; changed.push(s); }
  });
  return changed;
}

/** Every sum of one choice per list, or null when there are too many to enumerate. */
function reachable(lists: readonly (readonly Amount[])[]): Amount[] | null {
  let acc = new Set<Amount>([0n]);
  for (const list of lists) {
    const next = new Set<Amount>();
    for (const a of acc) for (const b of list) next.add(a + b);
    if (next.size > MAX_REACHABLE) return null;
    acc = next;
  }
  return [...acc];
}

function maxDecimals(table: RawTable): number {
  let d = 0;
  for (const r of table.rows) for (const p of r.placements) for (const v of p.values) if (v.num) d = Math.max(d, v.num.decimals);
  return d || 2;
}
