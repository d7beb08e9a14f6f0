/**
 * Each document rule on small hand-made disclosures: a finding when the rule is broken, none
 * when it holds.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeName } from '../../src/catalogue/index.js';
import { classificationChecks } from '../../src/checks/classification/index.js';
import { completenessChecks } from '../../src/checks/completeness/index.js';
import { textChecks } from '../../src/checks/text/index.js';
import { brief, disclosure, lines, row, section, table } from './make.js';

const rulesOf = (fs: ReadonlyArray<{ rule: string }>, prefix: string) => fs.map((f) => f.rule).filter((r) => r.startsWith(prefix));

test('judgeName: renames are judged by the document year', () => {
  assert.equal(judgeName('210', '卫生健康支出', 2024).status, 'match');
  assert.equal(judgeName('210', '医疗卫生与计划生育支出', 2016).status, 'match');
  assert.deepEqual(judgeName('210', '医疗卫生与计划生育支出', 2024), { status: 'otherYear', expected: '卫生健康支出', from: 2014, to: 2018 });
  assert.equal(judgeName('30213', '维修(护)费', 2024).status, 'match');
  assert.deepEqual(judgeName('301', '工资福利', 2024), { status: 'mismatch', expected: '工资福利支出' });
  assert.equal(judgeName('2040223', '移民事务', 2024).status, 'unknown');
});

test('classification: name mismatch, other-year name, unknown code, inconsistent names, structure', () => {
  const d = disclosure({
    tables: [
      table('final.expenditure', [
        row('210', '医疗卫生与计划生育支出', 10), row('21011', '行政事业单位医疗', 11), row('2101101', '行政单位医疗', 12),
        row('221', '住房保障支出', 13), row('2210201', '住房公积金', 14), row('2040223', '移民事务', 15),
      ]),
      table('final.gpbExpenditure', [row('210', '卫生健康支出', 20), row('21011', '行政单位医疗', 21), row('2101101', '行政单位医疗', 22)]),
    ],
  });
  const { findings, tally } = classificationChecks.run(d);
  assert.deepEqual(brief(findings), [
    'warning classification.nameMismatch final.expenditure@10 210',
    'warning classification.nameMismatch final.gpbExpenditure@21 21011',
    'info classification.unknownCode final.expenditure@15 2040223',
    'warning classification.inconsistentName final.gpbExpenditure@20 210',
    'warning classification.inconsistentName final.gpbExpenditure@21 21011',
    'warning classification.structure final.expenditure@14 2210201',
    'warning classification.structure final.expenditure@15 2040223',
  ]);
  assert.match(findings[0]!.message, /卫生健康支出/);
  assert.ok(tally.failed >= 6 && tally.notEvaluated >= 1);
});

test('classification: a clean hierarchy and consistent names give no finding', () => {
  const d = disclosure({
    tables: [table('final.expenditure', [row('210', '卫生健康支出', 10), row('21011', '行政事业单位医疗', 11), row('2101101', '行政单位医疗', 12)])],
    sections: [section('gpbExpenditure.detail', '（三）具体情况', '1.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。卫生健康（类）支出10万元。', 30)],
  });
  assert.deepEqual(classificationChecks.run(d).findings, []);
});

test('classification: the text names a class otherwise than the tables', () => {
  const d = disclosure({
    tables: [table('final.expenditure', [row('210', '卫生健康支出', 10), row('201', '一般公共服务支出', 11)])],
    sections: [section('gpbExpenditure.structure', '（二）结构情况', '医疗卫生与计划生育支出10万元。\\n1.一般公共服务（类）行政运行（项）', 30)],
    lines: lines('x'),
  });
  assert.deepEqual(rulesOf(classificationChecks.run(d).findings, 'classification.inconsistentName'), [
    'classification.inconsistentName', 'classification.inconsistentName',
  ]);
});

test('classification: a renamed name inside another item\'s name (其他行政事业单位养老支出 holds 行政事业单位养老支出) is no mention of it', () => {
  const d = disclosure({
    tables: [table('final.expenditure', [row('208', '社会保障和就业支出', 10), row('20805', '行政事业单位离退休', 11), row('2080599', '其他行政事业单位养老支出', 12)])],
    sections: [section('gpbExpenditure.detail', '（三）具体情况', '1.社会保障和就业支出（类）行政事业单位离退休（款）其他行政事业单位养老支出（项）10万元。', 30)],
  });
  assert.deepEqual(rulesOf(classificationChecks.run(d).findings, 'classification.inconsistentName'), []);
  // the same name standing alone is a mention, and the tables call 20805 otherwise
  const named = disclosure({
    tables: [table('final.expenditure', [row('208', '社会保障和就业支出', 10), row('20805', '行政事业单位离退休', 11)])],
    sections: [section('gpbExpenditure.detail', '（三）具体情况', '行政事业单位养老支出（款）10万元。', 30)],
  });
  assert.deepEqual(rulesOf(classificationChecks.run(named).findings, 'classification.inconsistentName'), ['classification.inconsistentName']);
});

test('completeness: missing table, empty table without note, missing sections', () => {
  const d = disclosure({
    tables: [
      table('final.summary', [row(null, '合计', 5)]),
      table('final.gf', [], { empty: true, note: null, at: { page: null, line: 40 } }),
      table('final.soce', [], { empty: true, note: '本单位没有国有资本经营预算财政拨款，故本表无数据。' }),
    ],
    sections: [section('overview', '一、收入支出决算总体情况说明', '收入支出总计100万元。', 50)],
  });
  const found = brief(completenessChecks.run(d).findings);
  assert.ok(found.includes('warning completeness.emptyTableNote final.gf@40'));
  assert.ok(found.includes('warning completeness.tableMissing final.income@0'));
  assert.ok(!found.some((f) => f.includes('final.summary') || f.includes('final.soce')));
  const sections = completenessChecks.run(d).findings.filter((f) => f.rule === 'completeness.sectionMissing').map((f) => f.message);
  assert.ok(sections.some((m) => m.includes('名词解释')));
  assert.ok(!sections.some((m) => m.includes('政府性基金')), 'the gf table is printed empty: no gf section is required');
});

test('completeness: an item whose actual differs from its budget needs a reason', () => {
  const text = '1.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。年初预算为 10 万元，支出决算为 12 万元，完成年初预算的120%。\n'
    + '2.住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为 5 万元，支出决算为 5 万元。\n'
    + '3.住房保障支出（类）住房改革支出（款）提租补贴（项）。年初预算为 5 万元，支出决算为 6 万元，决算数大于预算数的主要原因是增人。';
  const d = disclosure({ sections: [section('gpbExpenditure.detail', '（三）具体情况', text, 1)], lines: lines(['（三）具体情况', ...text.split('\n')].join('\n')) });
  const reasons = completenessChecks.run(d).findings.filter((f) => f.rule === 'completeness.itemReason');
  assert.deepEqual(brief(reasons), ['warning completeness.itemReason gpbExpenditure.detail@2']);
  assert.match(reasons[0]!.message, /行政单位医疗（项）.*10.*12/);
});

test('completeness: 三公 counts, unless the item had no spending', () => {
  const withCounts = '全年因公出国（境）团组 3 个、12 人次。公务用车购置 2 辆，保有量为 8 辆。国内公务接待 5 批次、40 人次。';
  const d = (text: string, finals: Record<string, string> = {}) => disclosure({
    sections: [section('threePublic', '七、“三公”经费', text, 30)],
    tables: [table('final.threePublic', [row(null, '三公', 60, finals)])],
  });
  assert.deepEqual(completenessChecks.run(d(withCounts)).findings.filter((f) => f.rule === 'completeness.threePublicDetail'), []);
  const missing = completenessChecks.run(d('公务用车保有量为 8 辆。国内公务接待 5 批次、40 人次。')).findings.filter((f) => f.rule === 'completeness.threePublicDetail');
  assert.equal(missing.length, 2);
  assert.match(missing[0]!.message, /因公出国（境）团组数及人次/);
  assert.match(missing[1]!.message, /公务用车购置数/);
  const noSpending = d('公务用车保有量为 8 辆。国内公务接待 5 批次、40 人次。', { 'final.overseas': '0.00', 'final.vehiclePurchase': '0' });
  assert.deepEqual(completenessChecks.run(noSpending).findings.filter((f) => f.rule === 'completeness.threePublicDetail'), []);
});

test('text: placeholders, empty reason, truncated and wrong years, punctuation — located on their line', () => {
  const printed = [
    '一、收入支出决算总体情况说明',
    '上海市XX局 2024 年度收入支出总计 XXX 万元，与 2023 年度相比增加（减少）5 万元。',
    '主要原因是。202 年度决算数持平。',
    '2023 年度收入支出总计 80 万元。支出（不含经营支出。。',
    '上海市审计局 2024 年度部门决算。',
  ];
  const d = disclosure({
    document: { department: '上海市财政局', fiscalYear: 2024 },
    sections: [section('overview', printed[0]!, printed.slice(1).join('\n'), 1)],
    lines: lines(printed.join('\n')),
  });
  const { findings } = textChecks.run(d);
  assert.deepEqual(brief(findings).filter((f) => !f.includes('departmentName')), [
    'error text.placeholder overview@2', 'error text.placeholder overview@2', 'error text.placeholder overview@3',
    'error text.truncatedYear overview@3',
    'warning text.wrongYear overview@4',
    'warning text.punctuation overview@4',
    'warning text.punctuation overview@4',
  ]);
  assert.deepEqual(brief(findings.filter((f) => f.rule === 'text.departmentName')), ['warning text.departmentName overview@5']);
  assert.match(findings.find((f) => f.rule === 'text.departmentName')!.message, /上海市审计局.*上海市财政局/);
  assert.ok(findings.some((f) => f.evidence.includes('增加（减少）5万元')));
});

test('text: finished text with comparisons and short names gives no finding', () => {
  const printed = [
    '一、收入支出决算总体情况说明',
    '吉林省外事办公室2024年度收入支出总计100万元，与2023年度相比增加5万元（增长5%），主要原因是“外事”活动增加。',
    '吉林省外办2024年度部门决算已公开。预决算持平的不用说明变动原因。',
  ];
  const d = disclosure({ sections: [section('overview', printed[0]!, printed.slice(1).join('\n'), 1)], lines: lines(printed.join('\n')) });
  assert.deepEqual(textChecks.run(d).findings, []);
  assert.ok(textChecks.run(d).tally.passed > 10);
});

test('text: 部门/单位 wording against the scope', () => {
  const printed = ['一、说明', '国家移民管理局机关在2023年度部门预算中反映6个项目。本部门与本单位。'];
  const d = disclosure({
    document: { department: '国家移民管理局机关', fiscalYear: 2023, kind: 'budget', scope: 'unit', level: 'central' },
    sections: [section('performance', printed[0]!, printed[1]!, 1)], lines: lines(printed.join('\n')),
  });
  assert.deepEqual(brief(textChecks.run(d).findings), ['warning text.scopeWording performance@2', 'info text.scopeWording performance@2']);
});
