/**
 * `npm run bench:mutation [N per seed] [N per corpus PDF]`: the mutation harness over the founding
 * documents and the corpus PDFs (when ../shared/corpus exists) — how many single alterations are
 * detectable, and how many of those `check` finds where they were made.
 * Target (issue: checks): ≥ 99 % of detectable mutations found, over ≥ 2,000 mutations.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mutate, summarize } from '../src/mutation/index.js';
import type { MutationOutcome } from '../src/mutation/index.js';
import { parseBytes } from '../src/parse/index.js';

const SEEDS = ['000_1e39a7bc08e52a9d.txt', '001_d954916dfba89797.txt', '002_551c71b0985bbb03.txt', '004_20d860238a543aa7.txt'];
const perSeed = Number(process.argv[2] ?? 600);
const perPdf = Number(process.argv[3] ?? 40);
const CORPUS = new URL('../../shared/corpus/', import.meta.url);

async function run(label: string, files: readonly URL[], count: number): Promise<void> {
  const all: MutationOutcome[] = [];
  const t0 = performance.now();
  for (const file of files) {
    const name = file.pathname.split('/').pop()!;
    const parsed = await parseBytes(readFileSync(file), name);
    if (!parsed.ok) { console.log(`${name.padEnd(40)} not read: ${parsed.error.code}`); continue; }
    const outcomes = mutate(parsed.value, { count, seed: name });
    const s = summarize(outcomes);
    console.log(`${name.padEnd(40)} ${s.mutations} mutations · ${s.detectable} detectable · ${s.found} found (${(100 * s.rate).toFixed(2)} %)`);
    all.push(...outcomes);
  }
  const s = summarize(all);
  console.log(`${label}: ${s.mutations} mutations · ${s.detectable} detectable · ${s.found} found (${(100 * s.rate).toFixed(2)} %) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  for (const [kind, k] of Object.entries(s.byKind)) console.log(`  ${kind.padEnd(12)} ${k.mutations} · ${k.detectable} detectable · ${k.found} found`);
  for (const m of s.missed.slice(0, 40)) console.log(`  missed: ${m}`);
}

await run('all seeds', SEEDS.map((n) => new URL(`../examples/${n}`, import.meta.url)), perSeed);
if (existsSync(CORPUS) && perPdf > 0) {
  const pdfs = readdirSync(CORPUS).filter((f) => f.endsWith('.pdf')).sort().map((f) => new URL(f, CORPUS));
  await run('corpus PDFs', pdfs, perPdf);
}
