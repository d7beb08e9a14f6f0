/**
 * Claim extraction and verification on single sentences taken from the seeds and from corpus
 * PDFs, in small synthetic disclosures (one section, optionally one table).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainClaims, explanationChecks, extractClaims, linkClaims, type Claim, type ExtractedClaims } from '../../src/checks/explanations/index.js';
import { formatAmount, parseNumber, type Disclosure, type Row, type Table } from '../../src/model/index.js';
import { parseExample } from '../helpers.js';

function disclosure(kind: 'final' | 'budget', sections: Array<[string, string]>, tables: Table[] = []): Disclosure {
  return {
    source: { file: 't.txt', sha256: '', format: 'text', pages: null },
    document: { department: '某局', fiscalYear: 2024, kind, scope: 'department', level: 'provincial', currencyUnit: '万元', title: null },
    tables,
    performance: [],
    sections: sections.map(([key, text], i) => ({ heading: `h${i}`, key, text, at: { page: null, line: 10 * (i + 1) } })),
    warnings: [],
  };
}

function row(code: string | null, key: string | null, name: string, values: Record<string, string>, line: number): Row {
  const cells = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { ...parseNumber(v)!, at: { page: null, line } }]));
  return { key, code, name, values: cells, text: name, at: { page: null, line } };
}

function table(kind: string, columns: string[], rows: Row[]): Table {
  return { kind, title: kind, number: null, pages: null, empty: false, note: null, columns: columns.map((key) => ({ key, label: key })), rows, at: { page: null, line: 1 } };
}

/** "subject: kind(direction)=value …" per mention. */
function mentions(x: ExtractedClaims): string[] {
  return x.mentions.map((m) => {
    const figures = Object.entries(m.claims).map(([kind, id]) => {
      const c = x.claims[id as number] as Claim;
      const value = kind === 'flat' || kind === 'comparison' ? c.text : formatAmount(c.value);
      return `${kind}${c.direction ? `(${c.direction})` : ''}${c.base ? `[${c.base}]` : ''}=${value}`;
    });
    return `${m.subject}: ${figures.join(' ')}`;
  });
}

test('a total with its parts, shares and changes (002 收入决算)', () => {
  const d = disclosure('final', [['income', '本年收入合计 4,339.05 万元，其中：财政拨款收入 4,320.91万元，比上年增加 595.32 万元，增长 16%，主要是随着经济逐步回暖，各项工作任务增加；上级补助收入 0 万元，比上年增加 0 万元，增长 0%。']]);
  const x = extractClaims(d);
  assert.deepEqual(mentions(x), [
    '本年收入合计: level=4339.05',
    '财政拨款收入: level=4320.91 change(up)=595.32 changePercent(up)=16.00',
    '上级补助收入: level=0.00 change(up)=0.00 changePercent(up)=0.00',
  ]);
  assert.deepEqual(x.mentions.map((m) => m.whole), [null, 0, 0]);
});

test('an item heading its figures, budget and actual, rate and comparison (000 具体情况)', () => {
  const d = disclosure('final', [['gpbExpenditure.detail', '9.住房保障支出（类）住房改革支出（款）住房公积金（项）。\n年初预算为 40,430 万元，支出决算为 41,589.24 万元，完成年初预算的 102.9%。决算数大于预算数的主要原因是按规定使用以前年度结转资金。']]);
  assert.deepEqual(mentions(extractClaims(d)), ['住房保障支出（类）住房改革支出（款）住房公积金（项）: budget=40430.00 actual=41589.24 rate=102.90 comparison=决算数大于预算数']);
});

test('a restated subject keeps its mention; 较上年 and 决算数 are no subjects (000 三公)', () => {
  const d = disclosure('final', [['threePublic.detail', '1.因公出国（境）费预算为 1,407.08万元，支出决算为 698.51万元，完成预算的 49.6%，决算数较上年增加 299.84万元，增长 75.2%。']]);
  assert.deepEqual(mentions(extractClaims(d)), ['因公出国（境）费: budget=1407.08 actual=698.51 rate=49.60 change(up)=299.84 changePercent(up)=75.20']);
});

test('shares with a named base and parts without amounts (000 政府采购)', () => {
  const d = disclosure('final', [['procurement', '授予中小企业合同金额252,358.52 万元，占政府采购支出总额的 76.8%，其中：授予小微企业合同金额 205,547.52万元，占授予中小企业合同金额的 81.5%；货物采购授予中小企业合同金额占货物支出金额的49.6%。']]);
  assert.deepEqual(mentions(extractClaims(d)), [
    '授予中小企业合同金额: level=252358.52 share[政府采购支出总额]=76.80',
    '授予小微企业合同金额: level=205547.52 share[授予中小企业合同金额]=81.50',
    '货物采购授予中小企业合同金额: share[货物支出金额]=49.60',
  ]);
});

test('元 figures are converted exactly to the tables\' 万元; thresholds (100万元以上) are no claims', () => {
  const d = disclosure('final', [['assets', '车辆3辆，价值477,000.5元；单价100万元（含）以上设备（不含车辆）0台（套）。']]);
  const x = extractClaims(d);
  // The money figures; 车辆3辆 is a count (the vehicles held, compared with the 三公 stock).
  assert.deepEqual(x.claims.filter((c) => c.kind !== 'count').map((c) => [c.text, formatAmount(c.value), c.decimals]), [['477,000.5元', '47.70005', 5]]);
});

test('万元 in the text against tables in 元: 9,216.51万元 is known to the hundred 元, so 92,165,133.99 is rounding (西安 2026)', () => {
  const gpb = table('budget.gpbExpenditure', ['total'], [row(null, 'total', '合计', { total: '92,165,133.99' }, 40)]);
  const d = disclosure('budget', [['gpbExpenditure.overall', '本部门当年一般公共预算拨款支出9,216.51万元。']], [gpb]);
  const inYuan = { ...d, document: { ...d.document, currencyUnit: '元' as const } };
  const x = extractClaims(inYuan);
  assert.deepEqual(x.claims.map((c) => [c.text, formatAmount(c.value), c.decimals]), [['9,216.51万元', '92165100.00', -2]]);
  const { findings, tally } = explanationChecks.run(inYuan);
  assert.deepEqual(findings.filter((f) => f.severity === 'error'), []);
  assert.deepEqual([tally.rounding, tally.failed], [1, 0]);
});

test('budget documents: 预算 is the level, 比上年执行数减少 the change (001 具体使用情况)', () => {
  const d = disclosure('budget', [['gpbExpenditure.detail', '1.公共安全支出（类）公安（款）2023年预算 90,058.99万元，比 2022年执行数减少 30,916.34万元，下降 25.6%。']]);
  assert.deepEqual(mentions(extractClaims(d)), ['公共安全支出（类）公安（款）: level=90058.99 change(down)=30916.34 changePercent(down)=25.60']);
});

test('001: a stated fall against an unchanged table row is an error; 基本持平 passes', () => {
  const gpb = table('budget.gpbExpenditure', ['priorYearActual', 'total', 'change', 'changePercent'], [
    row('221', null, '住房保障支出', { priorYearActual: '142.11', total: '142.11', changePercent: '0.0' }, 263),
    row('22102', null, '住房改革支出', { priorYearActual: '142.11', total: '142.11', changePercent: '0.0' }, 265),
    row('2210203', null, '购房补贴', { priorYearActual: '142.11', total: '142.11', changePercent: '0.0' }, 271),
  ]);
  const d = disclosure('budget', [['gpbExpenditure.detail', '6.住房保障支出（类）住房改革支出（款）购房补贴（项）2023年预算 142.11万元，比 2022年执行数减少 4.75万元，与上年基本持平。']], [gpb]);
  const { findings, tally } = explanationChecks.run(d);
  const errors = findings.filter((f) => f.severity === 'error');
  assert.deepEqual(errors.map((f) => [f.rule, f.expected, f.actual, f.locations[1]?.rowCode]), [['explanation.change', 0n, -4_750_000n, '2210203']]);
  assert.deepEqual(tally, { evaluated: 3, passed: 2, rounding: 0, failed: 1, notEvaluated: 0 });
});

test('a growth rate that contradicts its own figures is an error; a reversed word is a direction error', () => {
  const d = disclosure('final', [
    ['operatingCost', '2024年度机关运行经费支出 236,465.49万元，较 2023 年度增加 24,434.02万元，增长 12.5%。'],
    ['threePublic.overall', '“三公”经费支出 110万元，比上年增加 10万元，下降 10%。'],
  ]);
  const { findings } = explanationChecks.run(d);
  const notable = findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.rule} ${formatAmount(f.expected ?? 0n, 2)} ${formatAmount(f.actual ?? 0n, 2)}`);
  assert.deepEqual(notable, ['error explanation.change 11.52 12.50', 'error explanation.direction 10.00 -10.00']);
});

test('putuo 2024: a structure share that does not follow from its figures (71.73% for 2106.66 / 2940.05)', () => {
  const d = disclosure('final', [['gpbExpenditure.structure', '一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.73%；社会保障和就业支出（类）326.72万元，占11.11%；卫生健康支出（类）60.99万元，占2.07%；住房保障支出（类）445.69万元，占15.16%。']]);
  const { findings, tally } = explanationChecks.run(d);
  const notable = findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.rule} ${formatAmount(f.expected ?? 0n, 2)} ${formatAmount(f.actual ?? 0n, 2)}`);
  assert.deepEqual(notable, ['error explanation.share 71.65 71.73']);
  // The amounts have no table here: listed as not evaluated, the four shares are evaluated.
  assert.deepEqual(tally, { evaluated: 4, passed: 3, rounding: 0, failed: 1, notEvaluated: 5 });
});

test('sums of listed parts: 政府采购 total against goods + works + services (000)', () => {
  const ok = disclosure('final', [['procurement', '2024年度政府采购支出总额 328,739.43万元，其中：政府采购货物支出65,959.5万元、政府采购工程支出86,385.51万元、政府采购服务支出 176,394.42 万元。']]);
  const bad = disclosure('final', [['procurement', '2024年度政府采购支出总额 328,739.43万元，其中：政府采购货物支出65,959.5万元、政府采购工程支出86,385.51万元、政府采购服务支出 176,394.24 万元。']]);
  assert.deepEqual(explanationChecks.run(ok).tally, { evaluated: 1, passed: 1, rounding: 0, failed: 0, notEvaluated: 3 });
  const errors = explanationChecks.run(bad).findings.filter((f) => f.severity === 'error');
  assert.deepEqual(errors.map((f) => [f.rule, formatAmount(f.expected!), formatAmount(f.actual!)]), [['explanation.sum', '328739.25', '328739.43']]);
});

test('政府采购 wording variants (corpus): 安排 / 货物类采购, 支出预算总额 / 拟采购…支出, goods and services only', () => {
  const sums = (text: string): string[] => explanationChecks.run(disclosure('budget', [['procurement', text]])).findings
    .filter((f) => f.rule === 'explanation.sum').map((f) => `${f.severity} ${formatAmount(f.expected!)}`);
  const tally = (text: string) => explanationChecks.run(disclosure('budget', [['procurement', text]])).tally;
  assert.deepEqual(tally('2026年本部门政府采购安排483.05万元，其中：货物类采购预算64.3万元，工程类采购预算0万元，服务类采购预算418.75万元等。').passed, 1);
  assert.deepEqual(sums('2026 年度政府采购支出预算总额 112.9 万元，其中：拟采购货物支出 2 万元、拟采购工程支出 0 万元、拟采购服务支出 110.5 万元。'), ['error 112.50']);
  assert.deepEqual(tally('2019年度政府采购支出预算总额1422.50万元，其中：拟采购货物支出84万元、拟购买服务支出1338.50万元。').passed, 1);
  assert.deepEqual(sums('2024年度政府采购金额（以合同签订为准）为251.25万元，其中：货物采购金额4.79万元、工程采购金额0万元、服务采购金额246.47万元。'), ['rounding 251.26']);
});

test('links expose which printed figure goes to which cell or claims (for a mutation harness)', () => {
  const income = table('final.income', ['total', 'fiscal', 'other'], [row(null, 'total', '合计', { total: '4,339.05', fiscal: '4,320.91' }, 190)]);
  const d = disclosure('final', [['income', '本年收入合计 4,339.05 万元，其中：财政拨款收入 4,320.91万元，占 99.6%；其他收入 18.13 万元。']], [income]);
  const x = extractClaims(d);
  const links = linkClaims(d, x).map((l) => (l.kind === 'cell' ? `${l.claim}→${l.cell.table}:${l.cell.rowKey}.${l.cell.column}` : l.kind === 'claims' ? `${l.claim}→#${l.dependsOn.join(',#')}` : `${l.claim}→unlinked`));
  assert.deepEqual(links, ['0→final.income:total.total', '1→final.income:total.fiscal', '2→#1,#0', '3→final.income:total.other']);
});

/** "severity rule expected actual" of the findings that are not info. */
function notable(d: Disclosure): string[] {
  return explanationChecks.run(d).findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.severity} ${f.rule} ${formatAmount(f.expected ?? 0n, 2)} ${formatAmount(f.actual ?? 0n, 2)}`);
}

const SME_002 = '2024 年度政府采购支出总额 273.51 万元，其中：政府采购货物支出 273.51 万元、政府采购工程支出 0 万元、政府采购服务支出 0 万元。授予中小企业合同金额 34.78 万元，占政府采购支出总额的 12.7%，其中：授予小微企业合同金额 34.78 万元，占授予中小企业合同金额的 100%；货物采购授予中小企业合同金额占货物支出金额的 100%，工程采购授予中小企业合同金额占工程支出金额的 0%，服务采购授予中小企业合同金额占服务支出金额的 0%。';

test('政府采购 shares of goods/works/services: the part they imply cannot exceed the SME total (002)', () => {
  const d = disclosure('final', [['procurement', SME_002]]);
  // 100% of goods 273.51 went to SMEs, but SMEs were awarded 34.78 in all; 0% of 0 works / services is fine.
  assert.deepEqual(notable(d), ['error explanation.share 273.51 100.00']);
  const links = linkClaims(d, extractClaims(d)).filter((l) => l.kind === 'claims' && l.implied).map((l) => l.kind === 'claims' && `${l.claim}→#${l.dependsOn.join(',#')}`);
  assert.deepEqual(links, ['8→#4,#1', '9→#4,#2', '10→#4,#3']);
});

test('政府采购 shares within the SME total pass, though they need not add up to it (000)', () => {
  const d = disclosure('final', [['procurement', '2024年度政府采购支出总额 328,739.43万元，其中：政府采购货物支出65,959.5万元、政府采购工程支出86,385.51万元、政府采购服务支出 176,394.42 万元。授予中小企业合同金额252,358.52 万元，占政府采购支出总额的 76.8%，其中：授予小微企业合同金额 205,547.52万元，占授予中小企业合同金额的 81.5%；货物采购授予中小企业合同金额占货物支出金额的49.6%，工程采购授予中小企业合同金额占工程支出金额的70.1%，服务采购授予中小企业合同金额占服务支出金额的85.2%。']]);
  assert.deepEqual(notable(d), []);
  assert.deepEqual(explanationChecks.run(d).tally, { evaluated: 6, passed: 6, rounding: 0, failed: 0, notEvaluated: 5 });
});

test('机关运行经费 compared with last year\'s budget (比上年预算数 / 较 2025 年年初预算): the three figures agree (corpus)', () => {
  const hangzhou = disclosure('budget', [['operatingCost', '2026 年，本部门机关运行经费财政拨款预算12,237.94 万元，比上年预算数增加 151.68 万元，增长1.3%，主要是…']]);
  assert.deepEqual(mentions(extractClaims(hangzhou)), ['机关运行经费财政拨款: level=12237.94 change(up)=151.68 changePercent(up)=1.30']);
  const shenzhen = disclosure('budget', [['operatingCost', '2026 年本单位机关运行经费财政拨款预算 3,383.98 万元，较 2025 年年初预算增加 26.48 万元，增长 2.8%。']]);
  assert.deepEqual(notable(shenzhen), ['error explanation.change 0.78 2.80']);
});

/** "text kind status rule" per count claim. */
function counts(d: Disclosure): string[] {
  const links = linkClaims(d, extractClaims(d));
  const { claims, outcomes } = explainClaims(d);
  return claims.filter((c) => c.kind === 'count').map((c) => {
    const o = outcomes[c.id]!;
    return `${c.text} ${links[c.id]?.kind} ${o.status === 'pass' || o.status === 'notEvaluated' ? 'ok' : `${o.status} ${o.rule}`}`;
  });
}

test('国有资产占用: vehicles held add up to their classes; a description after the list is no part (000, 003, 004)', () => {
  const ok = disclosure('final', [['assets', '截至 2024 年 12 月 31 日，国家移民管理机构共有车辆11,903 辆，其中：部级领导干部用车 4 辆、机要通信用车 482辆、应急保障用车 497辆、执法执勤用车 9,491辆、特种专业技术用车 1,055辆、其他用车 374辆，其他用车主要是所属预算单位用于机要通信、应急保障和执法执勤之外公务用途的车辆。单价 100万元以上设备 488台（套）。']]);
  assert.deepEqual(explanationChecks.run(ok).tally, { evaluated: 7, passed: 7, rounding: 0, failed: 0, notEvaluated: 0 });
  const described = disclosure('final', [['assets', '车辆3辆，价值47.70万元，其中：主要负责人用车0辆、其他用车3辆，其他用车主要是：用于一般公务用车3辆；单价100万元（含）以上设备（不含车辆）0台（套）。']]);
  assert.deepEqual(counts(described), ['3辆 claims ok', '0辆 claims ok', '3辆 claims ok']);
  const valued = disclosure('budget', [['assets', '2.车辆 0辆，价值 0.00 万元；其中：一般公务用车 0 辆，价值 0.00 万元；执法执勤用车 1辆，价值 0.00 万元；其他车辆 0 辆，价值 0.00 万元。']]);
  const errors = explanationChecks.run(valued).findings.filter((f) => f.severity === 'error');
  assert.deepEqual(errors.map((f) => [f.rule, formatAmount(f.expected!, 0), formatAmount(f.actual!, 0)]), [['explanation.count', '1', '0']]);
});

test('vehicles to buy: 安排购置车辆 20辆，其中 … adds up; the equipment after it is another unit (quanzhou 2026)', () => {
  const d = disclosure('budget', [['assets', '2026年单位预算安排购置车辆 20辆，其中：2026机要通讯用车 1辆、应急保障用车 1辆、执法执勤用车 17辆；单位价值 100 万元（含）以上设备 5 台（套）。']]);
  assert.deepEqual(counts(d), ['20辆 claims fail explanation.count', '1辆 claims ok', '1辆 claims ok', '17辆 claims ok']);
});

test('三公 公务用车保有量 against the vehicles held: fiscal-funded subset passes, a bigger stock fails, an unexplained gap warns', () => {
  const held = ['assets', '截至2024年12月31日，本部门共有车辆 8 辆，其中，主要负责人用车 1 辆、其他用车 7 辆。'] as [string, string];
  const stock = (text: string) => counts(disclosure('final', [['threePublic.detail', text], held]))[0];
  assert.equal(stock('截至 2024年 12月 31日，国家移民管理机构开支财政拨款的公务用车保有量为 6辆。'), '6辆 claims ok');
  assert.equal(stock('截至 2024 年 12 月 31 日，公务用车保有量为 8 辆,公务用车购置数为 0 辆。'), '8辆 claims ok');
  assert.equal(stock('公务用车保有量为 9 辆。'), '9辆 claims fail explanation.count');
  assert.equal(stock('公务用车购置数0辆，公务用车保有量0辆。'), '0辆 claims warning explanation.vehicleStock');
  assert.equal(stock('公务用车保有量0辆。国有资产占用情况中固定资产车辆8辆，与公务用车保有量差异原因是：新成立的单位。'), '0辆 claims ok');
  // Budgets date their assets apart from their 三公 year: not compared.
  assert.equal(counts(disclosure('budget', [['threePublic.detail', '公务用车保有量为 9 辆。'], held]))[0], '9辆 unlinked ok');
});

test('a change is judged against the prior-year basis it matches when the table prints two (执行数 / 扣除中央基建投资后执行数)', async () => {
  const clean = await parseExample('001_d954916dfba89797.txt'); // its 一般公共预算支出表 prints both bases
  const fails = (d: Disclosure) => explainClaims(d).outcomes.filter((o) => o.status === 'fail').length;
  const before = fails(clean);
  const shifted = structuredClone(clean);
  const t = shifted.tables.find((x) => x.kind === 'budget.gpbExpenditure')!;
  const shift = (key: string) => {
    for (const r of t.rows) if (r.values[key]) r.values[key] = { ...r.values[key]!, value: r.values[key]!.value + 5_000000n };
  };
  const original = new Map(t.rows.map((r) => [r, r.values.priorYearActualExclInfra]));
  shift('priorYearActual');
  shift('priorYearActualExclInfra');
  assert.ok(fails(shifted) > before, 'with both bases moved, the stated changes fail');
  // One basis back as printed: every change matches it, so nothing new fails.
  for (const [r, cell] of original) if (cell) r.values.priorYearActualExclInfra = cell;
  assert.equal(fails(shifted), before);
});
