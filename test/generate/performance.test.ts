/**
 * Performance tables in generated documents: a final's 项目支出绩效自评表 and a budget's 项目支出绩效目标表
 * are funded by the document's project spending, their scores add up to the 总分, and the text
 * reads back to the truth (every field, fund cell and indicator).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { comparePerformanceTables, generateDocument } from '../../src/generate/index.js';
import { formatAmount } from '../../src/model/index.js';
import type { Disclosure, PerformanceTable } from '../../src/model/index.js';
import { parseBytes } from '../../src/parse/index.js';

const tenths = (s: string | null | undefined) => Math.round(Number(s) * 10);

async function read(kind: 'final' | 'budget', index: number): Promise<{ truth: Disclosure; read: Disclosure; style: string }> {
  const doc = generateDocument({ seed: 'bench', index, kind });
  const r = await parseBytes(Buffer.from(doc.text), `${doc.id}.txt`);
  assert.ok(r.ok, doc.id);
  return { truth: doc.truth, read: r.value, style: doc.style };
}

test('a final prints its self-evaluations: funds, execution rate, scores and 总分 read back', async () => {
  const { truth, read: got } = await read('final', 1);
  assert.deepEqual(comparePerformanceTables(truth.performance, got.performance), []);
  const [t] = got.performance;
  assert.ok(t);
  assert.equal(got.performance.length, 2);
  assert.equal(t.kind, 'performance.selfEvaluation');
  assert.equal(t.project, '其他自然资源事务专项业务费');
  assert.equal(t.department, '上海市闵行区统计局');
  assert.deepEqual(t.funds.map((f) => [f.key, Object.values(f.values).map((c) => c.text)]), [
    ['total', ['1,851.39', '2,137.86', '1,872.03', '10.0', '87.6%', '8.8']],
    ['fiscal', ['1,851.39', '2,137.86', '1,872.03', '87.6%']],
    ['other', []],
  ]);
  assert.deepEqual(t.indicators.map((i) => [i.level1, i.level2, i.score]).slice(0, 2), [
    ['产出指标', '数量指标', '20.0'], ['产出指标', '质量指标', '14.2'],
  ]);
  assert.equal(t.indicators[1]?.deviation, '个别环节验收滞后，将加强过程管理。');
  assert.equal(t.totalScore, '98.0');
  // The comparison sees a misread score and a lost indicator.
  t.totalScore = '89.0';
  t.indicators[1]!.values = {};
  assert.deepEqual(comparePerformanceTables(truth.performance, got.performance), [
    'performance[0].totalScore: expected 98.0 read 89.0',
    'performance[0].其他自然资源事务验收合格率.weight: expected 15.0 read (none)',
    'performance[0].其他自然资源事务验收合格率.score: expected 14.2 read (none)',
  ]);
});

function assertScores(t: PerformanceTable): void {
  const fund = t.funds.find((f) => f.key === 'total')!;
  const indicatorScores = t.indicators.reduce((s, i) => s + tenths(i.score), 0);
  assert.equal(tenths(fund.values['score']?.text) + indicatorScores, tenths(t.totalScore), `${t.project}: scores add up to 总分`);
  assert.equal(t.indicators.reduce((s, i) => s + tenths(i.weight), 0), 900, '指标分值 90');
  for (const i of t.indicators) assert.ok(tenths(i.score) <= tenths(i.weight), `${i.name}: score within weight`);
  // 执行率 = 全年执行数 / 全年预算数, to 0.1 %.
  const [full, actual] = [fund.values['budgetFull']!.value, fund.values['actual']!.value];
  assert.equal(Number(fund.values['rate']!.value / 100_000n), Number((actual * 2000n / full + 1n) / 2n));
}

/** 一般公共预算 project spending of each 项 in the document unit, as printed. */
function projectCells(d: Disclosure): Set<string> {
  const gpb = d.tables.find((t) => t.kind.endsWith('.gpbExpenditure'))!;
  return new Set(gpb.rows.filter((r) => r.code?.length === 7 && r.values['project']).map((r) => formatAmount(r.values['project']!.value, 2)));
}

test('round trip: 30 finals and 30 budgets read their performance tables back exactly; funds are the project spending', async () => {
  const counts = { final: 0, budget: 0 };
  for (const kind of ['final', 'budget'] as const) {
    for (let i = 0; i < 30; i++) {
      const { truth, read: got, style } = await read(kind, i);
      assert.deepEqual(comparePerformanceTables(truth.performance, got.performance), [], `${kind} ${i}`);
      counts[kind] += got.performance.length;
      const projects = projectCells(truth);
      for (const t of got.performance) {
        assert.equal(t.kind, kind === 'final' ? 'performance.selfEvaluation' : 'performance.targets');
        if (kind === 'final') assertScores(t);
        const funded = t.funds.find((f) => f.key === 'total')!.values[kind === 'final' ? 'actual' : 'amount']!;
        // Tables in 元 print the project in 万元 (rounded to the cent); those in 万元 print the same figure.
        if (style !== 'beijing') assert.ok(projects.has(formatAmount(funded.value, 2)), `${kind} ${i}: ${funded.text}`);
      }
    }
  }
  assert.deepEqual(counts, { final: 38, budget: 38 });
});
