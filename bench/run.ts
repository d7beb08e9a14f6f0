/**
 * `npm run bench:parse`: median time to parse each founding document in process, after warm-up.
 * Target (issue: core model): < 20 ms per seed. The warm-up parses every seed ten times first,
 * so no document pays for compiling code paths the others use (measured order no longer matters).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parseBytes } from '../src/parse/index.js';

const dir = new URL('../examples/', import.meta.url);
const RUNS = 31;
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, bytes: readFileSync(new URL(name, dir)) }));
for (let i = 0; i < 10; i++) for (const { name, bytes } of seeds) await parseBytes(bytes, name);
for (const { name, bytes } of seeds) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await parseBytes(bytes, name);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(28)} parse median ${times[Math.floor(RUNS / 2)]!.toFixed(1)} ms  (min ${times[0]!.toFixed(1)}, max ${times[RUNS - 1]!.toFixed(1)})`);
}
