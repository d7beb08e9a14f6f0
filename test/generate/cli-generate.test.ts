import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';

const io = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
};

test('budgetlens generate writes documents and truth files, deterministically', async () => {
  const a = mkdtempSync(join(tmpdir(), 'gen-a-'));
  const b = mkdtempSync(join(tmpdir(), 'gen-b-'));
  const r = io();
  assert.equal(await run(['generate', '--count', '3', '--seed', '9', '--defects', '2', '--out', a], r.io), 0);
  await run(['generate', '--count', '3', '--seed', '9', '--defects', '2', '--out', b], io().io);
  assert.deepEqual(readdirSync(a).sort(), ['9-0.truth.json', '9-0.txt', '9-1.truth.json', '9-1.txt', '9-2.truth.json', '9-2.txt']);
  assert.equal(readFileSync(join(a, '9-1.txt'), 'utf8'), readFileSync(join(b, '9-1.txt'), 'utf8'));
  const truth = JSON.parse(readFileSync(join(a, '9-0.truth.json'), 'utf8')) as { defects: unknown[]; truth: { document: { kind: string } } };
  assert.equal(truth.defects.length, 2);
  assert.equal(truth.truth.document.kind, 'final');
});

test('budgetlens generate --kind budget writes budget documents', async () => {
  const a = mkdtempSync(join(tmpdir(), 'gen-budget-'));
  assert.equal(await run(['generate', '--count', '1', '--seed', '9', '--kind', 'budget', '--style', 'beijing', '--out', a], io().io), 0);
  const truth = JSON.parse(readFileSync(join(a, '9-0.truth.json'), 'utf8')) as { truth: { document: { kind: string } } };
  assert.equal(truth.truth.document.kind, 'budget');
  assert.match(readFileSync(join(a, '9-0.txt'), 'utf8'), /\n预算01表\n/);
  assert.equal(await run(['generate', '--count', '1', '--kind', 'other', '--out', a], io().io), 2);
});

test('budgetlens generate: usage errors exit 2 with a bilingual message', async () => {
  const r = io();
  assert.equal(await run(['generate', '--count', '0', '--out', '/tmp/x'], r.io), 2);
  assert.match(r.err.join('\n'), /^--count 须为正整数 \(must be a positive integer\)/);
  assert.equal(await run(['generate', '--count', '1'], io().io), 2);
});

test('budgetlens generate --format html and pdf write <id>.html / <id>.pdf beside the truth; other formats are usage errors', async () => {
  const a = mkdtempSync(join(tmpdir(), 'gen-html-'));
  assert.equal(await run(['generate', '--count', '1', '--seed', '9', '--style', 'jilin', '--format', 'html', '--out', a], io().io), 0);
  assert.deepEqual(readdirSync(a).sort(), ['9-0.html', '9-0.truth.json']);
  const html = readFileSync(join(a, '9-0.html'), 'utf8');
  assert.match(html, /<table style="font-size:[\d.]+pt">/);
  assert.match(html, /<h3 class="title">收入决算表<\/h3>\n<p class="number">公开02表<\/p>/);
  const b = mkdtempSync(join(tmpdir(), 'gen-pdf-'));
  assert.equal(await run(['generate', '--count', '1', '--seed', '9', '--format', 'pdf', '--out', b], io().io), 0);
  assert.deepEqual(readdirSync(b).sort(), ['9-0.pdf', '9-0.truth.json']);
  assert.equal(readFileSync(join(b, '9-0.pdf')).subarray(0, 5).toString(), '%PDF-');
  const truth = JSON.parse(readFileSync(join(b, '9-0.truth.json'), 'utf8')) as { truth: { source: { file: string; format: string } } };
  assert.deepEqual(truth.truth.source, { ...truth.truth.source, file: '9-0.pdf', format: 'pdf' });
  const r = io();
  assert.equal(await run(['generate', '--count', '1', '--format', 'odt', '--out', b], r.io), 2);
  assert.match(r.err.join('\n'), /^未知格式 \(unknown --format\); one of: text, html, pdf, docx, xlsx$/);
});
