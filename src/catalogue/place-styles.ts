/**
 * @module How places print their disclosures, as data: table titles and numbering
 * (公开01表 / 表1 / 预算01表), code format (joined 2010301 or split 201 03 01), unit, whether
 * the summary tables print 行次, how an empty cell is printed, the label naming the body,
 * and the agencies and regions that disclose there. The generator renders documents in
 * these styles; the layouts follow the corpus (central, 吉林, 上海, 江苏, 广东, 北京, 乌鲁木齐).
 */
import type { DisclosureKind, Level } from '../model/index.js';

/** How an empty (zero) cell of a table prints: nothing, "0.00", or a dash. */
export type EmptyCell = 'blank' | 'zero' | 'dash';

export interface PlaceStyle {
  readonly id: string;
  readonly level: Level;
  /** Region printed before the agency ("吉林省", "南京市玄武区"); central bodies print none. */
  readonly regions: readonly string[];
  /** Agencies that disclose at this level, without the region. */
  readonly agencies: readonly string[];
  /** Table number pattern: {n} = 1, {nn} = 01. */
  readonly numbering: Readonly<Record<DisclosureKind, string>>;
  /** Titles in the contents and headings carry 一、二、 before them. */
  readonly headingNumbers: boolean;
  readonly codeFormat: 'joined' | 'split';
  readonly unit: '万元' | '元';
  /** Two-sided summary tables print a 行次 column. */
  readonly lineNumbers: boolean;
  /** Empty cells of the 三公 and fiscal-summary fund columns (coded tables always leave them blank). */
  readonly emptyFundCell: EmptyCell;
  /** 一般公共预算财政拨款支出表 splits 基本支出 into 人员经费 / 公用经费. */
  readonly personnelColumns: boolean;
  /** Label before the body's name above each table. */
  readonly bodyLabel: string;
  /** Characters of a name before it wraps onto the next line. */
  readonly wrapAt: number;
}

const PROVINCIAL_AGENCIES = ['财政厅', '民政厅', '审计厅', '外事办公室', '统计局', '档案馆', '信访局', '机关事务管理局', '自然资源厅'];
const LOCAL_AGENCIES = ['财政局', '民政局', '审计局', '外事办公室', '统计局', '档案馆', '信访局', '机关事务管理局', '口岸管理办公室'];

export const PLACE_STYLES: readonly PlaceStyle[] = [
  { id: 'central', level: 'central', regions: [''], numbering: { final: '公开{nn}表', budget: '单位公开表{n}' },
    agencies: ['国家移民管理局', '国家信访局', '国家林业和草原局', '国家统计局', '国家档案局', '国家知识产权局', '国家文物局', '国家粮食和物资储备局'],
    headingNumbers: false, codeFormat: 'joined', unit: '万元', lineNumbers: true, emptyFundCell: 'blank', personnelColumns: true,
    bodyLabel: '编制部门', wrapAt: 16 },
  { id: 'jilin', level: 'provincial', regions: ['吉林省', '辽宁省', '黑龙江省'], agencies: PROVINCIAL_AGENCIES,
    numbering: { final: '公开{nn}表', budget: '表{n}' }, headingNumbers: true, codeFormat: 'joined', unit: '万元', lineNumbers: true,
    emptyFundCell: 'zero', personnelColumns: true, bodyLabel: '部门', wrapAt: 20 },
  { id: 'shanghai', level: 'provincial', regions: ['上海市'], agencies: LOCAL_AGENCIES,
    numbering: { final: '', budget: '' }, headingNumbers: false, codeFormat: 'joined', unit: '万元', lineNumbers: false,
    emptyFundCell: 'zero', personnelColumns: false, bodyLabel: '编制单位', wrapAt: 12 },
  { id: 'shanghai-district', level: 'county', regions: ['上海市普陀区', '上海市徐汇区', '上海市闵行区'], agencies: LOCAL_AGENCIES,
    numbering: { final: '', budget: '' }, headingNumbers: false, codeFormat: 'joined', unit: '万元', lineNumbers: false,
    emptyFundCell: 'zero', personnelColumns: false, bodyLabel: '编制单位', wrapAt: 12 },
  { id: 'jiangsu', level: 'municipal', regions: ['南京市', '苏州市', '无锡市', '徐州市'], agencies: LOCAL_AGENCIES,
    numbering: { final: '公开{nn}表', budget: '表{n}' }, headingNumbers: true, codeFormat: 'joined', unit: '万元', lineNumbers: true,
    emptyFundCell: 'blank', personnelColumns: true, bodyLabel: '编制部门', wrapAt: 18 },
  { id: 'guangdong', level: 'provincial', regions: ['广东省'], agencies: PROVINCIAL_AGENCIES,
    numbering: { final: '表{n}', budget: '表{n}' }, headingNumbers: true, codeFormat: 'split', unit: '万元', lineNumbers: false,
    emptyFundCell: 'dash', personnelColumns: false, bodyLabel: '部门', wrapAt: 14 },
  { id: 'beijing', level: 'provincial', regions: ['北京市'], agencies: LOCAL_AGENCIES,
    numbering: { final: '决算{nn}表', budget: '预算{nn}表' }, headingNumbers: false, codeFormat: 'joined', unit: '元', lineNumbers: false,
    emptyFundCell: 'zero', personnelColumns: true, bodyLabel: '部门名称', wrapAt: 16 },
  { id: 'urumqi', level: 'municipal', regions: ['乌鲁木齐市'], agencies: LOCAL_AGENCIES,
    numbering: { final: '公开{nn}表', budget: '表{n}' }, headingNumbers: true, codeFormat: 'split', unit: '万元', lineNumbers: true,
    emptyFundCell: 'blank', personnelColumns: true, bodyLabel: '单位', wrapAt: 15 },
];

/** The printed number of the n-th table (1-based) in a style: "公开03表", "表3", "" when none. */
export function tableNumber(pattern: string, n: number): string {
  return pattern.replace('{nn}', String(n).padStart(2, '0')).replace('{n}', String(n));
}
