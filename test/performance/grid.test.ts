/**
 * @module A performance table printed as one wide grid of projects (长沙's template, small): the
 * header gives column bands, each project's name, funds and goal are merged cells centred beside
 * its block of rows, 一级 labels are centred over their rows, and a label may wrap ("质量指" / "标").
 * The lines carry positions as the PDF reader gives them (x0/x1, y0/y1 in points).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Line } from '../../src/ingest/index.js';
import { formatAmount } from '../../src/model/index.js';
import type { PerformanceTable } from '../../src/model/index.js';
import { readPerformanceTables } from '../../src/tables/performance/index.js';

type Printed = readonly [text: string, x0: number, x1: number];

const HEIGHT = 8;

/** Lines of one page, each given as its top and its pieces. */
function page(rows: ReadonlyArray<readonly [number, readonly Printed[]]>, n = 1): Line[] {
  return rows.map(([y, pieces], i) => ({
    text: pieces.map(([t]) => t).join(' '),
    at: { page: n, line: i + 1 },
    pieces: pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0: y, y1: y + HEIGHT })),
  }));
}

const HEADER: Printed[] = [
  ['单位编码', 38, 77], ['单位（项目）名称', 128, 206], ['资金总额', 263, 302], ['绩效目标', 365, 404],
  ['一级指标', 453, 492], ['二级指标', 499, 538], ['三级指标', 557, 596], ['指标值', 625, 654],
  ['度量单位', 971, 1010], ['指标值类型', 1070, 1119],
];

const GRID = page([
  [40, [['2026年项目支出绩效目标表', 539, 739]]],
  [75, [['部门名称：测试局', 29, 137], ['单位：万元', 1200, 1249]]],
  [110, HEADER],
  [150, [['合计', 29, 45], ['30.00', 290, 316]]],
  [170, [['126001', 29, 56], ['测试局', 88, 137], ['30.00', 290, 316]]],
  [200, [['数量指标', 496, 528], ['甲数量', 545, 570], ['10', 612, 620], ['个', 986, 994], ['≥', 1090, 1098]]],
  [220, [['产出指标', 453, 486]]],
  [235, [['质量指', 496, 524]]],
  [240, [
    ['126001', 38, 65], ['A项目', 97, 130], ['12.50', 294, 316], ['完成甲乙。', 320, 400],
    ['乙质量', 545, 570], ['95', 612, 620], ['%', 988, 992], ['≥', 1090, 1098],
  ]],
  [245, [['标', 496, 504]]],
  [280, [
    ['成本指标', 453, 486], ['经济成本指标', 496, 537], ['总成本', 545, 569], ['12.5', 612, 628],
    ['万元', 982, 998], ['≤', 1090, 1098],
  ]],
  [330, [['服务对象满意', 496, 537], ['群众满意度', 545, 585], ['90', 612, 620], ['%', 988, 992], ['≥', 1090, 1098]]],
  [340, [['度指标', 496, 520]]],
  [350, [['126001', 38, 65], ['B项目', 97, 130], ['17.50', 294, 316], ['满意度指标', 453, 492]]],
  [370, [['不适用', 545, 569], ['无', 612, 620], ['定性', 1086, 1102]]],
]);

function levels(t: PerformanceTable): string[][] {
  return t.indicators.map((i) => [i.level1 ?? '', i.level2 ?? '', i.name, i.target ?? '']);
}

test('grid: one table per project, the total and unit rows are not projects', () => {
  const tables = readPerformanceTables(GRID);
  assert.deepEqual(tables.map((t) => t.project), ['A项目', 'B项目']);
  assert.deepEqual(tables.map((t) => t.department), ['测试局', '测试局']);
  assert.deepEqual(tables.map((t) => t.fields.unitCode), ['126001', '126001']);
  const a = tables[0]!;
  assert.equal(a.kind, 'performance.targets');
  assert.equal(a.goals?.expected, '完成甲乙。');
  const total = a.funds.find((f) => f.key === 'total')?.values.amount;
  assert.ok(total);
  assert.equal(formatAmount(total.value, total.decimals), '12.50');
});

test('grid: a header spelt with ASCII brackets and spaces ("单位(项目) 名称") reads as the full-width one', () => {
  const ascii = GRID.map((l) => ({
    ...l,
    pieces: l.pieces?.map((p) => (p.text === '单位（项目）名称' ? { ...p, text: '单位(项目) 名称' } : p)),
  }));
  assert.ok(ascii.some((l) => l.pieces?.some((p) => p.text === '单位(项目) 名称')));
  assert.deepEqual(readPerformanceTables(ascii).map((t) => t.project), ['A项目', 'B项目']);
});

test('grid: merged 一级 labels cover their block; a wrapped 二级 label is one cell; targets composed', () => {
  const [a, b] = readPerformanceTables(GRID);
  assert.deepEqual(levels(a!), [
    ['产出指标', '数量指标', '甲数量', '≥10个'],
    ['产出指标', '质量指标', '乙质量', '≥95%'],
    ['成本指标', '经济成本指标', '总成本', '≤12.5万元'],
  ]);
  // 满意度指标 centred over B's two rows; so is the one 二级 label (a merged cell covers its block).
  // 定性 is not a comparator: the target is the value alone.
  assert.deepEqual(levels(b!), [
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
    ['满意度指标', '服务对象满意度指标', '不适用', '无'],
  ]);
  assert.equal(b!.indicators[0]!.at.line, 12);
});

test('grid: a project cut by a page break (title, header and its cells printed again) is one table', () => {
  const top: Array<readonly [number, readonly Printed[]]> = [
    [40, [['2026年项目支出绩效目标表', 539, 739]]],
    [75, [['部门名称：测试局', 29, 137], ['单位：万元', 1200, 1249]]],
    [110, HEADER],
  ];
  const first = page([
    ...top,
    [200, [['产出指标', 453, 486], ['数量指标', 496, 528], ['甲数量', 545, 570], ['10', 612, 620], ['个', 986, 994], ['≥', 1090, 1098]]],
    [220, [['C项目', 97, 130], ['9.00', 294, 316]]],
    [240, [['产出指标', 453, 486], ['质量指标', 496, 528], ['乙质量', 545, 570], ['95', 612, 620], ['%', 988, 992], ['≥', 1090, 1098]]],
  ]);
  const second = page([
    ...top,
    [200, [['C项目', 97, 130], ['9.00', 294, 316], ['成本指标', 453, 486], ['经济成本指标', 496, 537], ['总成本', 545, 569], ['9', 612, 620], ['万元', 982, 998], ['≤', 1090, 1098]]],
  ], 2);
  const tables = readPerformanceTables([...first, ...second]);
  assert.deepEqual(tables.map((t) => [t.project, t.indicators.map((i) => i.name)]), [['C项目', ['甲数量', '乙质量', '总成本']]]);
  assert.deepEqual(tables[0]!.indicators.map((i) => i.at.page), [1, 1, 2]);
});

/** Lines of several pages: [page, top, pieces] (福州's 办公楼物业 table, positions as printed). */
function pages(rows: ReadonlyArray<readonly [number, number, readonly Printed[]]>): Line[] {
  return rows.map(([n, y, pieces], i) => ({
    text: pieces.map(([t]) => t).join(' '),
    at: { page: n, line: i + 1 },
    pieces: pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0: y, y1: y + 11 })),
  }));
}

const BLOCK_TABLE = pages([
  [29, 500, [['办公楼物业项目绩效目标表', 150, 400]]],
  [29, 530, [['项目名称', 20, 60], ['办公楼物业', 200, 260]]],
  [29, 560, [['资金总额', 90, 130], ['25.89', 300, 330]]],
  [29, 626, [['一级指标', 183, 227], ['二级指标', 270, 314], ['三级指标', 357, 401], ['指标值', 450, 483]]],
  [29, 654, [['物业成本控制', 346, 412]]],
  [29, 660, [['≤100%', 446, 487]]],
  [29, 668, [['成本指标', 183, 227], ['经济成本指标', 259, 325], ['率', 374, 385]]],
  [29, 683, [['绩效目标指标', 85, 151]]],
  [29, 696, [['≤5137.26 平', 432, 501]]],
  [29, 705, [['物业管理面积', 346, 412]]],
  [29, 712, [['数量指标', 270, 314], ['方米', 456, 478]]],
  [29, 726, [['产出指标', 183, 227]]],
  [29, 741, [['发现问题物业', 346, 412], ['=100%', 446, 487]]],
  [29, 748, [['质量指标', 270, 314]]],
  [29, 755, [['及时处理率', 352, 407]]],
  [29, 797, [['26', 292, 303]]],
  [30, 91, [['物业服务提供', 346, 412]]],
  [30, 105, [['时间', 368, 390], ['=24 小时/日', 435, 498]]],
  [30, 112, [['时效指标', 270, 314]]],
  [30, 148, [['火灾发生率', 352, 407], ['≤0%', 453, 480]]],
  [30, 155, [['效益指标', 183, 227], ['社会效益指标', 259, 325]]],
  [30, 225, [['备注', 107, 129]]],
]);

test('block table: a plain 一级|二级|三级|指标值 grid is cut into rows by geometry, across a page break', () => {
  const [t] = readPerformanceTables(BLOCK_TABLE);
  assert.ok(t);
  assert.equal(t.project, '办公楼物业');
  assert.deepEqual(levels(t), [
    ['成本指标', '经济成本指标', '物业成本控制率', '≤100%'],
    ['产出指标', '数量指标', '物业管理面积', '≤5137.26平方米'],
    ['产出指标', '质量指标', '发现问题物业及时处理率', '=100%'],
    // 产出指标 is printed on p29 only: the first row of p30 lies above 效益指标's block.
    ['产出指标', '时效指标', '物业服务提供时间', '=24小时/日'],
    ['效益指标', '社会效益指标', '火灾发生率', '≤0%'],
  ]);
  assert.deepEqual(t.indicators.map((i) => i.at.page), [29, 29, 29, 30, 30]);
});

/**
 * 国家信访局's template (p31, positions as printed): 分值 over （90） in the header, the block's marker
 * 绩/效/指/标 one character per line in a column of its own, 产/出/指/标 likewise, and two rows printed
 * tight under one 二级 label, told apart by their weights.
 */
const MARKED_TABLE = pages([
  [31, 100, [['信访综合保障经费绩效目标表', 150, 400]]],
  [31, 130, [['项目名称', 90, 134], ['信访综合保障经费', 300, 390]]],
  [31, 160, [['年度资金总额：', 165, 243], ['2,706.79', 369, 414]]],
  [31, 455, [['分值权', 491, 524]]],
  [31, 463, [['一级', 124, 147]]],
  [31, 470, [['二级指标', 176, 220], ['三级指标', 293, 338], ['指标值', 423, 456], ['重', 502, 513]]],
  [31, 478, [['指标', 124, 147]]],
  [31, 486, [['（90）', 491, 524]]],
  [31, 502, [['成本', 124, 147], ['经济成本指', 170, 226]]],
  [31, 510, [['项目成本控制', 242, 309], ['≤2706.79 万元', 402, 477], ['20', 502, 513]]],
  [31, 518, [['指标', 124, 147], ['标', 192, 204]]],
  [31, 556, [['舆情报告报送量', 242, 320], ['≥55 期', 421, 457], ['8', 504, 510]]],
  [31, 565, [['产', 130, 141], ['数量指标', 176, 220]]],
  [31, 578, [['绩', 95, 106], ['出', 130, 141], ['《人民信访》发行量', 242, 343], ['720000 册', 416, 463], ['8', 504, 510]]],
  [31, 594, [['效', 95, 106], ['指', 130, 141]]],
  [31, 609, [['指', 95, 106], ['标', 130, 141]]],
  [31, 625, [['标', 95, 106]]],
  [31, 631, [['质量指标', 176, 220], ['接访和办公运行事故次数', 242, 365], ['≤1 次', 424, 455], ['4', 504, 510]]],
  [31, 663, [['社会效益指', 170, 226], ['接访环境', 242, 287], ['明显改善', 417, 462], ['10', 502, 513]]],
  [31, 679, [['效益', 124, 147], ['标', 192, 204]]],
  [31, 682, [['信访工作法治化水平', 242, 343], ['持续提升', 417, 462], ['5', 504, 510]]],
  [31, 695, [['指标', 124, 147]]],
]);

test('block table: a vertical 绩/效/指/标 marker is no row, 分值 over （90） is the weight, tight rows keep apart', () => {
  const [t] = readPerformanceTables(MARKED_TABLE);
  assert.ok(t);
  assert.deepEqual(t.indicators.map((i) => [i.level1, i.level2, i.name, i.target, i.weight]), [
    ['成本指标', '经济成本指标', '项目成本控制', '≤2706.79万元', '20'],
    ['产出指标', '数量指标', '舆情报告报送量', '≥55期', '8'],
    ['产出指标', '数量指标', '《人民信访》发行量', '720000册', '8'],
    ['产出指标', '质量指标', '接访和办公运行事故次数', '≤1次', '4'],
    ['效益指标', '社会效益指标', '接访环境', '明显改善', '10'],
    ['效益指标', '社会效益指标', '信访工作法治化水平', '持续提升', '5'],
  ]);
});

/**
 * 泉州's template (p29, positions as printed): a target wrapped over six lines, its last lines
 * nearer the next row's target than its first; the vertical 绩效目标指 / 标 marker; the table
 * ends at the numbered heading after it.
 */
const LONG_TARGET = pages([
  [29, 100, [['智慧调度指挥中心项目绩效目标表', 150, 400]]],
  [29, 120, [['项目名称', 95, 144], ['智慧调度指挥中心', 200, 300]]],
  [29, 142, [['资金总额：', 161, 209], ['237.50', 361, 393]]],
  [29, 261, [['一级指标', 170, 209], ['二级指标', 240, 279], ['三级指标', 357, 396], ['目标值', 479, 508]]],
  [29, 287, [['经济成本指', 235, 284]]],
  [29, 294, [['成本指标', 170, 209], ['成本使用率', 352, 401], ['=100%', 481, 507]]],
  [29, 302, [['标', 255, 264]]],
  [29, 328, [['时效指标', 240, 279], ['按时完成设备部署', 337, 415], ['≥100%', 478, 509]]],
  [29, 353, [['产出指标', 170, 209], ['数量指标', 240, 279], ['安全监管', 357, 396], ['≥100%', 478, 509]]],
  [29, 379, [['质量指标', 240, 279], ['系统功能实现率', 342, 411], ['≥100 %', 475, 511]]],
  [29, 384, [['绩效目标指', 95, 144]]],
  [29, 400, [['标', 115, 125]]],
  [29, 404, [['=通过项目建', 466, 520]]],
  [29, 419, [['设，公安机关', 464, 523]]],
  [29, 436, [['社会效益指', 235, 284], ['全年度矛盾纠', 464, 523]]],
  [29, 444, [['效益指标', 170, 209], ['完善社会治安防控体系', 327, 425]]],
  [29, 451, [['标', 255, 264], ['纷排查化解率', 464, 523]]],
  [29, 467, [['得到进一步提', 464, 523]]],
  [29, 483, [['高项', 484, 503]]],
  [29, 508, [['服务对象满', 235, 284]]],
  [29, 516, [['满意度指标', 166, 215], ['群众社会治安满意度', 324, 428], ['=100%', 481, 507]]],
  [29, 524, [['意度指标', 240, 279]]],
  [29, 600, [['2.有关情况说明', 100, 180]]],
  [29, 620, [['本单位无其他需要说明的绩效目标情况。', 100, 300]]],
]);

test('block table: a target wrapped over many lines is one cell; a numbered heading ends the table', () => {
  const [t] = readPerformanceTables(LONG_TARGET);
  assert.ok(t);
  assert.deepEqual(levels(t), [
    ['成本指标', '经济成本指标', '成本使用率', '=100%'],
    ['产出指标', '时效指标', '按时完成设备部署', '≥100%'],
    ['产出指标', '数量指标', '安全监管', '≥100%'],
    ['产出指标', '质量指标', '系统功能实现率', '≥100%'],
    ['效益指标', '社会效益指标', '完善社会治安防控体系', '=通过项目建设，公安机关全年度矛盾纠纷排查化解率得到进一步提高项'],
    ['满意度指标', '服务对象满意度指标', '群众社会治安满意度', '=100%'],
  ]);
});

/**
 * 福州's 商务发展资金 (p34, positions as printed): the goal's first line printed above its label
 * 年度目标; a five-line name between tight rows, its first line nearer the row above's target.
 */
const TIGHT_NAMES = pages([
  [34, 90, [['商务发展资金项目绩效目标表', 150, 400]]],
  [34, 107, [['项目名称', 96, 140], ['商务发展资金', 276, 396]]],
  [34, 192, [['资金总额', 226, 270], ['11600.00', 397, 449]]],
  [34, 210, [['专项资金情况', 85, 151]]],
  [34, 242, [['其他资金', 226, 270], ['0.00', 411, 435]]],
  [34, 277, [['补助上年度新增限上商贸企业，', 167, 508]]],
  [34, 284, [['年度目标', 96, 140]]],
  [34, 291, [['促进全市商贸服务业稳步发展。', 167, 321]]],
  [34, 335, [['一级指标', 183, 227], ['二级指标', 270, 314], ['三级指标', 357, 401], ['指标值', 450, 483]]],
  [34, 472, [['扶持现代物流', 346, 412]]],
  [34, 479, [['≥6 家', 452, 482]]],
  [34, 490, [['数量指标', 270, 314], ['业企业数', 357, 401]]],
  [34, 502, [['开展闽菜宣传', 346, 412]]],
  [34, 508, [['≥1 场', 452, 482]]],
  [34, 519, [['产出指标', 183, 227], ['推介活动次数', 346, 412]]],
  [34, 532, [['对入选“米其', 349, 410]]],
  [34, 544, [['林”“黑珍', 357, 402]]],
  [34, 558, [['珠”“金梧桐”等', 343, 415], ['=3 家', 452, 482]]],
  [34, 574, [['推荐榜单的我', 346, 412]]],
  [34, 588, [['市企业数量', 352, 407]]],
  [34, 603, [['奖补资金发放', 346, 412]]],
  [34, 610, [['质量指标', 270, 314], ['=100%', 446, 487]]],
  [34, 617, [['合规率', 363, 396]]],
]);

test('block table: a name of many lines between tight rows is one row\'s; a goal line above its label is kept', () => {
  const [t] = readPerformanceTables(TIGHT_NAMES);
  assert.ok(t);
  assert.equal(t.goals?.text, '补助上年度新增限上商贸企业，促进全市商贸服务业稳步发展。');
  assert.deepEqual(t.indicators.map((i) => [i.name, i.target]), [
    ['扶持现代物流业企业数', '≥6家'],
    ['开展闽菜宣传推介活动次数', '≥1场'],
    ['对入选“米其林”“黑珍珠”“金梧桐”等推荐榜单的我市企业数量', '=3家'],
    ['奖补资金发放合规率', '=100%'],
  ]);
});

/**
 * A table printed without merged cells (the generated 项目支出绩效目标表, positions as printed): each
 * 一级 label on its block's first row, the cells below blank; the page break falls inside 效益指标's
 * block, whose rows on the next page carry it (no label there: the layout found on p18 holds).
 */
const LABELS_ON_TOP = pages([
  [18, 58, [['项目支出绩效目标表', 231, 366]]],
  [18, 117, [['项目名称', 62, 98], ['一般行政管理事务项目经费', 121, 229]]],
  [18, 167, [['年度资金总额：', 49, 112], ['5,026.14', 510, 547]]],
  [18, 251, [['一级指标', 62, 98], ['二级指标', 163, 199], ['三级指标', 316, 352], ['指标值', 441, 468], ['分值权重', 502, 538]]],
  [18, 267, [['产出指标', 49, 85], ['数量指标', 121, 157], ['任务完成数', 251, 368], ['≥26项', 428, 455], ['20', 537, 547]]],
  [18, 284, [['质量指标', 121, 157], ['验收合格率', 251, 368], ['≥90%', 428, 452], ['15', 537, 547]]],
  [18, 301, [['时效指标', 121, 157], ['任务按时完成率', 251, 314], ['100%', 428, 450], ['15', 537, 547]]],
  [18, 318, [['效益指标', 49, 85], ['社会效益指标', 121, 175], ['服务保障水平', 251, 377], ['有效提升', 428, 464], ['20', 537, 547]]],
  [19, 60, [['可持续影响指标', 121, 184], ['长效工作机制', 251, 305], ['持续完善', 428, 464], ['10', 537, 547]]],
  [19, 77, [['满意度指标', 49, 94], ['服务对象满意度指标', 121, 202], ['受益群众满意度', 251, 314], ['≥95%', 428, 452], ['10', 537, 547]]],
]);

test('block table: labels printed on their block\'s first row head the blank rows below, across a page break', () => {
  const [t] = readPerformanceTables(LABELS_ON_TOP);
  assert.ok(t);
  assert.deepEqual(t.indicators.map((i) => [i.level1, i.level2, i.name, i.weight]), [
    ['产出指标', '数量指标', '任务完成数', '20'],
    ['产出指标', '质量指标', '验收合格率', '15'],
    ['产出指标', '时效指标', '任务按时完成率', '15'],
    ['效益指标', '社会效益指标', '服务保障水平', '20'],
    ['效益指标', '可持续影响指标', '长效工作机制', '10'],
    ['满意度指标', '服务对象满意度指标', '受益群众满意度', '10'],
  ]);
});

/**
 * 福州's 物业费 (p39, positions as printed): 一级 labels centred over blocks of 1, 3, 1 and 1 rows sit
 * on rows 1, 3, 5 and 6, as labels on top would; as the labels also lie at their blocks' middles,
 * they are read as centred: 数量指标's row is 产出指标's.
 */
const ODD_BLOCKS = pages([
  [39, 78, [['物业费项目绩效目标表', 198, 398]]],
  [39, 127, [['项目名称', 105, 149], ['物业费', 310, 370]]],
  [39, 200, [['资金总额', 233, 277], ['1.89', 413, 437]]],
  [39, 343, [['一级指标', 190, 234], ['二级指标', 275, 319], ['三级指标', 360, 404], ['指标值', 451, 484]]],
  [39, 373, [['物业成本控制', 349, 415]]],
  [39, 380, [['成本指标', 190, 234], ['经济成本指标', 264, 330], ['≤90%', 451, 485]]],
  [39, 388, [['率', 377, 388]]],
  [39, 404, [['≥451.68 平方', 432, 504]]],
  [39, 412, [['数量指标', 275, 319], ['物业管理面积', 349, 415]]],
  [39, 420, [['米', 462, 473]]],
  [39, 436, [['绩效目标指标', 94, 160], ['发现问题物业', 349, 415]]],
  [39, 444, [['产出指标', 190, 234], ['质量指标', 275, 319], ['=100%', 447, 488]]],
  [39, 452, [['及时处理率', 355, 410]]],
  [39, 468, [['物业服务提供', 349, 415]]],
  [39, 476, [['时效指标', 275, 319], ['=24 小时', 444, 492]]],
  [39, 484, [['时间', 371, 393]]],
  [39, 500, [['安全生产保障', 349, 415]]],
  [39, 507, [['效益指标', 190, 234], ['社会效益指标', 264, 330], ['=0 次', 453, 483]]],
  [39, 515, [['率', 377, 388]]],
  [39, 531, [['服务对象满意', 264, 330], ['服务对象满意', 349, 415]]],
  [39, 539, [['满意度指标', 185, 240], ['≥90%', 451, 485]]],
  [39, 547, [['度指标', 281, 314], ['度指标', 366, 399]]],
  [39, 568, [['备注', 116, 138]]],
]);

test('block table: labels that lie both on rows and at their blocks\' middles are read as centred', () => {
  const [t] = readPerformanceTables(ODD_BLOCKS);
  assert.ok(t);
  assert.deepEqual(t.indicators.map((i) => [i.level1, i.level2, i.name]), [
    ['成本指标', '经济成本指标', '物业成本控制率'],
    ['产出指标', '数量指标', '物业管理面积'],
    ['产出指标', '质量指标', '发现问题物业及时处理率'],
    ['产出指标', '时效指标', '物业服务提供时间'],
    ['效益指标', '社会效益指标', '安全生产保障率'],
    ['满意度指标', '服务对象满意度指标', '服务对象满意度指标'],
  ]);
});
