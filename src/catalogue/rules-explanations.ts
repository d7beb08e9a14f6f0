/**
 * @module Rules of the "explanations against tables" family: every figure the 情况说明 states
 * is linked to its table figure (or to the other stated figures it is computed from) and checked.
 */
import type { RuleSpec } from './rule-types.js';

export const EXPLANATION_RULES: readonly RuleSpec[] = [
  {
    id: 'explanation.amount',
    family: 'explanation',
    severity: 'error',
    title: '说明金额与表格不符 (stated amount differs from the table)',
    basis:
      'An amount the explanation states for a table figure (收支总计, 本年收入合计, a 类/款/项 item, 人员经费, a 三公 item …) must equal that figure. A difference of at most one unit of the coarser printed place (0.01 万元 for two decimals) is rounding; beyond it the text and the table disagree.',
  },
  {
    id: 'explanation.change',
    family: 'explanation',
    severity: 'error',
    title: '增减额或增减率与数据不符 (stated change does not agree)',
    basis:
      'A stated change (增加/减少 Y 万元, 增长/下降 X%) must agree with the table (current − prior year where the table prints both) and with its own arithmetic: X% = Y / (current − Y). Percentages recomputed from rounded figures may miss by one unit of the printed place (rounding).',
  },
  {
    id: 'explanation.share',
    family: 'explanation',
    severity: 'error',
    title: '占比与数据不符 (stated share does not agree)',
    basis:
      'A share (占 X%) must equal part / whole, recomputed from the stated figures (the whole is the figure the parts are listed under, or the base the sentence names). One unit of the printed place is the rounding envelope.',
  },
  {
    id: 'explanation.rate',
    family: 'explanation',
    severity: 'error',
    title: '预算完成率与数据不符 (stated execution rate does not agree)',
    basis:
      'An execution rate (完成年初预算的 X%) must equal actual / budget of the same item, recomputed from the stated figures. One unit of the printed place is the rounding envelope.',
  },
  {
    id: 'explanation.direction',
    family: 'explanation',
    severity: 'error',
    title: '增减方向或大小比较用词错误 (direction word contradicts the figures)',
    basis:
      'A rise is not called a fall: 增加/增长 needs current > prior, 减少/下降 current < prior, 持平 no change; 决算数大于/小于/等于预算数 must match the stated actual and budget.',
  },
  {
    id: 'explanation.sum',
    family: 'explanation',
    severity: 'error',
    title: '合计与所列各项之和不符 (stated total differs from its parts)',
    basis:
      'A total the explanation lists parts of (政府采购 = 货物 + 工程 + 服务; 三公 = 因公出国 + 公务用车 + 公务接待; 基本支出 = 人员经费 + 公用经费) must equal their sum when no table prints it. One unit of the printed place per part is rounding.',
  },
  {
    id: 'explanation.count',
    family: 'explanation',
    severity: 'error',
    title: '数量合计或车辆数不符 (stated counts do not agree)',
    basis:
      'Counts are exact: a total the explanation lists parts of (共有车辆 N 辆，其中 … a 辆、b 辆 …; 安排购置车辆 N 辆，其中 …) must equal their sum, and the 三公 section\'s 公务用车保有量 cannot exceed the vehicles the assets section (国有资产占用情况) says are held.',
  },
  {
    id: 'explanation.vehicleStock',
    family: 'explanation',
    severity: 'warning',
    title: '公务用车保有量与资产车辆数不一致 (vehicle stock differs from the vehicles held)',
    basis:
      'A 三公 公务用车保有量 smaller than the vehicles held is right when it counts only the vehicles paid from fiscal appropriations (开支财政拨款的公务用车保有量); stated without that scope the two figures should be equal.',
  },
  {
    id: 'explanation.zeroBase',
    family: 'explanation',
    severity: 'warning',
    title: '上年基数为零时不应列示增长率 (growth rate on a zero base)',
    basis:
      'When the prior-year figure is zero (a new unit or a new item) a growth rate is undefined; stating 增长100% (or any rate) misinforms the reader. MODEL.md: zero base, no percentage.',
  },
  {
    id: 'explanation.unlinked',
    family: 'explanation',
    severity: 'info',
    title: '说明数字未能关联到表格 (stated figure not linked)',
    basis:
      'A figure whose subject the vocabulary does not name, or whose table is not in the disclosure, or whose cell is ambiguous, is listed so that coverage is visible; it is not counted as verified.',
  },
];
