/**
 * @module What generated performance tables say: indicator templates by 一级/二级指标 with their
 * weights (产出 50, 效益 30, 满意度 10 of 90, as the corpus's 项目支出绩效自评表 and 目标表 weigh
 * them), target and actual values with units, deviation reasons and goal sentences. Pure data:
 * `{topic}` is the project's subject, `{n}`/`{m}` a drawn count, `{p}` a drawn percentage.
 */

export interface IndicatorTemplate {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  /** Target as printed: a comparator and a unit, or a qualitative word. */
  readonly target: string;
  /** Actual value when fully met, and when met only in part (the score is then below the weight). */
  readonly met: string;
  readonly partly: string;
  readonly weight: number;
}

/** One indicator per 二级指标; weights add up to 90 (the 10 left belong to the fund execution rate). */
export const INDICATOR_TEMPLATES: readonly IndicatorTemplate[] = [
  { level1: '产出指标', level2: '数量指标', name: '{topic}任务完成数', target: '≥{n}项', met: '{n}项', partly: '{m}项', weight: 20 },
  { level1: '产出指标', level2: '质量指标', name: '{topic}验收合格率', target: '≥{p}%', met: '100%', partly: '{q}%', weight: 15 },
  { level1: '产出指标', level2: '时效指标', name: '任务按时完成率', target: '100%', met: '100%', partly: '{q}%', weight: 15 },
  { level1: '效益指标', level2: '社会效益指标', name: '{topic}服务保障水平', target: '有效提升', met: '有效提升', partly: '基本提升', weight: 20 },
  { level1: '效益指标', level2: '可持续影响指标', name: '长效工作机制', target: '持续完善', met: '持续完善', partly: '基本完善', weight: 10 },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '受益群众满意度', target: '≥{p}%', met: '{s}%', partly: '{q}%', weight: 10 },
];

/** Suffixes that make a functional item's name a project name ("一般行政管理事务" → "一般行政管理事务专项经费"). */
export const PROJECT_SUFFIXES = ['专项经费', '工作经费', '专项业务费', '项目经费'] as const;

export const DEVIATIONS = [
  '部分任务受外部因素影响推迟，下一年度加快实施进度。',
  '项目实施周期跨年，已督促按计划推进。',
  '个别环节验收滞后，将加强过程管理。',
] as const;

export const GOAL_SENTENCES = [
  '保障{topic}各项工作有序开展，按期完成年度任务。',
  '提升{topic}工作质量和效率，提高资金使用效益。',
] as const;

export const GOAL_DONE = ['已按期完成{topic}年度任务，资金使用规范。', '{topic}工作质量和效率进一步提升。'] as const;

/** How the forms label the fund rows (by PerformanceFunds key). */
export const FUND_LABELS: Readonly<Record<string, string>> = { total: '年度资金总额：', fiscal: '其中：财政拨款', other: '其他资金' };

/** A self-evaluation's fund columns: keys and the header words printed over them. */
export const SELF_FUND_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['budgetInitial', '年初预算数'], ['budgetFull', '全年预算数'], ['actual', '全年执行数'], ['weight', '分值'], ['rate', '执行率'], ['score', '得分'],
];

/** The indicator header of each kind of table. */
export const INDICATOR_HEADERS: Readonly<Record<'self' | 'targets', readonly string[]>> = {
  self: ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  targets: ['一级指标', '二级指标', '三级指标', '指标值', '分值权重'],
};

/** The attachment's part heading, printed before the performance tables. */
export const PERFORMANCE_PART = '第五部分 附件';

/** What a fund cell without a figure prints. */
export const NO_FIGURE = '--';

/** The line under a performance table's title. */
export const yearLine = (year: number | null): string => `(${year}年度)`;
