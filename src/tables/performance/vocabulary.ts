/**
 * @module The printed vocabulary of performance tables (绩效自评表, 绩效目标表): titles, header
 * fields, block markers, fund sources and columns, indicator columns, 一级/二级 labels and the
 * closed value lists of some columns. Pure data: the readers in this folder only look words up
 * here, so a new layout usually needs a new entry, not new code. Every label is written as it
 * reads once whitespace is removed (labels wrap, and 一级 labels are printed one character per line).
 */

/** Title endings, longest first (a title may carry the project name in front: "遣送遣返费项目绩效目标表"). */
export const TITLES = [
  { suffix: '部门整体支出绩效自评表', kind: 'performance.selfEvaluation' },
  { suffix: '项目支出绩效自评表', kind: 'performance.selfEvaluation' },
  { suffix: '部门整体支出绩效目标表', kind: 'performance.targets' },
  { suffix: '部门整体绩效目标表', kind: 'performance.targets' },
  { suffix: '项目支出绩效目标表', kind: 'performance.targets' },
  { suffix: '项目绩效目标表', kind: 'performance.targets', namesProject: true },
  // The project name alone in front: "信访业务培训绩效目标表".
  { suffix: '绩效目标表', kind: 'performance.targets', namesProject: true },
] as const;

/** A qualifier printed after a title, not part of it: "…绩效目标表（一级项目）". */
export const TITLE_QUALIFIER = /[（(](?:一级项目|二级项目)[）)]$/;

/** Numbering before a title ("（7）", "2."), not part of the project name in it. */
export const TITLE_NUMBERING = /^(?:[（(][0-9一二三四五六七八九十]+[）)]|[0-9一二三四五六七八九十]+[.．、])/;

/** What is left of a title that names no project: nothing, a year, or a form number ("预算表12"). */
export const NOT_A_PROJECT = /^(?:\d{4}年度?)?$|表/;

export type PerformanceKind = (typeof TITLES)[number]['kind'];

/** Header fields (label → key). Longer labels first where one contains another. */
export const FIELDS: ReadonlyArray<readonly [string, FieldKey]> = [
  ['项目名称', 'project'],
  ['主管部门及代码', 'department'],
  ['主管部门', 'department'],
  ['部门（单位）名称', 'department'],
  ['部门名称（盖章）', 'department'],
  ['部门名称(盖章)', 'department'],
  ['部门名称', 'department'],
  ['预算单位', 'department'],
  ['实施单位', 'implementer'],
  ['项目负责人', 'manager'],
  ['部门联系人', 'contact'],
  ['联系人', 'contact'],
  ['联系电话', 'phone'],
];
export type FieldKey = 'project' | 'department' | 'implementer' | 'manager' | 'contact' | 'phone';

/** Where each block of a table begins; a marker must start a line. */
export const BLOCKS: ReadonlyArray<readonly [string, BlockKey]> = [
  ['项目资金', 'funds'],
  ['资金情况', 'funds'],
  ['专项资金情况', 'funds'],
  ['年度预算(万元)', 'funds'],
  ['年度预算（万元）', 'funds'],
  // 资金金额 / （万元） beside 实施期资金总额 / 其中：财政拨款 / 其他资金
  ['资金金额', 'funds'],
  ['年度总体目标', 'goals'],
  ['项目总体目标', 'goals'],
  ['年度绩效目标', 'goals'],
  ['整体绩效目标', 'goals'],
  ['总体目标', 'goals'],
  ['年度目标', 'goals'],
  // 部门整体: the department's tasks (任务名称 | 主要内容 | 总额 | 财政拨款 | 其他资金), not read
  ['年度主要任务', 'tasks'],
  ['一级指标', 'indicators'],
];
export type BlockKey = 'funds' | 'goals' | 'tasks' | 'indicators';

/**
 * Words of a table's body that end a header field though they label no field: column labels of
 * a fund or task block printed right under the header rows ("部门名称 北京市… / 财政拨款 其他资金",
 * "部门（单位）名称 … / 预算金额（万元） / 任务名称 主要内容"), the unit note, fund rows.
 */
export const FIELD_ENDS: readonly string[] = [
  '单位：万元', '单位:万元', '金额单位', '预算金额', '任务名称', '实施期限', '实施期资金总额', '年度资金总额', '年度预算资金总额',
  '资金金额', '预算支出总额', '总体资金情况', '年度预算申请', '财政拨款', '其他资金',
];

/**
 * What never appears in a unit's name (主管部门, 实施单位): a figure with decimals, a fund or
 * indicator column label. A cell read with one of these holds more than its own text.
 */
export const NOT_A_NAME = /\d\.\d|万元|资金总额|财政拨款|其他资金|指标|分值|绩效目标/;
/** A unit's name is at most this long (the longest in the corpus has 24 characters). */
export const NAME_MAX = 40;

/** Fund rows (label → canonical source). "其中：" and colons around them are noise. */
export const FUND_SOURCES: ReadonlyArray<readonly [string, string]> = [
  ['实施期资金总额', 'total'],
  ['年度预算资金总额', 'total'],
  ['年度资金总额', 'total'],
  ['年度资金总和', 'total'],
  ['年度预算总额', 'total'],
  ['资金总额合计', 'total'],
  // Also printed as a column label ("资金来源 资金总额（万元）"); the source nearest a figure names its row.
  ['资金总额', 'total'],
  ['当年财政拨款', 'fiscal'],
  ['财政拨款', 'fiscal'],
  ['财政资金', 'fiscal'],
  ['上年结转资金', 'carryover'],
  ['上年结转', 'carryover'],
  ['上级安排', 'fiscalSuperior'],
  ['本级安排', 'fiscalLocal'],
  ['其他资金', 'other'],
  ['其他', 'other'],
];

/** Fund columns (label → key). */
export const FUND_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['年初预算数', 'budgetInitial'],
  ['全年预算数', 'budgetFull'],
  ['全年执行数', 'actual'],
  ['资金总额', 'amount'],
  ['分值', 'weight'],
  ['执行率', 'rate'],
  ['得分', 'score'],
];

/** The key of a fund block printed with one amount column and no column header. */
export const FUND_SINGLE_COLUMN = 'amount';

/** Words in the fund block that are neither a source nor a column. */
export const FUND_NOISE = ['项目资金', '资金来源', '资金情况', '资金金额', '（万元）', '(万元)', '其中', '：', ':'] as const;

/** Sub-header of the goal block: which column is which. */
export const GOAL_COLUMNS: ReadonlyArray<readonly [string, 'expected' | 'actual']> = [
  ['预期目标', 'expected'],
  ['实际完成情况', 'actual'],
];

/** Indicator columns (label → key), as printed in the header row. */
export const INDICATOR_COLUMNS: ReadonlyArray<readonly [string, IndicatorColumn]> = [
  ['一级指标', 'level1'],
  ['二级指标', 'level2'],
  ['三级指标', 'name'],
  ['年度指标值', 'target'],
  ['指标值设置依据', 'basis'],
  ['指标值设定依据', 'basis'],
  ['指标设定依据', 'basis'],
  ['指标值', 'target'],
  ['目标值', 'target'],
  ['实际完成值', 'actual'],
  ['业绩值', 'actual'],
  ['指标分值权重', 'weight'],
  ['分值权重', 'weight'],
  ['权重', 'weight'],
  ['分值', 'weight'],
  ['指标得分', 'score'],
  ['得分', 'score'],
  ['完成率', 'rate'],
  ['偏差原因分析及改进措施', 'deviation'],
  ['偏差原因分析', 'deviation'],
  ['上年完成值', 'previous'],
  ['上年完成情况', 'previous'],
  ['指标赋分规则', 'rule'],
  ['赋分规则', 'rule'],
  ['佐证资料', 'evidence'],
  ['佐证材料', 'evidence'],
];
export type IndicatorColumn =
  | 'level1' | 'level2' | 'name' | 'target' | 'actual' | 'weight' | 'score' | 'rate'
  | 'deviation' | 'basis' | 'previous' | 'rule' | 'evidence';

/** Printed after a column label and ignored: the weight total "分值权重（90）". */
export const COLUMN_NOISE = /^[（(]\d+[）)]/;

/**
 * How each indicator column is recognised in a row: `number` cells are bare numbers, `vocab`
 * cells come from a closed list (below; a table whose rows never use the list reads the column
 * as free text), `free` cells are any text and are told apart by position and shape.
 */
export const COLUMN_SHAPE: Record<IndicatorColumn, 'label' | 'number' | 'vocab' | 'free'> = {
  level1: 'label', level2: 'label', name: 'free', target: 'free', actual: 'free', previous: 'free',
  deviation: 'free', weight: 'number', score: 'number', rate: 'number', basis: 'vocab', rule: 'vocab',
  evidence: 'vocab',
};

/** The closed lists of the `vocab` columns. 佐证资料 may list several, joined by 、 or a comma. */
export const COLUMN_VALUES: Partial<Record<IndicatorColumn, readonly string[]>> = {
  basis: ['计划标准', '行业标准', '国家标准', '行业或国家标准', '历史标准', '其他标准', '自定义', '经验标准'],
  rule: ['按照完成比例赋分', '按完成比例赋分', '按比例赋分', '直接赋分', '按评判等级赋分', '满意度赋分', '定性赋分'],
  evidence: ['正式材料', '说明材料', '工作资料', '佐证材料', '其他材料'],
};

/** 一级指标 labels. A label in both lists is 一级 when a 二级 label follows it. */
export const LEVEL1 = [
  '产出指标', '效益指标', '满意度指标', '成本指标', '履职效能', '管理效率', '服务对象满意度',
  '社会效应', '可持续发展能力', '运行成本',
] as const;

/** 二级指标 labels. */
export const LEVEL2 = [
  '数量指标', '质量指标', '时效指标', '成本指标', '经济成本指标', '社会成本指标', '生态环境成本指标',
  '经济效益指标', '社会效益指标', '生态效益指标', '环境效益指标', '可持续影响指标',
  '服务对象满意度指标', '满意度指标',
] as const;

/** Row labels of the indicator block that carry no meaning for a row ("绩/效/指/标"). */
export const MARKERS = ['绩效指标', '绩效目标指标', '年度绩效指标完成情况', '年度绩效指标', '绩效指标完成情况'] as const;

/** The total row of a self-evaluation; it ends the indicators. */
export const TOTAL_LABELS = ['总分'] as const;

/** Comparators that open a target value ("≥98%", "＞=1个", "<=56台"). */
export const COMPARATOR = /^[≥≤<>=＞＜＝≧≦]/;

/** A target that holds its value: a comparator and a figure ("限办结≥95%"), or a figure first. */
export const TARGET_VALUE = /^\d|[≥≤<>=＞＜＝≧≦]\d/;

/** A line that closes the region of the last table: a part or section heading of the document. */
export const SECTION_HEADING = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;

/**
 * A numbered prose heading ("2.有关情况说明"): once a table's indicators have begun, it closes the
 * table like a section heading (a numbered line before them is goal text). A figure after the
 * dot ("2.5") is a number, not a heading.
 */
export const NUMBERED_HEADING = /^[0-9]{1,2}[.．、](?![0-9])/;

/** The code printed before a department: "[255]国家移民管理局", "201_烟台市人民政府办公室". */
export const DEPARTMENT_CODE = /^(?:[[［【](\d+)[\]］】]|(\d{3,9})[_＿])/;

/** "约 12240": an approximate value; the word belongs to the number after it. */
export const APPROX = /^约为?$/;

/** A lone page number between rows (page furniture). */
export const PAGE_NUMBER = /^\d{1,3}$/;

/** Year printed under the title: "(2024年度)", "（2025 年）". */
export const YEAR = /[（(](\d{4})年度?[）)]/;

/** Labels that, printed in two parts around another row's line, are joined back (restitch.ts). */
export const WRAPPED_LABELS: readonly string[] = [
  ...FIELDS.map(([l]) => l), ...BLOCKS.map(([l]) => l), ...INDICATOR_COLUMNS.map(([l]) => l), ...LEVEL1, ...LEVEL2,
];

/**
 * Columns of a performance table printed as one wide grid of many projects, one block of rows
 * per project (单位编码 | 项目名称 | 资金总额 | 绩效目标 | 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 …).
 * Labels as they read with the header's stacked pieces joined top to bottom ("绩效指标/性质").
 * Matched squashed (tables/text.ts): an ASCII spelling "指标权重(%)" reads as the full-width one.
 */
export const GRID_COLUMNS: ReadonlyArray<readonly [string, GridColumn]> = [
  ['序号', 'seq'],
  ['单位编码', 'unitCode'],
  ['单位（项目）名称', 'project'],
  ['项目名称', 'project'],
  ['资金总额', 'total'],
  ['项目总额', 'total'],
  ['当年财政拨款预算金额', 'fiscal'],
  ['财政资金', 'fiscal'],
  ['其他资金', 'other'],
  ['绩效目标', 'goal'],
  ['当年绩效目标', 'goal'],
  ['一级指标', 'level1'],
  ['二级指标', 'level2'],
  ['三级指标', 'name'],
  ['指标名称', 'name'],
  ['指标值', 'target'],
  ['目标值', 'target'],
  ['本年绩效指标值', 'target'],
  ['指标值内容', 'content'],
  ['评（扣）分标准', 'rule'],
  ['度量单位', 'unit'],
  ['计量单位', 'unit'],
  ['绩效度量单位', 'unit'],
  ['指标值类型', 'nature'],
  ['指标性质', 'nature'],
  ['绩效指标性质', 'nature'],
  ['指标权重（%）', 'weight'],
  ['指标权重', 'weight'],
  ['分值权重', 'weight'],
  ['分值', 'weight'],
  ['备注', 'note'],
  ['是否核心', 'core'],
];
export type GridColumn =
  | 'seq' | 'unitCode' | 'project' | 'total' | 'fiscal' | 'other' | 'goal' | 'level1' | 'level2'
  | 'name' | 'target' | 'content' | 'rule' | 'unit' | 'nature' | 'weight' | 'note' | 'core';

/** A total printed under a grid column's label, no part of it: "分值" / "（90）", "分值权重" / "（90分）". */
export const GRID_LABEL_TOTAL = /[（(]\d+分?[）)]$/;

/** A header is a grid's when it shows all of these columns. */
export const GRID_REQUIRED: readonly GridColumn[] = ['project', 'name', 'target'];

/** Cells merged over a block of rows (a project's, a 一级/二级 group's); the others are one per row. */
export const GRID_MERGED: readonly GridColumn[] = ['seq', 'unitCode', 'project', 'total', 'fiscal', 'other', 'goal', 'level1', 'level2'];

/**
 * The column whose cells mark an indicator row (one short cell per row), first one printed. A
 * grid without one (一级 | 二级 | 三级 | 指标值: names and targets both wrap) has its rows cut by the
 * gaps between them.
 */
export const GRID_ROW_ANCHORS: readonly GridColumn[] = ['nature', 'unit', 'weight'];

/** A project block's cells that name no project: the total row. */
export const GRID_TOTAL_ROW = /^(合计|总计)$/;

/** A project code printed in front of the name: "11000022T000000438666-《北京市人民政府公报》…". */
export const PROJECT_CODE = /^([0-9A-Z]{8,})[-－]/;

/** The unit note printed at the right of the line above a table ("单位：万元", "金额单位：万元"). */
export const UNIT_NOTE = /(?:金额)?单位[:：](?:万元|元)$/;

/**
 * A block table's indicators are read by geometry when their header shows these columns
 * (一级 | 二级 | 三级 | 指标值; 指标名称 | 指标性质 | 指标值 | 计量单位 | 指标权重 | 是否核心) and no other.
 */
export const GEOMETRIC_INDICATOR_REQUIRED: readonly GridColumn[] = ['name', 'target'];
export const GEOMETRIC_INDICATOR_COLUMNS: readonly GridColumn[] = [
  'level1', 'level2', 'name', 'target', 'nature', 'unit', 'weight', 'core',
];

/** A line starting with one of these ends a table's indicator rows. */
export const INDICATORS_END = ['备注', '总分'] as const;

/** A page number as printed between rows, dashes and all ("26", "— 30 —" once compact). */
export const PAGE_FOLIO = /^[—–-]*\d{1,3}[—–-]*$/;
