/**
 * @module The claims an explanation makes and their links: plain data, so a mutation harness
 * can tell which printed figure is linked to which table cell or to which other claims.
 */
import type { Direction, FigureRole } from '../../catalogue/index.js';
import type { Amount, SourceRef } from '../../model/index.js';

/** A stated figure's kind: a figure role, or a word claim (持平, 决算数大于预算数). */
/** 'count': a number of things (车辆 15 辆, 设备 4 台（套）), value in millionths like amounts. */
export type ClaimKind = FigureRole | 'flat' | 'comparison' | 'count';

/** Where a claim was printed. */
export interface ClaimPlace {
  /** Section key (gpbExpenditure.detail …) or, when unrecognised, null. */
  readonly section: string | null;
  readonly heading: string;
  /** The printed line of the claim's figure (the section heading's when the printed lines are unknown or do not hold the clause). */
  readonly at: SourceRef;
  /** The sentence the claim stands in (evidence). */
  readonly sentence: string;
}

export interface Claim {
  readonly id: number;
  /** The mention (subject and its figures) this claim belongs to. */
  readonly mention: number;
  readonly kind: ClaimKind;
  /** Amounts in the tables' unit (millionths); percentages in percent (12.5% → 12.5). */
  readonly value: Amount;
  /** Printed decimals, in the unit of `value`. */
  readonly decimals: number;
  /** As printed, with its unit ("2,195,503.43万元", "81.9%", "持平"). */
  readonly text: string;
  readonly percent: boolean;
  readonly direction?: Direction;
  /** A share's printed base ("本年支出合计") when it names one. */
  readonly base?: string;
  /** 基本持平: roughly unchanged. */
  readonly roughly?: boolean;
  /** A count whose section gives the reason it differs from another section's (差异原因是 …). */
  readonly explained?: true;
  /** A comparison claim: sign of actual − budget it asserts. */
  readonly sign?: -1 | 0 | 1;
  readonly place: ClaimPlace;
}

/** A subject with the figures stated about it in one run of text. */
export interface Mention {
  readonly id: number;
  /** Normalised subject ("收入合计", "公共安全支出（类）公安（款）行政运行（项）"). */
  readonly subject: string;
  readonly section: string | null;
  /** Claim ids by kind. */
  readonly claims: Partial<Record<ClaimKind, number>>;
  /** The mention this one is listed under (其中 …), whose figure is the whole of a share. */
  readonly whole: number | null;
}

export interface ExtractedClaims {
  readonly claims: Claim[];
  readonly mentions: Mention[];
}

/** A table cell a claim is linked to. */
export interface CellLink {
  readonly table: string;
  readonly tableIndex: number;
  readonly row: number;
  readonly rowCode: string | null;
  readonly rowKey: string | null;
  readonly column: string;
  readonly page: number | null;
  readonly line: number;
  readonly value: Amount;
  readonly decimals: number;
  /** Printed empty (value reads 0): only a stated 0 can be checked against it, as a misread table also leaves cells empty. */
  readonly blank: boolean;
  /** The row's placement of values was ambiguous: not evaluable. */
  readonly ambiguous: boolean;
  /** The cell fails an identity of its own row (catalogue CELL_TRUST): probably misread, not evaluable. */
  readonly suspect: boolean;
}

export type Link =
  | { readonly claim: number; readonly kind: 'cell'; readonly cell: CellLink; readonly prior?: CellLink;
    /** The prior-year figure on the table's second basis (扣除中央基建投资后), when it prints one. */
    readonly altPrior?: CellLink }
  /** Checked against other claims (share: part, whole; rate: actual, budget; change: level). */
  | {
    readonly claim: number;
    readonly kind: 'claims';
    readonly dependsOn: readonly number[];
    readonly prior?: CellLink;
    readonly current?: CellLink;
    /** A share without its stated part: dependsOn is [the figure the implied part belongs to, the base]. */
    readonly implied?: true;
    /** The 三公 stock of vehicles against the vehicles held (dependsOn: [held]). */
    readonly stock?: true;
  }
  | { readonly claim: number; readonly kind: 'unlinked'; readonly reason: string };
