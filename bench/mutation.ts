/**
 * `npm run bench:mutation [N per seed]`: the mutation harness over the founding documents —
 * how many single alterations are detectable, and how many of those `check` finds where they were made.
 * Target (issue: checks): ≥ 99 % of detectable mutations found, over ≥ 2,000 mutations.
 */
import { readFileSync } from 'node:fs';
import { mutate, summarize } from '../src/mutation/index.js';
import type { MutationOutcome } from '../src/mutation/index.js';
import { parseBytes } from '../src/parse/index.js';

const SEEDS = ['000_1e39a7bc08e52a9d.txt', '001_d954916dfba89797.txt', '002_551c71b0985bbb03.txt', '004_20d860238a543aa7.txt'];
const perSeed = Number(process.argv[2] ?? 600);
const all: MutationOutcome[] = [];
const t0 = performance.now();
for (const name of SEEDS) {
  const parsed = await parseBytes(readFileSync(new URL(`../examples/${name}`, import.meta.url)), name);
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error.message}`);
  const outcomes = mutate(parsed.value, { count: perSeed, seed: name });
  const s = summarize(outcomes);
  console.log(`${name.padEnd(28)} ${s.mutations} mutations · ${s.detectable} detectable · ${s.found} found (${(100 * s.rate).toFixed(2)} %)`);
  all.push(...outcomes);
}
const s = summarize(all);
console.log(`all seeds: ${s.mutations} mutations · ${s.detectable} detectable · ${s.found} found (${(100 * s.rate).toFixed(2)} %) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
for (const [kind, k] of Object.entries(s.byKind)) console.log(`  ${kind.padEnd(12)} ${k.mutations} · ${k.detectable} detectable · ${k.found} found`);
for (const m of s.missed.slice(0, 40)) console.log(`  missed: ${m}`);
