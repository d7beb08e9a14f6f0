/**
 * @module Deciding which column each printed value belongs to, from the arithmetic the
 * tables must satisfy. Every row's possible placements are pruned by the identities
 * (row sums, hierarchy, totals, cross-table equalities and inequalities) until a fixed
 * point (generalised arc consistency). Equations of one group (all columns of a hierarchy
 * node, a matched row pair) prune together, as one vector relation, so a group that is
 * inconsistent as printed is set aside whole instead of biasing the placement column by
 * column. What stays undecided is reported as ambiguous with its candidates, never guessed.
 */
import type { IdentitySpec } from '../catalogue/index.js';
import { instantiate, judge, shapeOf, tolerance } from '../arithmetic/index.js';
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

/** A group of equations pruned together: one component per equation. */
interface Relation {
  readonly equations: readonly Equation[];
  readonly states: readonly number[];
  readonly priority: number;
}

/** Above this many partial sums a relation is not used to prune (kept cheap and bounded). */
const MAX_REACHABLE = 20000;
const MAX_VECTOR_COMBINATIONS = 4096;
const PRIORITY: Record<IdentitySpec['kind'], number> = { row: 0, hierarchy: 1, cells: 2, rows: 3 };

export function solvePlacements(tables: readonly RawTable[], identities: readonly IdentitySpec[]): PlacementState[] {
  const states: PlacementState[] = [];
  const index = new Map<string, number>(); // "t/r/column" → state
  tables.forEach((table, t) => table.rows.forEach((row, r) => row.placements.forEach((placement) => {
    const all = candidates(placement.values.length, placement.columns.length);
    const s = states.push({ table: t, row: r, placement, alive: all, overflow: all.length === 0 && placement.values.length > 0 }) - 1;
    for (const c of placement.columns) index.set(`${t}/${r}/${c}`, s);
  })));
  const shapes = tables.map((t) => shapeOf(t.spec.kind, t.columns, t.rows));
  const relations: Relation[] = group(instantiate(shapes, identities), index);
  const decimals = tables.map(maxDecimals);
  const byState = new Map<number, number[]>();
  relations.forEach((rel, e) => rel.states.forEach((s) => byState.set(s, [...(byState.get(s) ?? []), e])));
  // Exact arithmetic first: a value that makes a column add up to the cent wins over one
  // that only fits within rounding. Then the rounding envelope, for documents printed with it.
  // A last exact pass uses what rounding-tolerant pruning narrowed down.
  for (const exact of [true, false, true]) {
    const queue = relations.map((_, e) => e);
    const queued = new Set(queue);
    const setAside = new Set<number>();
    while (queue.length > 0) {
      const e = queue.shift()!;
      queued.delete(e);
      if (setAside.has(e)) continue;
      const rel = relations[e]!;
      const tols = rel.equations.map((eq) =>
        exact ? 0n : tolerance(eq.terms.length, Math.max(...eq.terms.map((t) => decimals[t.ref.table] ?? 2))));
      let changed = prune(rel, states, tols);
      if (changed === null) {
        // One column printed inconsistently should not silence the others: drop it if that is enough.
        const reduced = withoutOneComponent(rel, states, tols);
        if (!reduced) { setAside.add(e); continue; }
        relations[e] = reduced.relation;
        changed = reduced.changed;
      }
      for (const s of changed) for (const other of byState.get(s) ?? []) {
        if (!queued.has(other) && other !== e) { queue.push(other); queued.add(other); }
      }
    }
  }
  return states;
}

function withoutOneComponent(rel: Relation, states: PlacementState[], tols: readonly Amount[]):
  { relation: Relation; changed: number[] } | null {
  if (rel.equations.length < 2) return null;
  let found: { relation: Relation; tols: Amount[] } | null = null;
  for (let k = 0; k < rel.equations.length; k++) {
    const relation = { ...rel, equations: rel.equations.filter((_, i) => i !== k) };
    const reducedTols = tols.filter((_, i) => i !== k);
    if (prune(relation, states.map((s) => ({ ...s })), reducedTols) === null) continue;
    if (found) return null; // more than one way out: the group tells nothing reliable
    found = { relation, tols: reducedTols };
  }
  if (!found) return null;
  const changed = prune(found.relation, states, found.tols);
  return changed === null ? null : { relation: found.relation, changed };
}

function group(equations: readonly Equation[], index: ReadonlyMap<string, number>): Relation[] {
  const groups = new Map<string, Equation[]>();
  for (const eq of equations) groups.set(eq.group, [...(groups.get(eq.group) ?? []), eq]);
  const out: Relation[] = [];
  for (const eqs of groups.values()) {
    const states = new Set<number>();
    for (const eq of eqs) for (const t of eq.terms) {
      const s = index.get(key(t.ref));
      if (s !== undefined) states.add(s);
    }
    if (states.size > 0) out.push({ equations: eqs, states: [...states], priority: PRIORITY[eqs[0]!.identity.kind] });
  }
  return out.sort((a, b) => a.priority - b.priority);
}

const key = (ref: CellRef) => `${ref.table}/${ref.row}/${ref.column}`;

/**
 * Contribution of one state's candidate to each equation's Σ sign·cell. Memoised per
 * relation, state and candidate: the propagation asks the same question many times.
 */
const contributions = new WeakMap<Relation, Map<PlacementState, WeakMap<Candidate, Amount[]>>>();

function contribution(rel: Relation, state: PlacementState, cand: Candidate): Amount[] {
  let byState = contributions.get(rel);
  if (!byState) contributions.set(rel, (byState = new Map()));
  let byCandidate = byState.get(state);
  if (!byCandidate) byState.set(state, (byCandidate = new WeakMap()));
  let v = byCandidate.get(cand);
  if (!v) byCandidate.set(cand, (v = computeContribution(rel, state, cand)));
  return v;
}

function computeContribution(rel: Relation, state: PlacementState, cand: Candidate): Amount[] {
  return rel.equations.map((eq) => {
    let sum = 0n;
    for (const t of eq.terms) {
      if (t.ref.table !== state.table || t.ref.row !== state.row) continue;
      const v = cand.indexOf(state.placement.columns.indexOf(t.ref.column));
      const num = v >= 0 ? state.placement.values[v]!.num : null;
      if (num) sum += t.sign > 0 ? num.value : -num.value;
    }
    return sum;
  });
}

/**
 * Prunes the states of one relation, atomically: a candidate survives when every column of
 * the relation can still hold (scalar support per column, then the whole vector when the
 * combinations are few). Returns the changed states, or null if the relation cannot hold.
 */
function prune(rel: Relation, states: PlacementState[], tols: readonly Amount[]): number[] | null {
  const open = rel.states.filter((s) => states[s]!.alive.length > 1);
  const fixed = rel.equations.map(() => 0n);
  for (const s of rel.states) {
    const st = states[s]!;
    if (st.alive.length === 1) contribution(rel, st, st.alive[0]!).forEach((v, i) => { fixed[i]! += v; });
  }
  const holds = (sum: readonly Amount[]) => rel.equations.every((eq, i) => judge(eq.op, sum[i]!, tols[i]!) !== 'fail');
  if (open.length === 0) return holds(fixed) ? [] : null;
  const own = open.map((s) => states[s]!.alive.map((c) => contribution(rel, states[s]!, c)));
  const keep = own.map((vectors) => vectors.map(() => true));
  rel.equations.forEach((eq, k) => {
    const lists = own.map((vectors) => [...new Set(vectors.map((v) => v[k]!))]);
    for (let i = 0; i < open.length; i++) {
      const reach = reachableScalar(lists.filter((_, j) => j !== i));
      if (!reach) continue;
      own[i]!.forEach((v, c) => {
        if (keep[i]![c] && !supported(eq.op, fixed[k]! + v[k]!, reach, tols[k]!)) keep[i]![c] = false;
      });
    }
  });
  if (keep.some((flags) => !flags.includes(true))) return null;
  let alive = open.map((s, i) => states[s]!.alive.filter((_, c) => keep[i]![c]));
  const vectorKeep = refineVectors(alive.map((cands, i) => cands.map((c) => contribution(rel, states[open[i]!]!, c))), fixed, holds);
  if (vectorKeep === null) return null;
  if (vectorKeep) alive = alive.map((cands, i) => cands.filter((_, c) => vectorKeep[i]![c]));
  const changed: number[] = [];
  open.forEach((s, i) => {
    if (alive[i]!.length < states[s]!.alive.length) { states[s]!.alive = alive[i]!; changed.push(s); }
  });
  return changed;
}

/** Whether base + some reachable sum satisfies the relation (sorted reach, binary search). */
function supported(op: Equation['op'], base: Amount, reach: readonly Amount[], tol: Amount): boolean {
  if (op === '<=') return base + reach[0]! <= tol;
  if (op === '>=') return base + reach[reach.length - 1]! >= -tol;
  const lo = -base - tol;
  let a = 0;
  let b = reach.length;
  while (a < b) { const m = (a + b) >> 1; if (reach[m]! < lo) a = m + 1; else b = m; }
  return a < reach.length && reach[a]! <= -base + tol;
}

/** Every sum of one choice per list, sorted; null when there are too many. */
function reachableScalar(lists: readonly (readonly Amount[])[]): Amount[] | null {
  let acc = new Set<Amount>([0n]);
  for (const list of lists) {
    const next = new Set<Amount>();
    for (const a of acc) for (const b of list) next.add(a + b);
    if (next.size > MAX_REACHABLE) return null;
    acc = next;
  }
  return [...acc].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

/** Whole-vector support when the combinations are few: flags per candidate, null if none holds. */
function refineVectors(own: readonly Amount[][][], fixed: readonly Amount[], holds: (s: readonly Amount[]) => boolean):
  boolean[][] | null | undefined {
  if (own.reduce((n, l) => n * l.length, 1) > MAX_VECTOR_COMBINATIONS) return undefined;
  const flags = own.map((l) => l.map(() => false));
  const pick: number[] = [];
  const walk = (i: number, sum: Amount[]) => {
    if (i === own.length) {
      if (holds(sum)) pick.forEach((c, j) => { flags[j]![c] = true; });
      return;
    }
    own[i]!.forEach((v, c) => { pick.push(c); walk(i + 1, sum.map((x, k) => x + v[k]!)); pick.pop(); });
  };
  walk(0, [...fixed]);
  return flags.some((f) => !f.includes(true)) ? null : flags;
}

function maxDecimals(table: RawTable): number {
  let d = 0;
  for (const r of table.rows) for (const p of r.placements) for (const v of p.values) if (v.num) d = Math.max(d, v.num.decimals);
  return d || 2;
}
