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
import { identityTally } from '../../src/arithmetic/index.js';
import { formatAmount } from '../../src/model/index.js';
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
  'budget-fuzhou-shangwuju-2026': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gf', 'soce', 'gpbEconomicExpenditure', 'gpbBasicExpenditure',
    'threePublic'],
  'budget-guangzhou-bangongting-2026': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gpbBasicExpenditure', 'gpbProjectExpenditure', 'gf', 'soce',
    'basicExpenditure'],
  'budget-hangzhou-sifaju-2026': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gpbBasicExpenditure', 'threePublic', 'gf', 'soce', 'gpbProjectExpenditure'],
  'budget-huzhou-caizhengju-2026': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gpbBasicExpenditure', 'threePublic', 'gf', 'soce', 'gpbProjectExpenditure'],
  'budget-jiangsu-renda-2017': ['summary', 'income', 'expenditure', 'fiscalExpenditure', 'fiscalSummary', 'fiscalBasicExpenditure', 'gf', 'gpbExpenditure',
    'gpbBasicExpenditure'],
  'budget-jiangsu-shengweibangongting-2019-explanation': [],
  'budget-jiangsu-shengweibangongting-2019-tables': ['summary', 'income', 'expenditure', 'fiscalSummary', 'fiscalExpenditure', 'fiscalBasicExpenditure',
    'gpbExpenditure', 'gpbBasicExpenditure', 'threePublic', 'gf'],
  'budget-quanzhou-gonganju-2026-unit': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gf', 'soce', 'gpbEconomicExpenditure',
    'gpbBasicExpenditure', 'threePublic'],
  'budget-shanghai-caizhengju-2025-unit': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gf', 'soce', 'gpbBasicExpenditure', 'threePublic'],
  'budget-shanghai-jiaotong-college-2026-unit': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gf', 'soce', 'gpbBasicExpenditure', 'threePublic'],
  'budget-shanghai-putuo-wanli-2024': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gf', 'soce', 'gpbBasicExpenditure', 'threePublic'],
  'budget-shanghai-putuo-zhengfuban-2025-department': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gf', 'soce', 'gpbBasicExpenditure', 'threePublic'],
  'budget-shanghai-putuo-zhengfuban-2025-unit': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gf', 'soce', 'gpbBasicExpenditure', 'threePublic'],
  'budget-shenzhen-kouan-2026': ['summary', 'income', 'expenditure', 'basicExpenditure', 'projectExpenditure', 'fiscalSummary', 'gpbExpenditure',
    'gpbEconomicExpenditure', 'threePublic', 'gf', 'soce'],
  'budget-suzhou-shenjiju-2026': ['summary', 'income', 'expenditure', 'fiscalSummary', 'fiscalExpenditure', 'fiscalBasicExpenditure', 'gpbExpenditure',
    'gpbBasicExpenditure', 'threePublic', 'gf', 'soce'],
  'budget-wuxi-jiaotong-2026': ['summary', 'income', 'expenditure', 'fiscalSummary', 'fiscalExpenditure', 'fiscalBasicExpenditure', 'gpbExpenditure',
    'gpbBasicExpenditure', 'threePublic', 'gf', 'soce'],
  'budget-xian-bangongting-2026': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gpbEconomicExpenditure', 'gpbBasicFunctional',
    'gpbBasicExpenditure', 'gf', 'threePublic'],
  'budget-yantai-bangongshi-2026': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gpbBasicExpenditure', 'threePublic', 'gf', 'soce',
    'basicExpenditure', 'projectExpenditure'],
  'budget-zhuhai-gongwu-center-2026': ['summary', 'income', 'expenditure', 'fiscalSummary', 'gpbExpenditure', 'gpbBasicExpenditure', 'gpbProjectExpenditure', 'gf', 'soce',
    'basicExpenditure'],
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
  assert.equal(docs.get('budget-beijing-zhengwufuwu-2026-explanation-scanned'), 'NO_TEXT_LAYER');
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

test('重庆 一般公共预算支出表: the prior year\'s 预算数 (header "2025年预算数") is its own column; every identity holds', { skip }, () => {
  const d = doc('budget-chongqing-bangongting-2026');
  const t = table(d, 'budget.gpbExpenditure');
  assert.deepEqual(t.columns.map((c) => c.key), ['priorYearBudget', 'total', 'basic', 'personnel', 'public', 'project']);
  assert.deepEqual(rowValues(t, '2010301'), { priorYearBudget: '6077.49', total: '6342.71', basic: '6342.71', personnel: '4542.97', public: '1799.74' });
  assert.deepEqual(rowValues(t, 'total'), { priorYearBudget: '15635.80', total: '18417.70', basic: '9018.47', personnel: '7180.92', public: '1837.55', project: '9399.23' });
  // 财政拨款收支总表: "（二）政府性基金预算资金" has no figure; 教育支出 beside it keeps its own
  const fiscal = table(d, 'budget.fiscalSummary');
  assert.deepEqual(rowValues(fiscal, '205'), { total: '15.26', gpb: '15.26' });
  assert.deepEqual(rowValues(fiscal, 'gf'), {});
  assert.deepEqual(rowValues(fiscal, 'incomeGrandTotal'), { amount: '18417.70' });
  assert.deepEqual(failedIdentities(d), []);
});

test('湖州 收支总表: income items without figures stay on the income side, classes on the expenditure side', { skip }, () => {
  const t = table(doc('budget-huzhou-caizhengju-2026'), 'budget.summary');
  const row = (name: string) => t.rows.find((r) => r.name === name)!;
  assert.equal(row('事业单位经营收入').side, 'income');
  assert.equal(row('事业单位经营收入').key, 'operatingIncome');
  assert.deepEqual(rowValues(t, '208'), { amount: '796.52' });
  assert.equal(row('机关事业单位职业年金缴费支出').side, 'expenditure');
  assert.deepEqual(rowValues(t, 'gpbAppropriation'), { amount: '6838.41' });
});

test('苏州: a table ends at the next table\'s title even with a bracketed remark (财政拨款支出表（功能科目）)', { skip }, () => {
  const d = doc('budget-suzhou-shenjiju-2026');
  assert.deepEqual(table(d, 'budget.fiscalSummary').pages, [12, 13]);
  assert.ok(!table(d, 'budget.fiscalSummary').rows.some((r) => r.name.includes('年度部门预算公开')), 'running page head read as a row');
});

test('普陀财政局 决算: figures printed half a line above their row, names wrapped around their code; every identity holds', { skip }, () => {
  const d = doc('final-shanghai-putuo-caizhengju-2024');
  const t = table(d, 'final.expenditure');
  assert.deepEqual(rowValues(t, 'total'), { total: '2940.05', basic: '2336.91', project: '603.14' });
  assert.deepEqual(rowValues(t, '2010601'), { total: '1511.89', basic: '1503.52', project: '8.37' });
  assert.equal(t.rows.find((r) => r.code === '2080505')!.name, '机关事业单位基本养老保险缴费支出');
  assert.equal(t.rows.find((r) => r.code === '2080506')!.name, '机关事业单位职业年金缴费支出');
  assert.deepEqual(rowValues(table(d, 'final.fiscalSummary'), 'gpb'), { amount: '2940.05' });
  assert.deepEqual(failedIdentities(d), []);
});

test('江苏 2019: 一般公共预算支出预算表（功能科目） recognised; 单位预留机动经费 is part of the expenditure total', { skip }, () => {
  const d = doc('budget-jiangsu-shengweibangongting-2019-tables');
  assert.deepEqual(table(d, 'budget.gpbExpenditure').pages, [7]);
  assert.deepEqual(rowValues(table(d, 'budget.expenditure'), 'total'), { total: '27664.22', basic: '11700.63', project: '13025.38', unitReserve: '2938.21' });
});

test('烟台: codes printed in parts (201 / 03 / 01) completed from the rows above; 人员支出/日常公用支出 columns', { skip }, () => {
  const t = table(doc('budget-yantai-bangongshi-2026'), 'budget.gpbExpenditure');
  assert.deepEqual(t.rows.slice(0, 6).map((r) => r.code ?? r.key), ['total', '201', '20103', '2010301', '2010302', '2010350']);
  assert.deepEqual(rowValues(t, '2010301'), { total: '2220.04', basic: '2220.04', personnel: '1711.26', public: '508.78' });
  assert.deepEqual(rowValues(t, '2050803'), { total: '37.00', basic: '25.00', public: '25.00', project: '12.00' });
  assert.deepEqual(rowValues(t, 'total'), { total: '9232.56', basic: '4285.60', personnel: '3669.49', public: '616.11', project: '4946.96' });
});

test('长沙 收入总表: 本级财政拨款 › 金额 | 其中：经费拨款 under a heading narrower than its columns', { skip }, () => {
  const t = table(doc('budget-changsha-xinfang-2026'), 'budget.income');
  assert.deepEqual(rowValues(t, '2014001'), { total: '1517.95', fiscalSubtotal: '1517.95', gpb: '1517.95' });
  assert.deepEqual(rowValues(t, '20140'), { total: '1935.36', fiscalSubtotal: '1935.36', gpb: '1935.36' });
});

test('上海交通职业技术学院 收入总表: a heading over one column (收入预算 over 事业收入) is no column; every identity holds', { skip }, () => {
  const d = doc('budget-shanghai-jiaotong-college-2026-unit');
  assert.deepEqual(rowValues(table(d, 'budget.income'), '2050305'), { total: '317058710', fiscalSubtotal: '236893390', business: '42865320', other: '37300000' });
  assert.deepEqual(failedIdentities(d), []);
});

test('烟台 收入总表: 财政拨款收入 › 小计 printed left of the cells the heading is centred over', { skip }, () => {
  const t = table(doc('budget-yantai-bangongshi-2026'), 'budget.income');
  assert.deepEqual(rowValues(t, 'total'), { total: '9325.57', fiscalSubtotal: '9232.56', gpb: '9232.56', other: '93.01' });
});

test('无锡 基本支出表: a short right-aligned figure (1.09) stays in its column, not the next header\'s', { skip }, () => {
  const t = table(doc('budget-wuxi-jiaotong-2026'), 'budget.gpbBasicExpenditure');
  assert.deepEqual(rowValues(t, '30215'), { total: '1.09', public: '1.09' });
  assert.deepEqual(rowValues(t, '30201'), { total: '64.51', public: '64.51' });
});

test('规划资源局 三公: each item prints its own 预算数 | 决算数 pair, so periods nest inside items', { skip }, () => {
  const t = table(doc('final-shanghai-putuo-guihuaziyuan-2024'), 'final.threePublic');
  const v = rowValues(t, 'threePublic');
  assert.deepEqual([v['budget.total'], v['final.total'], v['budget.reception'], v['final.reception'], v['final.overseas']], ['2.85', '0.39', '2.85', '0.39', '0.00']);
});

test('上海交通职业技术学院 三公: 公务接待费 printed before the vehicle group is placed by its header position', { skip }, () => {
  const v = rowValues(table(doc('budget-shanghai-jiaotong-college-2026-unit'), 'budget.threePublic'), 'threePublic');
  assert.deepEqual([v['budget.total'], v['budget.overseas'], v['budget.reception'], v['budget.vehicles']], ['67.59', '35.00', '12.49', '20.10']);
  assert.equal(v['budget.vehicleOperation'], '20.10'); // under 运行费; 购置费 printed empty
  assert.equal(v['budget.vehiclePurchase'], undefined);
});

test('上海财政局 三公经费和机关运行经费预算表: the 机关运行经费 column is its own, values stand under their header cells', { skip }, () => {
  const v = rowValues(table(doc('budget-shanghai-caizhengju-2025-unit'), 'budget.threePublic'), 'threePublic');
  assert.deepEqual(v, {
    'budget.total': '346.30', 'budget.overseas': '288.70', 'budget.reception': '25.40', 'budget.vehicles': '32.20',
    'budget.vehicleOperation': '32.20', 'budget.operatingCost': '2517.78',
  });
});

test('深圳 三公 (p31): one row per year, 一般公共预算 | 政府性基金预算 | 国有资本经营预算 under each item; the change row', { skip }, () => {
  const t = table(doc('budget-shenzhen-kouan-2026'), 'budget.threePublic');
  assert.deepEqual(t.pages, [31]);
  const v = rowValues(t, 'threePublic');
  assert.deepEqual([v['priorYearGpb.total'], v['priorYearGpb.overseas'], v['priorYearGpb.reception'], v['priorYearGpb.vehicles'],
    v['priorYearGpb.vehiclePurchase'], v['priorYearGpb.vehicleOperation']], ['37.77', '17.88', '1.89', '18.00', '12.00', '6.00']);
  assert.deepEqual([v['gpb.total'], v['gpb.overseas'], v['gpb.reception'], v['gpb.vehicles'], v['gpb.vehiclePurchase'], v['gf.total'], v['soce.vehicleOperation']],
    ['43.79', '36.14', '1.65', '6.00', '0.00', '0.00', '0.00']);
  assert.deepEqual([v['changeGpb.total'], v['changeGpb.reception'], v['changeGpb.vehicles']], ['6.02', '-0.24', '-12.00']);
  assert.equal(t.columns.length, 54);
  assert.equal(v['budget.total'], undefined); // no column adds the sources up: none is invented
  assert.deepEqual(failedIdentities(doc('budget-shenzhen-kouan-2026')).filter((f) => f.includes('threePublic')), []);
});

test('江苏 三公、会议费、培训费 (p9): 合计 covers 会议费 and 培训费, the 三公 小计 is the 三公 total; an empty 购置费 stays empty', { skip }, () => {
  const d = doc('budget-jiangsu-shengweibangongting-2019-tables');
  const v = rowValues(table(d, 'budget.threePublic'), 'threePublic');
  assert.deepEqual(v, {
    'budget.grandTotal': '1471.70', 'budget.total': '508.20', 'budget.overseas': '70.00', 'budget.vehicles': '411.20',
    'budget.vehicleOperation': '411.20', 'budget.reception': '27.00', 'budget.meetings': '933.50', 'budget.training': '30.00',
  });
  assert.deepEqual(failedIdentities(d).filter((f) => f.includes('threePublic')), []);
});

test('长沙 三公 (p20): 公务接待费 before 因公出国, 其中：购置费 | 其中：运行费 beside the vehicle total; the 合计 row read, not the unit\'s', { skip }, () => {
  const t = table(doc('budget-changsha-xinfang-2026'), 'budget.threePublic');
  assert.deepEqual(t.columns.map((c) => c.key), ['budget.total', 'budget.reception', 'budget.overseas', 'budget.vehicles',
    'budget.vehiclePurchase', 'budget.vehicleOperation']);
  assert.deepEqual(rowValues(t, 'threePublic'), { 'budget.total': '8.00', 'budget.reception': '3.00', 'budget.vehicles': '5.00', 'budget.vehicleOperation': '5.00' });
});

test('杭州 (p34) and 湖州 (p28) 三公: the 合计 row above the units\' rows, an empty 因公出国 cell stays empty', { skip }, () => {
  assert.deepEqual(rowValues(table(doc('budget-hangzhou-sifaju-2026'), 'budget.threePublic'), 'threePublic'), {
    'budget.total': '413.68', 'budget.vehicles': '339.68', 'budget.vehiclePurchase': '151.68', 'budget.vehicleOperation': '188.00', 'budget.reception': '74.00',
  });
  assert.deepEqual(rowValues(table(doc('budget-huzhou-caizhengju-2026'), 'budget.threePublic'), 'threePublic'), {
    'budget.total': '9.30', 'budget.vehicles': '3.50', 'budget.vehicleOperation': '3.50', 'budget.reception': '5.80',
  });
});

test('普陀财政局 决算 三公 (p18): a 决算数 cell joined to the item above it is cut off again; 0.95 is 公务接待费\'s 预算数', { skip }, () => {
  const v = rowValues(table(doc('final-shanghai-putuo-caizhengju-2024'), 'final.threePublic'), 'threePublic');
  assert.deepEqual(v, { 'budget.total': '0.95', 'budget.reception': '0.95' });
});

test('杭州 一般公共预算支出表 (p30-31): 基本支出 over 小计 | 人员经费 | 日常公用支出, each as wide as the heading; 栏次 numbers are no header text', { skip }, () => {
  const t = table(doc('budget-hangzhou-sifaju-2026'), 'budget.gpbExpenditure');
  assert.deepEqual(t.columns.map((c) => c.key), ['total', 'basic', 'personnel', 'public', 'project']);
  const row = (name: string) => t.rows.find((r) => r.name === name)!;
  const values = (name: string) => Object.fromEntries(Object.entries(row(name).values).map(([k, c]) => [k, formatAmount(c.value, c.decimals)]));
  assert.deepEqual(rowValues(t, 'total'), { total: '91842.80', basic: '70724.29', personnel: '58486.35', public: '12237.94', project: '21118.51' });
  assert.deepEqual(values('司法'), { total: '11254.99', basic: '8553.80', personnel: '7000.77', public: '1553.03', project: '2701.19' });
  assert.deepEqual(values('社会工作事务'), { total: '0.19', project: '0.19' });
  assert.equal(row('司法').values.project!.at.page, 30);
});

test('杭州 (p26) and 湖州 (p20) 支出总表: 基本支出 printed only as 人员支出 | 日常公用支出 (no 小计): each its own column, none invented', { skip }, () => {
  const hz = table(doc('budget-hangzhou-sifaju-2026'), 'budget.expenditure');
  assert.deepEqual(hz.columns.map((c) => c.key), ['total', 'personnel', 'public', 'project', 'remitToSuperior', 'operating', 'subsidyToAffiliated']);
  assert.deepEqual(rowValues(hz, 'total'), { total: '99230.46', personnel: '58486.35', public: '12237.94', project: '28506.17' });
  assert.ok(hz.rows.every((r) => !r.ambiguity));
  const hu = table(doc('budget-huzhou-caizhengju-2026'), 'budget.expenditure');
  assert.deepEqual(rowValues(hu, '201'), { total: '5356.01', personnel: '3478.23', public: '611.02', project: '1266.75' });
  assert.deepEqual(rowValues(hu, '2010601'), { total: '3685.65', personnel: '3102.63', public: '583.02' });
  assert.deepEqual(hu.pages, [20, 21]);
});

test('长沙 收支总体情况表 (p12): 本级财政拨款收入, 财政专户管理事业收入, 事业单位经营服务收入, 其它收入 are income items', { skip }, () => {
  const t = table(doc('budget-changsha-xinfang-2026'), 'budget.summary');
  const key = (name: string) => t.rows.find((r) => r.name === name)?.key;
  assert.deepEqual(rowValues(t, 'fiscalAppropriation'), { amount: '1935.36' });
  assert.equal(key('财政专户管理事业收入'), 'specialAccount');
  assert.equal(key('事业单位经营服务收入'), 'operatingIncome');
  assert.equal(key('其它收入'), 'otherIncome');
  assert.deepEqual(rowValues(t, 'incomeTotal'), { amount: '1935.36' });
});

test('杭州 收入总表 (p25): 本年收入 over 财政专户管理资金, spaced like that cell\'s own lines, heads 小计 … 其他收入', { skip }, () => {
  const t = table(doc('budget-hangzhou-sifaju-2026'), 'budget.income');
  assert.deepEqual(t.columns.map((c) => c.key).slice(0, 3), ['total', 'priorYearCarryover', 'currentIncome']);
  assert.deepEqual(rowValues(t, 'total'), { total: '99230.46', currentIncome: '98883.14', gpb: '91495.48', other: '7387.66',
    priorYearCarryover: '347.32', carryoverGpb: '347.32' });
  // the department (99,230.46) and its own unit (12,586.47, name wrapped: 杭州市司法 / 局) share the name
  const unit = t.rows.filter((r) => r.name === '杭州市司法局')[1]!;
  assert.equal(formatAmount(unit.values.currentIncome!.value, 2), '12239.15');
  assert.equal(formatAmount(unit.values.other!.value, 2), '996.40');
});

test('湖州 收入总表 (p19): 专户资金结 / 转结余 and 单位资金结 / 转结余 are carryover columns; every figure placed by the geometry', { skip }, () => {
  const t = table(doc('budget-huzhou-caizhengju-2026'), 'budget.income');
  assert.deepEqual(t.columns.map((c) => c.key).slice(-11, -9), ['carryoverSpecial', 'carryoverUnitFunds']);
  assert.deepEqual(rowValues(t, 'total'), { total: '6838.41', currentIncome: '6838.41', gpb: '6838.41' });
  const unit = t.rows.find((r) => r.name === '湖州市市级财政国库支付中心')!;
  assert.deepEqual(Object.keys(unit.values), ['total', 'currentIncome', 'gpb']);
  assert.equal(unit.ambiguity, undefined);
});

test('西安 收入总表 (p21): 一般公共预算拨款 › 小计 | 其中：专项资金列入部门预算项目, the 其中 part no source of the 合计', { skip }, () => {
  const t = table(doc('budget-xian-bangongting-2026'), 'budget.income');
  assert.deepEqual(t.columns.map((c) => c.key), ['total', 'priorYearCarryover', 'gpb', 'gpbSpecialFunds', 'gf', 'business', 'operating',
    'superiorSubsidy', 'affiliated', 'other', 'nonFiscalBalanceUsed']);
  assert.deepEqual(rowValues(t, 'total'), { total: '92165133.99', gpb: '92165133.99', gpbSpecialFunds: '7100000.00' });
});

test('西安 三公 (p33): 上年 | 当年 | 增减变化情况 blocks, （境）费用 wrapped under 因公出国 apart from it; 合计 covers 会议费 and 培训费', { skip }, () => {
  const t = table(doc('budget-xian-bangongting-2026'), 'budget.threePublic');
  assert.equal(t.columns.length, 27);
  assert.deepEqual(rowValues(t, 'threePublic'), {
    'priorYear.grandTotal': '442400.00', 'priorYear.total': '40000.00', 'priorYear.reception': '40000.00', 'priorYear.training': '402400.00',
    'budget.grandTotal': '260000.00', 'budget.total': '30000.00', 'budget.reception': '30000.00', 'budget.training': '230000.00',
    'change.grandTotal': '-182400.00', 'change.total': '-10000.00', 'change.reception': '-10000.00', 'change.training': '-172400.00',
  });
});

test('北京 收入总表 (p2, 万元 with 6 decimals): 一般公共预算 / 资金 is one cell; 单位资金 under 上年结转结余 is its carryover', { skip }, () => {
  const t = table(doc('budget-beijing-zhengwufuwu-2026-tables'), 'budget.income');
  assert.deepEqual(rowValues(t, 'total'), { total: '101673.030619', currentIncome: '96722.180672', gpb: '96722.180672',
    priorYearCarryover: '4950.849947', carryoverGpb: '4781.143823', carryoverUnitFunds: '169.706124' });
});

test('长沙 基本支出情况表 (p18-19): the 人员类 column is personnel', { skip }, () => {
  const t = table(doc('budget-changsha-xinfang-2026'), 'budget.gpbBasicExpenditure');
  assert.deepEqual(t.columns.map((c) => c.key), ['total', 'personnel', 'public']);
  assert.deepEqual(rowValues(t, 'total'), { total: '1517.95', personnel: '1394.97', public: '122.98' });
  assert.deepEqual(rowValues(t, '30228'), { total: '17.10', personnel: '10.92', public: '6.18' });
  assert.deepEqual(rowValues(t, '30299'), { total: '59.94', personnel: '5.12', public: '54.82' });
});

// The bench's measure (identityTally: cells compared in the document's unit, ambiguous rows left out).
test('over the corpus, at least 99.9 % of at least 7,500 evaluated identities hold (each failure: inconsistencies.test.ts)', { skip }, () => {
  let evaluated = 0;
  let held = 0;
  for (const d of docs.values()) {
    if (typeof d === 'string') continue;
    const tally = identityTally(d, IDENTITIES);
    evaluated += tally.evaluated;
    held += tally.held;
  }
  assert.ok(evaluated > 7500, `evaluated ${evaluated}`);
  assert.ok(held / evaluated >= 0.999, `${held} / ${evaluated}`);
});
