/**
 * The checker against injected defects: every defect found at its location, clean twins
 * without errors, rounding noise only as rounding — and the small checker mends this
 * measurement led to, each on a hand-made disclosure.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { completenessChecks } from '../../src/checks/completeness/index.js';
import { textChecks } from '../../src/checks/text/index.js';
import { addScore, emptyTotals, generateDocument, scoreDefects } from '../../src/generate/index.js';
import type { DefectRecord } from '../../src/generate/index.js';
import type { Finding } from '../../src/model/index.js';
import { brief, disclosure, lines, section, table } from '../doc-rules/make.js';
import { findingsOf } from './findings.js';

test('check finds ≥ 99 % of the defects injected into 100 documents, at their location; no error on the clean twins', async () => {
  const totals = emptyTotals();
  for (let i = 0; i < 100; i++) {
    const clean = generateDocument({ seed: 'check', index: i });
    const broken = generateDocument({ seed: 'check', index: i, defects: 3 });
    addScore(totals, scoreDefects(broken.defects, await findingsOf(broken.text), await findingsOf(clean.text)));
  }
  assert.equal(totals.documents, 100);
  assert.ok(totals.reportable >= 250, `${totals.reportable} reportable defects`);
  assert.ok(totals.found >= 0.99 * totals.reportable, `found ${totals.found}/${totals.reportable}: ${[...totals.missedByKind].join(' ')}`);
  assert.ok(totals.noise > 0);
  assert.equal(totals.noiseOk, totals.noise, 'rounding noise reported as rounding only');
  assert.equal(totals.twinErrors, 0);
});

const figure: DefectRecord = { kind: 'tableFigure', location: { table: 'final.income', row: '2010101', column: 'total' },
  original: '1.00', replacement: '2.00', reportable: true };
const at = (extra: Partial<Finding['locations'][number]>) => ({ page: null, line: 5, ...extra });
const finding = (severity: Finding['severity'], loc: Finding['locations'][number]): Finding =>
  ({ rule: 'identity.rowSum', severity, message: '', evidence: '', locations: [loc] });

test('scoreDefects: a match needs the same table, row and column, a serious severity, and no twin with it', () => {
  const hit = finding('error', at({ table: 'final.income', rowCode: '2010101', column: 'total' }));
  assert.equal(scoreDefects([figure], [hit], []).defects[0]!.ok, true);
  assert.equal(scoreDefects([figure], [{ ...hit, severity: 'rounding' }], []).defects[0]!.ok, false);
  assert.equal(scoreDefects([figure], [finding('error', at({ table: 'final.income', rowCode: '2010101', column: 'fiscal' }))], []).defects[0]!.ok, false);
  assert.equal(scoreDefects([figure], [hit], [hit]).defects[0]!.ok, false, 'already in the clean twin');
  const noise = { ...figure, kind: 'roundingNoise', reportable: false } as const;
  assert.equal(scoreDefects([noise], [finding('rounding', at({ table: 'final.income' }))], []).defects[0]!.ok, true);
  assert.equal(scoreDefects([noise], [finding('rounding', at({ table: 'final.income' })), hit], []).defects[0]!.ok, false);
});

test('completeness: an empty table whose note only says what the table shows has no reason', () => {
  const d = disclosure({ tables: [
    table('final.gf', [], { empty: true, note: '注：本表反映部门本年度政府性基金预算财政拨款收入支出情况。', at: { page: null, line: 40 } }),
    table('final.soce', [], { empty: true, note: '本单位不涉及国有资本经营预算财政拨款收支。', at: { page: null, line: 50 } }),
  ] });
  const notes = completenessChecks.run(d).findings.filter((f) => f.rule === 'completeness.emptyTableNote');
  assert.deepEqual(brief(notes), ['warning completeness.emptyTableNote final.gf@40']);
});

test('completeness: a missing section is located by its own key', () => {
  const d = disclosure({ sections: [section('explanation', '第三部分 情况说明', '', 10), section('overview', '一、总体情况', '收支总计1万元。', 11)] });
  const missing = completenessChecks.run(d).findings.filter((f) => f.rule === 'completeness.sectionMissing').map((f) => f.locations[0]?.section);
  assert.ok(missing.includes('income') && missing.includes('procurement'));
  assert.ok(!missing.includes('overview') && !missing.includes('explanation'));
});

test('text: a wrong year where the text states, compares or denies this year\'s figures', () => {
  const text = ['2023年度机关运行经费支出 12.34 万元。', '2023年度“三公”经费支出决算数比2022年度减少1.00万元。', '本单位2023年度无政府性基金预算财政拨款收入和支出。',
    '截至2023年12月31日，共有车辆2辆。', '与2023年度相比，支出增加1.00万元。', '2023年与2024年均未安排因公出国（境）费用。'].join('\n');
  const d = disclosure({ sections: [section('other', '十一、其他', text, 1)], lines: lines(text) });
  const years = textChecks.run(d).findings.filter((f) => f.rule === 'text.wrongYear').map((f) => f.evidence);
  assert.deepEqual(years, ['2023年度机关运行经费支出12.34万元。', '2023年度“三公”经费支出决算数比2022年度减少1.00万元。',
    '本单位2023年度无政府性基金预算财政拨款收入和支出。', '截至2023年12月31日，共有车辆2辆。']);
  const budget = disclosure({ document: { kind: 'budget' }, sections: [section('other', '其他', '截至2023年12月31日，共有车辆2辆。', 1)] });
  assert.deepEqual(textChecks.run(budget).findings.filter((f) => f.rule === 'text.wrongYear'), [], 'a budget cites the year-end before its year');
});
