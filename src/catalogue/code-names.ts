/**
 * @module Names of classification codes below the class (款/项 of 支出功能分类, 类/款 of
 * 支出经济分类) as the national catalogue prints them, with the kind of spending a
 * functional item usually carries. Drawn from the corpus; the generator builds realistic
 * hierarchies from it and the checks can tell a code printed with a wrong name.
 */

/** What a functional item is mostly spent on: basic (行政运行), project, personnel (养老/医疗/公积金), or fund money. */
export type ItemNature = 'basic' | 'project' | 'personnel' | 'gf' | 'soce';

export interface CodeName {
  readonly code: string;
  readonly name: string;
  /** Functional 项 only. */
  readonly nature?: ItemNature;
}

const n = (code: string, name: string, nature?: ItemNature): CodeName => (nature ? { code, name, nature } : { code, name });

/** Functional 款 and 项 (classes are FUNCTIONAL_CLASSES). */
export const FUNCTIONAL_CODE_NAMES: readonly CodeName[] = [
  n('20101', '人大事务'), n('2010101', '行政运行', 'basic'), n('2010102', '一般行政管理事务', 'project'),
  n('2010104', '人大会议', 'project'), n('2010105', '人大立法', 'project'), n('2010106', '人大监督', 'project'),
  n('20103', '政府办公厅（室）及相关机构事务'), n('2010301', '行政运行', 'basic'), n('2010302', '一般行政管理事务', 'project'),
  n('2010350', '事业运行', 'basic'), n('2010399', '其他政府办公厅（室）及相关机构事务支出', 'project'),
  n('20106', '财政事务'), n('2010601', '行政运行', 'basic'), n('2010607', '信息化建设', 'project'), n('2010650', '事业运行', 'basic'),
  n('2010699', '其他财政事务支出', 'project'),
  n('20108', '审计事务'), n('2010801', '行政运行', 'basic'), n('2010802', '一般行政管理事务', 'project'), n('2010850', '事业运行', 'basic'),
  n('20113', '商贸事务'), n('2011301', '行政运行', 'basic'), n('2011302', '一般行政管理事务', 'project'), n('2011308', '招商引资', 'project'),
  n('2011350', '事业运行', 'basic'),
  n('20140', '信访事务'), n('2014001', '行政运行', 'basic'), n('2014002', '一般行政管理事务', 'project'), n('2014003', '机关服务', 'basic'),
  n('2014004', '信访业务', 'project'), n('2014050', '事业运行', 'basic'), n('2014099', '其他信访事务支出', 'project'),
  n('20402', '公安'), n('2040201', '行政运行', 'basic'), n('2040202', '一般行政管理事务', 'project'), n('2040203', '机关服务', 'basic'),
  n('2040219', '信息化建设', 'project'), n('2040220', '执法办案', 'project'), n('2040221', '特别业务', 'project'), n('2040223', '移民事务', 'project'),
  n('20502', '普通教育'), n('2050205', '高等教育', 'project'),
  n('20508', '进修及培训'), n('2050803', '培训支出', 'project'),
  n('20605', '科技条件与服务'), n('2060503', '科技条件专项', 'project'),
  n('20699', '其他科学技术支出'), n('2069999', '其他科学技术支出', 'project'),
  n('20805', '行政事业单位养老支出'), n('2080501', '行政单位离退休', 'personnel'), n('2080502', '事业单位离退休', 'personnel'),
  n('2080505', '机关事业单位基本养老保险缴费支出', 'personnel'), n('2080506', '机关事业单位职业年金缴费支出', 'personnel'),
  n('2080599', '其他行政事业单位养老支出', 'personnel'),
  n('20808', '抚恤'), n('2080801', '死亡抚恤', 'personnel'),
  n('21011', '行政事业单位医疗'), n('2101101', '行政单位医疗', 'personnel'), n('2101102', '事业单位医疗', 'personnel'),
  n('2101103', '公务员医疗补助', 'personnel'), n('2101199', '其他行政事业单位医疗支出', 'personnel'),
  n('21201', '城乡社区管理事务'), n('2120101', '行政运行', 'basic'), n('2120106', '工程建设管理', 'project'),
  n('21208', '国有土地使用权出让收入安排的支出'), n('2120801', '征地和拆迁补偿支出', 'gf'), n('2120803', '城市建设支出', 'gf'),
  n('21401', '公路水路运输'), n('2140101', '行政运行', 'basic'), n('2140104', '公路建设', 'project'), n('2140106', '公路养护', 'project'),
  n('22001', '自然资源事务'), n('2200150', '事业运行', 'basic'), n('2200199', '其他自然资源事务支出', 'project'),
  n('22102', '住房改革支出'), n('2210201', '住房公积金', 'personnel'), n('2210202', '提租补贴', 'personnel'), n('2210203', '购房补贴', 'personnel'),
  n('22301', '解决历史遗留问题及改革成本支出'), n('2230105', '国有企业退休人员社会化管理补助支出', 'soce'),
  n('22960', '彩票公益金安排的支出'), n('2296002', '用于社会福利的彩票公益金支出', 'gf'), n('2296003', '用于体育事业的彩票公益金支出', 'gf'),
];

/** Economic 类 and 款 of 部门预算支出经济分类 (the basic-expenditure table's rows). */
export const ECONOMIC_CODE_NAMES: readonly CodeName[] = [
  n('301', '工资福利支出'), n('30101', '基本工资'), n('30102', '津贴补贴'), n('30103', '奖金'), n('30106', '伙食补助费'),
  n('30107', '绩效工资'), n('30108', '机关事业单位基本养老保险缴费'), n('30109', '职业年金缴费'), n('30110', '职工基本医疗保险缴费'),
  n('30111', '公务员医疗补助缴费'), n('30112', '其他社会保障缴费'), n('30113', '住房公积金'), n('30114', '医疗费'),
  n('30199', '其他工资福利支出'),
  n('302', '商品和服务支出'), n('30201', '办公费'), n('30202', '印刷费'), n('30203', '咨询费'), n('30204', '手续费'), n('30205', '水费'),
  n('30206', '电费'), n('30207', '邮电费'), n('30208', '取暖费'), n('30209', '物业管理费'), n('30211', '差旅费'),
  n('30212', '因公出国（境）费用'), n('30213', '维修（护）费'), n('30214', '租赁费'), n('30215', '会议费'), n('30216', '培训费'),
  n('30217', '公务接待费'), n('30218', '专用材料费'), n('30226', '劳务费'), n('30227', '委托业务费'), n('30228', '工会经费'),
  n('30229', '福利费'), n('30231', '公务用车运行维护费'), n('30239', '其他交通费用'), n('30240', '税金及附加费用'),
  n('30299', '其他商品和服务支出'),
  n('303', '对个人和家庭的补助'), n('30301', '离休费'), n('30302', '退休费'), n('30304', '抚恤金'), n('30305', '生活补助'),
  n('30307', '医疗费补助'), n('30309', '奖励金'), n('30399', '其他对个人和家庭的补助'),
  n('310', '资本性支出'), n('31002', '办公设备购置'), n('31003', '专用设备购置'), n('31007', '信息网络及软件购置更新'),
  n('31013', '公务用车购置'), n('31022', '无形资产购置'), n('31099', '其他资本性支出'),
];

/** Economic classes that count as 人员经费 (the others of basic spending are 公用经费). */
export const PERSONNEL_CLASSES: readonly string[] = ['301', '303'];

const BY_CODE = new Map<string, string>([...FUNCTIONAL_CODE_NAMES, ...ECONOMIC_CODE_NAMES].map((c) => [c.code, c.name]));

/** The catalogue name of a functional 款/项 or economic code, or null when not catalogued. */
export function codeName(code: string): string | null {
  return BY_CODE.get(code) ?? null;
}
