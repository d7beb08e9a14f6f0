/**
 * @module Linking claims: each stated figure to the table cell its subject names, or to the
 * other stated figures it is computed from (a share to its part and whole, a rate to the
 * actual and budget, a growth rate to the level and the change). What cannot be linked with
 * certainty stays unlinked, with the reason: a guessed link would make a false error.
 */
import { COMPOSITIONS, IMPLIED_PART_SECTIONS, PRIOR_ALTERNATIVES, SUBJECT_SYNONYMS, VEHICLE_STOCK, VEHICLES_HELD, type ClaimTarget } from '../../catalogue/index.js';
import { inUnit } from '../../model/index.js';
import type { Disclosure, Table } from '../../model/index.js';
import { cellKey, untrustedCells } from '../identity-outcomes.js';
import { inSections } from '../support.js';
import { resolveTarget, type Resolution } from './target.js';
import type { CellLink, Claim, ExtractedClaims, Link, Mention } from './types.js';

/** One link per claim, in claim order. */
export function linkClaims(d: Disclosure, extracted: ExtractedClaims): Link[] {
  const { claims, mentions } = extracted;
  const targets: Resolution[] = [];
  for (const m of mentions) targets.push(inheritColumn(resolveTarget(d, m.subject, m.section), m.whole === null ? undefined : targets[m.whole]));
  return claims.map((claim) => {
    const mention = mentions[claim.mention] as Mention;
    const ctx: Context = { d, claims, mentions, mention, resolution: targets[mention.id] as Resolution };
    return linkOne(ctx, claim);
  });
}

/**
 * Classes listed under 基本支出 or 项目支出 ("项目支出 417.41万元，其中：一般公共服务支出 417.41万元")
 * are that column of their row, not the row's total.
 */
function inheritColumn(own: Resolution, whole: Resolution | undefined): Resolution {
  if (!own.ok || !whole?.ok || own.value.target.row !== '@code') return own;
  const w = whole.value;
  if (w.tableIndex !== own.value.tableIndex || w.target.row !== 'total' || w.target.column === own.value.target.column) return own;
  return { ok: true, value: { ...own.value, target: { ...own.value.target, column: w.target.column } } };
}

interface Context {
  readonly d: Disclosure;
  readonly claims: readonly Claim[];
  readonly mentions: readonly Mention[];
  readonly mention: Mention;
  readonly resolution: Resolution;
}

function linkOne(ctx: Context, claim: Claim): Link {
  const id = claim.id;
  switch (claim.kind) {
    case 'level':
    case 'actual': {
      const link = cellLink(ctx, id, (t) => t.column);
      return link.kind === 'unlinked' ? (sumLink(ctx, id) ?? link) : link;
    }
    case 'budget':
      return cellLink(ctx, id, (t) => t.budgetColumn, '表格未列示预算数 (the table prints no budget figure)');
    case 'prior':
      return cellLink(ctx, id, (t) => t.priorColumn, '表格未列示上年数 (the table prints no prior-year figure)');
    case 'change':
    case 'flat':
      return changeLink(ctx, claim);
    case 'changePercent':
      return percentChangeLink(ctx, claim);
    case 'share':
      return shareLink(ctx, claim);
    case 'rate':
      return dependsOn(id, [mainClaim(ctx.mention), ctx.mention.claims.budget], '缺少预算数或决算数 (budget or actual not stated)');
    case 'comparison':
      return dependsOn(id, [mainClaim(ctx.mention), ctx.mention.claims.budget], '缺少预算数或决算数 (budget or actual not stated)');
    case 'count':
      return countLink(ctx, id);
    default:
      return { claim: id, kind: 'unlinked', reason: `未知比率“${claim.text}” (percentage of unknown meaning)` };
  }
}

/** The figure a change or share is about: the actual in final accounts, else the level. */
export function mainClaim(m: Mention): number | undefined {
  return m.claims.actual ?? m.claims.level;
}

function cellLink(ctx: Context, claim: number, column: (t: ClaimTarget) => string | undefined, missing?: string): Link {
  if (!ctx.resolution.ok) return { claim, kind: 'unlinked', reason: ctx.resolution.reason };
  const col = column(ctx.resolution.value.target);
  if (!col) return { claim, kind: 'unlinked', reason: missing ?? '无对应列 (no column)' };
  const cell = readCell(ctx.d, ctx.resolution.value.tableIndex, ctx.resolution.value.row, col);
  return typeof cell === 'string' ? { claim, kind: 'unlinked', reason: cell } : { claim, kind: 'cell', cell };
}

/** The current and prior-year cells of the mention's target, when the table prints both. */
function priorCells(ctx: Context): { current: CellLink; prior: CellLink; altPrior?: CellLink } | null {
  if (!ctx.resolution.ok) return null;
  const { target, tableIndex, row } = ctx.resolution.value;
  if (!target.priorColumn) return null;
  const current = readCell(ctx.d, tableIndex, row, target.column);
  const prior = readCell(ctx.d, tableIndex, row, target.priorColumn);
  if (typeof current === 'string' || typeof prior === 'string') return null;
  const altColumn = PRIOR_ALTERNATIVES[target.priorColumn];
  const altPrior = altColumn ? readCell(ctx.d, tableIndex, row, altColumn) : null;
  return { current, prior, ...(altPrior && typeof altPrior !== 'string' && !altPrior.blank ? { altPrior } : {}) };
}

function changeLink(ctx: Context, claim: Claim): Link {
  const cells = priorCells(ctx);
  if (cells) return { claim: claim.id, kind: 'cell', cell: cells.current, prior: cells.prior, ...(cells.altPrior ? { altPrior: cells.altPrior } : {}) };
  if (claim.kind === 'flat') return dependsOn(claim.id, [ctx.mention.claims.change], '表格未列示上年数 (no prior-year figure)');
  return { claim: claim.id, kind: 'unlinked', reason: ctx.resolution.ok ? '表格未列示上年数 (the tables print no prior-year figure)' : ctx.resolution.reason };
}

function percentChangeLink(ctx: Context, claim: Claim): Link {
  const cells = priorCells(ctx);
  const main = mainClaim(ctx.mention);
  const change = ctx.mention.claims.change;
  if (main !== undefined && change !== undefined) {
    return { claim: claim.id, kind: 'claims', dependsOn: [main, change], ...(cells ? { prior: cells.prior, current: cells.current } : {}) };
  }
  if (cells) return { claim: claim.id, kind: 'claims', dependsOn: [], prior: cells.prior, current: cells.current };
  // "…决算数比上年减少 Y 万元，下降 X%": the level was stated in an earlier sentence; its table figure is the current.
  const current = change !== undefined ? cellLink(ctx, claim.id, (t) => t.column) : null;
  if (current?.kind === 'cell') return { claim: claim.id, kind: 'claims', dependsOn: [change!], current: current.cell };
  return { claim: claim.id, kind: 'unlinked', reason: '缺少本年数或增减额 (level or change not stated)' };
}

function shareLink(ctx: Context, claim: Claim): Link {
  const part = mainClaim(ctx.mention);
  const whole = wholeOf(ctx, claim);
  if (part === undefined && whole !== undefined) {
    const bound = impliedBound(ctx);
    if (bound !== undefined) return { claim: claim.id, kind: 'claims', dependsOn: [bound, whole], implied: true };
  }
  return dependsOn(claim.id, [part, whole], claim.base ? `未找到占比基数“${claim.base}” (base not found)` : '未找到占比基数 (base not found)');
}

/** The whole of a share: the mention its base names (same section, before it), else the 其中 whole. */
function wholeOf(ctx: Context, claim: Claim): number | undefined {
  if (claim.base) {
    const base = claim.base;
    for (let i = ctx.mention.id - 1; i >= 0; i--) {
      const m = ctx.mentions[i] as Mention;
      if (m.section !== ctx.mention.section) break;
      if (m.subject && (m.subject === base || m.subject.includes(base) || base.includes(m.subject) || synonyms(m.section, m.subject, base))) return mainClaim(m);
    }
    return undefined;
  }
  return ctx.mention.whole !== null ? mainClaim(ctx.mentions[ctx.mention.whole] as Mention) : undefined;
}

/** Two wordings of one figure (货物支出金额, 政府采购货物支出) by the catalogue's synonyms. */
function synonyms(section: string | null, a: string, b: string): boolean {
  return SUBJECT_SYNONYMS.some((s) => inSections(section, s.sections) && s.pattern.test(a) && s.pattern.test(b));
}

/** The stated figure a share's implied part belongs to: an earlier mention whose subject ends the share's (货物采购授予中小企业合同金额 → 授予中小企业合同金额). */
function impliedBound(ctx: Context): number | undefined {
  const m = ctx.mention;
  if (!inSections(m.section, IMPLIED_PART_SECTIONS) || !m.subject) return undefined;
  for (let i = m.id - 1; i >= 0; i--) {
    const other = ctx.mentions[i] as Mention;
    if (other.section !== m.section) break;
    if (other.subject && other.subject !== m.subject && m.subject.endsWith(other.subject)) return mainClaim(other);
  }
  return undefined;
}

/** A count: the sum of its listed parts, or (三公 保有量) the vehicles the assets section says are held. */
function countLink(ctx: Context, claim: number): Link {
  const m = ctx.mention;
  const parts = ctx.mentions.filter((x) => x.whole === m.id && x.claims.count !== undefined).map((x) => x.claims.count as number);
  if (parts.length > 0) return { claim, kind: 'claims', dependsOn: parts };
  if (VEHICLE_STOCK.test(m.subject) && ctx.d.document.kind === 'final') {
    // Budgets date their assets (截至 7 月 31 日) apart from the year their 三公 speaks of: only final accounts compare.
    const held = ctx.mentions.find((x) => inSections(x.section, ['assets']) && VEHICLES_HELD.test(x.subject) && x.claims.count !== undefined);
    if (held) return { claim, kind: 'claims', dependsOn: [held.claims.count as number], stock: true };
    return { claim, kind: 'unlinked', reason: '国有资产占用情况未列示车辆数 (the assets section states no vehicle count)' };
  }
  const total = m.whole !== null ? ctx.mentions[m.whole]?.claims.count : undefined;
  if (total === undefined) return { claim, kind: 'unlinked', reason: '无可核对的数 (nothing to compare)' };
  // A part is verified with its total: [total, …all the parts].
  const siblings = ctx.mentions.filter((x) => x.whole === m.whole && x.claims.count !== undefined).map((x) => x.claims.count as number);
  return { claim, kind: 'claims', dependsOn: [total, ...siblings] };
}

/** A whole with no table figure, linked to the stated parts listed after it (其中 …). */
function sumLink(ctx: Context, claim: number): Link | null {
  const m = ctx.mention;
  if (mainClaim(m) !== claim || !m.section) return null;
  const section = m.section;
  const later = ctx.mentions.filter((x) => x.id > m.id && x.section === section && mainClaim(x) !== undefined);
  for (const c of COMPOSITIONS) {
    if (!inSections(section, c.sections) || !c.whole.test(m.subject)) continue;
    const parts = c.parts.map((p) => later.find((x) => p.test(x.subject)));
    if (parts.every((p) => p !== undefined)) return { claim, kind: 'claims', dependsOn: parts.map((p) => mainClaim(p as Mention) as number) };
  }
  return null;
}

function dependsOn(claim: number, ids: ReadonlyArray<number | undefined>, reason: string): Link {
  if (ids.some((i) => i === undefined)) return { claim, kind: 'unlinked', reason };
  return { claim, kind: 'claims', dependsOn: ids as number[] };
}

/** A cell of an existing row and column; a cell printed empty there reads as 0. */
function readCell(d: Disclosure, tableIndex: number, rowIndex: number | null, column: string): CellLink | string {
  const table = d.tables[tableIndex] as Table;
  if (table.empty) return `${table.kind} 为空表 (empty table)`;
  if (rowIndex === null) return `${table.kind} 中未找到对应行 (row not found)`;
  if (!table.columns.some((c) => c.key === column)) return `${table.kind} 无 ${column} 列 (column not printed)`;
  const row = table.rows[rowIndex];
  if (!row) return `${table.kind} 中未找到对应行 (row not found)`;
  const cell = row.values[column];
  const ambiguous = row.ambiguity?.candidates.some((c) => c.includes(column)) ?? false;
  return {
    table: table.kind,
    tableIndex,
    row: rowIndex,
    rowCode: row.code,
    rowKey: row.key,
    column,
    page: row.at.page,
    line: row.at.line,
    ...inUnit({ value: cell?.value ?? 0n, decimals: cell?.decimals ?? 2 }, table.unit, d.document.currencyUnit),
    blank: cell === undefined,
    ambiguous,
    suspect: untrustedCells(d).has(cellKey({ table: tableIndex, row: rowIndex, column })),
  };
}
