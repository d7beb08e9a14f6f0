/**
 * `check` on the founding documents, all families together: the errors are exactly the real
 * defects (each verified against the printed text), warnings by rule, and the tallies — so a
 * false error, or a lost real one, fails here.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDisclosure } from '../../src/checks/index.js';
import type { CheckReport } from '../../src/checks/index.js';
import { parseExample } from '../helpers.js';

function summary(r: CheckReport) {
  const errors = r.findings.filter((f) => f.severity === 'error').map((f) => {
    const l = f.locations.find((x) => x.table) ?? f.locations[0]!;
    return `${f.rule} ${l.table ?? l.section} ${l.rowCode ?? l.rowKey ?? ''}.${l.column ?? ''} line ${f.locations[0]!.line}`;
  });
  const warnings: Record<string, number> = {};
  for (const f of r.findings.filter((x) => x.severity === 'warning')) warnings[f.rule] = (warnings[f.rule] ?? 0) + 1;
  return { errors, warnings };
}

const EXPECTED: Record<string, ReturnType<typeof summary>> = {
  // 310 资本性支出 11,264.68 printed where its 款 add to 10,719.03; 公务员医疗补助 budget ≠ actual with no reason.
  '000_1e39a7bc08e52a9d.txt': {
    errors: ['identity.hierarchy final.gpbBasicExpenditure 310.amount line 523'],
    warnings: { 'completeness.itemReason': 1 },
  },
  // 购房补贴 "比2022年执行数减少4.75万元" while the table shows 142.11 both years; a unit budget calling itself 部门预算.
  '001_d954916dfba89797.txt': {
    errors: ['explanation.change budget.gpbExpenditure 2210203.total line 573'],
    warnings: { 'text.scopeWording': 1 },
  },
  // 20103 人员经费 printed 1,713.39 where its 项 add to 1,713.93 (and the totals built on it); "一般公共服务（类）"; "。。".
  // 政府采购: 授予中小企业合同金额 34.78 万元, yet goods (273.51 万元) went 100% to SMEs (line 2384).
  '002_551c71b0985bbb03.txt': {
    errors: [
      'identity.hierarchy final.gpbExpenditure total.personnel line 436',
      'identity.rowSum final.gpbExpenditure 201.basic line 438',
      'identity.rowSum final.gpbExpenditure 20103.basic line 440',
      'identity.hierarchy final.gpbExpenditure 20103.personnel line 440',
      'explanation.share procurement . line 2384',
    ],
    warnings: { 'classification.inconsistentName': 1, 'text.punctuation': 1 },
  },
  // A unit new in 2024: "增长100.00%" on a zero prior year, eight times.
  '003_768209dd56055938.txt': { errors: [], warnings: { 'explanation.zeroBase': 8 } },
  // New unit again (16 zero-base rates, three of them on 三公 lines) and an unclosed "（新财预〔2019〕85 号。".
  '004_20d860238a543aa7.txt': { errors: [], warnings: { 'explanation.zeroBase': 16, 'text.punctuation': 1 } },
};

for (const [name, expected] of Object.entries(EXPECTED)) {
  test(`check ${name.slice(0, 3)}: exactly the real errors, warnings by rule`, async () => {
    assert.deepEqual(summary(checkDisclosure(await parseExample(name))), expected);
  });
}
