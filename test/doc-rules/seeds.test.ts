/**
 * The founding documents: the exact findings of the classification, completeness and text
 * families (each verified by reading the seed text), their tallies, and their speed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classificationChecks } from '../../src/checks/classification/index.js';
import { completenessChecks } from '../../src/checks/completeness/index.js';
import { textChecks } from '../../src/checks/text/index.js';
import type { Disclosure } from '../../src/model/index.js';
import { parseExample } from '../helpers.js';
import { brief } from './make.js';

const FAMILIES = [classificationChecks, completenessChecks, textChecks];

interface Expected {
  readonly findings: string[];
  readonly unknownCodes: string[];
  readonly evidence: Record<string, string>;
}

const EXPECTED: Record<string, Expected> = {
  '000_1e39a7bc08e52a9d.txt': {
    // 7. 公务员医疗补助（项）: 年初预算 1,269.87, 决算 1,238.89, and no reason given.
    findings: ['warning completeness.itemReason gpbExpenditure.detail@779'],
    unknownCodes: ['20402', '2040201', '2040223', '2101103', '2101199', '2210202'],
    evidence: { 'completeness.itemReason': '公务员医疗补助（项）。年初预算为1,269.87万元，支出决算为1,238.89万元' },
  },
  '001_d954916dfba89797.txt': {
    // A unit budget (单位预算) calling itself "2023年度部门预算".
    findings: ['warning text.scopeWording performance@692'],
    unknownCodes: ['20402', '2040201', '2040223', '2210202'],
    evidence: { 'text.scopeWording': '国家移民管理局机关在2023年度部门预算中反映' },
  },
  '002_551c71b0985bbb03.txt': {
    findings: [
      // "1.一般公共服务（类）…" while the tables and the other items say 一般公共服务支出.
      'warning classification.inconsistentName gpbExpenditure.detail@1667',
      // 本部门 and 本单位 both used in a 部门决算.
      'info text.scopeWording performance.work@1900',
      // "服务支出金额的 0%。。"
      'warning text.punctuation procurement@2388',
    ],
    unknownCodes: ['20103', '2010301', '2010302', '2010350', '2010399', '20113', '2011308', '20808', '2080801', '30311', '399', '39907', '39908', '39909', '39910', '39999'],
    evidence: { 'text.punctuation': '服务采购授予中小企业合同金额占服务支出金额的0%。。', 'classification.inconsistentName': '1.一般公共服务（类）政府办公厅（室）' },
  },
  '003_768209dd56055938.txt': {
    // Explanations only: the tables were a separate attachment.
    findings: ['info completeness.tableMissing @0'],
    unknownCodes: [],
    evidence: {},
  },
  '004_20d860238a543aa7.txt': {
    findings: [
      'info text.scopeWording fiscalOverview@675',
      // "的通知（新财预〔2019〕85 号。": the bracket is never closed.
      'warning text.punctuation gpbProject@765',
    ],
    unknownCodes: ['20103', '2010301', '2010302', '2010399', '20113', '2011399'],
    evidence: { 'text.punctuation': '的通知（新财预〔2019〕85号。' },
  },
};

const cache = new Map<string, Disclosure>();
async function seed(name: string): Promise<Disclosure> {
  const hit = cache.get(name);
  if (hit) return hit;
  const d = await parseExample(name);
  cache.set(name, d);
  return d;
}

for (const [name, expected] of Object.entries(EXPECTED)) {
  test(`${name}: exact findings of the document families`, async () => {
    const d = await seed(name);
    const all = FAMILIES.flatMap((f) => f.run(d).findings);
    assert.deepEqual(brief(all.filter((f) => f.rule !== 'classification.unknownCode')), expected.findings);
    assert.deepEqual(all.filter((f) => f.rule === 'classification.unknownCode').map((f) => f.locations[0]?.rowCode), expected.unknownCodes);
    for (const [rule, quoted] of Object.entries(expected.evidence)) {
      assert.ok(all.some((f) => f.rule === rule && f.evidence.includes(quoted)), `${rule} evidence quotes ${quoted}`);
    }
    assert.equal(all.filter((f) => f.severity === 'error').length, 0, 'no error on a founding document');
  });
}

test('000: tallies show what was verified', async () => {
  const d = await seed('000_1e39a7bc08e52a9d.txt');
  assert.deepEqual(completenessChecks.run(d).tally, { evaluated: 40, passed: 39, rounding: 0, failed: 1, notEvaluated: 1 });
  const c = classificationChecks.run(d).tally;
  assert.equal(c.failed, 0);
  assert.equal(c.notEvaluated, 18); // 18 rows whose code is not in the reference
  assert.ok(c.evaluated > 200);
});

test('the three families take < 10 ms per seed (fastest of 7 rounds: other load only adds)', async () => {
  for (const name of Object.keys(EXPECTED)) {
    const d = await seed(name);
    for (const f of FAMILIES) f.run(d); // warm up
    let best = Infinity;
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      for (const f of FAMILIES) f.run(d);
      best = Math.min(best, performance.now() - t0);
    }
    assert.ok(best < 10, `${name}: ${best.toFixed(2)} ms`);
  }
});
