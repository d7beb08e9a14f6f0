/**
 * @module Renamed classification codes, with the fiscal year the new name took effect
 * (财政部《政府收支分类科目》 of that year). A document prints the name in force for its own
 * year, so a name is judged against the document's year, not today's catalogue.
 */

export interface ClassificationRename {
  readonly code: string;
  /** The name in force before `since`. */
  readonly former: string;
  /** The name from `since` on (the next rename's `former`, or the catalogue's name). */
  readonly current: string;
  /** First fiscal year the current name applies to. */
  readonly since: number;
}

export const CLASSIFICATION_RENAMES: readonly ClassificationRename[] = [
  { code: '210', former: '医疗卫生支出', current: '医疗卫生与计划生育支出', since: 2014 },
  { code: '210', former: '医疗卫生与计划生育支出', current: '卫生健康支出', since: 2018 },
  { code: '207', former: '文化体育与传媒支出', current: '文化旅游体育与传媒支出', since: 2019 },
  { code: '215', former: '资源勘探信息等支出', current: '资源勘探工业信息等支出', since: 2019 },
  { code: '220', former: '国土海洋气象等支出', current: '自然资源海洋气象等支出', since: 2019 },
  // The two below: the former name is printed in 2017 disclosures of the corpus (budget-jiangsu-renda-2017);
  // the year of the change is the earliest year known to print the new name, not yet confirmed in the 科目 text.
  { code: '20805', former: '行政事业单位离退休', current: '行政事业单位养老支出', since: 2020 },
  { code: '30307', former: '医疗费', current: '医疗费补助', since: 2018 },
];

/**
 * Catalogues are adopted with a lag (a budget for year Y is compiled in Y−1): a former name is
 * still accepted this many years after the rename.
 */
export const RENAME_GRACE_YEARS = 1;
