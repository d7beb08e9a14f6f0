/**
 * The mutation harness as a product test: single alterations of the founding documents must be
 * found where they were made. (`npm run bench:mutation` runs 2,400; this runs 400.)
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mutate, summarize } from '../../src/mutation/index.js';
import { parseExample } from '../helpers.js';

const SEEDS = ['000_1e39a7bc08e52a9d.txt', '001_d954916dfba89797.txt', '002_551c71b0985bbb03.txt', '004_20d860238a543aa7.txt'];

test('400 mutations of four seeds: every detectable one is found at its place', async () => {
  const outcomes = [];
  for (const name of SEEDS) outcomes.push(...mutate(await parseExample(name), { count: 100, seed: `test/${name}` }));
  const s = summarize(outcomes);
  assert.equal(s.mutations, 400);
  assert.ok(s.detectable >= 350, `${s.detectable} detectable`);
  assert.deepEqual(s.missed, []);
  for (const kind of ['tableFigure', 'textFigure', 'textDirection', 'dropTable', 'dropSection'] as const) assert.ok(s.byKind[kind].found > 0, `${kind} exercised`);
});

test('the harness is deterministic per seed, and a mutation describes what it altered', async () => {
  const d = await parseExample(SEEDS[0]!);
  const a = mutate(d, { count: 20, seed: 7 });
  const b = mutate(d, { count: 20, seed: 7 });
  assert.deepEqual(a, b);
  const figure = a.find((o) => o.kind === 'tableFigure')!;
  assert.match(figure.description, /^final\.\w+ \S+\.\w+: [\d,.]+ → [\d,.]+$/);
});
