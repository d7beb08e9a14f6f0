/**
 * @module Evaluating linked claims: each claim gets one outcome (pass, rounding, fail, or not
 * evaluated) with the rule, the figures compared and the cells or claims it rests on.
 */
import { FISCAL_SCOPE } from '../../catalogue/index.js';
import { AMOUNT_SCALE, formatAmount, lastPlaceUnit, type Amount } from '../../model/index.js';
import { compareAmounts, comparePercent, sign, type Verdict } from './envelope.js';
import type { CellLink, Claim, Link } from './types.js';

export interface Outcome {
  readonly claim: number;
  readonly status: Verdict | 'notEvaluated' | 'warning';
  readonly rule: string;
  readonly message: string;
  readonly expected?: Amount;
  readonly actual?: Amount;
  readonly cells: readonly CellLink[];
  /** Other claims the outcome rests on. */
  readonly claims: readonly number[];
  /** Verified only as a bound (≤ or ≥, or a stated 0 against a blank cell): the figure may change unseen. */
  readonly bound?: true;
}

/** Signed value of a change claim (减少 → negative). */
function signed(c: Claim): Amount {
  return c.direction === 'down' ? -c.value : c.value;
}

export function evaluateClaim(claim: Claim, link: Link, claims: readonly Claim[]): Outcome {
  if (link.kind === 'unlinked') return skip(claim, `说明数字“${claim.text}”未能关联：${link.reason}`, [], []);
  const cells = link.kind === 'cell' ? [link.cell, ...(link.prior ? [link.prior] : [])] : [link.prior, link.current].filter((c): c is CellLink => c !== undefined);
  if (cells.some((c) => c.ambiguous)) return skip(claim, `说明数字“${claim.text}”关联的表格单元格列位置不确定 (linked cell is ambiguous)`, cells, []);
  if (cells.some((c) => c.suspect)) return skip(claim, `说明数字“${claim.text}”关联的表格行未通过自身恒等式核对，可能读取有误，未核对 (the linked row fails its own identities; not evaluated)`, cells, []);
  const deps = link.kind === 'claims' ? link.dependsOn.map((i) => claims[i] as Claim) : [];
  // "增加 0.00 万元，增长 7.00%": the text itself states no change, so the rate can be judged without the table.
  const statesNoChange = claim.kind === 'changePercent' && deps.some((c) => c.kind === 'change' && c.value === 0n);
  if (claim.value !== 0n && !statesNoChange && cells.some((c) => c.blank)) return skip(claim, `说明数字“${claim.text}”关联的表格单元格为空 (linked cell is printed empty)`, cells, []);
  const outcome = judgeClaim(claim, link, deps);
  // A blank cell confirms only a stated 0: any other figure against it is not evaluated, so this is a bound.
  return cells.some((c) => c.blank) && !statesNoChange ? { ...outcome, bound: true } : outcome;
}

function judgeClaim(claim: Claim, link: Exclude<Link, { kind: 'unlinked' }>, deps: readonly Claim[]): Outcome {
  switch (claim.kind) {
    case 'change':
    case 'flat':
      return link.kind === 'cell' && link.prior ? changeOnEitherBasis(claim, link.cell, link.prior, link.altPrior) : flatAgainstText(claim, deps);
    case 'changePercent':
      return percentChange(claim, deps, link.kind === 'claims' ? link : null);
    case 'share':
      if (link.kind === 'claims' && link.implied) return impliedPart(claim, deps[0] as Claim, deps[1] as Claim);
      return ratio(claim, deps[0] as Claim, deps[1] as Claim);
    case 'rate':
      return ratio(claim, deps[0] as Claim, deps[1] as Claim);
    case 'comparison':
      return comparison(claim, deps[0] as Claim, deps[1] as Claim);
    case 'count':
      if (link.kind === 'claims' && link.stock) return vehicleStock(claim, deps[0] as Claim);
      return deps.some((c) => c.id === claim.id) ? countPart(claim, deps) : countSum(claim, deps);
    default:
      if (link.kind === 'cell') return amount(claim, link.cell);
      return deps.length > 0 ? sum(claim, deps) : skip(claim, `说明数字“${claim.text}”无可核对的表格数 (nothing to compare)`, [], []);
  }
}

function skip(claim: Claim, message: string, cells: readonly CellLink[], deps: readonly number[]): Outcome {
  return { claim: claim.id, status: 'notEvaluated', rule: 'explanation.unlinked', message, cells, claims: deps };
}

function verdictOutcome(claim: Claim, rule: string, verdict: Verdict, expected: Amount, message: string, cells: readonly CellLink[], deps: readonly number[]): Outcome {
  return { claim: claim.id, status: verdict, rule, message, expected, actual: claim.value, cells, claims: deps };
}

function cellName(c: CellLink): string {
  return `${c.table} ${c.rowCode ?? c.rowKey ?? ''}.${c.column}`;
}

function amount(claim: Claim, cell: CellLink): Outcome {
  const verdict = compareAmounts(claim.value, claim.decimals, cell.value, cell.decimals);
  const message = `说明金额 ${claim.text} 与表格 ${cellName(cell)} 的 ${formatAmount(cell.value, cell.decimals)} 不一致，相差 ${formatAmount(claim.value - cell.value)} (stated amount differs from the table)`;
  return verdictOutcome(claim, 'explanation.amount', verdict, cell.value, message, [cell], []);
}

/** A whole against the sum of its stated parts. */
function sum(claim: Claim, parts: readonly Claim[]): Outcome {
  const total = parts.reduce((a, p) => a + p.value, 0n);
  // Writers drop trailing zeros (65,959.5 for 65,959.50): the finest place printed in the list is the place of all.
  const decimals = Math.max(claim.decimals, ...parts.map((p) => p.decimals));
  const verdict = compareAmounts(claim.value, decimals, total, decimals, parts.length);
  const message = `说明合计 ${claim.text} 与所列各项之和 ${formatAmount(total, decimals)}（${parts.map((p) => p.text).join(' + ')}）不一致 (stated total differs from the sum of its parts)`;
  return verdictOutcome(claim, 'explanation.sum', verdict, total, message, [], parts.map((p) => p.id));
}

/** A change judged against the prior-year basis it matches, when the table prints two (PRIOR_ALTERNATIVES). */
function changeOnEitherBasis(claim: Claim, current: CellLink, prior: CellLink, altPrior: CellLink | undefined): Outcome {
  const first = changeAgainstTable(claim, current, prior);
  if (first.status !== 'fail' || !altPrior) return first;
  const second = changeAgainstTable(claim, current, altPrior);
  return second.status === 'fail' ? first : second;
}

function changeAgainstTable(claim: Claim, current: CellLink, prior: CellLink): Outcome {
  const expected = current.value - prior.value;
  const decimals = Math.min(current.decimals, prior.decimals);
  if (claim.kind === 'flat') {
    const ok = expected === 0n || (claim.roughly === true && expected * 20n <= prior.value && -expected * 20n <= prior.value);
    const message = `说明称“${claim.text}”，但表格 ${cellName(current)} 较上年变动 ${formatAmount(expected, decimals)} (stated no change, the table changes)`;
    return verdictOutcome(claim, 'explanation.direction', ok ? 'pass' : 'fail', expected, message, [current, prior], []);
  }
  const stated = signed(claim);
  const verdict = compareAmounts(stated, claim.decimals, expected, decimals, 2);
  const reversed = verdict === 'fail' && stated === -expected && expected !== 0n;
  const word = claim.direction === 'down' ? '减少' : '增加';
  const message = reversed
    ? `说明称${word} ${claim.text}，表格 ${cellName(current)} 的增减方向相反 (direction word contradicts the table)`
    : `说明称${word} ${claim.text}，表格 ${cellName(current)} 较上年变动 ${formatAmount(expected, decimals)} (stated change differs from the table)`;
  return { ...verdictOutcome(claim, reversed ? 'explanation.direction' : 'explanation.change', verdict, expected, message, [current, prior], []), actual: stated };
}

/** 持平 against a stated change (no prior-year table). */
function flatAgainstText(claim: Claim, deps: readonly Claim[]): Outcome {
  const change = deps[0];
  if (!change) return skip(claim, `说明“${claim.text}”无可核对的增减额 (no change to compare)`, [], []);
  const ok = change.value === 0n || claim.roughly === true;
  const message = `说明称“${claim.text}”，同时称变动 ${change.text} (stated no change next to a change)`;
  return verdictOutcome(claim, 'explanation.direction', ok ? 'pass' : 'fail', signed(change), message, [], [change.id]);
}

function percentChange(claim: Claim, deps: readonly Claim[], link: { prior?: CellLink; current?: CellLink } | null): Outcome {
  // Two dependencies: the stated level and change; one: the change alone (the level is the linked table cell).
  const [main, change] = deps.length === 1 ? [undefined, deps[0]] : deps;
  const cells = [link?.current, link?.prior].filter((c): c is CellLink => c !== undefined);
  const current = main ? { value: main.value, decimals: main.decimals } : link?.current;
  const delta = change ? { value: signed(change), decimals: change.decimals } : link?.current && link.prior ? { value: link.current.value - link.prior.value, decimals: 2 } : null;
  if (!current || !delta) return skip(claim, `增减率 ${claim.text} 缺少本年数或增减额 (level or change missing)`, cells, []);
  const prior = { value: current.value - delta.value, decimals: Math.min(current.decimals, delta.decimals) };
  const stated = { value: claim.direction === 'down' ? -claim.value : claim.value, decimals: claim.decimals };
  const depIds = deps.map((c) => c.id);
  if (prior.value === 0n) {
    if (claim.value === 0n) return verdictOutcome(claim, 'explanation.zeroBase', 'pass', 0n, '', cells, depIds);
    // Nothing before and nothing now: any stated rate other than 0 is simply wrong, not a convention.
    if (delta.value === 0n) {
      return verdictOutcome(claim, 'explanation.change', 'fail', 0n, `上年与本年均为零，增减率应为 0，说明为 ${claim.text} (both years are zero; the stated rate should be 0)`, cells, depIds);
    }
    const message = `上年数为零，增长率 ${claim.text} 无意义 (growth rate stated on a zero base)`;
    return { claim: claim.id, status: 'warning', rule: 'explanation.zeroBase', message, actual: claim.value, cells, claims: depIds };
  }
  const result = comparePercent(stated, delta, prior);
  if (!result) return skip(claim, `增减率 ${claim.text} 无法计算 (cannot be recomputed)`, cells, depIds);
  const reversed = result.verdict === 'fail' && sign(result.expected) === -sign(stated.value) && stated.value !== 0n;
  const message = `增减率 ${claim.text} 与重算值 ${formatAmount(result.expected, 4)}% 不一致 (stated growth rate differs from the recomputed one)`;
  return { ...verdictOutcome(claim, reversed ? 'explanation.direction' : 'explanation.change', result.verdict, result.expected, message, cells, depIds), actual: stated.value };
}

/** A share (part / whole) or an execution rate (actual / budget). */
function ratio(claim: Claim, part: Claim, whole: Claim): Outcome {
  const rule = claim.kind === 'share' ? 'explanation.share' : 'explanation.rate';
  if (whole.value === 0n) {
    if (part.value === 0n && claim.value === 0n) return verdictOutcome(claim, rule, 'pass', 0n, '', [], [part.id, whole.id]);
    return skip(claim, `比率 ${claim.text} 的基数为零 (zero base)`, [], [part.id, whole.id]);
  }
  const result = comparePercent(claim, part, whole);
  if (!result) return skip(claim, `比率 ${claim.text} 无法计算 (cannot be recomputed)`, [], [part.id, whole.id]);
  const message = `比率 ${claim.text} 与 ${part.text} ÷ ${whole.text} = ${formatAmount(result.expected, 4)}% 不一致 (stated ratio differs from the recomputed one)`;
  return verdictOutcome(claim, rule, result.verdict, result.expected, message, [], [part.id, whole.id]);
}

function comparison(claim: Claim, actual: Claim, budget: Claim): Outcome {
  const real = sign(actual.value - budget.value);
  const message = `说明称“${claim.text}”，但决算数 ${actual.text}、预算数 ${budget.text} (comparison word contradicts the figures)`;
  return verdictOutcome(claim, 'explanation.direction', real === claim.sign ? 'pass' : 'fail', actual.value - budget.value, message, [], [actual.id, budget.id]);
}

const PERCENT_OF_AMOUNT = 100n * 10n ** BigInt(AMOUNT_SCALE);

/**
 * A share stated without its part: share × base is a part of `bound`, so even at the low end
 * of both printed figures' rounding it must not exceed the bound's high end.
 */
function impliedPart(claim: Claim, bound: Claim, whole: Claim): Outcome {
  const deps = [bound.id, whole.id];
  if (whole.value === 0n) {
    if (claim.value === 0n) return verdictOutcome(claim, 'explanation.share', 'pass', 0n, '', [], deps);
    return skip(claim, `比率 ${claim.text} 的基数为零 (zero base)`, [], deps);
  }
  const low = (v: Claim): Amount => (v.value - lastPlaceUnit(v.decimals) / 2n > 0n ? v.value - lastPlaceUnit(v.decimals) / 2n : 0n);
  const implied = (claim.value * whole.value) / PERCENT_OF_AMOUNT;
  const exceeds = low(claim) * low(whole) > (bound.value + lastPlaceUnit(bound.decimals) / 2n) * PERCENT_OF_AMOUNT;
  const message = `比率 ${claim.text} × ${whole.text} = ${formatAmount(implied, 2)}，超过其所属的 ${bound.text} (the part this share implies exceeds the figure it is part of)`;
  return { ...verdictOutcome(claim, 'explanation.share', exceeds ? 'fail' : 'pass', implied, message, [], deps), actual: claim.value, bound: true };
}

/** Counts are exact: a total of listed parts has no rounding envelope. */
function countSum(claim: Claim, parts: readonly Claim[]): Outcome {
  const total = parts.reduce((a, p) => a + p.value, 0n);
  const message = `说明合计 ${claim.text} 与所列各项之和 ${formatAmount(total, 0)}（${parts.map((p) => p.text).join(' + ')}）不一致 (stated count differs from the sum of its parts)`;
  return verdictOutcome(claim, 'explanation.count', total === claim.value ? 'pass' : 'fail', total, message, [], parts.map((p) => p.id));
}

/** A listed part: verified when its list adds up to the total; when not, the total carries the error. */
function countPart(claim: Claim, deps: readonly Claim[]): Outcome {
  const [total, ...parts] = deps as [Claim, ...Claim[]];
  const sum = parts.reduce((a, p) => a + p.value, 0n);
  if (sum === total.value) return verdictOutcome(claim, 'explanation.count', 'pass', claim.value, '', [], deps.map((c) => c.id));
  return skip(claim, `说明数字“${claim.text}”所在的分项之和与合计 ${total.text} 不符，见合计的核对 (its list does not add up to the total; see the total)`, [], deps.map((c) => c.id));
}

/**
 * The 三公 公务用车保有量 against the vehicles held (国有资产占用): never more; fewer only when the
 * stock is stated for the vehicles paid from fiscal appropriations (a subset), else a warning.
 */
function vehicleStock(claim: Claim, held: Claim): Outcome {
  return { ...compareStock(claim, held), bound: true };
}

function compareStock(claim: Claim, held: Claim): Outcome {
  const deps = [held.id];
  if (claim.value === held.value || claim.explained) return verdictOutcome(claim, 'explanation.count', 'pass', held.value, '', [], deps);
  if (claim.value > held.value) {
    const message = `“三公”经费说明的公务用车保有量 ${claim.text} 多于国有资产占用情况的车辆 ${held.text} (the 三公 vehicle stock exceeds the vehicles held)`;
    return verdictOutcome(claim, 'explanation.count', 'fail', held.value, message, [], deps);
  }
  if (FISCAL_SCOPE.test(claim.place.sentence)) return verdictOutcome(claim, 'explanation.count', 'pass', held.value, '', [], deps);
  const message = `“三公”经费说明的公务用车保有量 ${claim.text} 与国有资产占用情况的车辆 ${held.text} 不一致 (the 三公 vehicle stock differs from the vehicles held)`;
  return { claim: claim.id, status: 'warning', rule: 'explanation.vehicleStock', message, expected: held.value, actual: claim.value, cells: [], claims: deps };
}
