/**
 * @module Declarative vocabulary for reading a disclosure's identity (profile-document.ts):
 * administrative regions and their level, the words that name the kind (预算/决算) and scope
 * (部门/单位) of a disclosure, the labels under which tables print the disclosing body, and the
 * endings of a body's name. Generic code reads these tables; extending the vocabulary (a new
 * label spelling, a new suffix) is an edit here, not in the logic.
 */
import type { DisclosureKind, Level, Scope } from '../model/index.js';

export interface Province {
  /** Name as printed in full (北京市, 吉林省, 新疆维吾尔自治区). */
  readonly full: string;
  /** Short form also printed at the start of names (上海交通职业技术学院, 新疆出入境边防检查总站). */
  readonly short: string;
  /** Province-level city (直辖市): its districts are county level, its own bodies provincial. */
  readonly municipality?: true;
}

export const PROVINCES: readonly Province[] = [
  { full: '北京市', short: '北京', municipality: true },
  { full: '天津市', short: '天津', municipality: true },
  { full: '上海市', short: '上海', municipality: true },
  { full: '重庆市', short: '重庆', municipality: true },
  { full: '河北省', short: '河北' },
  { full: '山西省', short: '山西' },
  { full: '辽宁省', short: '辽宁' },
  { full: '吉林省', short: '吉林' },
  { full: '黑龙江省', short: '黑龙江' },
  { full: '江苏省', short: '江苏' },
  { full: '浙江省', short: '浙江' },
  { full: '安徽省', short: '安徽' },
  { full: '福建省', short: '福建' },
  { full: '江西省', short: '江西' },
  { full: '山东省', short: '山东' },
  { full: '河南省', short: '河南' },
  { full: '湖北省', short: '湖北' },
  { full: '湖南省', short: '湖南' },
  { full: '广东省', short: '广东' },
  { full: '海南省', short: '海南' },
  { full: '四川省', short: '四川' },
  { full: '贵州省', short: '贵州' },
  { full: '云南省', short: '云南' },
  { full: '陕西省', short: '陕西' },
  { full: '甘肃省', short: '甘肃' },
  { full: '青海省', short: '青海' },
  { full: '内蒙古自治区', short: '内蒙古' },
  { full: '广西壮族自治区', short: '广西' },
  { full: '西藏自治区', short: '西藏' },
  { full: '宁夏回族自治区', short: '宁夏' },
  { full: '新疆维吾尔自治区', short: '新疆' },
  { full: '新疆生产建设兵团', short: '兵团' },
];

/** Name openings of central bodies (国家信访局, 中共中央办公厅, 中华全国总工会 …). */
export const CENTRAL_PREFIXES: readonly string[] = ['中共中央', '中央', '国家', '国务院', '全国', '中华人民共和国', '中华全国', '中国'];

/**
 * Central ministries print no region and end like this (公安部, 海关总署, 国家税务总局).
 * Checked only when the name carries no region at all.
 */
export const CENTRAL_ENDINGS = /(?:部|总署|署|总局)$/;

/** Party prefix printed before a region (中共江苏省委办公厅): skipped when reading the region. */
export const PARTY_PREFIX = '中共';

/** A prefecture-level city or equivalent at the start of the remaining name. */
export const CITY_PATTERN = /^[\u4e00-\u9fff]{1,6}?(?:市|自治州|州|地区|盟)(?!场)/;
/** A district or county at the start of the remaining name (普陀区, 长沙县, 旗). */
export const COUNTY_PATTERN = /^[\u4e00-\u9fff]{1,5}?(?:区|县|旗)(?![域块划])/;

/** Level words some titles print (上海市2025年市级单位预算, 区级部门预算). */
export const TITLE_LEVEL_WORDS: ReadonlyArray<{ readonly word: RegExp; readonly level: Level | 'city' }> = [
  { word: /中央(?:部门|单位|本级)/, level: 'central' },
  { word: /省级|自治区级|省本级|区本级/, level: 'provincial' },
  // 市级 is provincial for a 直辖市 and municipal elsewhere: decided with the region.
  { word: /市级|市本级/, level: 'city' },
  { word: /区级|县级|旗级/, level: 'county' },
];

/** Kind words, most specific first. */
export const KIND_WORDS: ReadonlyArray<{ readonly word: RegExp; readonly kind: DisclosureKind }> = [
  { word: /决算/, kind: 'final' },
  { word: /预算/, kind: 'budget' },
];

/** Scope words: a 部门 disclosure covers the department with its units, a 单位 one a single unit. */
export const SCOPE_WORDS: ReadonlyArray<{ readonly word: RegExp; readonly scope: Scope }> = [
  { word: /单位(?:预算|决算)/, scope: 'unit' },
  { word: /部门(?:预算|决算)/, scope: 'department' },
];

/** Table numbers that say the kind although no title does (北京 预算01表). */
export const KIND_TABLE_NUMBERS: ReadonlyArray<{ readonly word: RegExp; readonly kind: DisclosureKind }> = [
  { word: /^决算\s*\d+\s*表/, kind: 'final' },
  { word: /^预算\s*\d+\s*表/, kind: 'budget' },
];

/**
 * Labels under which tables and covers print the disclosing body. `spaced` labels may be
 * followed by a space instead of a colon (北京: "部门名称 北京市政务服务和数据管理局").
 */
export const BODY_LABELS: ReadonlyArray<{ readonly label: string; readonly spaced: boolean }> = [
  { label: '预算主管部门', spaced: false },
  { label: '预算单位', spaced: true },
  { label: '编制部门', spaced: false },
  { label: '编制单位', spaced: false },
  { label: '填报单位', spaced: false },
  { label: '部门名称', spaced: true },
  { label: '单位名称', spaced: true },
  { label: '主管部门', spaced: false },
  { label: '部门', spaced: false },
  { label: '单位', spaced: false },
];

/** How the name of a body ends (局, 办公室, 中心 …), optionally with a printed qualifier. */
export const BODY_SUFFIX =
  /(?:局|厅|办公室|委员会|常委会|委|院|中心|站|所|部|署|会|办|处|馆|校|学院|大学|政府|队|社|行|团|协会|联合会|机关|本级)(?:（(?:本级|机关|汇总|部门|单位)）|\((?:本级|机关|汇总)\)|机关|本级)?$/;

/** Currency units printed in table headers ("单位：万元", "金额单位：元"). */
export const CURRENCY_LABEL = /单位\s*[:：]\s*(万元|元)(?![\u4e00-\u9fff])/g;
