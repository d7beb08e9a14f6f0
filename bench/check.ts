/**
 * `npm run bench:check`: median time of `check` on each seed in process, parse included (a
 * fresh disclosure each run, so nothing is cached between runs), after warm-up; and the
 * check stage alone, per rule family. Target: < 50 ms median per seed including parse.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { checkDisclosure, FAMILIES } from '../src/checks/index.js';
import { parseBytes } from '../src/parse/index.js';
import type { Disclosure } from '../src/model/index.js';

const dir = new URL('../examples/', import.meta.url);
const RUNS = 21;
const FAMILY_NAMES = ['reading', 'identities', 'explanations', 'classification', 'completeness', 'text'];

async function parse(bytes: Buffer, name: string): Promise<Disclosure> {
  const r = await parseBytes(bytes, name);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, bytes: readFileSync(new URL(name, dir)) }));
// Warm-up over every seed first, so the first one measured does not pay for compiling the shared code.
for (let i = 0; i < 10; i++) for (const { name, bytes } of seeds) checkDisclosure(await parse(bytes, name));
for (const { name, bytes } of seeds) {
  const total: number[] = [];
  const check: number[] = [];
  const family: number[][] = FAMILIES.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const d = await parse(bytes, name);
    const t1 = performance.now();
    checkDisclosure(d);
    const t2 = performance.now();
    total.push(t2 - t0);
    check.push(t2 - t1);
    const fresh = await parse(bytes, name);
    FAMILIES.forEach((f, k) => {
      const s = performance.now();
      f.run(fresh);
      family[k]!.push(performance.now() - s);
    });
  }
  const perFamily = FAMILIES.map((_, k) => `${FAMILY_NAMES[k] ?? k} ${median(family[k]!).toFixed(1)}`).join(', ');
  console.log(`${name.padEnd(28)} parse+check median ${median(total).toFixed(1)} ms (check ${median(check).toFixed(1)} ms: ${perFamily})`);
}
