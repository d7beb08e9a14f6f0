/**
 * @module Performance tables of a generated disclosure, as the truth a parse must give back: a
 * final's 项目支出绩效自评表 and a budget's 项目支出绩效目标表, one per major project (the items with
 * the largest 一般公共预算 project spending), funds equal to that spending in 万元, indicators
 * 一级/二级/三级 with targets and units, and in a self-evaluation the scores: the fund execution
 * rate's (分值 10) and each indicator's, adding up to the 总分.
 */
import { parseNumber } from '../model/index.js';
import type { Amount, Cell, PerformanceFunds, PerformanceIndicator, PerformanceTable } from '../model/index.js';
import { CENT } from './amounts.js';
import { DEVIATIONS, GOAL_DONE, GOAL_SENTENCES, INDICATOR_TEMPLATES, PROJECT_SUFFIXES } from './performance-vocabulary.js';
import type { IndicatorTemplate } from './performance-vocabulary.js';
import type { Rng } from './prng.js';
import { cellOf, nameOf } from './tables.js';

/** A project the tables fund: its functional item and its 一般公共预算 project spending (document unit). */
export interface FundedProject {
  readonly code: string;
  readonly amount: Amount;
}

export interface PerformanceContext {
  readonly kind: 'final' | 'budget';
  readonly body: string;
  readonly year: number;
  readonly unit: string;
}

const MAX_PROJECTS = 3;
const NOWHERE = { page: null, line: 0 } as const;

/** The performance tables of a document (none when no item has project spending, or by chance). */
export function planPerformance(rng: Rng, projects: readonly FundedProject[], c: PerformanceContext): PerformanceTable[] {
  if (!rng.chance(0.7)) return [];
  const chosen = [...projects].filter((p) => p.amount >= CENT).sort((a, b) => (b.amount > a.amount ? 1 : b.amount < a.amount ? -1 : 0))
    .slice(0, rng.int(1, MAX_PROJECTS));
  return chosen.map((p) => projectTable(rng, p, c));
}

function projectTable(rng: Rng, p: FundedProject, c: PerformanceContext): PerformanceTable {
  // "其他自然资源事务支出" names the spending; the project is the work: "其他自然资源事务专项经费".
  const topic = nameOf(p.code, c.year).replace(/支出$/, '');
  const project = `${topic}${rng.pick(PROJECT_SUFFIXES)}`;
  const wan = c.unit === '元' ? roundToCent(p.amount / 10_000n) : p.amount;
  const self = c.kind === 'final';
  const funds = self ? selfFunds(rng, wan) : targetFunds(wan);
  const indicators = INDICATOR_TEMPLATES.map((t) => indicator(rng, t, topic, self));
  const expected = GOAL_SENTENCES.map((s, i) => `${self ? `${i + 1}.` : ''}${s.replace('{topic}', topic)}`).join('');
  const actual = self ? GOAL_DONE.map((s, i) => `${i + 1}.${s.replace('{topic}', topic)}`).join('') : null;
  const fundScore = funds[0]!.values['score'];
  const total = self ? sumTenths([fundScore!.text, ...indicators.map((i) => i.score!)]) : null;
  return {
    kind: self ? 'performance.selfEvaluation' : 'performance.targets',
    title: self ? '项目支出绩效自评表' : '项目支出绩效目标表',
    project, department: c.body, implementer: c.body, funds, indicators,
    totalScore: total, at: NOWHERE, year: c.year, departmentCode: null, fields: {},
    goals: { expected, actual, text: `${expected}${actual ?? ''}`, at: NOWHERE },
    totals: total ? { weight: cell('100.0'), score: cell(total) } : {},
    warnings: [],
  };
}

/** 年初预算数, 全年预算数 (≥ spending), 全年执行数 (= spending), 分值 10, 执行率 and its score. */
function selfFunds(rng: Rng, actual: Amount): PerformanceFunds[] {
  const full = actual + roundToCent((actual * BigInt(rng.int(0, 150))) / 1000n);
  const initial = rng.chance(0.5) ? full : roundToCent((full * BigInt(rng.int(850, 1000))) / 1000n);
  const rateTenths = full === 0n ? 1000n : (actual * 2000n / full + 1n) / 2n; // ‰, half up
  const rate = `${rateTenths / 10n}.${rateTenths % 10n}`;
  const scoreTenths = (rateTenths + 5n) / 10n; // 10 × rate, to 0.1
  const score = `${scoreTenths / 10n}.${scoreTenths % 10n}`;
  const money = [cellOf(initial), cellOf(full), cellOf(actual)];
  const row = (source: string, key: string, values: Record<string, Cell>): PerformanceFunds => ({ source, key, values, at: NOWHERE });
  const cols = (extra: Record<string, Cell>) => ({ budgetInitial: money[0]!, budgetFull: money[1]!, actual: money[2]!, ...extra });
  return [
    row('年度资金总额', 'total', cols({ weight: cell('10.0'), rate: cell(`${rate}%`), score: cell(score) })),
    row('财政拨款', 'fiscal', cols({ rate: cell(`${rate}%`) })),
    row('其他资金', 'other', {}),
  ];
}

/** One amount column: the year's total, all of it 财政拨款. */
function targetFunds(amount: Amount): PerformanceFunds[] {
  const row = (source: string, key: string, values: Record<string, Cell>): PerformanceFunds => ({ source, key, values, at: NOWHERE });
  return [row('年度资金总额', 'total', { amount: cellOf(amount) }), row('财政拨款', 'fiscal', { amount: cellOf(amount) }),
    row('其他资金', 'other', {})];
}

function indicator(rng: Rng, t: IndicatorTemplate, topic: string, self: boolean): PerformanceIndicator {
  const n = rng.int(2, 30);
  const p = rng.pick([90, 95, 98]);
  const fill = (s: string) => s.replace('{topic}', topic).replace(/\{n\}/g, String(n)).replace('{m}', String(Math.max(1, n - rng.int(1, 2))))
    .replace('{p}', String(p)).replace('{q}', String(p - rng.int(1, 5))).replace('{s}', String(rng.int(p, 100)));
  const partly = self && rng.chance(0.2);
  const weight = `${t.weight}${self ? '.0' : ''}`;
  const lost = partly ? rng.int(5, Math.min(30, t.weight * 5)) : 0; // tenths of a point
  const scoreTenths = t.weight * 10 - lost;
  const score = self ? `${Math.floor(scoreTenths / 10)}.${scoreTenths % 10}` : null;
  const values: Record<string, Cell> = { weight: cell(weight), ...(score ? { score: cell(score) } : {}) };
  return { level1: t.level1, level2: t.level2, name: fill(t.name), target: fill(t.target), actual: self ? fill(partly ? t.partly : t.met) : null,
    weight, score, deviation: partly ? rng.pick(DEVIATIONS) : null, rate: null, basis: null, previous: null, rule: null, evidence: null,
    values, at: NOWHERE };
}

function cell(text: string): Cell {
  return { ...parseNumber(text)!, at: NOWHERE };
}

function roundToCent(a: Amount): Amount {
  return ((a + CENT / 2n) / CENT) * CENT;
}

/** Σ of one-decimal scores, exact, printed with one decimal. */
function sumTenths(texts: readonly string[]): string {
  const tenths = texts.reduce((s, x) => s + Number(x.replace('.', '')), 0);
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}
