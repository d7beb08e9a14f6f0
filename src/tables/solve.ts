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
import { cellKey, instantiate, shapeOf, tolerance } from '../arithmetic/index.js';
import type { Equation } from '../arithmetic/index.js';
import { lastPlaceUnit } from '../model/index.js';
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
  /** Amounts are counted in this unit (the finest printed place), as exact small integers. */
  readonly unit: Amount;
}

/** Above this many partial sums a relation is not used to prune (kept cheap and bounded). */
const MAX_REACHABLE = 4096;
const MAX_VECTOR_COMBINATIONS = 512;
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
  const decimals = tables.map(maxDecimals);
  const unit = lastPlaceUnit(Math.max(0, ...decimals));
  const relations: Relation[] = group(instantiate(shapes, identities), index, unit);
  const byState = new Map<number, number[]>();
  relations.forEach((rel, e) => rel.states.forEach((s) => pushTo(byState, s, e)));
  // Exact arithmetic first: a value that makes a column add up to the cent wins over one
  // that only fits within rounding. Then the rounding envelope, for documents printed with it.
  // A last exact pass uses what rounding-tolerant pruning narrowed down.
  // A relation at its exact fixed point is at its rounding one too (a looser tolerance keeps every
  // supported candidate), so the rounding pass starts from the relations the exact pass set aside,
  // and the last exact pass from those whose states the rounding pass narrowed.
  let touched = new Set<number>();
  let setAside = new Set<number>();
  for (const [pass, exact] of [true, false, true].entries()) {
    const queue = pass === 0 ? relations.map((_, e) => e)
      : pass === 1 ? [...setAside]
        : [...new Set([...touched].flatMap((s) => byState.get(s) ?? []))];
    touched = new Set<number>();
    setAside = new Set<number>();
    const queued = new Set(queue);
    while (queue.length > 0) {
      const e = queue.shift()!;
      queued.delete(e);
      if (setAside.has(e)) continue;
      const rel = relations[e]!;
      const tols = rel.equations.map((eq) =>
        exact ? 0 : inUnits(tolerance(eq.terms.length, Math.max(...eq.terms.map((t) => decimals[t.ref.table] ?? 2))), unit));
      let changed = prune(rel, states, tols);
      if (changed === null) {
        // One column printed inconsistently should not silence the others: drop it if that is enough.
        // Exact passes do not try: a document printed with rounding fails them everywhere, and the
        // rounding pass sees every printed inconsistency too.
        const reduced = exact ? null : withoutOneComponent(rel, states, tols);
        if (!reduced) { setAside.add(e); continue; }
        relations[e] = reduced.relation;
        changed = reduced.changed;
      }
      for (const s of changed) touched.add(s);
      for (const s of changed) for (const other of byState.get(s) ?? []) {
        if (!queued.has(other) && other !== e) { queue.push(other); queued.add(other); }
      }
    }
  }
  return states;
}

function withoutOneComponent(rel: Relation, states: PlacementState[], tols: readonly number[]):
  { relation: Relation; changed: number[] } | null {
  if (rel.equations.length < 2) return null;
  let found: { relation: Relation; tols: number[] } | null = null;
  for (let k = 0; k < rel.equations.length; k++) {
    const relation = { ...rel, equations: rel.equations.filter((_, i) => i !== k) };
    const reducedTols = tols.filter((_, i) => i !== k);
    if (prune(relation, scratchCopy(states, rel.states), reducedTols) === null) continue;
    if (found) return null; // more than one way out: the group tells nothing reliable
    found = { relation, tols: reducedTols };
  }
  if (!found) return null;
  const changed = prune(found.relation, states, found.tols);
  return changed === null ? null : { relation: found.relation, changed };
}

/** A copy in which the relation's own states can be pruned without touching the real ones. */
function scratchCopy(states: readonly PlacementState[], own: readonly number[]): PlacementState[] {
  const copy = states.slice();
  for (const s of own) copy[s] = { ...states[s]! };
  return copy;
}

function group(equations: readonly Equation[], index: ReadonlyMap<string, number>, unit: Amount): Relation[] {
  const groups = new Map<string, Equation[]>();
  for (const eq of equations) pushTo(groups, eq.group, eq);
  const out: Relation[] = [];
  for (const eqs of groups.values()) {
    const states = new Set<number>();
    for (const eq of eqs) for (const t of eq.terms) {
      const s = index.get(cellKey(t.ref));
      if (s !== undefined) states.add(s);
    }
    if (states.size > 0) out.push({ equations: eqs, states: [...states], priority: PRIORITY[eqs[0]!.identity.kind], unit });
  }
  return out.sort((a, b) => a.priority - b.priority);
}

function pushTo<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v); else map.set(k, [v]);
}


/**
 * Contribution of one state's candidate to each equation's Σ sign·cell. Memoised per
 * relation, state and candidate: the propagation asks the same question many times.
 */
const contributions = new WeakMap<Relation, Map<PlacementState, WeakMap<Candidate, number[]>>>();

function contribution(rel: Relation, state: PlacementState, cand: Candidate): number[] {
  let byState = contributions.get(rel);
  if (!byState) contributions.set(rel, (byState = new Map()));
  let byCandidate = byState.get(state);
  if (!byCandidate) byState.set(state, (byCandidate = new WeakMap()));
  let v = byCandidate.get(cand);
  if (!v) byCandidate.set(cand, (v = computeContribution(rel, state, cand)));
  return v;
}

function computeContribution(rel: Relation, state: PlacementState, cand: Candidate): number[] {
  return rel.equations.map((eq) => {
    let sum = 0n;
    for (const t of eq.terms) {
      if (t.ref.table !== state.table || t.ref.row !== state.row) continue;
      const v = cand.indexOf(state.placement.columns.indexOf(t.ref.column));
      const num = v >= 0 ? state.placement.values[v]!.num : null;
      if (num) sum += t.sign > 0 ? num.value : -num.value;
    }
    return inUnits(sum, rel.unit);
  });
}

/**
 * An amount as a count of `unit`s. Exact: every printed amount is a whole number of the finest
 * printed place, and plain numbers keep the solver's sum sets fast. NaN beyond 2^53 units.
 */
function inUnits(a: Amount, unit: Amount): number {
  const n = Number(a / unit);
  return Number.isSafeInteger(n) ? n : NaN;
}

function judge(op: Equation['op'], difference: number, tol: number): boolean {
  const miss = op === '=' ? Math.abs(difference) : op === '<=' ? difference : -difference;
  return miss <= tol;
}

/**
 * Prunes the states of one relation, atomically: a candidate survives when every column of
 * the relation can still hold (scalar support per column, then the whole vector when the
 * combinations are few). Returns the changed states, or null if the relation cannot hold.
 */
function prune(rel: Relation, states: PlacementState[], tols: readonly number[]): number[] | null {
  // A state whose every candidate contributes the same to this relation is fixed here, however
  // undecided elsewhere: it adds a constant and cannot be pruned by it.
  const open: number[] = [];
  const own: number[][][] = [];
  const fixed = rel.equations.map(() => 0);
  for (const s of rel.states) {
    const st = states[s]!;
    const vectors = st.alive.map((c) => contribution(rel, st, c));
    if (vectors.length === 0) continue; // unplaceable row (more values than columns): takes no part
    if (vectors.every((v) => sameVector(v, vectors[0]!))) vectors[0]!.forEach((v, i) => { fixed[i]! += v; });
    else { open.push(s); own.push(vectors); }
  }
  if (fixed.some(Number.isNaN) || own.some((vs) => vs.some((v) => v.some(Number.isNaN)))) return []; // too large to reason on
  const holds = (sum: readonly number[]) => rel.equations.every((eq, i) => judge(eq.op, sum[i]!, tols[i]!));
  if (open.length === 0) return holds(fixed) ? [] : null;
  const keep = own.map((vectors) => vectors.map(() => true));
  rel.equations.forEach((eq, k) => {
    const lists = own.map((vectors) => [...new Set(vectors.map((v) => v[k]!))]);
    pruneByBounds(eq.op, fixed[k]!, tols[k]!, lists, own.map((vectors) => vectors.map((v) => v[k]!)), keep);
    // Exact sum sets only while they stay small; beyond that the bounds above are what is known.
    if (lists.reduce((n, l) => n * l.length, 1) > MAX_REACHABLE) return;
    const prefix = partialSums(lists);
    const suffix = partialSums([...lists].reverse()).reverse();
    for (let i = 0; i < open.length; i++) {
      if (lists[i]!.length < 2) continue; // every candidate contributes the same: nothing to prune here
      const before = prefix[i];
      const after = suffix[i + 1];
      if (!before || !after) continue;
      own[i]!.forEach((v, c) => {
        if (keep[i]![c] && !supported(eq.op, fixed[k]! + v[k]!, before, after, tols[k]!)) keep[i]![c] = false;
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

/**
 * Interval reasoning on one equation: a candidate survives when the others' smallest and largest
 * possible sums leave room for it. Cheap, and enough when a column must be (nearly) empty or full.
 */
function pruneByBounds(op: Equation['op'], fixed: number, tol: number, lists: readonly (readonly number[])[],
  values: readonly (readonly number[])[], keep: boolean[][]): void {
  const lo = lists.map((l) => Math.min(...l));
  const hi = lists.map((l) => Math.max(...l));
  const sumLo = lo.reduce((a, b) => a + b, 0);
  const sumHi = hi.reduce((a, b) => a + b, 0);
  values.forEach((vs, i) => {
    if (lists[i]!.length < 2) return;
    const othersLo = sumLo - lo[i]!;
    const othersHi = sumHi - hi[i]!;
    vs.forEach((v, c) => {
      const low = fixed + v + othersLo;
      const high = fixed + v + othersHi;
      const ok = op === '<=' ? low <= tol : op === '>=' ? high >= -tol : low <= tol && high >= -tol;
      if (!ok) keep[i]![c] = false;
    });
  });
}

function sameVector(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether base + a + b satisfies the relation for some a of one sorted sum set and b of the
 * other: the sums of the lists before and after the state being tested (prefix and suffix
 * sums, so each state costs one pass over the smaller set, not a new sum set).
 */
function supported(op: Equation['op'], base: number, before: Float64Array, after: Float64Array, tol: number): boolean {
  if (op === '<=') return base + before[0]! + after[0]! <= tol;
  if (op === '>=') return base + before[before.length - 1]! + after[after.length - 1]! >= -tol;
  const [small, large] = before.length <= after.length ? [before, after] : [after, before];
  for (const a of small) if (hasWithin(large, -(base + a) - tol, -(base + a) + tol)) return true;
  return false;
}

/** Whether a sorted list holds a value in [lo, hi] (binary search). */
function hasWithin(sorted: Float64Array, lo: number, hi: number): boolean {
  let a = 0;
  let b = sorted.length;
  while (a < b) { const m = (a + b) >> 1; if (sorted[m]! < lo) a = m + 1; else b = m; }
  return a < sorted.length && sorted[a]! <= hi;
}

/**
 * Sum sets of the first i lists, i = 0…n (each sorted; one choice per list); null from the
 * point where a set grows beyond the bound.
 */
function partialSums(lists: readonly (readonly number[])[]): (Float64Array | null)[] {
  let acc: Float64Array | null = Float64Array.of(0);
  const out: (Float64Array | null)[] = [acc];
  for (const list of lists) {
    if (acc) {
      acc = sumSet(acc, list);
    }
    out.push(acc);
  }
  return out;
}

/** { a + b }, sorted; null as soon as it grows beyond the bound. */
function sumSet(acc: Float64Array, list: readonly number[]): Float64Array | null {
  // acc is sorted, so acc + b is too: merging the shifted copies keeps the result sorted and unique
  // without hashing or sorting (the lists are short: the distinct values one row can put in a column).
  let out: Float64Array = acc.map((a) => a + list[0]!);
  for (let j = 1; j < list.length; j++) {
    out = mergeUnique(out, acc, list[j]!);
    if (out.length > MAX_REACHABLE) return null;
  }
  return out;
}

/** Sorted union of `a` and `b + shift` (both sorted), duplicates dropped. */
function mergeUnique(a: Float64Array, b: Float64Array, shift: number): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]! + shift) ? a[i++]! : b[j++]! + shift;
    if (n === 0 || out[n - 1] !== x) out[n++] = x;
  }
  return out.subarray(0, n);
}

/** Whole-vector support when the combinations are few: flags per candidate, null if none holds. */
function refineVectors(own: readonly number[][][], fixed: readonly number[], holds: (s: readonly number[]) => boolean):
  boolean[][] | null | undefined {
  if (own.reduce((n, l) => n * l.length, 1) > MAX_VECTOR_COMBINATIONS) return undefined;
  const flags = own.map((l) => l.map(() => false));
  const pick: number[] = [];
  const sum = [...fixed]; // one running sum, added to and taken back (exact: small integers)
  const walk = (i: number) => {
    if (i === own.length) {
      if (holds(sum)) pick.forEach((c, j) => { flags[j]![c] = true; });
      return;
    }
    own[i]!.forEach((v, c) => {
      pick.push(c);
      for (let k = 0; k < sum.length; k++) sum[k]! += v[k]!;
      walk(i + 1);
      for (let k = 0; k < sum.length; k++) sum[k]! -= v[k]!;
      pick.pop();
    });
  };
  walk(0);
  return flags.some((f) => !f.includes(true)) ? null : flags;
}

function maxDecimals(table: RawTable): number {
  let d = 0;
  for (const r of table.rows) for (const p of r.placements) for (const v of p.values) if (v.num) d = Math.max(d, v.num.decimals);
  return d || 2;
}
