/**
 * The producer check: `render --format pdf` reads the PDF it wrote back with the project's own
 * reader and checks that, not the Disclosure it built. Needs chromium and the CJK fonts.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkDisclosure } from '../../src/checks/index.js';
import { run } from '../../src/cli/index.js';
import { compareDisclosures, renderPlan } from '../../src/generate/index.js';
import { parseBytes } from '../../src/parse/index.js';
import { planOf, readRenderInput } from '../../src/render/index.js';

const example = new URL('../../examples/render/final.json', import.meta.url).pathname;

test('render final.json --format pdf: the written PDF reads back cell for cell and its check finds no error', async () => {
  const pdf = join(mkdtempSync(join(tmpdir(), 'render-pdf-')), 'final.pdf');
  const out: string[] = [];
  const code = await run(['render', example, '--format', 'pdf', '--out', pdf], { out: (t) => out.push(t), err: (t) => out.push(t) });
  const text = out.join('\n');
  assert.equal(code, 0, text);
  assert.match(text, /所写文件读回与生成的数据一致/);
  assert.match(text, new RegExp(`${pdf}\\n  南京市统计局 · 2024 · final · 表格 tables 9\\n  核对 checked: \\d+ 项 evaluated · \\d+ 通过 passed · 0 舍入 rounding · 0 不符 failed`));
  assert.doesNotMatch(text, /渲染错误/);

  const input = await readRenderInput(readFileSync(example), example);
  assert.ok(input.ok);
  const built = renderPlan(planOf(input.input).plan).truth;
  const read = await parseBytes(readFileSync(pdf), pdf);
  assert.ok(read.ok);
  assert.deepEqual(compareDisclosures(built, read.value), []);
  assert.equal(read.value.tables.length, 9);
  assert.equal(read.value.tables.reduce((n, t) => n + t.rows.reduce((k, r) => k + Object.keys(r.values).length, 0), 0),
    built.tables.reduce((n, t) => n + t.rows.reduce((k, r) => k + Object.keys(r.values).length, 0), 0));
  assert.deepEqual(checkDisclosure(read.value).findings.filter((f) => f.severity === 'error'), []);
});
