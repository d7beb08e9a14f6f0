/**
 * @module Declarative catalogue of explanation sections (情况说明): which heading wording means
 * which section kind, the sub-kinds a section is split into (gpbExpenditure.overall …), the
 * roles of the document's parts (第X部分) and the words a heading ends with. read-sections.ts
 * only walks the lines; what a heading means is decided here.
 *
 * Patterns are tried in order against the heading with its numbering, years and the words
 * 关于/的 removed, so the specific kinds (三公, 政府性基金, 基本支出) come before the general
 * ones (支出, 收入) they contain.
 */

export interface SectionKind {
  readonly key: string;
  readonly pattern: RegExp;
  /** Sub-kinds of a child heading that restates the parent's subject (总体/结构/具体). */
  readonly subs?: ReadonlyArray<{ readonly key: string; readonly pattern: RegExp }>;
  /** Child headings are not split off: the section is read as one text (名词解释, 附件). */
  readonly whole?: true;
  /** Only child headings with a catalogued subject of the figures are split off (部门职责 lists). */
  readonly keyedChildrenOnly?: true;
  /** About the document's structure, not a subject of its figures (概况, 说明, 其他). */
  readonly structural?: true;
}

export const SECTION_KINDS: readonly SectionKind[] = [
  { key: 'glossary', pattern: /名词解释|名称解释|专业名词|名词说明/, whole: true },
  { key: 'attachment', pattern: /^附件|附件$|附表$/, whole: true },
  // 上海 区级预算 "项目经费情况说明": one project's description (概述, 依据, 绩效目标 …).
  { key: 'projects', pattern: /项目经费情况/, whole: true },
  {
    key: 'threePublic',
    pattern: /三公/,
    subs: [
      { key: 'overall', pattern: /总体|总额/ },
      { key: 'detail', pattern: /具体|明细/ },
      { key: 'overseas', pattern: /因公出国/ },
      { key: 'vehicles', pattern: /公务用车/ },
      { key: 'reception', pattern: /公务接待/ },
    ],
  },
  { key: 'operatingCost', pattern: /(?:机关|单位)运行经费|行政经费/ },
  { key: 'procurement', pattern: /政府采购/ },
  { key: 'assets', pattern: /国有资产|资产占[用有]|资产配置/ },
  { key: 'entrustedServices', pattern: /委托业务费/ },
  {
    key: 'performance',
    pattern: /绩效/,
    subs: [
      { key: 'work', pattern: /工作开展|开展情况|管理工作/ },
      { key: 'selfEvaluation', pattern: /自评/ },
      { key: 'evaluation', pattern: /部门评价|评价结果|重点评价|整体支出/ },
      { key: 'targets', pattern: /绩效目标/ },
    ],
  },
  { key: 'gf', pattern: /政府性基金/ },
  { key: 'soce', pattern: /国有资本经营/ },
  { key: 'gpbBasic', pattern: /(?:一般公共预算|财政拨款).*基本支出|^基本支出/ },
  { key: 'gpbProject', pattern: /(?:一般公共预算|财政拨款).*项目支出|^项目支出(?:情况|说明)/ },
  { key: 'carryover', pattern: /上年结转|结转结余/ },
  { key: 'fiscalOverview', pattern: /财政拨款(?:收入?支出?|收支)|^财政拨款(?:预算)?情况/ },
  {
    key: 'gpbExpenditure',
    pattern: /一般公共预算|财政拨款.*支出|当年拨款/,
    subs: [
      { key: 'overall', pattern: /总体|规模/ },
      { key: 'structure', pattern: /结构|按功能/ },
      { key: 'detail', pattern: /具体|使用情况|明细|按经济/ },
    ],
  },
  { key: 'overview', pattern: /收入?支出?.*(?:总体|总表|总计)|收支(?:预算)?(?:总体|情况)|预算收支/ },
  { key: 'income', pattern: /收入(?:决算|预算|总表|总体|情况)/ },
  { key: 'expenditure', pattern: /支出(?:决算|预算|总表|总体|情况)/ },
  { key: 'other', pattern: /其他|其它/, structural: true },
  { key: 'duties', pattern: /职责|职能/, keyedChildrenOnly: true, structural: true },
  { key: 'organisation', pattern: /机构设置|机构编制|内设机构|人员构成/, structural: true },
  { key: 'units', pattern: /单位构成|预算构成|单位范围|所属单位/, structural: true },
  { key: 'staff', pattern: /人员情况/, structural: true },
  { key: 'tasks', pattern: /工作任务|工作目标|主要任务|重点任务|工作重点/, keyedChildrenOnly: true, structural: true },
  { key: 'profile', pattern: /概况|基本情况|简介/, structural: true },
  { key: 'explanation', pattern: /说明$|说明公开$|公开说明/, structural: true },
];

/** What a part (第X部分) holds; only `text` parts are read as sections. */
export type PartRole = 'tables' | 'text';

/** A part or numbered heading whose title names the tables (…决算表, 表格部分, 报表). */
export const TABLES_PART = /表$|报表|表格|附表|公开表/;

/** The last words of a heading (a wrapped line of prose does not end like this). */
export const HEADING_END =
  /(?:说明|情况|概况|职责|职能|设置|构成|解释|事项|结果|任务|目标|经费|采购|附件|简介|依据|分析|总体|评价|管理|报告|编制|范围|人员|内容|部分|安排)$/;

/** Short endings a wrapped heading continues with on the next line (…情况 / 说明). */
export const HEADING_TAIL = /(?:说明|情况|概况|表)$/;

/** Stand-alone headings printed without numbering (上海: "上海市财政局（单位）主要职能", "名词解释"). */
export const UNNUMBERED_HEADING = /(?:主要职能|主要职责|机构设置|名词解释|编制说明|情况说明|相关情况说明|经费情况说明|部门概况|单位概况)$/;
