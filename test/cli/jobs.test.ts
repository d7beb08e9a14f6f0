/**
 * `--jobs`: PDFs read on worker threads print exactly what one-after-another reading prints,
 * in input order, with the same exit code.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { run } from '../../src/cli/index.js';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

const CORPUS = '/work/shared/corpus/';
const skip = !existsSync(CORPUS) && 'corpus absent';
const files = [
  'budget-shanghai-jiaotong-college-2026-unit.pdf',
  'missing.pdf',
  'budget-jiangsu-shengweibangongting-2019-tables.pdf',
].map((f) => CORPUS + f);

test('check --jsonl --jobs 2: the same lines, in input order, as --jobs 1', { skip }, async () => {
  const pooled = await cli('check', '--jsonl', '--fail-on', 'never', '--jobs', '2', ...files);
  const serial = await cli('check', '--jsonl', '--fail-on', 'never', '--jobs', '1', ...files);
  assert.deepEqual(pooled, serial);
  assert.equal(pooled.code, 3);
  const sources = pooled.out.map((l) => (JSON.parse(l) as { source: { file: string } }).source.file);
  assert.deepEqual(sources, files);
  const college = JSON.parse(pooled.out[0]!) as { document: { fiscalYear: number }; tables: unknown[] };
  assert.equal(college.document.fiscalYear, 2026);
  assert.ok(college.tables.length >= 8, `${college.tables.length} tables`);
  assert.match(pooled.out[1]!, /"code":"NOT_FOUND"/);
  assert.deepEqual(pooled.err, [`${files[1]}: 无法读取文件 (cannot read file): ENOENT`]);
});

test('--jobs must be a positive integer', async () => {
  for (const bad of ['0', '-1', 'two', '1.5']) {
    const r = await cli('check', '--jobs', bad, 'a.pdf', 'b.pdf');
    assert.equal(r.code, 2, bad);
    assert.match(r.err.join('\n'), /--jobs N/);
  }
});
