/**
 * @module Wording the text-quality and completeness checks look for, as data: template
 * residue, year phrases, punctuation defects and the counts a 三公 explanation must state.
 * Patterns run on text with whitespace removed between CJK characters (compact text), so
 * "上海市 XX 局" is matched as "上海市XX局".
 */

export interface PlaceholderPattern {
  readonly id: 'mask' | 'alternative' | 'instruction' | 'emptyReason';
  /** What the residue is, in Chinese, for the message. */
  readonly label: string;
  readonly pattern: RegExp;
}

const DIRECTION = '增加|减少|增长|下降|上升|大于|小于|高于|低于|持平';

export const PLACEHOLDER_PATTERNS: readonly PlaceholderPattern[] = [
  // XX局, XXX万元, XX%: letters standing for a name or figure (not part of a Latin word).
  { id: 'mask', label: '占位符', pattern: /(?<![A-Za-z])(?:[XxＸ]{2,}|×{2,}|○{2,}|\*{2,})(?![A-Za-z])/g },
  // 增加（减少）, 大于（小于）: the template offers both words and the author picks one.
  { id: 'alternative', label: '未选定的模板选项', pattern: new RegExp(`(?:${DIRECTION})[（(](?:${DIRECTION})[)）]`, 'g') },
  // Editing instructions addressed to the author.
  {
    id: 'instruction', label: '模板编写提示',
    pattern: /[（(](?:不涉及的?不列|如持平作持平表述|如无[^（）()]{0,12}(?:不列|删除|不填)|[^（）()]{0,20}(?:请填写|由[^（）()]{0,8}填写|按实际填写))[)）]|由[^，。]{0,12}根据[^，。]{0,30}填写/g,
  },
  // A reason announced and not given: "主要原因是。", "主要原因：；".
  // ("不用说明变动原因。" ends a sentence with the word itself: only 是/为/： announce a reason.)
  { id: 'emptyReason', label: '原因未填写', pattern: /原因(?:(?:是|为|主要是|如下)[：:]?|[：:])[。；;]/g },
];

/** Words before a year that make it a comparison, not the document's own year. */
export const COMPARISON_BEFORE_YEAR = /(?:与|比|较|同|相比|对比|较之|截至|截止|自|从|至|于|在)$/;

/** A phrase that names the document itself: "2023年度部门决算" (not "2023年预算数"). */
export const DOCUMENT_YEAR_PHRASE = /(\d{4})年度?(部门|单位)(决算|预算)(?!数|执行|批复|调整|安排)/g;

/** A sentence that states this year's totals: "2023年度收入支出总计…", "2024年收支预算总计…". */
export const TOTALS_YEAR_PHRASE = /(\d{4})年度?[^，。；\d]{0,20}?(?:收入支出|收支|收、支|收入|支出)[^，。；\d]{0,6}?(?:总计|合计)/g;

/**
 * A sentence under an empty table saying why it is empty ("本单位没有……，故本表无数据", "本表为空表",
 * "本部门不涉及……"). A note that only says what the table shows ("注：本表反映……") gives no reason.
 */
export const EMPTY_TABLE_REASON = /无数据|空表|没有|不涉及|未发生|无[^，。；]{0,24}(?:收入|支出|收支|资金|经费|拨款)/;

/**
 * A sentence stating one of this year's figures: "2023年度机关运行经费支出 12.34 万元",
 * "2023年度一般公共预算财政拨款支出年初预算为 …万元". The year and its amount stand in one
 * clause (no comma, no other number between them).
 */
export const FIGURE_YEAR_PHRASE = /(\d{4})年度?[^，。；\d]{0,30}?(?:收入|支出|经费|拨款|总额|决算|预算)(?:数|总额)?(?:为|是|共计|合计)?[\d,]+(?:\.\d+)?万?元/g;

/** This year compared with another: "2023年度“三公”经费支出决算数比2022年度…" — the first year is the document's. */
export const COMPARED_YEAR_PHRASE = /(\d{4})年度?[^，。；\d]{2,40}?(?:比|较)\d{4}年/g;

/** This year's nil statement: "2023年度无国有资本经营预算财政拨款收入和支出", "2023年度未发生…支出". */
export const NIL_YEAR_PHRASE = /(\d{4})年度?[^，。；\d]{0,8}?(?:无|没有|未发生|未安排)[^，。；\d]{0,30}?(?:收入|支出|经费)/g;

/**
 * The year-end a final account reports its holdings at: "截至2023年12月31日" in the 2023 final
 * accounts. (A budget cites the year-end before its year, so this applies to final accounts only.)
 */
export const FINAL_YEAR_END_PHRASE = /截[至止](\d{4})年(?:12月31日|年末|年底|末)/g;

/** A year printed with three digits (202 年度); 201–209 only, so "近200年" is not one. */
export const TRUNCATED_YEAR = /(?<![\d.,，])(20[1-9])年/g;

/** Doubled or clashing sentence punctuation. */
export const DOUBLED_PUNCTUATION = /([。，；：、])\1|[，；：、][。]|。[，；：、]|[，；][，；]/g;

/** Bracket and quotation pairs that must balance within a paragraph. */
export const PAIRED_MARKS: ReadonlyArray<{ readonly open: string; readonly close: string; readonly name: string }> = [
  { open: '（(', close: '）)', name: '括号' },
  { open: '“', close: '”', name: '引号' },
  { open: '《', close: '》', name: '书名号' },
];

/** How the discloser refers to itself, by scope. */
export const SELF_REFERENCES = { department: '本部门', unit: '本单位' } as const;

export interface CountRequirement {
  readonly key: string;
  /** What must be stated, in Chinese. */
  readonly name: string;
  /** 三公 column (final.*) whose zero makes the count unnecessary. */
  readonly item: string;
  /** Every pattern must occur in the 三公 explanation. */
  readonly all: readonly RegExp[];
}

/** Counts a final-accounts 三公 explanation states (shared/reference/README.md). */
export const THREE_PUBLIC_COUNTS: readonly CountRequirement[] = [
  { key: 'overseas', name: '因公出国（境）团组数及人次', item: 'overseas', all: [/团组/, /\d\s*(?:人次|人)/] },
  { key: 'vehiclePurchase', name: '公务用车购置数', item: 'vehiclePurchase', all: [/购置[^。；]{0,40}?\d\s*辆|购置数|购置[^。；]{0,6}车辆\s*\d/] },
  { key: 'vehicleStock', name: '公务用车保有量', item: 'vehicles', all: [/保有量/] },
  { key: 'reception', name: '国内公务接待批次及人次', item: 'reception', all: [/批次|团组|\d\s*批/, /\d\s*(?:人次|人)/] },
];

/** An item of the 具体情况 explanation states its budget and actual: 年初预算为 X 万元，支出决算为 Y 万元. */
export const ITEM_BUDGET = /(?:年初预算|全年预算|预算数)(?:数)?(?:为|是)?\s*([\d,]+(?:\.\d+)?)\s*万?元/;
export const ITEM_ACTUAL = /(?:支出决算|决算数|决算支出|实际支出)(?:数)?(?:为|是)?\s*([\d,]+(?:\.\d+)?)\s*万?元/;
/** The reason an explanation gives for a difference. */
export const REASON = /原因|主要是|由于|因为/;

/** The last word of a body's name (局, 办公室, 委员会 …), after a (本级)/机关 qualifier is dropped. */
export const BODY_NAME_END = /(?:局|厅|委员会|委|办公室|办|院|中心|站|所|处|部|会|署|馆|队|校|学院|大学|政府|法院|检察院)$/;
/** Qualifiers a unit's name carries after its department's name. */
export const BODY_QUALIFIER = /(?:（本级）|\(本级\)|本级|机关|本部)$/;
/** Words run into a name from the right: "国家移民管理局机关在 2023年". */
export const AFTER_NAME_WORDS = /(?:在|于|的|对|为|是|从|向|之|年度|部门|单位)+$/;
