/**
 * @module Figures in the official wording of the explanations: amounts (4,432.33 万元),
 * shares (占 79.60%), changes (增加 … 万元，增长 …%, or 持平) and execution rates (完成预算的 …%),
 * each computed exactly from the amounts and recorded as a claim the checks can verify.
 */
import type { Amount } from '../model/index.js';
import { cellOf } from './tables.js';

export type ClaimKind = 'amount' | 'share' | 'change' | 'changePercent' | 'rate';

/** One figure the explanations state, with what it is computed from. */
export interface Claim {
  readonly section: string;
  readonly kind: ClaimKind;
  /** The printed figure, e.g. "4,432.33" or "79.60". */
  readonly value: string;
  /** What it is: "本年收入合计", "财政拨款收入/本年收入合计". */
  readonly subject: string;
}

/** Builds sentences for one section and records their claims. */
export class Wording {
  constructor(private readonly section: string, private readonly unit: string, private readonly claims: Claim[]) {}

  amount(a: Amount, subject: string): string {
    const text = cellOf(a).text;
    this.claims.push({ section: this.section, kind: 'amount', value: text, subject });
    return `${text} ${this.unit}`;
  }

  /** "占 x%" of part in whole; a zero whole has no share. */
  share(part: Amount, whole: Amount, subject: string): string {
    if (whole === 0n) return '';
    const value = percent(part, whole);
    this.claims.push({ section: this.section, kind: 'share', value, subject });
    return `占 ${value}%`;
  }

  /** "增加 Y 万元，增长 Z%" / "减少 …，下降 …" / "持平", compared with the prior figure. */
  change(current: Amount, prior: Amount, subject: string): string {
    const diff = current - prior;
    if (diff === 0n) {
      this.claims.push({ section: this.section, kind: 'change', value: '0.00', subject });
      return '持平';
    }
    const abs = diff < 0n ? -diff : diff;
    const amountText = cellOf(abs).text;
    this.claims.push({ section: this.section, kind: 'change', value: (diff < 0n ? '-' : '') + amountText, subject });
    const head = `${diff > 0n ? '增加' : '减少'} ${amountText} ${this.unit}`;
    if (prior === 0n) return head;
    const pct = percent(abs, prior);
    this.claims.push({ section: this.section, kind: 'changePercent', value: (diff < 0n ? '-' : '') + pct, subject });
    return `${head}，${diff > 0n ? '增长' : '下降'} ${pct}%`;
  }

  /** "完成预算的 r%". */
  rate(actual: Amount, budget: Amount, subject: string): string {
    if (budget === 0n) return '';
    const value = percent(actual, budget);
    this.claims.push({ section: this.section, kind: 'rate', value, subject });
    return `完成预算的 ${value}%`;
  }
}

/** part / whole in percent, two decimals, rounded half up, exactly. */
export function percent(part: Amount, whole: Amount): string {
  const hundredths = (part * 20000n + whole) / (2n * whole);
  const s = hundredths.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}
