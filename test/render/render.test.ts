import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { checkDisclosure } from '../../src/checks/index.js';
import { compareDisclosures, renderPlan } from '../../src/generate/index.js';
import type { Disclosure } from '../../src/model/index.js';
import { parseBytes } from '../../src/parse/index.js';
import { planOf, readRenderInput, statedDisagreements, validateInput } from '../../src/render/index.js';
import type { RenderInput } from '../../src/render/index.js';
import { rowValues, table } from '../helpers.js';

const EXAMPLES = new URL('../../examples/render/', import.meta.url);
const bytes = (name: string) => readFileSync(new URL(name, EXAMPLES));
const json = (name: string) => JSON.parse(bytes(name).toString('utf8')) as Record<string, unknown>;

async function inputOf(name: string): Promise<RenderInput> {
  const read = await readRenderInput(bytes(name), name);
  assert.ok(read.ok, JSON.stringify(!read.ok && read.problems));
  return read.input;
}

function produce(input: RenderInput): { text: string; truth: Disclosure } {
  const { plan, inconsistencies } = planOf(input);
  assert.deepEqual(inconsistencies, []);
  return renderPlan(plan);
}

test('final example: every total computed from the leaf figures equals the hand-computed one', async () => {
  const { truth } = produce(await inputOf('final.json'));
  const summary = table(truth, 'final.summary');
  assert.deepEqual(['incomeTotal', 'openingBalance', 'incomeGrandTotal', 'expenditureTotal', 'closingBalance'].map((k) => rowValues(summary, k)['amount']),
    ['1657.90', '25.00', '1682.90', '1664.90', '18.00']);
  assert.deepEqual(rowValues(table(truth, 'final.expenditure'), 'total'), { total: '1664.90', basic: '1239.30', project: '425.60' });
  assert.deepEqual(rowValues(table(truth, 'final.income'), '201'), { total: '1407.40', fiscal: '1392.40', other: '15.00' });
  const basic = table(truth, 'final.gpbBasicExpenditure');
  assert.equal(rowValues(basic, 'personnelTotal')['amount'], '1071.00');
  assert.equal(rowValues(basic, 'publicTotal')['amount'], '156.30');
  assert.equal(rowValues(basic, '301')['amount'], '1015.50');
  assert.equal(rowValues(table(truth, 'final.threePublic'), 'threePublic')['final.total'], '13.00');
  // A code the catalogue lacks prints with the name the department gave.
  assert.equal(table(truth, 'final.income').rows.find((r) => r.code === '2010505')!.name, '专项统计业务');
  const text = truth.sections.map((s) => s.text).join('\n');
  assert.match(text, /基本支出 1,239\.30 万元，占 74\.44%/); // 1239.30 / 1664.90
  assert.match(text, /收入、支出总计各增加 102\.60 万元，增长 6\.49%/); // 1682.90 − 1580.30; / 1580.30
  assert.match(text, /完成年初预算的 103\.31%/); // 1652.90 / 1600.00
});

test('final and budget examples: check finds no error and no warning; stated totals agree', async () => {
  for (const name of ['final.json', 'budget.json']) {
    const input = await inputOf(name);
    const { truth } = produce(input);
    const report = checkDisclosure(truth);
    assert.deepEqual(report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.rule), [], name);
    assert.ok(report.tally.passed > 800, `${name}: ${report.tally.passed} checks passed`);
    assert.deepEqual(statedDisagreements(input, truth), []);
  }
});

test('budget example: totals, the year\'s carryover and the change against last year', async () => {
  const { truth } = produce(await inputOf('budget.json'));
  const summary = table(truth, 'budget.summary');
  assert.deepEqual(['incomeTotal', 'priorYearCarryover', 'incomeGrandTotal', 'expenditureGrandTotal'].map((k) => rowValues(summary, k)['amount']),
    ['800.00', '20.00', '820.00', '820.00']);
  assert.deepEqual(rowValues(table(truth, 'budget.expenditure'), 'total'), { total: '820.00', basic: '650.00', project: '170.00' });
  assert.deepEqual(rowValues(table(truth, 'budget.gpbBasicExpenditure'), 'total'), { total: '620.00', personnel: '532.00', public: '88.00' });
  // 770.00 against last year's 774.00 (the items' outturns).
  assert.match(truth.sections.map((s) => s.text).join('\n'), /比 2024 年执行数减少 4\.00 万元，下降 0\.52%/);
});

test('the XLSX form gives the same document as the JSON it was written from', async () => {
  for (const kind of ['final', 'budget']) {
    const a = produce(await inputOf(`${kind}.json`));
    const b = produce(await inputOf(`${kind}.xlsx`));
    assert.equal(b.text, a.text, kind);
    assert.deepEqual(b.truth.tables, a.truth.tables, kind);
  }
});

test('parse(text output) gives back the produced disclosure, cell by cell', async () => {
  for (const name of ['final.json', 'budget.json']) {
    const { text, truth } = produce(await inputOf(name));
    const read = await parseBytes(Buffer.from(text), name.replace('.json', '.txt'));
    assert.ok(read.ok, name);
    assert.deepEqual(compareDisclosures(truth, read.value), [], name);
  }
});

test('bad JSON input: every problem named by its path, Chinese first', () => {
  const data = json('final.json');
  const items = data['items'] as Record<string, unknown>[];
  const bad = { ...data, body: '', unit: '千元', extra: 1,
    items: [{ ...items[0], gpbProject: '12.345' }, { code: '2019999', gpbProject: '1' }, { code: '20105', gpbIncome: 'abc' }, items[3], items[3]] };
  const v = validateInput(bad);
  assert.ok(!v.ok);
  const lines = v.problems.map((p) => `${p.where}: ${p.message}`);
  const expect = [
    /^body: 须为非空文字/,
    /^unit: 「千元」不是可选值/,
    /^extra: 未知字段/,
    /^items\[0\]\.gpbProject: 须为非负金额，最多两位小数 .*"12\.345"/,
    /^items\[1\]\.code: 科目编码 2019999 的上级科目 20199 不在分类目录中/,
    /^items\[2\]\.code: 须为支出功能分类项级科目（7 位）/,
    /^items\[2\]\.gpbIncome: 须为非负金额/,
    /^items\[4\]\.code: 科目编码重复 .*2080505/,
  ];
  for (const re of expect) assert.ok(lines.some((l) => re.test(l)), `${re} in\n${lines.join('\n')}`);
  assert.equal(lines.length, expect.length, lines.join('\n'));
});

test('bad XLSX input: the problem names the sheet, row and column', async () => {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes('final.xlsx') as unknown as ArrayBuffer);
  const items = wb.getWorksheet('功能分类')!;
  const col = (items.getRow(1).values as unknown[]).indexOf('一般公共预算项目支出');
  items.getCell(3, col).value = '两百';
  wb.getWorksheet('三公经费')!.getCell(2, 1).value = '出国费';
  const read = await readRenderInput(new Uint8Array(await wb.xlsx.writeBuffer()), 'bad.xlsx');
  assert.ok(!read.ok);
  assert.deepEqual(read.problems.map((p) => p.where), ['工作表「三公经费」第 2 行「出国费」 (sheet 三公经费, row 2)']);
  assert.match(read.problems[0]!.message, /^未知项目 \(unknown item\)/);
  wb.getWorksheet('三公经费')!.getCell(2, 1).value = '因公出国（境）费';
  const again = await readRenderInput(new Uint8Array(await wb.xlsx.writeBuffer()), 'bad.xlsx');
  assert.ok(!again.ok);
  assert.deepEqual(again.problems.map((p) => `${p.where}: ${p.message.split(' (')[0]}`),
    ['工作表「功能分类」第 3 行「一般公共预算项目支出」 (sheet 功能分类, row 3): 须为非负金额，最多两位小数']);
  const notXlsx = await readRenderInput(new Uint8Array([1, 2, 3]), 'x.xlsx');
  assert.ok(!notXlsx.ok && /^无法读取 XLSX 文件/.test(notXlsx.problems[0]!.message));
});

test('figures that disagree with each other are said, and so is a stated total that differs', async () => {
  const data = json('final.json');
  const economic = (data['economic'] as Record<string, unknown>[]).map((e) => (e['code'] === '30101' ? { ...e, amount: '300.00' } : e));
  const v = validateInput({ ...data, economic, stated: { incomeTotal: '1600.00' } });
  assert.ok(v.ok);
  const { plan, inconsistencies } = planOf(v.input);
  assert.deepEqual(inconsistencies, ['经济分类人员经费（301、303 各款之和）与功能分类人员经费之和不等 (economic personnel classes ≠ Σ items\' personnel)：1061.00 ≠ 1071.00，相差 -10.00']);
  const { truth } = renderPlan(plan);
  assert.deepEqual(statedDisagreements(v.input, truth),
    ['核对数「本年收入合计」1600.00 与计算结果 1657.90 不符，相差 -57.90 (stated total incomeTotal disagrees with the computed figure)']);
  // The check sees it too: 人员经费合计 ≠ 301 + 303.
  assert.ok(checkDisclosure(truth).findings.some((f) => f.severity === 'error' && f.rule.startsWith('identity')));
});
