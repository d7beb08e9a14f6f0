/**
 * @module The rules of the document-level families: classification (codes and names against
 * the national catalogue), completeness (tables, notes and explanation sections a disclosure
 * must carry) and text quality (template residue, years, names, wording, punctuation).
 */
import type { RuleSpec } from './rule-types.js';

export const CLASSIFICATION_RULES: readonly RuleSpec[] = [
  {
    id: 'classification.unknownCode', family: 'classification', severity: 'info',
    title: '科目编码不在参考目录中 (code not in the reference catalogue)',
    basis: 'Every classification code printed in a table is looked up in the reference catalogue (data/classification.csv plus the functional 类). The reference is partial (the official 政府收支分类科目 has thousands of 项 codes), so an absent code is reported for coverage only, never as a defect.',
  },
  {
    id: 'classification.nameMismatch', family: 'classification', severity: 'warning',
    title: '科目名称与目录不符 (code printed with another name than the catalogue)',
    basis: 'Names of codes are fixed by the national catalogue for each year (MODEL.md "Classification codes"). A code printed with another name, or with the name it had in another year (卫生健康支出 was 医疗卫生与计划生育支出 before 2018), is a probable defect; names are compared without whitespace, with ASCII brackets read as full-width and without a level marker such as （项）.',
  },
  {
    id: 'classification.inconsistentName', family: 'classification', severity: 'warning',
    title: '同一科目名称前后不一致 (same code named differently in the document)',
    basis: 'A code means one thing throughout a disclosure: the same code printed with different names in two tables, or a 类 named in the explanations with another name than the tables give it, shows that one of them was copied from another year or another document.',
  },
  {
    id: 'classification.structure', family: 'classification', severity: 'warning',
    title: '科目层级结构不完整 (类/款/项 hierarchy broken)',
    basis: 'A table that prints the hierarchy prints every 项 under its 款 and every 款 under its 类 (the parent is the code\'s prefix: 2040223 → 20402 → 204). A 项 whose 款 row is missing, a code printed under a parent it does not belong to, or the same code printed twice in one table breaks the 类 = Σ 款 identities and the reading of the table.',
  },
];

export const COMPLETENESS_RULES: readonly RuleSpec[] = [
  {
    id: 'completeness.tableMissing', family: 'completeness', severity: 'warning',
    title: '缺少规定公开的表格 (required table missing)',
    basis: 'Each kind and level of disclosure has a set of tables it must publish (central final accounts: the nine tables of MODEL.md; local budgets at least eight; see the profiles in src/catalogue/disclosure-profiles.ts and 《地方预决算公开操作规程》 财预〔2016〕143号). A table with no figures is still published, with a note. Reported as a warning because a table the reader did not recognise looks the same as a missing one.',
  },
  {
    id: 'completeness.emptyTableNote', family: 'completeness', severity: 'warning',
    title: '空表未加说明 (empty table without a note)',
    basis: 'A table printed without figures must say why (e.g. "本单位没有政府性基金预算财政拨款收入和支出，故本表无数据"); an empty table without such a note cannot be told apart from a table whose figures were lost.',
  },
  {
    id: 'completeness.sectionMissing', family: 'completeness', severity: 'warning',
    title: '缺少规定的情况说明 (required explanation section missing)',
    basis: 'The explanations must cover the income and expenditure overview, income, expenditure, the fiscal appropriation overview, general-budget expenditure (for final accounts: 总体, 结构, 具体), basic expenditure, 三公, government funds and state capital (when those tables carry figures), 机关运行经费, 政府采购, 国有资产占用, 绩效 and a glossary (名词解释). Section keys come from the narrative section catalogue.',
  },
  {
    id: 'completeness.itemReason', family: 'completeness', severity: 'warning',
    title: '预决算差异未说明原因 (difference from budget without a reason)',
    basis: 'In final accounts every 项 of general-budget expenditure is explained with its 年初预算 and 支出决算; where the two differ the explanation must give the main reason (决算数大于/小于预算数的主要原因).',
  },
  {
    id: 'completeness.threePublicDetail', family: 'completeness', severity: 'warning',
    title: '三公经费说明缺少数量信息 (三公 explanation lacks the required counts)',
    basis: 'Final accounts state, for 三公 spending, the number of 因公出国（境）团组 and 人次, the number of official vehicles bought (购置数) and held (保有量), and the 国内公务接待 批次 and 人次. An item with no spending in the table needs no count.',
  },
];

export const TEXT_RULES: readonly RuleSpec[] = [
  {
    id: 'text.placeholder', family: 'text', severity: 'error',
    title: '模板占位符或空白原因未替换 (template placeholder left in)',
    basis: 'Template residue (XX局, XXX万元, XX%, 增加（减少）, 大于（小于）, editing instructions such as （不涉及的不列）) and a reason announced but not given ("主要原因是。") mean the text was published unfinished. These strings never occur in finished text, so they are errors.',
  },
  {
    id: 'text.wrongYear', family: 'text', severity: 'warning',
    title: '年度与文件年度不符 (year other than the document\'s year)',
    basis: 'A heading, a table title or a sentence that names the document (2023年度部门决算) or states this year\'s totals must carry the document\'s fiscal year; comparisons with earlier years (与2023年度相比, 比上年) are not counted. A warning, since a sentence may legitimately speak of another year.',
  },
  {
    id: 'text.truncatedYear', family: 'text', severity: 'error',
    title: '年份缺位 (truncated year)',
    basis: 'A year printed with three digits ("202 年度") is a typing defect: no budget year has three digits.',
  },
  {
    id: 'text.departmentName', family: 'text', severity: 'warning',
    title: '部门名称前后不一致 (department name inconsistent)',
    basis: 'The disclosing body is named the same way throughout: in the title, in the labels above the tables (部门：, 编制单位：), in headings and where the explanations name it before the year. A name that is neither the body\'s name nor a shortened form of it (its characters in order) is probably left from another document.',
  },
  {
    id: 'text.scopeWording', family: 'text', severity: 'warning',
    title: '部门/单位表述与公开范围不符 (部门/单位 wording inconsistent with the scope)',
    basis: 'A department disclosure (部门: the department with its units) calls itself 部门预算/部门决算, a unit disclosure (单位: one unit) 单位预算/单位决算. The other word in a sentence naming the document is a warning; mixing 本部门 and 本单位 for the discloser is reported as info.',
  },
  {
    id: 'text.punctuation', family: 'text', severity: 'warning',
    title: '标点重复或括号引号不成对 (doubled or unbalanced punctuation)',
    basis: 'Doubled sentence punctuation (。。 ，， ，。) and brackets or quotation marks opened without being closed within a paragraph are editing defects of the published text.',
  },
];

export const DOCUMENT_RULES: readonly RuleSpec[] = [...CLASSIFICATION_RULES, ...COMPLETENESS_RULES, ...TEXT_RULES];
