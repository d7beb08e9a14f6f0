/**
 * @module The parts of a final-accounts explanation that every real one carries and the
 * completeness rules require: the reason for a difference from the budget, the 三公 counts,
 * government procurement and state assets (the 上海 template's wording).
 */
import type { Amount } from '../model/index.js';
import type { OtherFigures } from './figures-other.js';
import type { Wording } from './wording.js';

/** The reason a final differs from its budget; nothing when they agree. */
export function reasonOf(actual: Amount, budget: Amount): string {
  if (actual === budget) return '';
  return actual > budget ? '决算数大于年初预算数的主要原因是年度中追加了专项工作经费。' : '决算数小于年初预算数的主要原因是厉行节约，压减一般性支出。';
}

/** 团组 and 人次, vehicles bought and held, reception batches and guests: printed even when zero, as the templates do. */
export function threePublicCounts(c: OtherFigures['counts']): string {
  return `全年因公出国（境）团组 ${c.groups} 个、${c.travellers} 人次；公务用车购置数 ${c.bought} 辆，年末公务用车保有量 ${c.held} 辆；`
    + `国内公务接待 ${c.batches} 批次、${c.guests} 人次。`;
}

export function procurementText(year: number, scope: string, p: OtherFigures['procurement'], w: Wording): string {
  const total = p.goods + p.works + p.services;
  if (total === 0n) return `${year} 年度本${scope}未发生政府采购支出。`;
  const parts = ([[p.goods, '政府采购货物支出'], [p.works, '政府采购工程支出'], [p.services, '政府采购服务支出']] as const)
    .map(([a, label]) => `${label} ${w.amount(a, label)}`).join('、');
  return `${year} 年度本${scope}政府采购支出总额 ${w.amount(total, '政府采购支出总额')}，其中：${parts}。`
    + `授予中小企业合同金额 ${w.amount(p.smallFirms, '授予中小企业合同金额')}，${w.share(p.smallFirms, total, '授予中小企业合同金额/政府采购支出总额')}。`;
}

export function assetsText(year: number, scope: string, a: OtherFigures['assets']): string {
  return `截至 ${year} 年 12 月 31 日，本${scope}共有车辆 ${a.vehicles} 辆，其中一般公务用车 ${a.vehicles} 辆；单位价值 100 万元以上设备 ${a.equipment} 台（套）。`;
}
