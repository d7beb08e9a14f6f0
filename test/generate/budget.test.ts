/**
 * Budget documents: every budget identity holds on the truth (evaluated by the arithmetic
 * stage), the place styles' titles and numbering are printed, the text reads back to the truth,
 * and check finds the injected defects without errors on the clean twins.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { instantiate, shapeOf } from '../../src/arithmetic/index.js';
import { IDENTITIES } from '../../src/catalogue/index.js';
import { addScore, emptyTotals, generateDocument, roundTrip, scoreDefects } from '../../src/generate/index.js';
import { parseBytes } from '../../src/parse/index.js';
import { failedIdentities } from '../helpers.js';
import { findingsOf } from './findings.js';

const budget = (index: number, more: { style?: string; defects?: number } = {}) => generateDocument({ seed: 'budget', index, kind: 'budget', ...more });

test('budget truth: all ten budget tables, every budget identity instantiated and none failing', () => {
  for (let i = 0; i < 40; i++) {
    const d = budget(i).truth;
    assert.equal(d.document.kind, 'budget');
    const kinds = d.tables.map((t) => t.kind);
    for (const k of ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gpbBasicExpenditure', 'gf', 'soce', 'threePublic']) {
      assert.ok(kinds.includes(`budget.${k}`), `${i}: budget.${k}`);
    }
    const ids = new Set(instantiate(d.tables.map((t) => shapeOf(t.kind, t.columns, t.rows)), IDENTITIES).map((e) => e.identity.id));
    for (const id of ['budget.summary.incomeTotal', 'budget.summary.balance', 'budget.cross.incomeGrandTotal', 'budget.cross.carryover',
      'budget.cross.expenditureClasses', 'budget.cross.basicSplit', 'budget.fiscalSummary.fundBalance', 'budget.income.rowSum',
      'budget.gpbBasicExpenditure.hierarchy']) assert.ok(ids.has(id), `${i}: ${id} not instantiated`);
    if (!d.tables.find((t) => t.kind === 'budget.threePublic')!.empty) assert.ok(ids.has('budget.threePublic.total'), `${i}: 三公 total`);
    assert.deepEqual(failedIdentities(d), [], `document ${i}`);
  }
});

test('budget styles print their titles and numbering', () => {
  const text = (style: string) => budget(1, { style }).text;
  assert.match(text('beijing'), /\n预算01表\n/);
  assert.match(text('shanghai'), /\n财务收支预算总表\n/);
  assert.match(text('urumqi'), /\n部门收支总体情况表\n表1\n|\n单位收支总体情况表\n表1\n/);
  assert.match(text('central'), /\n(部门|单位)收支总表\n(部门|单位)?公开表1\n|\n(部门|单位)收支总表\n单位公开表1\n/);
  assert.match(text('jilin'), /一般公共预算当年拨款规模变化情况/);
  assert.match(text('jilin'), /“三公”经费预算 [\d,.]+ 万元，比上年预算(增加|减少|持平)/);
});

test('budget round trip: parse(render) equals the truth; only the prior year\'s 三公 vehicle split can stay undecided', async () => {
  const docs = { exact: 0, ambiguous: 0, wrong: 0 };
  for (let i = 0; i < 30; i++) {
    const doc = budget(i);
    const read = await parseBytes(Buffer.from(doc.text), `${doc.id}.txt`);
    assert.ok(read.ok);
    const rt = roundTrip(doc.truth, read.value);
    assert.equal(rt.wrongCells + rt.otherDifferences, 0, `${doc.id}: ${rt.differences.slice(0, 3).join(' | ')}`);
    assert.ok(rt.differences.every((d) => d.startsWith('budget.threePublic threePublic')), `${doc.id}: ${rt.differences.join(' | ')}`);
    docs[rt.verdict]++;
  }
  assert.deepEqual(docs, { exact: 28, ambiguous: 2, wrong: 0 });
});

test('check finds ≥ 99 % of the defects injected into 60 budget documents; no error on the clean twins', async () => {
  const totals = emptyTotals();
  for (let i = 0; i < 60; i++) {
    const broken = budget(i, { defects: 3 });
    addScore(totals, scoreDefects(broken.defects, await findingsOf(broken.text), await findingsOf(budget(i).text)));
  }
  assert.ok(totals.reportable >= 150, `${totals.reportable} reportable defects`);
  assert.ok(totals.found >= 0.99 * totals.reportable, `found ${totals.found}/${totals.reportable}: ${[...totals.missedByKind].join(' ')}`);
  assert.ok(totals.noise > 0);
  assert.equal(totals.noiseOk, totals.noise);
  assert.equal(totals.twinErrors, 0);
});
