/**
 * The CLI through its public `run`: exit codes, JSON on stdout, clear messages on bad input.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { run } from '../../src/cli/index.js';
import { tinyPdf } from '../ingest-pdf/tiny-pdf.js';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'budgetlens-'));
const seed = new URL('../../examples/000_1e39a7bc08e52a9d.txt', import.meta.url).pathname;

test('parse --json prints schemaVersion 1 with tables, rows and values', async () => {
  const r = await cli('parse', seed, '--json');
  assert.equal(r.code, 0);
  const json = JSON.parse(r.out);
  assert.equal(json.schemaVersion, 1);
  assert.equal(json.source.format, 'text');
  assert.equal(json.document.fiscalYear, 2024);
  const income = json.tables.find((t: { kind: string }) => t.kind === 'final.income');
  const row = income.rows.find((x: { code: string }) => x.code === '2080501');
  assert.deepEqual(row.values, { total: 7082.2, fiscal: 6884.91, other: 197.29 });
});

test('parse without --json prints a readable summary', async () => {
  const r = await cli('parse', seed);
  assert.equal(r.code, 0);
  assert.match(r.out, /公开02表\s+final\.income\s+收入决算表 — 20 行 rows/);
});

test('bad input: missing, empty, binary, not a disclosure — clear message, documented exit code', async () => {
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'garbage.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  writeFileSync(join(dir, 'poem.txt'), '床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n');
  const missing = await cli('parse', join(dir, 'nope.txt'));
  assert.equal(missing.code, 3);
  assert.match(missing.err, /nope\.txt: 无法读取文件/);
  const empty = await cli('parse', join(dir, 'empty.txt'));
  assert.deepEqual([empty.code, /EMPTY/.test(empty.err)], [3, true]);
  const garbage = await cli('parse', join(dir, 'garbage.bin'));
  assert.deepEqual([garbage.code, /BINARY|DAMAGED/.test(garbage.err)], [3, true]);
  const poem = await cli('parse', join(dir, 'poem.txt'));
  assert.deepEqual([poem.code, /NOT_DISCLOSURE/.test(poem.err)], [4, true]);
  assert.doesNotMatch(poem.err + garbage.err + empty.err, /at .*\.ts:\d+/);
});

test('a PDF without text on any page (a scan) says so, with exit 5, and --jsonl names the pages', async () => {
  // Two pages that paint only a filled box: no text layer anywhere.
  writeFileSync(join(dir, 'scan.pdf'), tinyPdf([{ content: '0 g 100 100 300 500 re f' }, { content: '0 g 100 100 300 500 re f' }]));
  const r = await cli('check', join(dir, 'scan.pdf'));
  assert.equal(r.code, 5);
  assert.match(r.err, /scan\.pdf: 全部 2 页没有文字层.*\[NO_TEXT_LAYER\]/);
  const jsonl = await cli('check', '--jsonl', join(dir, 'scan.pdf'), seed);
  const [scan, ok] = jsonl.out.split('\n').map((l) => JSON.parse(l));
  assert.equal(scan.error.code, 'NO_TEXT_LAYER');
  assert.match(scan.error.message, /no text layer on any of the 2 pages/);
  assert.ok(Array.isArray(ok.findings));
  assert.equal(jsonl.code, 5);
});

test('a seed cut off in the middle of a table gives a partial result and exit 1', async () => {
  const lines = readFileSync(seed, 'utf8').split('\n');
  const cut = lines.findIndex((l) => l.startsWith('2080501 行政单位离退休 7,082.20'));
  writeFileSync(join(dir, 'cut.txt'), lines.slice(0, cut + 1).join('\n'));
  const r = await cli('parse', join(dir, 'cut.txt'), '--json');
  assert.equal(r.code, 1);
  const json = JSON.parse(r.out);
  assert.equal(json.tables.length, 2);
  assert.ok(json.warnings.some((w: { code: string }) => w.code === 'TRUNCATED'));
  const income = json.tables[1];
  assert.deepEqual(income.rows.find((x: { code: string }) => x.code === '2080501').values.total, 7082.2);
});

test('--jsonl gives one object per file and goes on after a failure', async () => {
  const r = await cli('parse', join(dir, 'nope.txt'), seed, '--jsonl');
  const lines = r.out.split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 2);
  assert.equal(lines[0].error.code, 'NOT_FOUND');
  assert.equal(lines[1].tables.length, 9);
  assert.equal(r.code, 3);
});

test('usage errors exit 2', async () => {
  assert.equal((await cli()).code, 2);
  assert.equal((await cli('frobnicate', seed)).code, 2);
});

const seed002 = new URL('../../examples/002_551c71b0985bbb03.txt', import.meta.url).pathname;
const seed004 = new URL('../../examples/004_20d860238a543aa7.txt', import.meta.url).pathname;

test('check: readable report grouped by severity, with location and printed text; exit 1 on errors', async () => {
  const r = await cli('check', seed002);
  assert.equal(r.code, 1);
  // Four identity errors and the 政府采购 goods share (100% of 273.51 万元 to SMEs, which were awarded 34.78 in all).
  assert.match(r.out, /错误 errors \(5\)/);
  assert.match(r.out, /\[identity\.hierarchy\] 一般公共预算财政拨款支出决算表：20103 政府办公厅（室）及相关机构事务（人员经费） 1713\.39 ≠/);
  assert.match(r.out, /原文 printed: 20103 政府办公厅（室）及相关机构事务 3,415\.89 2,091\.31 1,713\.39 377\.38 1,324\.58/);
  assert.match(r.out, /舍入差异 rounding \(5\)/);
});

test('check --fail-on: the gate follows the chosen severity', async () => {
  assert.equal((await cli('check', seed004)).code, 0); // 004: rounding and info only
  assert.equal((await cli('check', seed004, '--fail-on', 'rounding')).code, 1);
  assert.equal((await cli('check', seed002, '--fail-on', 'never')).code, 0);
  assert.equal((await cli('check', seed002, '--fail-on', 'sometimes')).code, 2);
});

test('check --json: tally and findings with numbers, rule ids and locations (OUTPUT.md)', async () => {
  const r = await cli('check', seed, '--json');
  const json = JSON.parse(r.out);
  // 000's vehicle counts (8) and SME shares of goods/works/services (3) are evaluated.
  assert.deepEqual(json.checks, { evaluated: 2029, passed: 1999, rounding: 28, failed: 2, notEvaluated: 45 });
  const error = json.findings.find((f: { severity: string }) => f.severity === 'error');
  assert.equal(error.rule, 'identity.hierarchy');
  assert.equal(error.actual, 11264.68);
  assert.equal(error.expected, 10719.03);
  assert.equal(error.difference, 545.65);
  assert.deepEqual(error.locations[0], { table: 'final.gpbBasicExpenditure', page: null, line: 523, rowCode: '310', rowKey: null, column: 'amount' });
});

test('check --jsonl: one line per file, a failing file gives an error object and the batch goes on', async () => {
  const r = await cli('check', join(dir, 'missing.txt'), seed004, '--jsonl');
  const lines = r.out.split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 2);
  assert.equal(lines[0].error.code, 'NOT_FOUND');
  assert.equal(lines[1].document.kind, 'budget');
  assert.equal(r.code, 3);
});
