/**
 * Issue 4: concrete cell assertions for every standard table of every corpus document
 * (/work/shared/corpus; skipped when absent). Each expected figure and page was read from the
 * printed page (poppler's `pdftotext -bbox` / `-layout` of that page: the word at the cell, the
 * row label beside it, the header words above it), written without thousands separators. A
 * cell is looked up by row code, row key, unit code or, where the row has none, its printed name.
 * Each document is parsed once.
 *
 * Left out because our reading differs from the print (printed vs read):
 * - budget-beijing-zhengwufuwu-2026-tables budget.expenditure (p3-6): each row crosses 支出功能分类 ×
 *   政府经济分类 × 部门经济分类 ("2010301-行政运行 50101-工资奖金津补贴 30101-基本工资"), so it stands for
 *   no code's total and has no code (asserted by name); 2010301's total is not printed in this table.
 * - Performance tables. budget-fuzhou-shangwuju-2026 (p29-39): the plain
 *   一级 | 二级 | 三级 | 指标值 grid is read by geometry (grid-indicators.ts: rows marked by their target,
 *   cells by the header's column spans).
 *   The grid tables (one wide grid of many projects: 长沙 p22-29, 重庆 表十二, 北京 预算表12) are read
 *   per project; their 指标值内容 (长沙) and 备注 columns are not kept (the model has no field), and
 *   长沙's figures under 备注 (20, 10, 5: weights printed under that header) are not read as weights.
 *   Not read: the 部门整体支出绩效目标表 of 长沙 (p30-32) and 北京 预算13表 (p81-), whose layouts (funds
 *   by 收入性质/支出性质, 活动 | 绩效指标 | 指标性质 …) neither reader knows (重庆 表十's indicators are
 *   read, its 单位名称 and goal are not); 重庆 表十一 (printed without data) is read as a table with no project.
 *   Diagnosis: both are located (project null) but read by the block reader; their department is read
 *   (the cell ends at the next known label: 单位：万元, 财政拨款), the rest of 长沙's is not, and 北京's
 *   whole body still lands in `goals`. 长沙's is a grid whose header is two-tiered (年度预算申请 over
 *   资金总额 | 按收入性质分 (一般公共预算 | 政府性基金拨款 | 财政专户管理资金 | 其他资金) | 按支出性质分
 *   (基本支出 | 项目支出), then 整体绩效目标 | 一级 | 二级 | 三级 | 指标值类型 | 指标值 | 计量单位 …): the grid
 *   reader needs GRID_REQUIRED's 'project' (it has 单位名称 only) and fund columns keyed by 收入性质 and
 *   支出性质 (PerformanceFunds has no basic/project keys). 北京 13表 prints 总体资金情况 as a small two-row
 *   table, then rows 活动 | 一级 | 二级 | 绩效指标 | 指标性质 | 指标值 | 度量单位 with the 活动 cell merged
 *   over its rows and the header repeated mid-page: a grid with 活动 as the merged block column (an
 *   activity per block, not a project) and one table for the department, funds from the small table.
 *   西安 表15 部门整体支出绩效目标表 (p43) is located (部门（单位）名称) and its indicators read by geometry;
 *   its 年度主要任务 block (任务名称 | 主要内容 | 总额 | 财政拨款 | 其他资金, 金额合计 9216.51) is a known block
 *   but not read: its funds are columns of the 金额合计 row (a reader placing them by the header's x spans).
 *   The fund blocks' 执行率分值 （10分） (西安 表14, 国家信访局) is not kept: it would be the total row's weight.
 * - budget-jiangsu-renda-2017 (p9) and budget-jiangsu-shengweibangongting-2019-tables (p2) 收入预算总表, printed
 *   transposed (one row per income item): items the catalogue has no column for are not in the model, so
 *   公共财政拨款（补助）资金 (13,649.07 / 27,664.22, the part of 一般公共预算资金 › 小计 = gpb) is not read; nor are
 *   专项收入, 专户管理教育收费, 其他非税收入, 债务资金（银行贷款）, 其中：动用上年结转和结余资金 or 其他资金 › 小计
 *   (all printed without a figure). Needs columns for the parts of a group (and a group-sum identity).
 *
 * - budget-shenzhen-kouan-2026 表4/表5/表8 print the department's row (not 合计) as the total, so the
 *   kinds' total-row identities do not apply there.
 *   budget-yantai-bangongshi-2026 项目支出预算情况表 (p25): the 项目类别 column (其他运转类, 特定目标类) is
 *   read into the project's name (the model has no field for it).
 * - Not read as tables: 部门预算项目支出及其他支出预算表 (广州 表12, 珠海 表12), whose 绩效目标 column prints
 *   paragraphs between the rows' figures (a text column the coded reader would take for row names).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { formatAmount } from '../../src/model/index.js';
import type { Cell, Disclosure, PerformanceIndicator, Row } from '../../src/model/index.js';
import { disclosureJson, parseBytes } from '../../src/parse/index.js';
import { table } from '../helpers.js';

const CORPUS = '/work/shared/corpus/';
const skip = !existsSync(CORPUS) && 'corpus absent';

interface ExpectedCell {
  /** Row code, row key, unit code or (rows with none) printed name. */
  readonly row: string;
  readonly column: string;
  /** The printed figure without thousands separators. */
  readonly value: string;
  readonly page: number;
}

interface ExpectedIndicator {
  readonly name: string;
  readonly target: string;
  readonly page: number;
  /** 一级 / 二级 labels and 分值, where asserted. */
  readonly levels?: readonly [string, string];
  readonly weight?: string;
}

/** A performance table by its index in `Disclosure.performance`. */
interface ExpectedPerformance {
  readonly index: number;
  /** null for a table of the whole department (部门整体), which names no project. */
  readonly project: string | null;
  /** null: printed without a name, or in a layout not read (the field must stay empty, not hold the table). */
  readonly department?: string | null;
  readonly implementer?: string;
  readonly indicator?: ExpectedIndicator;
  /** More indicators, where one is not enough to show a layout is read. */
  readonly indicators?: readonly ExpectedIndicator[];
  /** How many indicator rows the table prints, where asserted. */
  readonly indicatorCount?: number;
  /** The goal text (年度目标 …) as printed, whitespace removed. */
  readonly goal?: string;
  /** Fund rows printed with one amount: [source key, figure without separators]. */
  readonly funds?: ReadonlyArray<readonly [string, string]>;
}

/** document → table kind → cells, read from the printed pages. */
const CELLS: Record<string, Record<string, ExpectedCell[]>> = {
  'budget-beijing-zhengwufuwu-2026-tables': {
    'budget.income': [
      { row: 'total', column: 'total', value: '101673.030619', page: 2 },
      { row: 'total', column: 'gpb', value: '96722.180672', page: 2 },
      { row: 'total', column: 'priorYearCarryover', value: '4950.849947', page: 2 },
      { row: 'total', column: 'carryoverGpb', value: '4781.143823', page: 2 },
      { row: 'total', column: 'carryoverUnitFunds', value: '169.706124', page: 2 },
    ],
    'budget.summary': [
      { row: 'gpbAppropriation', column: 'amount', value: '96722.180672', page: 1 },
      { row: 'incomeTotal', column: 'amount', value: '96722.180672', page: 1 },
      { row: '229', column: 'amount', value: '5931.170115', page: 1 },
      { row: 'expenditureGrandTotal', column: 'amount', value: '101673.030619', page: 1 },
    ],
    'budget.expenditure': [
      { row: 'total', column: 'total', value: '101605.173803', page: 6 },
      { row: 'total', column: 'project', value: '63408.164051', page: 6 },
      { row: '2010301-行政运行50101-工资奖金津补贴30101-基本工资', column: 'total', value: '1077.766800', page: 3 },
    ],
    'budget.fiscalSummary': [
      { row: 'gpb', column: 'amount', value: '96722.180672', page: 7 },
      { row: 'incomeTotal', column: 'amount', value: '96722.180672', page: 7 },
      { row: '229', column: 'total', value: '5931.170115', page: 7 },
      { row: 'expenditureGrandTotal', column: 'total', value: '101503.324495', page: 7 },
    ],
    'budget.gpbExpenditure': [
      { row: 'total', column: 'total', value: '101503.324495', page: 9 },
      { row: 'total', column: 'project', value: '63317.204743', page: 9 },
      { row: '2014150', column: 'public', value: '780.281474', page: 9 },
      { row: '2010301', column: 'total', value: '3749.310269', page: 8 },
      // 项目支出 heads 项目支出总数 | 扣除基建项目后预算数 (once 47 rows ambiguous)
      { row: '2010301', column: 'personnel', value: '3256.475392', page: 8 },
      { row: '2010302', column: 'projectExclInfra', value: '10661.454457', page: 8 },
      { row: 'total', column: 'projectExclInfra', value: '60711.673383', page: 9 },
    ],
    'budget.gpbBasicExpenditure': [
      { row: 'total', column: 'total', value: '38186.119752', page: 12 },
      { row: 'total', column: 'public', value: '1639.499436', page: 12 },
      // 政府经济分类 beside 部门经济分类 ("50101-工资奖金津补贴 30101-基本工资"): the row is 30101
      { row: '30101', column: 'total', value: '1077.766800', page: 10 },
      { row: '30108', column: 'personnel', value: '607.385068', page: 10 },
      { row: '3021101', column: 'public', value: '35.280000', page: 10 },
    ],
    'budget.threePublic': [
      { row: 'threePublic', column: 'budget.total', value: '80.109836', page: 15 },
      { row: 'threePublic', column: 'budget.overseas', value: '51.300000', page: 15 },
      { row: 'threePublic', column: 'budget.reception', value: '7.249836', page: 15 },
      { row: 'threePublic', column: 'budget.vehicles', value: '21.560000', page: 15 },
    ],
  },
  'budget-central-guojia-xinfangju-2026': {
    'budget.summary': [
      { row: 'gpbAppropriation', column: 'amount', value: '16474.82', page: 5 },
      { row: 'incomeTotal', column: 'amount', value: '48362.82', page: 5 },
      { row: '221', column: 'amount', value: '1111.44', page: 5 },
      { row: 'expenditureGrandTotal', column: 'amount', value: '50616.94', page: 5 },
    ],
    'budget.income': [
      { row: 'total', column: 'total', value: '50616.94', page: 6 },
      { row: 'total', column: 'other', value: '31888.00', page: 6 },
    ],
    'budget.expenditure': [
      { row: 'total', column: 'total', value: '50616.94', page: 8 },
      { row: 'total', column: 'project', value: '39560.87', page: 8 },
      { row: '2210203', column: 'basic', value: '341.00', page: 8 },
      { row: '2014001', column: 'total', value: '6286.21', page: 7 },
    ],
    'budget.fiscalSummary': [
      { row: 'incomeTotal', column: 'amount', value: '16474.82', page: 9 },
      { row: '221', column: 'total', value: '1111.44', page: 9 },
      { row: 'expenditureGrandTotal', column: 'total', value: '18728.94', page: 9 },
    ],
    'budget.gpbExpenditure': [
      { row: 'total', column: 'priorYearActual', value: '37241.42', page: 11 },
      { row: 'total', column: 'changePercentExclInfra', value: '20.26', page: 11 },
      { row: '2210203', column: 'changePercentExclInfra', value: '3.02', page: 11 },
      { row: '2014001', column: 'priorYearActual', value: '5555.07', page: 10 },
    ],
    'budget.gpbBasicExpenditure': [
      { row: 'total', column: 'total', value: '9880.88', page: 13 },
      { row: 'total', column: 'public', value: '2376.26', page: 13 },
      { row: '31099', column: 'public', value: '15.00', page: 13 },
      { row: '30101', column: 'total', value: '1156.05', page: 12 },
    ],
    'budget.threePublic': [
      { row: 'threePublic', column: 'budget.total', value: '112.61', page: 16 },
      { row: 'threePublic', column: 'budget.overseas', value: '68.50', page: 16 },
      { row: 'threePublic', column: 'budget.vehicles', value: '38.60', page: 16 },
      { row: 'threePublic', column: 'budget.reception', value: '5.51', page: 16 },
    ],
  },
  'budget-changsha-xinfang-2026': {
    'budget.summary': [
      { row: 'fiscalAppropriation', column: 'amount', value: '1935.36', page: 12 },
      { row: '基本支出', column: 'amount', value: '1517.95', page: 12 },
      { row: '项目支出', column: 'amount', value: '417.41', page: 12 },
      { row: 'incomeGrandTotal', column: 'amount', value: '1935.36', page: 12 },
      { row: 'expenditureGrandTotal', column: 'amount', value: '1935.36', page: 12 },
    ],
    'budget.income': [
      { row: 'total', column: 'total', value: '1935.36', page: 13 },
      { row: 'total', column: 'gpb', value: '1935.36', page: 13 },
      { row: '2014004', column: 'gpb', value: '417.41', page: 13 },
      { row: '201', column: 'total', value: '1935.36', page: 13 },
    ],
    'budget.expenditure': [
      { row: 'total', column: 'total', value: '1935.36', page: 14 },
      { row: 'total', column: 'project', value: '417.41', page: 14 },
      { row: '2014004', column: 'project', value: '417.41', page: 14 },
      { row: '201', column: 'total', value: '1935.36', page: 14 },
    ],
    'budget.fiscalSummary': [
      { row: 'incomeTotal', column: 'amount', value: '1935.36', page: 15 },
      { row: '201', column: 'gpb', value: '1935.36', page: 15 },
      { row: 'expenditureGrandTotal', column: 'total', value: '1935.36', page: 16 },
    ],
    'budget.gpbExpenditure': [
      { row: 'total', column: 'total', value: '1935.36', page: 17 },
      { row: 'total', column: 'project', value: '417.41', page: 17 },
      { row: '2014004', column: 'project', value: '417.41', page: 17 },
      { row: '201', column: 'total', value: '1935.36', page: 17 },
    ],
    'budget.gpbBasicExpenditure': [
      { row: 'total', column: 'total', value: '1517.95', page: 18 },
      { row: 'total', column: 'public', value: '122.98', page: 18 },
      { row: '30399', column: 'personnel', value: '9.30', page: 19 },
      { row: '30101', column: 'total', value: '225.08', page: 18 },
    ],
    'budget.threePublic': [
      { row: 'threePublic', column: 'budget.total', value: '8.00', page: 20 },
      { row: 'threePublic', column: 'budget.reception', value: '3.00', page: 20 },
      { row: 'threePublic', column: 'budget.vehicles', value: '5.00', page: 20 },
    ],
  },
  'budget-chongqing-bangongting-2026': {
    'budget.summary': [
      { row: '一般公共预算资金', column: 'amount', value: '18417.70', page: 9 },
      { row: '事业收入资金', column: 'amount', value: '812.48', page: 9 },
      { row: '221', column: 'amount', value: '539.91', page: 9 },
    ],
    'budget.income': [
      { row: 'total', column: 'total', value: '19230.18', page: 10 },
      { row: 'total', column: 'business', value: '812.48', page: 10 },
      { row: '2210201', column: 'gpb', value: '539.91', page: 11 },
      { row: '2010301', column: 'total', value: '6342.71', page: 10 },
    ],
    'budget.expenditure': [
      { row: 'total', column: 'total', value: '19230.18', page: 12 },
      { row: 'total', column: 'project', value: '10211.71', page: 12 },
      { row: '2210201', column: 'basic', value: '539.91', page: 13 },
      { row: '2010301', column: 'total', value: '6342.71', page: 12 },
    ],
    'budget.fiscalSummary': [
      { row: 'incomeTotal', column: 'amount', value: '17552.65', page: 14 },
      { row: '221', column: 'gpb', value: '539.91', page: 14 },
      { row: 'expenditureGrandTotal', column: 'total', value: '18417.70', page: 14 },
    ],
    'budget.gpbExpenditure': [
      { row: 'total', column: 'priorYearBudget', value: '15635.80', page: 15 },
      { row: 'total', column: 'project', value: '9399.23', page: 15 },
      { row: '2210201', column: 'personnel', value: '539.91', page: 16 },
      { row: '2010301', column: 'priorYearBudget', value: '6077.49', page: 15 },
    ],
    'budget.gpbBasicExpenditure': [
      { row: 'total', column: 'total', value: '9018.47', page: 17 },
      { row: 'total', column: 'public', value: '1837.55', page: 17 },
      { row: '3030104', column: 'personnel', value: '22.87', page: 18 },
      { row: '3010201', column: 'total', value: '904.48', page: 17 },
    ],
    'budget.threePublic': [
      { row: 'threePublic', column: 'priorYear.total', value: '396.97', page: 20 },
      { row: 'threePublic', column: 'priorYear.overseas', value: '184.49', page: 20 },
      { row: 'threePublic', column: 'priorYear.vehicles', value: '202.48', page: 20 },
      { row: 'threePublic', column: 'priorYear.reception', value: '10.00', page: 20 },
    ],
  },
  'budget-fuzhou-shangwuju-2026': {
    // 八、一般公共预算支出经济分类情况表: 类 rows, one 预算数 column
    'budget.gpbEconomicExpenditure': [
      { row: 'total', column: 'total', value: '23195.94', page: 20 },
      { row: '302', column: 'total', value: '19637.13', page: 20 },
      { row: '310', column: 'total', value: '7.60', page: 20 },
    ],
    'budget.summary': [
      { row: 'gpbAppropriation', column: 'amount', value: '23195.94', page: 11 },
      { row: 'incomeTotal', column: 'amount', value: '24995.94', page: 11 },
      { row: '221', column: 'amount', value: '464.69', page: 11 },
      // 收入合计 / 支出合计 printed last, under 上年结转结余 / 结转下年支出: the grand totals
      { row: 'expenditureGrandTotal', column: 'amount', value: '24995.94', page: 11 },
      { row: 'incomeGrandTotal', column: 'amount', value: '24995.94', page: 11 },
      { row: 'carryToNextYear', column: 'amount', value: '0.00', page: 11 },
    ],
    'budget.income': [
      { row: 'total', column: 'total', value: '24995.94', page: 12 },
      { row: 'total', column: 'gf', value: '1800.00', page: 12 },
      // unit names wrapped around their figures (福州市商务 / 发展促进中 337.92 / 心)
      { row: '福州市商务发展促进中心', column: 'gpb', value: '337.92', page: 12 },
      { row: '福州市商务局', column: 'total', value: '24658.02', page: 12 },
      { row: '福州市商务局', column: 'gf', value: '1800.00', page: 12 },
    ],
    'budget.expenditure': [
      { row: 'total', column: 'total', value: '24995.94', page: 13 },
      { row: 'total', column: 'project', value: '21134.69', page: 13 },
      { row: '2210203', column: 'basic', value: '173.67', page: 14 },
      { row: '2011301', column: 'total', value: '2163.74', page: 13 },
    ],
    'budget.fiscalSummary': [
      { row: 'gpb', column: 'amount', value: '23195.94', page: 15 },
      { row: 'gf', column: 'amount', value: '1800.00', page: 15 },
      { row: 'incomeGrandTotal', column: 'amount', value: '24995.94', page: 15 },
      { row: '221', column: 'total', value: '464.69', page: 15 },
      { row: 'expenditureGrandTotal', column: 'total', value: '24995.94', page: 15 },
    ],
    'budget.gpbExpenditure': [
      { row: 'total', column: 'total', value: '23195.94', page: 16 },
      { row: 'total', column: 'project', value: '19334.69', page: 16 },
      { row: '2210203', column: 'basic', value: '173.67', page: 17 },
      { row: '2011301', column: 'total', value: '2163.74', page: 16 },
    ],
    'budget.gf': [
      { row: 'total', column: 'total', value: '1800.00', page: 18 },
      { row: 'total', column: 'project', value: '1800.00', page: 18 },
      { row: '2120815', column: 'project', value: '1800.00', page: 18 },
      { row: '212', column: 'total', value: '1800.00', page: 18 },
    ],
    'budget.soce': [
      { row: 'total', column: 'total', value: '0.00', page: 19 },
      { row: 'total', column: 'basic', value: '0.00', page: 19 },
    ],
    'budget.gpbBasicExpenditure': [
      { row: 'total', column: 'total', value: '3861.25', page: 21 },
      { row: '30101', column: 'total', value: '603.58', page: 21 },
      { row: '301', column: 'total', value: '2964.61', page: 21 },
    ],
    'budget.threePublic': [
      { row: 'threePublic', column: 'budget.total', value: '84.10', page: 24 },
      { row: 'threePublic', column: 'budget.overseas', value: '70.00', page: 24 },
      { row: 'threePublic', column: 'budget.vehicles', value: '8.00', page: 24 },
      { row: 'threePublic', column: 'budget.vehiclePurchase', value: '0.00', page: 24 },
    ],
  },
  'budget-guangzhou-bangongting-2026': {
    // 表11 部门预算基本支出预算表: 财政拨款 centred over 合计 | 一般公共预算 | … (合计 is its subtotal)
    'budget.basicExpenditure': [
      { row: 'total', column: 'total', value: '14913.65', page: 20 },
      { row: 'total', column: 'fiscalSubtotal', value: '14913.65', page: 20 },
      { row: 'total', column: 'gf', value: '0.00', page: 20 },
      { row: 'total', column: 'otherFunds', value: '0.00', page: 20 },
      { row: '广州市人民政府办公厅（本级）', column: 'total', value: '13192.65', page: 20 },
      { row: '工资福利支出', column: 'gpb', value: '9099.10', page: 20 },
    ],
    'budget.summary': [
      { row: 'fiscalAppropriation', column: 'amount', value: '16410.71', page: 5 },
      { row: 'incomeTotal', column: 'amount', value: '16410.71', page: 6 },
      { row: '221', column: 'amount', value: '4735.85', page: 5 },
      { row: 'expenditureGrandTotal', column: 'amount', value: '16410.71', page: 6 },
    ],
    'budget.income': [
      { row: 'total', column: 'total', value: '16410.71', page: 7 },
      { row: 'total', column: 'gpb', value: '16410.71', page: 7 },
      { row: '广州市人民政府办公厅', column: 'total', value: '14554.26', page: 7 },
    ],
    'budget.expenditure': [
      { row: 'total', column: 'total', value: '16410.71', page: 8 },
      { row: 'total', column: 'project', value: '1497.06', page: 8 },
      { row: '2210203', column: 'basic', value: '3841.71', page: 9 },
      { row: '2010301', column: 'total', value: '6853.85', page: 8 },
    ],
    'budget.fiscalSummary': [
      { row: 'gpb', column: 'amount', value: '16410.71', page: 10 },
      { row: 'incomeTotal', column: 'amount', value: '16410.71', page: 11 },
      { row: '221', column: 'total', value: '4735.85', page: 10 },
      { row: 'expenditureGrandTotal', column: 'total', value: '16410.71', page: 11 },
    ],
    'budget.gpbExpenditure': [
      { row: 'total', column: 'total', value: '16410.71', page: 12 },
      { row: 'total', column: 'project', value: '1497.06', page: 12 },
      { row: '201', column: 'total', value: '8812.33', page: 12 },
      { row: '20103', column: 'basic', value: '7341.47', page: 12 },
      { row: '2010301', column: 'total', value: '6853.85', page: 12 },
    ],
    'budget.gpbBasicExpenditure': [
      { row: 'total', column: 'total', value: '14913.65', page: 14 },
      { row: '301', column: 'total', value: '10613.19', page: 14 },
      { row: '30101', column: 'total', value: '1525.99', page: 14 },
    ],
    'budget.gpbProjectExpenditure': [
      { row: 'total', column: 'total', value: '1497.06', page: 16 },
      { row: '302', column: 'total', value: '1432.54', page: 16 },
      { row: '30212', column: 'total', value: '215.60', page: 16 },
    ],
    'budget.gf': [
      { row: 'total', column: 'total', value: '0.00', page: 18 },
      { row: 'total', column: 'basic', value: '0.00', page: 18 },
    ],
    'budget.soce': [
      { row: 'total', column: 'total', value: '0.00', page: 19 },
      { row: 'total', column: 'basic', value: '0.00', page: 19 },
    ],
  },
  'budget-hangzhou-sifaju-2026': {
    'budget.income': [
      { row: 'total', column: 'total', value: '99230.46', page: 25 },
      { row: 'total', column: 'gpb', value: '91495.48', page: 25 },
      { row: 'total', column: 'other', value: '7387.66', page: 25 },
      { row: 'total', column: 'carryoverGpb', value: '347.32', page: 25 },
    ],
    'budget.summary': [
      { row: '财政拨款', column: 'amount', value: '91495.48', page: 23 },
      { row: 'incomeTotal', column: 'amount', value: '98883.14', page: 23 },
      { row: '210', column: 'amount', value: '2434.95', page: 23 },
      { row: 'expenditureGrandTotal', column: 'amount', value: '99230.46', page: 24 },
    ],
    'budget.expenditure': [
      { row: 'total', column: 'total', value: '99230.46', page: 26 },
      { row: 'total', column: 'project', value: '28506.17', page: 26 },
      { row: '一般公共服务支出', column: 'total', value: '12868.19', page: 26 },
    ],
    'budget.fiscalSummary': [
      { row: 'incomeTotal', column: 'amount', value: '91495.48', page: 28 },
      { row: '210', column: 'total', value: '2434.95', page: 28 },
      { row: 'expenditureGrandTotal', column: 'total', value: '91842.80', page: 29 },
    ],
    'budget.gpbExpenditure': [
      { row: 'total', column: 'total', value: '91842.80', page: 30 },
      { row: 'total', column: 'project', value: '21118.51', page: 30 },
      { row: '一般公共服务支出', column: 'total', value: '12868.19', page: 30 },
    ],
    'budget.gpbBasicExpenditure': [
      { row: 'total', column: 'total', value: '70724.29', page: 32 },
      { row: 'total', column: 'public', value: '12237.94', page: 32 },
      { row: '工资福利支出', column: 'total', value: '55121.30', page: 32 },
    ],
    'budget.threePublic': [
      { row: 'threePublic', column: 'budget.total', value: '413.68', page: 34 },
      { row: 'threePublic', column: 'budget.vehicles', value: '339.68', page: 34 },
      { row: 'threePublic', column: 'budget.vehiclePurchase', value: '151.68', page: 34 },
      { row: 'threePublic', column: 'budget.vehicleOperation', value: '188.00', page: 34 },
    ],
    'budget.gpbProjectExpenditure': [
      { row: 'total', column: 'total', value: '28506.17', page: 37 },
    ],
  },
  'budget-huzhou-caizhengju-2026': {
    'budget.income': [
      { row: 'total', column: 'total', value: '6838.41', page: 19 },
      { row: 'total', column: 'gpb', value: '6838.41', page: 19 },
    ],
    'budget.summary': [
      { row: '财政拨款', column: 'amount', value: '6838.41', page: 17 },
      { row: 'incomeTotal', column: 'amount', value: '6838.41', page: 17 },
      { row: '221', column: 'amount', value: '420.07', page: 17 },
      { row: 'expenditureGrandTotal', column: 'amount', value: '6838.41', page: 18 },
    ],
    'budget.expenditure': [
      { row: 'total', column: 'total', value: '6838.41', page: 20 },
      { row: 'total', column: 'project', value: '1266.75', page: 20 },
      { row: '2210201', column: 'personnel', value: '420.07', page: 21 },
      { row: '2010601', column: 'total', value: '3685.65', page: 20 },
    ],
    'budget.fiscalSummary': [
      { row: 'incomeTotal', column: 'amount', value: '6838.41', page: 22 },
      { row: '221', column: 'total', value: '420.07', page: 22 },
      { row: 'expenditureGrandTotal', column: 'total', value: '6838.41', page: 22 },
    ],
    'budget.gpbExpenditure': [
      { row: 'total', column: 'total', value: '6838.41', page: 23 },
      { row: 'total', column: 'project', value: '1266.75', page: 23 },
      { row: '2210201', column: 'personnel', value: '420.07', page: 24 },
      { row: '2010601', column: 'total', value: '3685.65', page: 23 },
    ],
    'budget.gpbBasicExpenditure': [
      { row: 'total', column: 'total', value: '5571.66', page: 25 },
      { row: 'total', column: 'public', value: '626.67', page: 25 },
      { row: '31002', column: 'public', value: '19.00', page: 27 },
      { row: '30101', column: 'total', value: '678.19', page: 25 },
    ],
    'budget.threePublic': [
      { row: 'threePublic', column: 'budget.total', value: '9.30', page: 28 },
      { row: 'threePublic', column: 'budget.vehicles', value: '3.50', page: 28 },
      { row: 'threePublic', column: 'budget.reception', value: '5.80', page: 28 },
    ],
    'budget.gpbProjectExpenditure': [
      { row: 'total', column: 'total', value: '1266.75', page: 31 },
    ],
  },
  'budget-jiangsu-renda-2017': {
    // 财政拨款支出预算表 (p11) and 财政拨款基本支出预算表 (p12-13): one 金额 column
    'budget.fiscalExpenditure': [
      { row: 'total', column: 'total', value: '13649.07', page: 11 },
      { row: '2010104', column: 'total', value: '1305.25', page: 11 },
      { row: '2080504', column: 'total', value: '1608.51', page: 11 },
    ],
    'budget.fiscalBasicExpenditure': [
      { row: 'total', column: 'total', value: '7666.68', page: 13 },
      { row: '30102', column: 'total', value: '1822.05', page: 13 },
      { row: '302', column: 'total', value: '1585.96', page: 13 },
    ],
    // labels wrapped above and below their figures; 功能分类 | 支出用途 side by side
    'budget.summary': [
      { row: 'expenditureGrandTotal', column: 'amount', value: '13649.07', page: 9 },
      { row: 'expenditureTotal', column: 'amount', value: '13649.07', page: 8 },
      { row: '财政拨款', column: 'amount', value: '13649.07', page: 7 },
      { row: 'gpbAppropriation', column: 'amount', value: '13649.07', page: 7 },
      { row: '201', column: 'amount', value: '10528.33', page: 7 },
      { row: '208', column: 'amount', value: '1608.51', page: 7 },
      { row: '221', column: 'amount', value: '1512.23', page: 8 },
      { row: '基本支出', column: 'amount', value: '7666.68', page: 7 },
      { row: '项目支出', column: 'amount', value: '5853.96', page: 7 },
      { row: '单位预留机动经费', column: 'amount', value: '128.43', page: 7 },
      { row: 'incomeTotal', column: 'amount', value: '13649.07', page: 8 },
      { row: 'incomeGrandTotal', column: 'amount', value: '13649.07', page: 9 },
    ],
    // printed transposed (项目名称 | 金额, one row per income item): read as the standard form's total row
    'budget.income': [
      { row: 'total', column: 'total', value: '13649.07', page: 9 },
      { row: 'total', column: 'gpb', value: '13649.07', page: 9 }, // 一般公共预算资金 › 小计
    ],
    'budget.expenditure': [
      { row: 'total', column: 'total', value: '13649.07', page: 10 },
      { row: 'total', column: 'unitReserve', value: '128.43', page: 10 },
    ],
    'budget.fiscalSummary': [
      { row: 'gpb', column: 'amount', value: '13649.07', page: 12 },
      { row: 'incomeGrandTotal', column: 'amount', value: '13649.07', page: 12 },
      { row: 'expenditureGrandTotal', column: 'total', value: '13649.07', page: 12 },
    ],
    'budget.gpbExpenditure': [
      { row: 'total', column: 'total', value: '13649.07', page: 16 },
      { row: '2010101', column: 'total', value: '4545.94', page: 16 },
      { row: '201', column: 'total', value: '10528.33', page: 16 },
    ],
    'budget.gpbBasicExpenditure': [
      { row: 'total', column: 'total', value: '7666.68', page: 17 },
      { row: '30101', column: 'total', value: '1015.15', page: 17 },
      { row: '301', column: 'total', value: '2928.98', page: 17 },
    ],
  },
  'budget-jiangsu-shengweibangongting-2019-tables': {
    // 财政拨款支出预算表（功能科目） (p5), 财政拨款基本支出预算表（经济科目） (p6): one 金额 column
    'budget.fiscalExpenditure': [
      { row: 'total', column: 'total', value: '27664.22', page: 5 },
      { row: '2013102', column: 'total', value: '13025.38', page: 5 },
      { row: '2080505', column: 'total', value: '785.06', page: 5 },
    ],
    'budget.fiscalBasicExpenditure': [
      { row: 'total', column: 'total', value: '11700.63', page: 6 },
      { row: '30113', column: 'total', value: '965.87', page: 6 },
      { row: '302', column: 'total', value: '2232.91', page: 6 },
    ],
    'budget.summary': [
      { row: '财政拨款', column: 'amount', value: '27664.22', page: 1 },
      { row: 'incomeGrandTotal', column: 'amount', value: '27664.22', page: 1 },
      { row: 'incomeTotal', column: 'amount', value: '27664.22', page: 1 },
      { row: '221', column: 'amount', value: '3894.09', page: 1 },
      { row: 'expenditureGrandTotal', column: 'amount', value: '27664.22', page: 1 },
      { row: 'expenditureTotal', column: 'amount', value: '27664.22', page: 1 },
      { row: '项目支出', column: 'amount', value: '13025.38', page: 1 },
      { row: '单位预留机动经费', column: 'amount', value: '2938.21', page: 1 },
    ],
    // printed transposed (项目名称 | 金额, one row per income item): read as the standard form's total row
    'budget.income': [
      { row: 'total', column: 'total', value: '27664.22', page: 2 },
      { row: 'total', column: 'gpb', value: '27664.22', page: 2 }, // 一般公共预算资金 › 小计
    ],
    'budget.expenditure': [
      { row: 'total', column: 'total', value: '27664.22', page: 3 },
      { row: 'total', column: 'unitReserve', value: '2938.21', page: 3 },
    ],
    'budget.fiscalSummary': [
      { row: 'gpb', column: 'amount', value: '27664.22', page: 4 },
      { row: 'incomeGrandTotal', column: 'amount', value: '27664.22', page: 4 },
      { row: 'expenditureGrandTotal', column: 'total', value: '27664.22', page: 4 },
    ],
    'budget.gpbExpenditure': [
      { row: 'total', column: 'total', value: '27664.22', page: 7 },
      { row: '201', column: 'total', value: '22395.50', page: 7 },
      { row: '20131', column: 'total', value: '22395.50', page: 7 },
    ],
    'budget.gpbBasicExpenditure': [
      { row: 'total', column: 'total', value: '11700.63', page: 8 },
      { row: '301', column: 'total', value: '8300.32', page: 8 },
      { row: '30101', column: 'total', value: '1581.26', page: 8 },
    ],
    'budget.threePublic': [
      { row: 'threePublic', column: 'budget.grandTotal', value: '1471.70', page: 9 },
      { row: 'threePublic', column: 'budget.total', value: '508.20', page: 9 },
      { row: 'threePublic', column: 'budget.overseas', value: '70.00', page: 9 },
      { row: 'threePublic', column: 'budget.vehicles', value: '411.20', page: 9 },
    ],
  },
  'budget-quanzhou-gonganju-2026-unit': {
    // 八、一般公共预算支出经济分类情况表: 类 rows, one 预算数 column
    'budget.gpbEconomicExpenditure': [
      { row: 'total', column: 'total', value: '46941.63', page: 17 },
      { row: '303', column: 'total', value: '2524.45', page: 17 },
      { row: '307', column: 'total', value: '0.00', page: 17 },
    ],
    'budget.summary': [
      { row: 'gpbAppropriation', column: 'amount', value: '46941.63', page: 10 },
      { row: 'incomeTotal', column: 'amount', value: '50741.63', page: 10 },
      { row: '221', column: 'amount', value: '3216.19', page: 10 },
      { row: 'expenditureGrandTotal', column: 'amount', value: '58341.63', page: 10 },
      { row: 'incomeGrandTotal', column: 'amount', value: '58341.63', page: 10 },
      { row: 'priorYearCarryover', column: 'amount', value: '7600.00', page: 10 },
    ],
    'budget.income': [
      { row: 'total', column: 'total', value: '58341.63', page: 11 },
      { row: 'total', column: 'other', value: '3800.00', page: 11 },
      { row: '泉州市公安局', column: 'total', value: '58341.63', page: 11 },
    ],
    'budget.expenditure': [
      { row: 'total', column: 'total', value: '58341.63', page: 12 },
      { row: 'total', column: 'project', value: '24918.93', page: 12 },
      { row: '2210203', column: 'basic', value: '50.98', page: 12 },
    ],
    'budget.fiscalSummary': [
      { row: 'gpb', column: 'amount', value: '46941.63', page: 13 },
      { row: 'incomeGrandTotal', column: 'amount', value: '46941.63', page: 13 },
      { row: '221', column: 'total', value: '3216.19', page: 13 },
      { row: 'expenditureGrandTotal', column: 'total', value: '46941.63', page: 13 },
    ],
    'budget.gpbExpenditure': [
      { row: 'total', column: 'total', value: '46941.63', page: 14 },
      { row: 'total', column: 'project', value: '13518.93', page: 14 },
      { row: '2210203', column: 'basic', value: '50.98', page: 14 },
    ],
    'budget.gf': [
      { row: 'total', column: 'total', value: '0.00', page: 15 },
      { row: 'total', column: 'basic', value: '0.00', page: 15 },
    ],
    'budget.soce': [
      { row: 'total', column: 'total', value: '0.00', page: 16 },
      { row: 'total', column: 'basic', value: '0.00', page: 16 },
    ],
    'budget.gpbBasicExpenditure': [
      { row: 'total', column: 'total', value: '33422.70', page: 18 },
      { row: '301', column: 'total', value: '27310.29', page: 18 },
      { row: '30101', column: 'total', value: '4920.39', page: 18 },
    ],
    'budget.threePublic': [
      { row: 'threePublic', column: 'budget.total', value: '1196.92', page: 19 },
      { row: 'threePublic', column: 'budget.overseas', value: '0.00', page: 19 },
      { row: 'threePublic', column: 'budget.vehicles', value: '1186.00', page: 19 },
      { row: 'threePublic', column: 'budget.vehiclePurchase', value: '330.00', page: 19 },
    ],
  },
  'budget-shanghai-caizhengju-2025-unit': {
    'budget.summary': [
      { row: '财政拨款收入', column: 'amount', value: '171915169', page: 7 },
      { row: 'incomeGrandTotal', column: 'amount', value: '171915169', page: 7 },
      { row: '221', column: 'amount', value: '21800000', page: 7 },
      { row: 'expenditureGrandTotal', column: 'amount', value: '171915169', page: 7 },
    ],
    'budget.income': [
      { row: 'total', column: 'total', value: '171915169', page: 9 },
      { row: 'total', column: 'fiscalSubtotal', value: '171915169', page: 9 },
      { row: '2210203', column: 'fiscalSubtotal', value: '11800000', page: 9 },
      { row: '2010601', column: 'total', value: '84861719', page: 8 },
    ],
    'budget.expenditure': [
      { row: 'total', column: 'total', value: '171915169', page: 11 },
      { row: 'total', column: 'project', value: '44273130', page: 11 },
      { row: '2210203', column: 'basic', value: '11800000', page: 11 },
      { row: '2010601', column: 'total', value: '84861719', page: 10 },
    ],
    'budget.fiscalSummary': [
      { row: 'gpb', column: 'amount', value: '171915169', page: 12 },
      { row: 'incomeGrandTotal', column: 'amount', value: '171915169', page: 12 },
      { row: '221', column: 'gpb', value: '21800000', page: 12 },
      { row: 'expenditureGrandTotal', column: 'total', value: '171915169', page: 12 },
    ],
    'budget.gpbExpenditure': [
      { row: 'total', column: 'total', value: '171915169', page: 14 },
      { row: 'total', column: 'project', value: '44273130', page: 14 },
      { row: '2210203', column: 'basic', value: '11800000', page: 14 },
      { row: '2010601', column: 'total', value: '84861719', page: 13 },
    ],
    'budget.gpbBasicExpenditure': [
      { row: 'total', column: 'total', value: '127642039', page: 19 },
      { row: 'total', column: 'public', value: '25177779', page: 19 },
      { row: '31002', column: 'public', value: '337000', page: 19 },
      { row: '30101', column: 'total', value: '13150000', page: 17 },
    ],
    'budget.threePublic': [
      { row: 'threePublic', column: 'budget.total', value: '346.30', page: 20 },
      { row: 'threePublic', column: 'budget.overseas', value: '288.70', page: 20 },
      { row: 'threePublic', column: 'budget.reception', value: '25.40', page: 20 },
      { row: 'threePublic', column: 'budget.vehicles', value: '32.20', page: 20 },
    ],
  },
  'budget-shanghai-jiaotong-college-2026-unit': {
    'budget.summary': [
      { row: '财政拨款收入', column: 'amount', value: '304413900', page: 7 },
      { row: 'incomeGrandTotal', column: 'amount', value: '408696000', page: 7 },
      { row: '221', column: 'amount', value: '17717000', page: 7 },
      { row: 'expenditureGrandTotal', column: 'amount', value: '408696000', page: 7 },
    ],
    'budget.income': [
      { row: 'total', column: 'total', value: '408696000', page: 9 },
      { row: 'total', column: 'other', value: '54282100', page: 9 },
      { row: '2210201', column: 'other', value: '7382100', page: 9 },
      { row: '2050302', column: 'total', value: '9600000', page: 8 },
    ],
    'budget.expenditure': [
      { row: 'total', column: 'total', value: '408696000', page: 11 },
      { row: 'total', column: 'project', value: '72385470', page: 11 },
      { row: '2210201', column: 'basic', value: '17717000', page: 11 },
      { row: '2050302', column: 'total', value: '9600000', page: 10 },
    ],
    'budget.fiscalSummary': [
      { row: 'gpb', column: 'amount', value: '304413900', page: 12 },
      { row: 'incomeGrandTotal', column: 'amount', value: '304413900', page: 12 },
      { row: '221', column: 'gpb', value: '9131460', page: 12 },
      { row: 'expenditureGrandTotal', column: 'total', value: '304413900', page: 12 },
    ],
    'budget.gpbExpenditure': [
      { row: 'total', column: 'total', value: '304413900', page: 14 },
      { row: 'total', column: 'project', value: '21416300', page: 14 },
      { row: '2210201', column: 'basic', value: '9131460', page: 14 },
      { row: '2050305', column: 'total', value: '236893390', page: 13 },
    ],
    'budget.gpbBasicExpenditure': [
      { row: 'total', column: 'total', value: '282997600', page: 19 },
      { row: 'total', column: 'public', value: '85405064', page: 19 },
      { row: '31099', column: 'public', value: '100000', page: 19 },
      { row: '30101', column: 'total', value: '29228000', page: 17 },
    ],
    'budget.threePublic': [
      { row: 'threePublic', column: 'budget.total', value: '67.59', page: 20 },
      { row: 'threePublic', column: 'budget.overseas', value: '35.00', page: 20 },
      { row: 'threePublic', column: 'budget.reception', value: '12.49', page: 20 },
      { row: 'threePublic', column: 'budget.vehicles', value: '20.10', page: 20 },
    ],
  },
  'budget-shanghai-putuo-wanli-2024': {
    'budget.summary': [
      { row: '财政拨款收入', column: 'amount', value: '156211123', page: 10 },
      { row: 'incomeGrandTotal', column: 'amount', value: '156211123', page: 10 },
      { row: '221', column: 'amount', value: '8882399', page: 10 },
      { row: 'expenditureGrandTotal', column: 'amount', value: '156211123', page: 10 },
    ],
    'budget.income': [
      { row: 'total', column: 'total', value: '156211123', page: 15 },
      { row: 'total', column: 'fiscalSubtotal', value: '156211123', page: 15 },
      { row: '2010507', column: 'total', value: '257700', page: 11 },
    ],
    'budget.expenditure': [
      { row: 'total', column: 'total', value: '156211123', page: 20 },
      { row: 'total', column: 'project', value: '56505103', page: 20 },
      { row: '2010507', column: 'total', value: '257700', page: 16 },
    ],
    'budget.fiscalSummary': [
      { row: 'gpb', column: 'amount', value: '156211123', page: 21 },
      { row: 'incomeGrandTotal', column: 'amount', value: '156211123', page: 21 },
      { row: '221', column: 'gpb', value: '8882399', page: 21 },
      { row: 'expenditureGrandTotal', column: 'total', value: '156211123', page: 21 },
    ],
    'budget.gpbExpenditure': [
      { row: 'total', column: 'total', value: '156211123', page: 26 },
      { row: 'total', column: 'project', value: '56505103', page: 26 },
      { row: '2210399', column: 'project', value: '2177200', page: 26 },
      { row: '2010507', column: 'total', value: '257700', page: 22 },
    ],
    'budget.gpbBasicExpenditure': [
      { row: 'total', column: 'total', value: '99706020', page: 30 },
      { row: 'total', column: 'public', value: '11168569', page: 30 },
      { row: '30302', column: 'personnel', value: '254940', page: 30 },
      { row: '30101', column: 'total', value: '5873551', page: 29 },
    ],
    'budget.threePublic': [
      { row: 'threePublic', column: 'budget.total', value: '47.91', page: 31 },
      { row: 'threePublic', column: 'budget.overseas', value: '0', page: 31 },
      { row: 'threePublic', column: 'budget.reception', value: '1.35', page: 31 },
      { row: 'threePublic', column: 'budget.vehicles', value: '46.56', page: 31 },
    ],
  },
  'budget-shanghai-putuo-zhengfuban-2025-department': {
    'budget.summary': [
      { row: '财政拨款收入', column: 'amount', value: '91016775.35', page: 8 },
      { row: 'incomeGrandTotal', column: 'amount', value: '91016775.35', page: 8 },
      { row: '221', column: 'amount', value: '3609125.22', page: 8 },
      { row: 'expenditureGrandTotal', column: 'amount', value: '91016775.35', page: 8 },
    ],
    'budget.income': [
      { row: 'total', column: 'total', value: '91016775.35', page: 10 },
      { row: 'total', column: 'fiscalSubtotal', value: '91016775.35', page: 10 },
      { row: '2210203', column: 'fiscalSubtotal', value: '1867680.00', page: 10 },
      { row: '2010301', column: 'total', value: '12029501.84', page: 9 },
    ],
    'budget.expenditure': [
      { row: 'total', column: 'total', value: '91016775.35', page: 12 },
      { row: 'total', column: 'project', value: '66410000.00', page: 12 },
      { row: '2210203', column: 'basic', value: '1867680.00', page: 12 },
      { row: '2010301', column: 'total', value: '12029501.84', page: 11 },
    ],
    'budget.fiscalSummary': [
      { row: 'gpb', column: 'amount', value: '91016775.35', page: 13 },
      { row: 'incomeGrandTotal', column: 'amount', value: '91016775.35', page: 13 },
      { row: '221', column: 'gpb', value: '3609125.22', page: 13 },
      { row: 'expenditureGrandTotal', column: 'total', value: '91016775.35', page: 13 },
    ],
    'budget.gpbExpenditure': [
      { row: 'total', column: 'total', value: '91016775.35', page: 15 },
      { row: 'total', column: 'project', value: '66410000.00', page: 15 },
      { row: '2210203', column: 'basic', value: '1867680.00', page: 15 },
      { row: '2010301', column: 'total', value: '12029501.84', page: 14 },
    ],
    'budget.gpbBasicExpenditure': [
      { row: 'total', column: 'total', value: '24606775.35', page: 19 },
      { row: 'total', column: 'public', value: '2132777.54', page: 19 },
      { row: '31002', column: 'public', value: '200000.00', page: 19 },
      { row: '30101', column: 'total', value: '2540192.00', page: 18 },
    ],
    'budget.threePublic': [
      { row: 'threePublic', column: 'budget.total', value: '867.50', page: 20 },
      { row: 'threePublic', column: 'budget.overseas', value: '839.00', page: 20 },
      { row: 'threePublic', column: 'budget.reception', value: '28.50', page: 20 },
      { row: 'threePublic', column: 'budget.operatingCost', value: '213.28', page: 20 },
    ],
  },
  'budget-shanghai-putuo-zhengfuban-2025-unit': {
    'budget.summary': [
      { row: '财政拨款收入', column: 'amount', value: '91016775.35', page: 8 },
      { row: 'incomeGrandTotal', column: 'amount', value: '91016775.35', page: 8 },
      { row: '221', column: 'amount', value: '3609125.22', page: 8 },
      { row: 'expenditureGrandTotal', column: 'amount', value: '91016775.35', page: 8 },
    ],
    'budget.income': [
      { row: 'total', column: 'total', value: '91016775.35', page: 10 },
      { row: 'total', column: 'fiscalSubtotal', value: '91016775.35', page: 10 },
      { row: '2210203', column: 'fiscalSubtotal', value: '1867680.00', page: 10 },
      { row: '2010301', column: 'total', value: '12029501.84', page: 9 },
    ],
    'budget.expenditure': [
      { row: 'total', column: 'total', value: '91016775.35', page: 12 },
      { row: 'total', column: 'project', value: '66410000.00', page: 12 },
      { row: '2210203', column: 'basic', value: '1867680.00', page: 12 },
      { row: '2010301', column: 'total', value: '12029501.84', page: 11 },
    ],
    'budget.fiscalSummary': [
      { row: 'gpb', column: 'amount', value: '91016775.35', page: 13 },
      { row: 'incomeGrandTotal', column: 'amount', value: '91016775.35', page: 13 },
      { row: '221', column: 'gpb', value: '3609125.22', page: 13 },
      { row: 'expenditureGrandTotal', column: 'total', value: '91016775.35', page: 13 },
    ],
    'budget.gpbExpenditure': [
      { row: 'total', column: 'total', value: '91016775.35', page: 15 },
      { row: 'total', column: 'project', value: '66410000.00', page: 15 },
      { row: '2210203', column: 'basic', value: '1867680.00', page: 15 },
      { row: '2010301', column: 'total', value: '12029501.84', page: 14 },
    ],
    'budget.gpbBasicExpenditure': [
      { row: 'total', column: 'total', value: '24606775.35', page: 19 },
      { row: 'total', column: 'public', value: '2132777.54', page: 19 },
      { row: '31002', column: 'public', value: '200000.00', page: 19 },
      { row: '30101', column: 'total', value: '2540192.00', page: 18 },
    ],
    'budget.threePublic': [
      { row: 'threePublic', column: 'budget.total', value: '867.50', page: 20 },
      { row: 'threePublic', column: 'budget.overseas', value: '839.00', page: 20 },
      { row: 'threePublic', column: 'budget.reception', value: '28.50', page: 20 },
      { row: 'threePublic', column: 'budget.operatingCost', value: '213.28', page: 20 },
    ],
  },
  'budget-shenzhen-kouan-2026': {
    // 表4 基本支出总表: economic names without codes; 财政拨款 over 小计 | 一般公共预算拨款 | … | 国有资本经营预算拨款
    'budget.basicExpenditure': [
      { row: '深圳市人民政府口岸办公室', column: 'total', value: '5006.59', page: 21 },
      { row: '深圳市人民政府口岸办公室', column: 'fiscalSubtotal', value: '5006.59', page: 21 },
      { row: '工资福利支出', column: 'gpb', value: '3470.51', page: 21 },
      { row: '工资福利支出', column: 'priorYearCarryover', value: '0.00', page: 21 },
      { row: '退休费', column: 'total', value: '564.49', page: 22 },
      { row: '物业管理费', column: 'specialAccount', value: '0.00', page: 22 },
    ],
    // 表5 项目支出总表: the department's row, its name wrapped around its figures (深圳市人民政府口岸办公 / 室)
    'budget.projectExpenditure': [
      { row: '深圳市人民政府口岸办公室', column: 'total', value: '50878.08', page: 23 },
      { row: '深圳市人民政府口岸办公室', column: 'priorYearCarryover', value: '753.13', page: 23 },
      { row: '口岸管理业务', column: 'total', value: '40000.70', page: 23 },
      { row: '口岸管理业务', column: 'gpb', value: '39933.97', page: 23 },
      { row: '口岸管理业务', column: 'priorYearCarryover', value: '66.73', page: 23 },
      { row: '上级转移支付项目', column: 'priorYearCarryover', value: '686.41', page: 23 },
      { row: '安全生产和应急管理专项经费', column: 'total', value: '40.00', page: 23 },
    ],
    // 表8 一般公共预算支出表（按经济分类）
    'budget.gpbEconomicExpenditure': [
      { row: '深圳市人民政府口岸办公室', column: 'total', value: '55884.67', page: 28 },
      { row: '302', column: 'project', value: '50715.77', page: 28 },
      { row: '302', column: 'basic', value: '919.20', page: 28 },
      { row: '30209', column: 'project', value: '30240.71', page: 29 },
      { row: '30226', column: 'basic', value: '0.00', page: 29 },
      { row: '39999', column: 'total', value: '122.31', page: 30 },
    ],
    'budget.summary': [
      { row: '财政拨款', column: 'amount', value: '55131.54', page: 15 },
      { row: 'incomeTotal', column: 'amount', value: '55131.54', page: 16 },
      { row: '229', column: 'amount', value: '7647.43', page: 16 },
      { row: 'expenditureGrandTotal', column: 'amount', value: '55884.67', page: 16 },
    ],
    'budget.income': [
      { row: '深圳市人民政府口岸办公室', column: 'total', value: '55884.67', page: 17 },
      { row: '深圳市人民政府口岸办公室', column: 'gpb', value: '55131.54', page: 17 },
    ],
    'budget.expenditure': [
      { row: '深圳市人民政府口岸办公室', column: 'total', value: '55884.67', page: 18 },
      { row: '深圳市人民政府口岸办公室', column: 'project', value: '50878.08', page: 18 },
      { row: '2299999', column: 'project', value: '7647.43', page: 20 },
      { row: '2010901', column: 'total', value: '3053.34', page: 18 },
    ],
    'budget.fiscalSummary': [
      { row: 'incomeTotal', column: 'amount', value: '55131.54', page: 24 },
      { row: '229', column: 'total', value: '7647.43', page: 25 },
      { row: 'expenditureGrandTotal', column: 'total', value: '55884.67', page: 25 },
    ],
    // 表7 一般公共预算支出表（按功能分类）: the qualifier is a title filler
    'budget.gpbExpenditure': [
      { row: '深圳市人民政府口岸办公室', column: 'total', value: '55884.67', page: 26 },
      { row: '2010907', column: 'project', value: '43108.34', page: 26 },
      { row: '2210203', column: 'basic', value: '927.86', page: 27 },
    ],
    'budget.threePublic': [
      { row: 'threePublic', column: 'priorYearGpb.total', value: '37.77', page: 31 },
      { row: 'threePublic', column: 'priorYearGf.total', value: '0.00', page: 31 },
      { row: 'threePublic', column: 'priorYearGpb.overseas', value: '17.88', page: 31 },
      { row: 'threePublic', column: 'priorYearGpb.reception', value: '1.89', page: 31 },
    ],
    'budget.gf': [
      { row: '深圳市人民政府口岸办公室', column: 'total', value: '0.00', page: 32 },
      { row: '深圳市人民政府口岸办公室', column: 'basic', value: '0.00', page: 32 },
    ],
    'budget.soce': [
      { row: '深圳市人民政府口岸办公室', column: 'total', value: '0.00', page: 33 },
      { row: '深圳市人民政府口岸办公室', column: 'basic', value: '0.00', page: 33 },
    ],
  },
  'budget-suzhou-shenjiju-2026': {
    // 公开05表 财政拨款支出表（功能科目）, 公开06表 财政拨款基本支出表（经济科目）
    'budget.fiscalExpenditure': [
      { row: 'total', column: 'basic', value: '4312.17', page: 14 },
      { row: '2010801', column: 'public', value: '395.60', page: 14 },
      { row: '2010802', column: 'project', value: '339.50', page: 14 },
    ],
    'budget.fiscalBasicExpenditure': [
      { row: 'total', column: 'public', value: '395.60', page: 15 },
      { row: '30201', column: 'public', value: '29.00', page: 15 },
      { row: '30113', column: 'total', value: '345.48', page: 15 },
    ],
    'budget.summary': [
      { row: 'gpbAppropriation', column: 'amount', value: '4651.67', page: 9 },
      { row: 'incomeTotal', column: 'amount', value: '4651.67', page: 9 },
      { row: '221', column: 'amount', value: '1302.95', page: 9 },
      { row: 'expenditureGrandTotal', column: 'amount', value: '4651.67', page: 9 },
    ],
    'budget.income': [
      { row: 'total', column: 'total', value: '4651.67', page: 10 },
      { row: 'total', column: 'gpb', value: '4651.67', page: 10 },
      { row: '024', column: 'total', value: '4651.67', page: 10 },
      { row: '024001', column: 'total', value: '4651.67', page: 10 },
      { row: '024001', column: 'gpb', value: '4651.67', page: 10 },
    ],
    'budget.expenditure': [
      { row: 'total', column: 'total', value: '4651.67', page: 11 },
      { row: 'total', column: 'project', value: '339.50', page: 11 },
      { row: '2210203', column: 'basic', value: '401.97', page: 11 },
      { row: '201', column: 'total', value: '2906.63', page: 11 },
    ],
    'budget.fiscalSummary': [
      { row: 'incomeTotal', column: 'amount', value: '4651.67', page: 12 },
      { row: '221', column: 'total', value: '1302.95', page: 13 },
      { row: 'expenditureGrandTotal', column: 'total', value: '4651.67', page: 13 },
    ],
    'budget.gpbExpenditure': [
      { row: 'total', column: 'total', value: '4651.67', page: 16 },
      { row: 'total', column: 'project', value: '339.50', page: 16 },
      { row: '2210203', column: 'personnel', value: '401.97', page: 16 },
      { row: '201', column: 'total', value: '2906.63', page: 16 },
    ],
    'budget.gpbBasicExpenditure': [
      { row: 'total', column: 'total', value: '4312.17', page: 17 },
      { row: 'total', column: 'public', value: '395.60', page: 17 },
      { row: '30399', column: 'personnel', value: '9.00', page: 17 },
      { row: '301', column: 'total', value: '3584.70', page: 17 },
    ],
    'budget.threePublic': [
      { row: 'threePublic', column: 'budget.total', value: '10.00', page: 18 },
      { row: 'threePublic', column: 'budget.overseas', value: '0.00', page: 18 },
      { row: 'threePublic', column: 'budget.training', value: '43.00', page: 18 },
    ],
  },
  'budget-wuxi-jiaotong-2026': {
    // 公开05表 财政拨款支出表（功能科目）, 公开06表 财政拨款基本支出表（经济科目）
    'budget.fiscalExpenditure': [
      { row: 'total', column: 'total', value: '372917.67', page: 20 },
      { row: 'total', column: 'project', value: '369611.81', page: 20 },
      { row: '2120803', column: 'project', value: '143999.00', page: 20 },
      { row: '2140101', column: 'public', value: '190.74', page: 21 },
      { row: '223', column: 'total', value: '32640.00', page: 21 },
    ],
    'budget.fiscalBasicExpenditure': [
      { row: 'total', column: 'total', value: '3305.86', page: 22 },
      { row: 'total', column: 'public', value: '190.74', page: 22 },
      { row: '30102', column: 'personnel', value: '1230.21', page: 22 },
    ],
    'budget.summary': [
      { row: 'gpbAppropriation', column: 'amount', value: '196278.67', page: 14 },
      { row: 'incomeTotal', column: 'amount', value: '984760.87', page: 14 },
      { row: '223', column: 'amount', value: '32640.00', page: 14 },
      { row: 'expenditureGrandTotal', column: 'amount', value: '984760.87', page: 14 },
    ],
    'budget.income': [
      { row: 'total', column: 'total', value: '984760.87', page: 15 },
      { row: 'total', column: 'other', value: '611843.20', page: 15 },
      // 单位代码 313001, the name wrapped around it (无锡市交通运输局（本级 / ）), 143,999.0 / 0 wrapped
      { row: '313001', column: 'total', value: '984760.87', page: 15 },
      { row: '313001', column: 'gpb', value: '196278.67', page: 15 },
      { row: '313001', column: 'gf', value: '143999.00', page: 15 },
      { row: '313001', column: 'other', value: '611843.20', page: 15 },
    ],
    'budget.expenditure': [
      { row: 'total', column: 'total', value: '984760.87', page: 16 },
      { row: 'total', column: 'project', value: '981455.01', page: 16 },
      { row: '2239999', column: 'project', value: '32640.00', page: 17 },
      { row: '2069999', column: 'total', value: '5000.00', page: 16 },
    ],
    'budget.fiscalSummary': [
      { row: 'incomeTotal', column: 'amount', value: '372917.67', page: 18 },
      { row: '223', column: 'total', value: '32640.00', page: 19 },
      { row: 'expenditureGrandTotal', column: 'total', value: '372917.67', page: 19 },
    ],
    'budget.gpbExpenditure': [
      { row: 'total', column: 'total', value: '196278.67', page: 23 },
      { row: 'total', column: 'project', value: '192972.81', page: 23 },
      { row: '2210203', column: 'personnel', value: '250.11', page: 24 },
      { row: '2069999', column: 'total', value: '5000.00', page: 23 },
    ],
    'budget.gpbBasicExpenditure': [
      { row: 'total', column: 'total', value: '3305.86', page: 25 },
      { row: 'total', column: 'public', value: '190.74', page: 25 },
      { row: '30305', column: 'personnel', value: '1.26', page: 25 },
      { row: '301', column: 'total', value: '2907.03', page: 25 },
    ],
    'budget.threePublic': [
      { row: 'threePublic', column: 'budget.total', value: '2.02', page: 26 },
      { row: 'threePublic', column: 'budget.overseas', value: '0.00', page: 26 },
      { row: 'threePublic', column: 'budget.meetings', value: '1.09', page: 26 },
      { row: 'threePublic', column: 'budget.training', value: '8.73', page: 26 },
    ],
    'budget.gf': [
      { row: 'total', column: 'total', value: '143999.00', page: 27 },
      { row: 'total', column: 'project', value: '143999.00', page: 27 },
      { row: '2120803', column: 'project', value: '143999.00', page: 27 },
      { row: '212', column: 'total', value: '143999.00', page: 27 },
    ],
    'budget.soce': [
      { row: 'total', column: 'total', value: '32640.00', page: 28 },
      { row: 'total', column: 'project', value: '32640.00', page: 28 },
      { row: '2239999', column: 'project', value: '32640.00', page: 28 },
      { row: '223', column: 'total', value: '32640.00', page: 28 },
    ],
  },
  'budget-xian-bangongting-2026': {
    // 表6 …支出明细表（按支出经济分类科目）: 合计 | 人员经费支出 | 公用经费支出 | 专项业务经费支出
    'budget.gpbEconomicExpenditure': [
      { row: 'total', column: 'total', value: '92165133.99', page: 25 },
      { row: 'total', column: 'project', value: '27502600.00', page: 25 },
      { row: '302', column: 'public', value: '4346805.30', page: 25 },
      { row: '30201', column: 'project', value: '5750000.00', page: 25 },
      { row: '30207', column: 'public', value: '219500.00', page: 25 },
      { row: '309', column: 'project', value: '7100000.00', page: 26 },
      { row: '31002', column: 'public', value: '42960.00', page: 26 },
    ],
    // 表7 …基本支出明细表（按支出功能分类科目）
    'budget.gpbBasicFunctional': [
      { row: 'total', column: 'total', value: '64662533.99', page: 27 },
      { row: '2080501', column: 'public', value: '104568.00', page: 27 },
      { row: '2050803', column: 'public', value: '30000.00', page: 27 },
      { row: '2010350', column: 'personnel', value: '858680.88', page: 27 },
    ],
    'budget.income': [
      { row: 'total', column: 'total', value: '92165133.99', page: 21 },
      { row: 'total', column: 'gpbSpecialFunds', value: '7100000.00', page: 21 },
      { row: '114', column: 'total', value: '92165133.99', page: 21 },
      { row: '114001', column: 'gpbSpecialFunds', value: '7100000.00', page: 21 },
    ],
    'budget.threePublic': [
      { row: 'threePublic', column: 'priorYear.grandTotal', value: '442400.00', page: 33 },
      { row: 'threePublic', column: 'priorYear.training', value: '402400.00', page: 33 },
      { row: 'threePublic', column: 'budget.reception', value: '30000.00', page: 33 },
      { row: 'threePublic', column: 'change.grandTotal', value: '-182400.00', page: 33 },
    ],
    'budget.summary': [
      { row: '部门预算', column: 'amount', value: '92165133.99', page: 20 },
      { row: 'incomeTotal', column: 'amount', value: '92165133.99', page: 20 },
      { row: '221', column: 'amount', value: '7343316.06', page: 20 },
      // four column groups (功能 | 部门经济 | 政府经济): each label keeps its own figure
      { row: '205', column: 'amount', value: '230000.00', page: 20 },
      { row: '商品和服务支出', column: 'amount', value: '6605481.30', page: 20 },
      { row: '专项业务经费支出', column: 'amount', value: '27502600.00', page: 20 },
      { row: 'expenditureGrandTotal', column: 'amount', value: '92165133.99', page: 20 },
    ],
    'budget.expenditure': [
      { row: 'total', column: 'total', value: '92165133.99', page: 22 },
      { row: '114', column: 'total', value: '92165133.99', page: 22 },
      { row: '114001', column: 'total', value: '92165133.99', page: 22 },
    ],
    'budget.fiscalSummary': [
      { row: 'incomeTotal', column: 'amount', value: '92165133.99', page: 23 },
      { row: '221', column: 'total', value: '7343316.06', page: 23 },
      { row: 'expenditureGrandTotal', column: 'total', value: '92165133.99', page: 23 },
    ],
    // 表5 / 表8 …明细表（按支出功能/经济分类科目）: the title's classification picks the kind
    'budget.gpbExpenditure': [
      { row: 'total', column: 'total', value: '92165133.99', page: 24 },
      { row: 'total', column: 'project', value: '27502600.00', page: 24 },
      { row: '2050803', column: 'public', value: '30000.00', page: 24 },
      { row: '2050803', column: 'project', value: '200000.00', page: 24 },
    ],
    'budget.gpbBasicExpenditure': [
      { row: 'total', column: 'total', value: '64662533.99', page: 28 },
      { row: '302', column: 'personnel', value: '2258676.00', page: 28 },
      { row: '30201', column: 'public', value: '1711988.00', page: 28 },
    ],
  },
  'budget-yantai-bangongshi-2026': {
    // 公开表10 基本支出预算情况表: 部门 × 政府经济分类, split codes ("301 08" beside "501 02", the name wrapped around)
    'budget.basicExpenditure': [
      { row: 'total', column: 'total', value: '4285.60', page: 23 },
      { row: 'total', column: 'gpb', value: '4285.60', page: 23 },
      { row: '30108', column: 'total', value: '220.93', page: 23 },
      { row: '30113', column: 'fiscalSubtotal', value: '201.89', page: 23 },
      { row: '30302', column: 'gpb', value: '285.77', page: 24 },
    ],
    // 公开表11 项目支出预算情况表
    'budget.projectExpenditure': [
      { row: 'total', column: 'total', value: '5039.97', page: 25 },
      { row: 'total', column: 'fiscalSubtotal', value: '4946.96', page: 25 },
      { row: 'total', column: 'unitFunds', value: '93.01', page: 25 },
    ],
    'budget.summary': [
      { row: '财政拨款收入', column: 'amount', value: '9232.56', page: 9 },
      { row: 'incomeTotal', column: 'amount', value: '9325.57', page: 9 },
      { row: '221', column: 'amount', value: '318.01', page: 9 },
      { row: 'expenditureGrandTotal', column: 'amount', value: '9325.57', page: 9 },
    ],
    'budget.income': [
      { row: 'total', column: 'total', value: '9325.57', page: 10 },
      { row: 'total', column: 'other', value: '93.01', page: 10 },
      { row: '2210201', column: 'gpb', value: '318.01', page: 11 },
      { row: '2010301', column: 'total', value: '2220.04', page: 10 },
    ],
    'budget.expenditure': [
      { row: 'total', column: 'total', value: '9325.57', page: 12 },
      { row: 'total', column: 'project', value: '5039.97', page: 12 },
      { row: '2210201', column: 'basic', value: '318.01', page: 13 },
      { row: '2010301', column: 'total', value: '2220.04', page: 12 },
    ],
    'budget.fiscalSummary': [
      { row: '一般公共预算收入', column: 'amount', value: '9232.56', page: 14 },
      { row: 'incomeTotal', column: 'amount', value: '9232.56', page: 15 },
      { row: '221', column: 'gpb', value: '318.01', page: 15 },
      { row: 'expenditureGrandTotal', column: 'total', value: '9232.56', page: 15 },
    ],
    'budget.gpbExpenditure': [
      { row: 'total', column: 'total', value: '9232.56', page: 16 },
      { row: 'total', column: 'project', value: '4946.96', page: 16 },
      { row: '2210201', column: 'personnel', value: '318.01', page: 17 },
      { row: '2010301', column: 'total', value: '2220.04', page: 16 },
    ],
    'budget.gpbBasicExpenditure': [
      { row: 'total', column: 'total', value: '4285.60', page: 18 },
      { row: 'total', column: 'public', value: '616.11', page: 18 },
      { row: '30399', column: 'personnel', value: '4.16', page: 19 },
      { row: '30101', column: 'total', value: '573.72', page: 18 },
    ],
    'budget.threePublic': [
      // 公务用车购置经费 (its 经费 wrapped) prints nothing in either year
      { row: 'threePublic', column: 'priorYear.total', value: '356.10', page: 20 },
      { row: 'threePublic', column: 'priorYear.overseas', value: '95.00', page: 20 },
      { row: 'threePublic', column: 'priorYear.vehicles', value: '64.10', page: 20 },
      { row: 'threePublic', column: 'priorYear.vehicleOperation', value: '64.10', page: 20 },
      { row: 'threePublic', column: 'priorYear.reception', value: '197.00', page: 20 },
      { row: 'threePublic', column: 'budget.total', value: '347.60', page: 20 },
      { row: 'threePublic', column: 'budget.vehicles', value: '61.60', page: 20 },
      { row: 'threePublic', column: 'budget.vehicleOperation', value: '61.60', page: 20 },
      { row: 'threePublic', column: 'budget.reception', value: '192.00', page: 20 },
    ],
  },
  'budget-zhuhai-gongwu-center-2026': {
    'budget.basicExpenditure': [
      { row: 'total', column: 'total', value: '0.00', page: 17 },
      { row: 'total', column: 'fiscalSubtotal', value: '0.00', page: 17 },
      { row: 'total', column: 'otherFunds', value: '0.00', page: 17 },
    ],
    'budget.summary': [
      { row: 'fiscalAppropriation', column: 'amount', value: '7552.81', page: 4 },
      { row: 'incomeTotal', column: 'amount', value: '7552.81', page: 5 },
      { row: '212', column: 'amount', value: '7552.92', page: 4 },
      { row: 'expenditureGrandTotal', column: 'amount', value: '7552.92', page: 5 },
    ],
    'budget.income': [
      { row: 'total', column: 'total', value: '7552.92', page: 6 },
      { row: 'total', column: 'gf', value: '6816.00', page: 6 },
      { row: '珠海市政府投资交通市政项目工务中心', column: 'total', value: '7552.92', page: 6 },
    ],
    'budget.expenditure': [
      { row: 'total', column: 'total', value: '7552.92', page: 7 },
      { row: 'total', column: 'project', value: '7552.92', page: 7 },
      { row: '2129801', column: 'project', value: '6816.00', page: 7 },
      { row: '212', column: 'total', value: '7552.92', page: 7 },
    ],
    'budget.fiscalSummary': [
      { row: 'gpb', column: 'amount', value: '736.81', page: 8 },
      { row: 'incomeTotal', column: 'amount', value: '7552.81', page: 8 },
      { row: '212', column: 'total', value: '7552.81', page: 8 },
      { row: 'expenditureGrandTotal', column: 'total', value: '7552.81', page: 9 },
    ],
    'budget.gpbExpenditure': [
      { row: 'total', column: 'total', value: '736.81', page: 10 },
      { row: 'total', column: 'project', value: '736.81', page: 10 },
      { row: '212', column: 'total', value: '736.81', page: 10 },
      { row: '2120106', column: 'project', value: '736.81', page: 10 },
    ],
    'budget.gpbBasicExpenditure': [
      { row: 'total', column: 'total', value: '0.00', page: 11 },
    ],
    'budget.gpbProjectExpenditure': [
      { row: 'total', column: 'total', value: '736.81', page: 12 },
      { row: '301', column: 'total', value: '569.16', page: 12 },
      { row: '30101', column: 'total', value: '76.00', page: 12 },
    ],
    'budget.gf': [
      { row: 'total', column: 'total', value: '6816.00', page: 15 },
      { row: 'total', column: 'project', value: '6816.00', page: 15 },
      { row: '2129801', column: 'project', value: '6816.00', page: 15 },
      { row: '212', column: 'total', value: '6816.00', page: 15 },
    ],
    'budget.soce': [
      { row: 'total', column: 'total', value: '0.00', page: 16 },
      { row: 'total', column: 'basic', value: '0.00', page: 16 },
    ],
  },
  'final-foshan-jiaotong-2019': {
    'final.summary': [
      { row: 'gpbAppropriation', column: 'amount', value: '1668.14', page: 5 },
      { row: 'incomeTotal', column: 'amount', value: '1668.14', page: 6 },
      { row: '221', column: 'amount', value: '60.87', page: 6 },
      // 二十一、灾害防治及应急管理支 / 出 wrapped around its line's figure
      { row: '224', column: 'amount', value: '0.00', page: 6 },
      { row: 'expenditureGrandTotal', column: 'amount', value: '1668.14', page: 7 },
    ],
    'final.income': [
      { row: 'total', column: 'total', value: '1668.14', page: 8 },
      { row: 'total', column: 'other', value: '0.01', page: 8 },
      { row: '2210201', column: 'fiscal', value: '60.87', page: 9 },
      { row: '2080505', column: 'total', value: '53.45', page: 8 },
    ],
    'final.expenditure': [
      { row: 'total', column: 'total', value: '1668.14', page: 10 },
      { row: 'total', column: 'project', value: '921.75', page: 10 },
      { row: '2210201', column: 'basic', value: '60.87', page: 11 },
      { row: '2080505', column: 'total', value: '53.45', page: 10 },
    ],
    'final.fiscalSummary': [
      { row: 'gpb', column: 'amount', value: '1668.14', page: 12 },
      { row: 'incomeTotal', column: 'amount', value: '1668.14', page: 13 },
      { row: '221', column: 'gpb', value: '60.87', page: 13 },
      { row: '207', column: 'total', value: '0.00', page: 12 },
      { row: '224', column: 'gpb', value: '0.00', page: 13 },
      { row: 'expenditureGrandTotal', column: 'total', value: '1668.14', page: 14 },
    ],
    'final.gpbExpenditure': [
      { row: 'total', column: 'total', value: '1668.14', page: 15 },
      { row: 'total', column: 'project', value: '921.75', page: 15 },
      { row: '2210201', column: 'basic', value: '60.87', page: 16 },
      { row: '2080505', column: 'total', value: '53.45', page: 15 },
    ],
    'final.gpbBasicExpenditure': [
      { row: '301', column: 'amount', value: '649.20', page: 17 },
      { row: '30101', column: 'amount', value: '301.79', page: 17 },
      { row: '30102', column: 'amount', value: '63.04', page: 17 },
      { row: 'personnelTotal', column: 'amount', value: '649.20', page: 20 },
    ],
    'final.threePublic': [
      { row: 'threePublic', column: 'budget.total', value: '0.00', page: 21 },
      { row: 'threePublic', column: 'final.total', value: '0.16', page: 21 },
    ],
    'final.gf': [
      { row: 'total', column: 'openingBalance', value: '0.00', page: 22 },
      { row: 'total', column: 'income', value: '0.00', page: 22 },
      { row: '2296003', column: 'income', value: '0.00', page: 23 },
      { row: '2082299', column: 'openingBalance', value: '0.00', page: 22 },
    ],
  },
  'final-shanghai-putuo-caizhengju-2024': {
    'final.summary': [
      { row: 'gpbAppropriation', column: 'amount', value: '2940.05', page: 6 },
      { row: 'incomeTotal', column: 'amount', value: '2946.25', page: 6 },
      { row: '221', column: 'amount', value: '445.69', page: 6 },
      { row: 'expenditureGrandTotal', column: 'amount', value: '2995.39', page: 7 },
    ],
    'final.income': [
      { row: 'total', column: 'total', value: '2946.25', page: 8 },
      { row: 'total', column: 'other', value: '6.20', page: 8 },
      { row: '2210203', column: 'fiscal', value: '258.50', page: 9 },
      { row: '2010601', column: 'total', value: '1511.90', page: 8 },
    ],
    'final.expenditure': [
      { row: 'total', column: 'total', value: '2940.05', page: 10 },
      { row: 'total', column: 'project', value: '603.14', page: 10 },
      { row: '2210203', column: 'basic', value: '258.50', page: 11 },
      { row: '2010601', column: 'total', value: '1511.89', page: 10 },
    ],
    'final.fiscalSummary': [
      { row: 'gpb', column: 'amount', value: '2940.05', page: 12 },
      { row: 'incomeTotal', column: 'amount', value: '2940.05', page: 13 },
      { row: '221', column: 'gpb', value: '445.69', page: 13 },
      { row: 'expenditureGrandTotal', column: 'total', value: '2961.68', page: 13 },
    ],
    'final.gpbExpenditure': [
      { row: 'total', column: 'total', value: '2940.05', page: 15 },
      { row: 'total', column: 'project', value: '603.14', page: 15 },
      { row: '2210203', column: 'basic', value: '258.50', page: 15 },
      { row: '201', column: 'total', value: '2106.66', page: 15 },
    ],
    // 类 and 款 printed on a line a third of a line above the name and figure
    'final.gpbBasicExpenditure': [
      { row: '301', column: 'amount', value: '2082.85', page: 16 },
      { row: '30101', column: 'amount', value: '262.33', page: 16 },
      { row: '30108', column: 'amount', value: '160.75', page: 16 },
      { row: '30109', column: 'amount', value: '80.38', page: 16 },
      { row: '302', column: 'amount', value: '171.07', page: 16 },
      { row: '30201', column: 'amount', value: '21.21', page: 16 },
      { row: '30228', column: 'amount', value: '24.42', page: 17 },
      { row: '30299', column: 'amount', value: '11.53', page: 17 },
      { row: '303', column: 'amount', value: '69.41', page: 16 },
      { row: '30309', column: 'amount', value: '0.31', page: 17 },
      { row: '310', column: 'amount', value: '13.58', page: 17 },
      { row: '31002', column: 'amount', value: '13.58', page: 17 },
      { row: 'personnelTotal', column: 'amount', value: '2152.26', page: 17 },
      { row: 'publicTotal', column: 'amount', value: '184.65', page: 17 },
    ],
    'final.threePublic': [
      { row: 'threePublic', column: 'budget.total', value: '0.95', page: 18 },
    ],
  },
  'final-shanghai-putuo-guihuaziyuan-2024': {
    'final.summary': [
      { row: 'gpbAppropriation', column: 'amount', value: '9746.50', page: 7 },
      { row: 'incomeTotal', column: 'amount', value: '9746.50', page: 7 },
      { row: '221', column: 'amount', value: '461.08', page: 7 },
      { row: 'expenditureGrandTotal', column: 'amount', value: '9859.38', page: 7 },
    ],
    'final.income': [
      { row: 'total', column: 'total', value: '9746.50', page: 8 },
      { row: 'total', column: 'fiscal', value: '9746.50', page: 8 },
      { row: '2210203', column: 'fiscal', value: '171.49', page: 9 },
      { row: '2080501', column: 'total', value: '54.53', page: 8 },
    ],
    'final.expenditure': [
      { row: 'total', column: 'total', value: '9759.38', page: 10 },
      { row: 'total', column: 'project', value: '4381.74', page: 10 },
      { row: '2210203', column: 'basic', value: '171.49', page: 11 },
      { row: '2080501', column: 'total', value: '54.53', page: 10 },
    ],
    'final.fiscalSummary': [
      { row: 'gpb', column: 'amount', value: '9746.50', page: 12 },
      { row: 'incomeTotal', column: 'amount', value: '9746.50', page: 13 },
      { row: '221', column: 'gpb', value: '461.08', page: 13 },
      { row: 'expenditureGrandTotal', column: 'total', value: '9746.50', page: 13 },
    ],
    'final.gpbExpenditure': [
      { row: 'total', column: 'total', value: '9746.50', page: 15 },
      { row: 'total', column: 'project', value: '4381.74', page: 15 },
      { row: '2210203', column: 'basic', value: '171.49', page: 15 },
      { row: '2080501', column: 'total', value: '54.53', page: 14 },
    ],
    'final.gpbBasicExpenditure': [
      { row: '301', column: 'amount', value: '4816.14', page: 16 },
      { row: '302', column: 'amount', value: '440.90', page: 16 },
      { row: '30101', column: 'amount', value: '537.64', page: 16 },
      { row: 'personnelTotal', column: 'amount', value: '4884.09', page: 16 },
    ],
    'final.threePublic': [
      { row: 'threePublic', column: 'budget.total', value: '2.85', page: 17 },
      { row: 'threePublic', column: 'final.total', value: '0.39', page: 17 },
      { row: 'threePublic', column: 'budget.overseas', value: '0.00', page: 17 },
    ],
  },
};

/** Tables printed without figures (verified: no figure on the page below the title; mostly a note 故本表无数据). */
const EMPTY: Record<string, [kind: string, page: number][]> = {
  'budget-beijing-zhengwufuwu-2026-tables': [['budget.gf', 13], ['budget.soce', 14]],
  'budget-central-guojia-xinfangju-2026': [['budget.gf', 14], ['budget.soce', 15]],
  'budget-changsha-xinfang-2026': [['budget.gf', 21]],
  'budget-chongqing-bangongting-2026': [['budget.gf', 19]],
  'budget-hangzhou-sifaju-2026': [['budget.gf', 35], ['budget.soce', 36]],
  'budget-huzhou-caizhengju-2026': [['budget.gf', 29], ['budget.soce', 30]],
  'budget-jiangsu-renda-2017': [['budget.gf', 15]],
  'budget-jiangsu-shengweibangongting-2019-tables': [['budget.gf', 10]],
  'budget-shanghai-caizhengju-2025-unit': [['budget.gf', 15], ['budget.soce', 16]],
  'budget-shanghai-jiaotong-college-2026-unit': [['budget.gf', 15], ['budget.soce', 16]],
  'budget-shanghai-putuo-wanli-2024': [['budget.gf', 27], ['budget.soce', 28]],
  'budget-shanghai-putuo-zhengfuban-2025-department': [['budget.gf', 16], ['budget.soce', 17]],
  'budget-shanghai-putuo-zhengfuban-2025-unit': [['budget.gf', 16], ['budget.soce', 17]],
  'budget-suzhou-shenjiju-2026': [['budget.gf', 19], ['budget.soce', 20]],
  'budget-xian-bangongting-2026': [['budget.gf', 29]],
  'budget-yantai-bangongshi-2026': [['budget.gf', 21], ['budget.soce', 22]],
  'final-shanghai-putuo-caizhengju-2024': [['final.gf', 19], ['final.soce', 20]],
  'final-shanghai-putuo-guihuaziyuan-2024': [['final.gf', 18], ['final.soce', 19]],
};

/** document → table kind → rows printed without any figure (a neighbour's figure must not land there). */
const BLANK: Record<string, Record<string, string[]>> = {
  // p7 and p1: 三、国防支出 beside 三、单位预留机动经费 and its figure
  'budget-jiangsu-renda-2017': { 'budget.summary': ['202', '203', '204', 'gfAppropriation', 'priorYearCarryover', 'carryToNextYear'] },
  'budget-jiangsu-shengweibangongting-2019-tables': { 'budget.summary': ['202', '203', 'gfAppropriation', 'priorYearCarryover'] },
  // p20: 2、外交支出 … 4、公共安全支出 beside (1)工资福利支出 … and their figures
  'budget-xian-bangongting-2026': { 'budget.summary': ['202', '203', '204', '206'] },
  'final-shanghai-putuo-caizhengju-2024': {
    // 款 parts printed beside these names (13, 16, 18, 25 …) were once read as their amounts
    'final.gpbBasicExpenditure': ['30114', '30301', '30303', '30305', '30224', '30240', '31007'],
  },
};

/**
 * document → table kind → the rows that are units, in printed order: [unit code, name]. The code
 * stands in its own column (单位编码, 单位代码, 部门代码) and is not part of the name.
 */
const UNIT_ROWS: Record<string, Record<string, [unitCode: string, name: string][]>> = {
  'budget-suzhou-shenjiju-2026': { 'budget.income': [['024', '苏州市审计局'], ['024001', '苏州市审计局']] },
  'budget-wuxi-jiaotong-2026': { 'budget.income': [['313001', '无锡市交通运输局（本级）']] },
  'budget-xian-bangongting-2026': {
    'budget.income': [['114', '西安市人民政府办公厅'], ['114001', '西安市人民政府办公厅']],
    'budget.expenditure': [['114', '西安市人民政府办公厅'], ['114001', '西安市人民政府办公厅']],
  },
};

/** document → performance tables (all of them): project, one indicator (name, target, page), fund amounts. */
/**
 * Documents whose performance tables are not all listed above: 北京 预算表12 holds 82 projects
 * (p20-80, counted by their 11000…-codes) and 预算13表 follows; 长沙 prints four projects (p22-29)
 * and three 部门整体支出绩效目标表 pages (p30-32); 重庆 prints 表十 部门整体, 表十一 (no data) and 表十二.
 */
const PERFORMANCE_COUNT: Record<string, number> = {
  'budget-beijing-zhengwufuwu-2026-tables': 83,
  'budget-changsha-xinfang-2026': 7,
  'budget-chongqing-bangongting-2026': 3,
  'budget-xian-bangongting-2026': 11,
  'budget-yantai-bangongshi-2026': 10,
};

const PERFORMANCE: Record<string, ExpectedPerformance[]> = {
  // 一级/二级 labels centred over several rows, the vertical 绩/效/指/标 marker in a column of its own
  // (no row of it is an indicator), 分值 / （90） stacked in the header: read by geometry.
  'budget-central-guojia-xinfangju-2026': [
    {
      index: 0, project: '信息化运行维护', department: '国家信访局', indicatorCount: 9,
      indicator: { name: '项目总成本', target: '≤2134.87万元', page: 30, levels: ['成本指标', '经济成本指标'], weight: '20' },
      indicators: [
        { name: '数据中心设备维护量', target: '≥330台（套）', page: 30, levels: ['产出指标', '数量指标'], weight: '8' },
        { name: '前端运维问题响应时间', target: '≤10分钟', page: 30, levels: ['产出指标', '质量指标'], weight: '8' },
        { name: '系统软件反应速度', target: '≤4秒', page: 30, levels: ['产出指标', '质量指标'], weight: '8' },
        { name: '网络安全事件发生率', target: '≤0.5%', page: 30, levels: ['效益指标', '社会效益指标'], weight: '10' },
        { name: '使用部门满意率', target: '≥85%', page: 30, levels: ['满意度指标', '服务对象满意度指标'], weight: '10' },
      ],
      funds: [['total', '2134.87'], ['fiscal', '1384.87'], ['carryover', '750.00']],
    },
    {
      index: 1, project: '信访综合保障经费', department: '国家信访局', indicatorCount: 11,
      indicator: { name: '项目成本控制', target: '≤2706.79万元', page: 31, levels: ['成本指标', '经济成本指标'], weight: '20' },
      indicators: [
        // 产/出/指/标 one character per line beside the 绩/效/指/标 marker
        { name: '《人民信访》发行量', target: '720000册', page: 31, levels: ['产出指标', '数量指标'], weight: '8' },
        { name: '购买货物一次性验收通过率', target: '≥95%', page: 31, levels: ['产出指标', '质量指标'], weight: '4' },
        // two rows printed tight under one 社会效益指标 label, each with its own target and weight
        { name: '接访环境', target: '明显改善', page: 31, levels: ['效益指标', '社会效益指标'], weight: '10' },
        { name: '信访工作法治化水平', target: '持续提升', page: 31, levels: ['效益指标', '社会效益指标'], weight: '5' },
      ],
      funds: [['total', '2706.79'], ['fiscal', '2616.79'], ['carryover', '90.00'], ['other', '0.00']],
    },
    {
      // 年/度/总/体/目/标 one character per line, cut by the goal's lines: read as one label.
      index: 2, project: '信访业务培训', department: '国家信访局', indicatorCount: 9,
      goal: '1.分级分类抓好信访系统干部培训，提升队伍整体素质。2.做好两期中央单位实践锻炼干部的培训，切实做到挂有所获、挂有所得。3.培养锻炼地方信访业务骨干，进一步坚定理想信念，提升干部业务能力。',
      indicator: { name: '受训学员满意率', target: '≥95%', page: 32, levels: ['满意度指标', '服务对象满意度指标'], weight: '10' },
      indicators: [
        { name: '培养实践锻炼、跟班学习干部人数', target: '≥110人', page: 32, levels: ['产出指标', '数量指标'], weight: '6' },
        { name: '培训合格率', target: '≥98%', page: 32, levels: ['产出指标', '质量指标'], weight: '8' },
        { name: '信访系统干部整体素质和业务能力', target: '有所提高', page: 32, levels: ['效益指标', '社会效益指标'], weight: '20' },
      ],
      funds: [['total', '118.01'], ['fiscal', '118.01'], ['carryover', '0.00'], ['other', '0.00']],
    },
  ],
  // One wide grid per table (grid.ts): each project's block of rows is one table.
  'budget-beijing-zhengwufuwu-2026-tables': [
    {
      index: 0, project: '《北京市人民政府公报》制作发行服务',
      indicator: { name: '每年发行公报册数', target: '＝7.32万册', page: 20, levels: ['产出指标', '数量指标'] },
      funds: [['total', '61.221600'], ['fiscal', '61.221600']],
    },
    {
      index: 31, project: '“北京榜样·政务服务之星”主题活动',
      indicator: { name: '年度材料制作成本', target: '≤3.88万元', page: 41, levels: ['成本指标', '经济成本指标'] },
      funds: [['total', '6.770000'], ['fiscal', '6.770000']],
    },
    {
      // 服务对象满意度指 / 标 wrapped, rows printed tight: each row keeps its own label.
      index: 64, project: '北京市大数据平台运行服务',
      indicator: { name: '上链部门满意度', target: '≥90%', page: 66, levels: ['满意度指标', '服务对象满意度指标'] },
      funds: [['total', '969.644400'], ['fiscal', '969.644400']],
    },
  ],
  'budget-changsha-xinfang-2026': [
    {
      // 产出指标 is one cell centred over five rows, 质量指标's row is the second.
      index: 0, project: '基层及其他信访业务工作经费专项', department: '长沙市信访局',
      indicator: { name: '经费分档精准率', target: '≥95%', page: 22, levels: ['产出指标', '质量指标'] },
      funds: [['total', '35.78']],
    },
    { index: 1, project: '人民来访接待中心及特护期运行专项', indicator: { name: '设施设备正常运行率', target: '≥95%', page: 24 }, funds: [['total', '10.22']] },
    { index: 2, project: '人民来访接待中心业务专项', indicator: { name: '咨询意见采纳转化率', target: '≥90%', page: 26 }, funds: [['total', '102.80']] },
    {
      index: 3, project: '信访业务工作专项', department: '长沙市信访局',
      indicator: { name: '群众满意度', target: '≥90%', page: 29, levels: ['满意度指标', '服务对象满意度指标'] },
      funds: [['total', '138.11']],
    },
    // 部门整体 (p30-32): not read; 部门名称：长沙市信访局 ends at the unit note 单位：万元.
    { index: 4, project: null, department: '长沙市信访局' },
  ],
  'budget-chongqing-bangongting-2026': [
    {
      // 部门整体: 指标名称 | 指标性质 | 指标值 | 计量单位 | 指标权重(%) | 是否核心, rows printed tight.
      index: 0, project: null,
      indicator: { name: '民呼我为（“12345”）咨询一次性解答率', target: '≥70%', page: 22, weight: '15' },
    },
    {
      // 指标性质 | 指标值 | 计量单位 | 指标权重(%) in four columns; the name wraps around the row's line.
      index: 2, project: '市政府办公厅业务及日常运行项目', department: '重庆市人民政府办公厅',
      indicator: { name: '民呼我为（“互联网+督查”）诉求工单问题解决率', target: '≥85%', page: 24, weight: '15' },
      funds: [['fiscal', '8534.17']],
    },
  ],
  'budget-fuzhou-shangwuju-2026': [
    {
      // Name and target wrap above and below the row's line (物业成本控制 / ≤100% / 率).
      index: 0, project: '办公楼物业', department: '福州市商务局',
      indicator: { name: '物业成本控制率', target: '≤100%', page: 29, levels: ['成本指标', '经济成本指标'] },
      funds: [['total', '25.89'], ['fiscal', '25.89'], ['other', '0.00']],
    },
    {
      // The whole goal is printed above its label.
      index: 1, project: '办公楼租金', department: '福州市商务局',
      goal: '根据与城乡建总签订的《房屋租赁合同》，2026年房租184.94万元。（面积5137.26平方米，30元/月/平）',
      indicator: { name: '房屋装修及设备设施状况', target: '≥90%', page: 31, levels: ['产出指标', '质量指标'] },
      funds: [['total', '202.17'], ['fiscal', '202.17'], ['other', '0.00']],
    },
    { index: 2, project: '菜篮子工程建设专项资金', indicator: { name: '冻猪肉储备量', target: '≥1000吨', page: 32 }, funds: [['total', '1800.00'], ['fiscal', '1800.00']] },
    { index: 3, project: '口岸单位补贴', indicator: { name: '财政投入总数', target: '≤6557万元', page: 33 }, funds: [['total', '6200.00'], ['other', '0.00']] },
    {
      // A three-line name printed between tight rows is one row's; the goal's first line is
      // printed above its label 年度目标.
      index: 4, project: '商务发展资金', indicatorCount: 16,
      indicator: { name: '资助展会场次', target: '≥15场', page: 34 },
      indicators: [
        { name: '开展闽菜宣传推介活动次数', target: '≥1场', page: 34, levels: ['产出指标', '数量指标'] },
        { name: '对入选“米其林”“黑珍珠”“金梧桐”等推荐榜单的我市企业数量', target: '=3家', page: 34, levels: ['产出指标', '数量指标'] },
        { name: '奖补资金发放合规率', target: '=100%', page: 34, levels: ['产出指标', '质量指标'] },
      ],
      goal: '补助上年度新增限上商贸企业和规上服务业企业，鼓励企业做大做强，促进全市商贸服务业稳步发展。',
      funds: [['total', '11600.00'], ['fiscal', '11600.00']],
    },
    {
      index: 5, project: '商务工作专项经费', department: '福州市商务局',
      indicator: { name: '奖励（补助、补贴）对象与依据文件吻合度', target: '=100%', page: 36, levels: ['产出指标', '质量指标'] },
      funds: [['total', '290.00'], ['fiscal', '290.00'], ['other', '0.00']],
    },
    { index: 6, project: '房屋租金', indicator: { name: '预算执行率', target: '≥90%', page: 38 }, funds: [['total', '14.74'], ['fiscal', '14.74']] },
    {
      // The target wraps (≥451.68 平方 / 米) around the name's line.
      index: 7, project: '物业费', department: '福州市商务局',
      indicator: { name: '物业管理面积', target: '≥451.68平方米', page: 39, levels: ['产出指标', '数量指标'] },
      funds: [['total', '1.89'], ['fiscal', '1.89'], ['other', '0.00']],
    },
  ],
  'budget-xian-bangongting-2026': [
    {
      // 实施期资金总额 / 其中：财政拨款 / 其他资金 beside 资金金额（万元）; 年/度/目/标 stacked around the goal.
      index: 0, project: '法律顾问服务', department: '西安市人民政府办公厅', indicatorCount: 6,
      goal: '通过聘请法律顾问，有效提升市政府办公厅依法行政、依法办事的能力水平。',
      indicator: { name: '法律顾问服务成本（万元）', target: '≤5', page: 34, weight: '10' },
      funds: [['total', '5.00'], ['fiscal', '5.00']],
    },
    {
      // The goal printed on the lines of 度 and 目.
      index: 3, project: '政府网站内容', department: '西安市人民政府办公厅',
      goal: '做好政府信息公开、政策解读、舆论引导等相关工作，全面展示西安发展成就与城市形象，提升西安市国际传播影响力。',
      funds: [['total', '106.12'], ['fiscal', '106.12']],
    },
    {
      // 表15 部门整体: the 年度主要任务 block (任务名称 | 主要内容 | 总额 | 财政拨款 | 其他资金) is not read.
      index: 9, project: null, department: '西安市人民政府办公厅',
      goal: '1.抓好各项政务活动；2.做好档案整理、文件刊物印制、业务工作培训以及离退休干部、参事、馆员活动保障工作；3.保障驻外办工作正常运行；4.完成政府网站内容制作、政务公开及网站监管工作。',
      indicator: { name: '驻外办保障成本（万元）', target: '≤696.1', page: 43, weight: '4' },
    },
  ],
  'budget-yantai-bangongshi-2026': [
    {
      // 年度预算资金总额： printed above 项目资金, level with the 实施单位 cell.
      // 主管部门及代码 201_烟台市人民政府办公室: the code apart from the name
      index: 9, project: '驻外保障经费', department: '烟台市人民政府办公室', implementer: '烟台市人民政府驻济南办事处',
      funds: [['total', '100.00'], ['fiscal', '100.00'], ['other', '0.00']],
    },
  ],
  'budget-quanzhou-gonganju-2026-unit': [
    {
      index: 0, project: '单警装备、公务用车采购等项目建设',
      indicator: { name: '预算控制率', target: '≤80%', page: 26, levels: ['成本指标', '经济成本指标'] },
      funds: [['total', '866.40'], ['fiscal', '866.40'], ['other', '0.00']],
    },
    { index: 1, project: '女子看守所保障经费', indicator: { name: '按需供应及时性', target: '≥90%', page: 27 }, funds: [['total', '1111.50'], ['fiscal', '1111.50']] },
    { index: 2, project: '公安办案业务经费', indicator: { name: '服务对象满意率', target: '≥95%', page: 28, levels: ['满意度指标', '服务对象满意度指标'] }, funds: [['total', '6258.60'], ['other', '0.00']] },
    {
      // The last table ends at "2.有关情况说明" (a numbered heading); its six rows as printed, a
      // target wrapped over six lines one cell.
      index: 3, project: '泉州市社会治理现代化智慧调度指挥中心', indicatorCount: 6,
      indicator: { name: '系统功能实现率', target: '≥100%', page: 29, levels: ['产出指标', '质量指标'] },
      indicators: [
        {
          name: '完善社会治安防控体系', target: '=通过项目建设，公安机关全年度矛盾纠纷排查化解率得到进一步提高项',
          page: 29, levels: ['效益指标', '社会效益指标'],
        },
        { name: '"群众社会治安满意度"', target: '=100%', page: 29, levels: ['满意度指标', '服务对象满意度指标'] },
      ],
      funds: [['total', '237.50'], ['fiscal', '237.50'], ['other', '0.00']],
    },
  ],
};


const docs = new Map<string, Disclosure>();

before(async () => {
  if (skip) return;
  const names = new Set([...Object.keys(CELLS), ...Object.keys(EMPTY), ...Object.keys(BLANK), ...Object.keys(UNIT_ROWS), ...Object.keys(PERFORMANCE)]);
  for (const name of names) {
    const r = await parseBytes(readFileSync(`${CORPUS}${name}.pdf`), `${name}.pdf`);
    if (!r.ok) throw new Error(`${name}: ${r.error.code}`);
    docs.set(name, r.value);
  }
});

function findRow(rows: readonly Row[], id: string): Row | undefined {
  return rows.find((r) => r.code === id || r.key === id || r.unitCode === id)
    ?? rows.find((r) => r.code === null && r.key === null && r.unitCode === undefined && r.name === id);
}

for (const [name, kinds] of Object.entries(CELLS)) {
  test(`${name}: printed cells, value and page`, { skip }, () => {
    const d = docs.get(name)!;
    for (const [kind, cells] of Object.entries(kinds)) {
      const t = table(d, kind);
      for (const c of cells) {
        const where = `${kind} ${c.row}.${c.column}`;
        const row = findRow(t.rows, c.row);
        assert.ok(row, `${where}: no row`);
        const cell = row.values[c.column];
        assert.ok(cell, `${where}: no cell`);
        assert.equal(formatAmount(cell.value, cell.decimals), c.value, where);
        assert.equal(cell.at.page, c.page, `${where}: page`);
      }
    }
  });
}

/**
 * 江苏 收入预算总表 printed transposed: the items (项目名称) each a printed row, grouped under 一般公共预算资金 /
 * 政府性基金 / 财政专户管理资金 / 其他资金 / 上年结转和结余资金. Figures and the 小计 line's top (yMin) from
 * `pdftotext -bbox` of the page; the other items print no figure.
 */
const TRANSPOSED_INCOME: Record<string, { page: number; subtotalTop: number }> = {
  'budget-jiangsu-renda-2017': { page: 9, subtotalTop: 489.12 },
  'budget-jiangsu-shengweibangongting-2019-tables': { page: 2, subtotalTop: 234.84 },
};

test('income tables printed transposed: one total row, items in their columns, label-only items without a value', { skip }, () => {
  for (const [name, e] of Object.entries(TRANSPOSED_INCOME)) {
    const t = table(docs.get(name)!, 'budget.income');
    assert.deepEqual(t.columns.map((c) => c.key), ['total', 'priorYearCarryover', 'gpb', 'gf', 'specialAccount', 'business', 'operating', 'other'], name);
    assert.deepEqual(t.rows.map((r) => r.key), ['total'], name);
    const row = t.rows[0]!;
    assert.deepEqual(Object.keys(row.values).sort(), ['gpb', 'total'], name);
    const box = row.values.gpb!.at.box;
    assert.ok(box, `${name}: gpb box`);
    assert.equal(row.values.gpb!.at.page, e.page, name);
    assert.ok(Math.abs(box[1] - e.subtotalTop) < 1, `${name}: gpb printed on the 小计 line (top ${box[1]})`);
  }
});

test('unit rows: the code printed in its own column is the unit code, the name is printed without it', { skip }, () => {
  for (const [name, kinds] of Object.entries(UNIT_ROWS)) {
    for (const [kind, expected] of Object.entries(kinds)) {
      const rows = table(docs.get(name)!, kind).rows.filter((r) => r.unitCode !== undefined);
      assert.deepEqual(rows.map((r) => [r.unitCode, r.name]), expected, `${name} ${kind}`);
      assert.ok(rows.every((r) => r.code === null && r.key === null), `${name} ${kind}: a unit row keyed or coded`);
      // the public JSON carries the field (docs/output-extensions.md)
      const json = disclosureJson(docs.get(name)!).tables as { kind: string; rows: { unitCode?: string; name: string }[] }[];
      const jsonRows = json.find((t) => t.kind === kind)!.rows.filter((r) => r.unitCode !== undefined);
      assert.deepEqual(jsonRows.map((r) => [r.unitCode, r.name]), expected, `${name} ${kind}: JSON`);
    }
  }
});

test('rows printed without a figure are read without one', { skip }, () => {
  for (const [name, kinds] of Object.entries(BLANK)) {
    for (const [kind, ids] of Object.entries(kinds)) {
      const t = table(docs.get(name)!, kind);
      for (const id of ids) {
        const row = findRow(t.rows, id);
        assert.ok(row, `${name} ${kind} ${id}: no row`);
        assert.deepEqual(Object.keys(row.values), [], `${name} ${kind} ${id}`);
      }
    }
  }
});

test('tables printed empty are read empty, on their page', { skip }, () => {
  for (const [name, tables] of Object.entries(EMPTY)) {
    const d = docs.get(name)!;
    for (const [kind, page] of tables) {
      const t = table(d, kind);
      assert.equal(t.empty, true, `${name} ${kind}`);
      assert.ok(t.rows.every((r) => Object.keys(r.values).length === 0), `${name} ${kind}: a figure read`);
      assert.deepEqual(t.pages, [page], `${name} ${kind}`);
    }
  }
});

function assertIndicator(name: string, rows: readonly PerformanceIndicator[], e: ExpectedIndicator): void {
  const ind = rows.find((i) => i.name === e.name);
  assert.ok(ind, `${name}: no indicator ${e.name}`);
  assert.equal(ind.target, e.target, `${name} ${e.name}`);
  assert.equal(ind.at.page, e.page, `${name} ${e.name}: page`);
  if (e.levels) assert.deepEqual([ind.level1, ind.level2], e.levels, `${name} ${e.name}: levels`);
  if (e.weight) assert.equal(ind.weight, e.weight, `${name} ${e.name}: weight`);
}

test('performance target tables: project, department and an indicator as printed', { skip }, () => {
  for (const [name, expected] of Object.entries(PERFORMANCE)) {
    const perf = docs.get(name)!.performance;
    for (const e of expected) {
      const p = perf[e.index];
      assert.ok(p, `${name}: no performance table ${e.index}`);
      assert.equal(p.project, e.project, `${name} #${e.index}`);
      if (e.department !== undefined) assert.equal(p.department, e.department, `${name} #${e.index}`);
      if (e.implementer !== undefined) assert.equal(p.implementer, e.implementer, `${name} #${e.index}`);
      for (const ind of [...(e.indicator ? [e.indicator] : []), ...(e.indicators ?? [])]) assertIndicator(name, p.indicators, ind);
      if (e.indicatorCount !== undefined) assert.equal(p.indicators.length, e.indicatorCount, `${name} #${e.index}: indicators`);
      if (e.goal !== undefined) assert.equal(p.goals?.text, e.goal, `${name} #${e.index}: goal`);
      for (const [key, value] of e.funds ?? []) {
        const cell: Cell | undefined = p.funds.find((f) => f.key === key)?.values.amount;
        assert.ok(cell, `${name} #${e.index}: no fund ${key}`);
        assert.equal(formatAmount(cell.value, cell.decimals), value, `${name} #${e.index} ${key}`);
      }
    }
    assert.equal(perf.length, PERFORMANCE_COUNT[name] ?? expected.length, name);
  }
});
