/**
 * Tables of the real corpus PDFs (/work/shared/corpus; skipped when absent): the kinds found
 * in every document, figures placed by the header's geometry (read against `pdftotext
 * -layout` of the same page), tables continued over pages, cell boxes, identities.
 * Each document is parsed once and shared by all assertions.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { before, test } from 'node:test';
import { IDENTITIES } from '../../src/catalogue/index.js';
import { evaluate, instantiate, shapeOf } from '../../src/arithmetic/index.js';
import type { Disclosure } from '../../src/model/index.js';
import { parseBytes } from '../../src/parse/index.js';
import { failedIdentities, rowValues, table } from '../helpers.js';

const CORPUS = '/work/shared/corpus/';
const skip = !existsSync(CORPUS) && 'corpus absent';
const docs = new Map<string, Disclosure | string>();

before(async () => {
  if (skip) return;
  for (const f of readdirSync(CORPUS).filter((n) => n.endsWith('.pdf')).sort()) {
    const r = await parseBytes(readFileSync(CORPUS + f), f);
    docs.set(f.replace(/\.pdf$/, ''), r.ok ? r.value : r.error.code);
  }
});

function doc(name: string): Disclosure {
  const d = docs.get(name);
  if (!d || typeof d === 'string') throw new Error(`${name}: ${d ?? 'not parsed'}`);
  return d;
}

/** Kinds in printed order (the prefix budget./final. follows the document's kind). */
const KINDS: Record<string, string[]> = {
  'budget-beijing-zhengwufuwu-2026-tables': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gpbBasicExpenditure', 'gf', 'soce', 'threePublic'],
  'budget-central-guojia-xinfangju-2026': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gpbBasicExpenditure', 'gf', 'soce', 'threePublic'],
  'budget-changsha-xinfang-2026': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gpbBasicExpenditure', 'threePublic', 'gf'],
  'budget-chongqing-bangongting-2026': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gpbBasicExpenditure', 'gf', 'threePublic'],
  'budget-fuzhou-shangwuju-2026': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gf', 'soce', 'gpbBasicExpenditure', 'threePublic'],
  'budget-guangzhou-bangongting-2026': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gpbBasicExpenditure', 'gpbProjectExpenditure', 'gf', 'soce'],
  'budget-hangzhou-sifaju-2026': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gpbBasicExpenditure', 'threePublic', 'gf', 'soce', 'gpbProjectExpenditure'],
  'budget-huzhou-caizhengju-2026': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gpbBasicExpenditure', 'threePublic', 'gf', 'soce', 'gpbProjectExpenditure'],
  'budget-jiangsu-renda-2017': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gf', 'gpbExpenditure', 'gpbBasicExpenditure'],
  'budget-jiangsu-shengweibangongting-2019-explanation': [],
  'budget-jiangsu-shengweibangongting-2019-tables': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gpbBasicExpenditure', 'threePublic', 'gf'],
  'budget-quanzhou-gonganju-2026-unit': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gf', 'soce', 'gpbBasicExpenditure', 'threePublic'],
  'budget-shanghai-caizhengju-2025-unit': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gf', 'soce', 'gpbBasicExpenditure', 'threePublic'],
  'budget-shanghai-jiaotong-college-2026-unit': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gf', 'soce', 'gpbBasicExpenditure', 'threePublic'],
  'budget-shanghai-putuo-wanli-2024': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gf', 'soce', 'gpbBasicExpenditure', 'threePublic'],
  'budget-shanghai-putuo-zhengfuban-2025-department': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gf', 'soce', 'gpbBasicExpenditure', 'threePublic'],
  'budget-shanghai-putuo-zhengfuban-2025-unit': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gf', 'soce', 'gpbBasicExpenditure', 'threePublic'],
  'budget-shenzhen-kouan-2026': ['summary', 'income', 'expenditure', 'fiscalSummary', 'threePublic', 'gf', 'soce'],
  'budget-suzhou-shenjiju-2026': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gpbBasicExpenditure', 'threePublic', 'gf', 'soce'],
  'budget-wuxi-jiaotong-2026': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gpbBasicExpenditure', 'threePublic', 'gf', 'soce'],
  'budget-xian-bangongting-2026': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gf', 'threePublic'],
  'budget-yantai-bangongshi-2026': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gpbBasicExpenditure', 'threePublic', 'gf', 'soce'],
  'budget-zhuhai-gongwu-center-2026': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gpbBasicExpenditure', 'gpbProjectExpenditure', 'gf', 'soce'],
  'final-foshan-jiaotong-2019': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gpbBasicExpenditure', 'threePublic', 'gf'],
  'final-shanghai-putuo-caizhengju-2024': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gpbBasicExpenditure', 'threePublic', 'gf', 'soce'],
  'final-shanghai-putuo-guihuaziyuan-2024': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gpbBasicExpenditure', 'threePublic', 'gf', 'soce'],
  'final-template-shanghai-2024': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gpbBasicExpenditure', 'threePublic', 'gf', 'soce'],
};

test('every corpus document: the standard tables with their kinds, in printed order', { skip }, () => {
  for (const [name, kinds] of Object.entries(KINDS)) {
    const d = doc(name);
    const prefix = name.startsWith('final') ? 'final.' : 'budget.';
    assert.deepEqual(d.tables.map((t) => t.kind), kinds.map((k) => prefix + k), name);
  }
  assert.equal(docs.get('budget-beijing-zhengwufuwu-2026-explanation-scanned'), 'NOT_DISCLOSURE');
});

test('上海财政局 (0 tables before): split 类/款/项 codes, an empty 基本支出 cell keeps 1,200,000 in 项目支出', { skip }, () => {
  const t = table(doc('budget-shanghai-caizhengju-2025-unit'), 'budget.expenditure');
  assert.deepEqual(t.pages, [10, 11]);
  assert.deepEqual(rowValues(t, '208'), { total: '17560320', basic: '16360320', project: '1200000' });
  assert.deepEqual(rowValues(t, '20808'), { total: '1200000', project: '1200000' });
  assert.deepEqual(rowValues(t, 'total'), { total: '171915169', basic: '127642039', project: '44273130' });
  const total = t.rows.find((r) => r.key === 'total')!;
  assert.equal(total.values.total!.at.page, 11);
  const income = table(doc('budget-shanghai-caizhengju-2025-unit'), 'budget.income');
  assert.deepEqual(income.pages, [8, 9]);
  assert.deepEqual(rowValues(income, '2210203'), { total: '11800000', fiscalSubtotal: '11800000' });
});

test('国家信访局 一般公共预算支出表: ten columns from a three-level header, an empty 项目支出 cell', { skip }, () => {
  const t = table(doc('budget-central-guojia-xinfangju-2026'), 'budget.gpbExpenditure');
  assert.deepEqual(t.columns.map((c) => c.key), ['priorYearActual', 'priorYearActualExclInfra', 'total', 'basic', 'project',
    'totalExclInfra', 'change', 'changePercent', 'changeExclInfra', 'changePercentExclInfra']);
  assert.deepEqual(rowValues(t, '2014001'), {
    priorYearActual: '5555.07', priorYearActualExclInfra: '5555.07', total: '5826.21', basic: '5826.21', totalExclInfra: '5826.21',
    change: '271.14', changePercent: '4.88', changeExclInfra: '271.14', changePercentExclInfra: '4.88',
  });
  const exp = table(doc('budget-central-guojia-xinfangju-2026'), 'budget.expenditure');
  assert.deepEqual(exp.pages, [7, 8]);
  assert.deepEqual(rowValues(exp, 'total'), { total: '50616.94', basic: '11056.07', project: '39560.87' });
  assert.deepEqual(rowValues(exp, '2080505'), { total: '657.51', basic: '657.51' });
});

test('佛山 决算: codes alone in their cell, repeated titles joined, zero cells kept, every identity holds', { skip }, () => {
  const d = doc('final-foshan-jiaotong-2019');
  const income = table(d, 'final.income');
  assert.deepEqual(income.pages, [8, 9]);
  assert.deepEqual(rowValues(income, '2080505'), {
    total: '53.45', fiscal: '53.45', superiorSubsidy: '0.00', business: '0.00', operating: '0.00', affiliated: '0.00', other: '0.00',
  });
  assert.equal(rowValues(income, '2210201').total, '60.87');
  assert.deepEqual(table(d, 'final.gpbBasicExpenditure').pages, [17, 18, 19, 20]);
  assert.deepEqual(failedIdentities(d), []);
});

test('every placed cell of a PDF keeps its page and box (PDF points, top-left origin)', { skip }, () => {
  const d = doc('final-foshan-jiaotong-2019');
  const cell = table(d, 'final.income').rows.find((r) => r.code === '2080505')!.values.total!;
  assert.equal(cell.at.page, 8);
  assert.deepEqual(cell.at.box?.map(Math.round), [271, 327, 298, 337]);
  for (const t of d.tables) for (const r of t.rows) for (const c of Object.values(r.values)) {
    assert.ok(c.at.page !== null && c.at.box, `${t.kind} ${r.code ?? r.key}`);
  }
});

test('杭州 and 西安 (0 tables before): totals read', { skip }, () => {
  assert.equal(rowValues(table(doc('budget-hangzhou-sifaju-2026'), 'budget.income'), 'total').total, '99230.46');
  assert.equal(rowValues(table(doc('budget-xian-bangongting-2026'), 'budget.expenditure'), 'total').total, '92165133.99');
});

test('the blank template yields its tables with no figures', { skip }, () => {
  const d = doc('final-template-shanghai-2024');
  assert.equal(d.tables.length, 9);
  for (const t of d.tables) assert.ok(t.rows.every((r) => Object.keys(r.values).length === 0), t.kind);
  assert.deepEqual(failedIdentities(d), []);
});

test('over the corpus, at least 96 % of the evaluated identities hold (measured: 5,911 of 6,140)', { skip }, () => {
  let evaluated = 0;
  let held = 0;
  for (const d of docs.values()) {
    if (typeof d === 'string') continue;
    const shapes = d.tables.map((t) => shapeOf(t.kind, t.columns, t.rows));
    for (const eq of instantiate(shapes, IDENTITIES)) {
      if (eq.terms.some((t) => d.tables[t.ref.table]!.rows[t.ref.row]!.ambiguity)) continue;
      const ev = evaluate(eq, (ref) => d.tables[ref.table]!.rows[ref.row]!.values[ref.column]);
      evaluated++;
      if (ev.outcome !== 'fail') held++;
    }
  }
  assert.ok(evaluated > 6000, `evaluated ${evaluated}`);
  assert.ok(held / evaluated >= 0.96, `${held} / ${evaluated}`);
});
