/**
 * @module The functional classification's 类 (支出功能分类 classes) with their current and
 * former names. Summary tables print expenditure rows by name only ("一、公共安全支出"), so
 * the class code comes from here. Names follow 财政部《政府收支分类科目》; former names are
 * those used before renaming (e.g. 210 was 医疗卫生与计划生育支出 before 2018).
 */
export interface FunctionalClass {
  readonly code: string;
  readonly name: string;
  readonly formerNames?: readonly string[];
}

export const FUNCTIONAL_CLASSES: readonly FunctionalClass[] = [
  { code: '201', name: '一般公共服务支出' },
  { code: '202', name: '外交支出' },
  { code: '203', name: '国防支出' },
  { code: '204', name: '公共安全支出' },
  { code: '205', name: '教育支出' },
  { code: '206', name: '科学技术支出' },
  { code: '207', name: '文化旅游体育与传媒支出', formerNames: ['文化体育与传媒支出'] },
  { code: '208', name: '社会保障和就业支出' },
  { code: '209', name: '社会保险基金支出' },
  { code: '210', name: '卫生健康支出', formerNames: ['医疗卫生与计划生育支出', '医疗卫生支出'] },
  { code: '211', name: '节能环保支出' },
  { code: '212', name: '城乡社区支出' },
  { code: '213', name: '农林水支出' },
  { code: '214', name: '交通运输支出' },
  { code: '215', name: '资源勘探工业信息等支出', formerNames: ['资源勘探信息等支出'] },
  { code: '216', name: '商业服务业等支出' },
  { code: '217', name: '金融支出' },
  { code: '219', name: '援助其他地区支出' },
  { code: '220', name: '自然资源海洋气象等支出', formerNames: ['国土海洋气象等支出'] },
  { code: '221', name: '住房保障支出' },
  { code: '222', name: '粮油物资储备支出' },
  { code: '223', name: '国有资本经营预算支出' },
  { code: '224', name: '灾害防治及应急管理支出' },
  { code: '227', name: '预备费' },
  { code: '229', name: '其他支出' },
  { code: '230', name: '转移性支出' },
  { code: '231', name: '债务还本支出' },
  { code: '232', name: '债务付息支出' },
  { code: '233', name: '债务发行费用支出' },
  { code: '234', name: '抗疫特别国债安排的支出' },
];

const BY_NAME = new Map<string, string>();
for (const c of FUNCTIONAL_CLASSES) {
  BY_NAME.set(c.name, c.code);
  for (const n of c.formerNames ?? []) BY_NAME.set(n, c.code);
}

/** The class code of a printed class name ("公共安全支出" → "204"), or null. */
export function functionalClassCode(name: string): string | null {
  return BY_NAME.get(name) ?? null;
}
