/**
 * `check --together`: a disclosure published as two files (explanation and tables) read as one.
 * Jiangsu 2019 (text explanation + tables) and Beijing 2026 (scanned explanation + tables)
 * from the corpus (skipped when absent).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { checkDisclosure, explainClaims } from '../../src/checks/index.js';
import type { Disclosure } from '../../src/model/index.js';
import { parseBytes, parseTogether } from '../../src/parse/index.js';
import { run } from '../../src/cli/index.js';

const CORPUS = '/work/shared/corpus/';
const JS = ['budget-jiangsu-shengweibangongting-2019-explanation.pdf', 'budget-jiangsu-shengweibangongting-2019-tables.pdf'];
const BJ = ['budget-beijing-zhengwufuwu-2026-explanation-scanned.pdf', 'budget-beijing-zhengwufuwu-2026-tables.pdf'];
const skip = !existsSync(CORPUS + JS[0]) && 'corpus absent';
let jiangsu: Disclosure;
let jiangsuReversed: Disclosure;
let jiangsuExplanation: Disclosure;
let beijing: Disclosure;

async function together(names: readonly string[]): Promise<Disclosure> {
  const r = await parseTogether(names.map((n) => ({ bytes: readFileSync(CORPUS + n), file: n })));
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

before(async () => {
  if (skip) return;
  jiangsu = await together(JS);
  jiangsuReversed = await together([...JS].reverse());
  beijing = await together(BJ);
  const alone = await parseBytes(readFileSync(CORPUS + JS[0]), JS[0]!);
  if (!alone.ok) throw new Error(alone.error.code);
  jiangsuExplanation = alone.value;
});

test('Jiangsu 2019: tables from the tables file, sections and profile from the explanation, in either order', { skip }, () => {
  assert.deepEqual(jiangsu.tables.map((t) => t.kind), ['budget.summary', 'budget.income', 'budget.expenditure', 'budget.fiscalSummary', 'budget.fiscalExpenditure',
    'budget.fiscalBasicExpenditure', 'budget.gpbExpenditure', 'budget.gpbBasicExpenditure', 'budget.threePublic', 'budget.gf']);
  assert.deepEqual(jiangsu.document.department, '江苏省委办公厅');
  assert.equal(jiangsu.document.fiscalYear, 2019);
  assert.equal(jiangsu.document.kind, 'budget');
  assert.deepEqual(jiangsu.sections.map((s) => s.key), jiangsuExplanation.sections.map((s) => s.key));
  assert.deepEqual(jiangsuReversed.tables.map((t) => t.kind), jiangsu.tables.map((t) => t.kind));
  assert.deepEqual(jiangsuReversed.sections.map((s) => s.heading), jiangsu.sections.map((s) => s.heading));
  // lines of the second file are numbered after the first's: no two lines share a number
  const numbers = (jiangsu.lines ?? []).map((l) => l.at.line);
  assert.equal(new Set(numbers).size, numbers.length);
});

test('Jiangsu 2019: explanation figures link to table cells once the two files are one disclosure', { skip }, () => {
  const alone = explainClaims(jiangsuExplanation).outcomes.filter((o) => o.cells.length > 0);
  assert.equal(alone.length, 0); // the explanation alone has no tables to link to
  const { claims, outcomes } = explainClaims(jiangsu);
  const linked = outcomes.filter((o) => o.cells.length > 0);
  assert.ok(linked.length >= 12, `linked ${linked.length}`); // measured: 12
  // "公务用车购置及运行费支出411.20万元" (explanation p12) → the 三公 table of the tables file (p9)
  const vehicles = outcomes.find((o) => claims[o.claim]!.text === '411.20万元' && o.cells.some((c) => c.table === 'budget.threePublic'));
  assert.ok(vehicles);
  assert.equal(vehicles.cells[0]!.page, 9);
  assert.equal(claims[vehicles.claim]!.place.at.page, 12);
  const passed = outcomes.filter((o) => o.status === 'pass' && o.cells.some((c) => c.table === 'budget.expenditure'));
  assert.ok(passed.length > 0);
});

test('Beijing 2026: a scanned explanation says so and no table is reported missing', { skip }, () => {
  assert.equal(beijing.document.department, '北京市政务服务和数据管理局');
  assert.equal(beijing.document.fiscalYear, 2026);
  assert.equal(beijing.tables.length, 9);
  assert.ok(beijing.warnings.some((w) => w.message.includes('no text layer on pages 1, 2, 3, 4, 5, 6, 7, 8')));
  const report = checkDisclosure(beijing);
  assert.deepEqual(report.findings.filter((f) => f.rule === 'completeness.tableMissing'), []);
});

test('budgetlens check --together prints one report for the two files', { skip }, async () => {
  const out: string[] = [];
  const code = await run(['check', '--together', '--jsonl', '--fail-on', 'never', ...JS.map((n) => CORPUS + n)], { out: (t) => out.push(t), err: () => undefined });
  assert.equal(code, 0);
  assert.equal(out.length, 1);
  const json = JSON.parse(out[0]!) as { source: { file: string }; findings: { rule: string }[] };
  assert.ok(json.source.file.includes(' + '));
  assert.ok(json.findings.some((f) => f.rule.startsWith('explanation.')));
});
