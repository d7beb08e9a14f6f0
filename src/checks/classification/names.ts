/**
 * @module Code ↔ name: each coded row against the reference for the document's year
 * (unknownCode, nameMismatch), and each code's names across the tables (inconsistentName).
 */
import { CLASSIFICATION_RULES, PROJECT_ROW_TABLES, judgeName, normalizeName } from '../../catalogue/index.js';
import type { Disclosure, Row, Table } from '../../model/index.js';
import { fail, findingOf, locationOf, pass, ruleOf, skip, type Report } from '../support.js';

const UNKNOWN = ruleOf(CLASSIFICATION_RULES, 'classification.unknownCode');
const MISMATCH = ruleOf(CLASSIFICATION_RULES, 'classification.nameMismatch');
const INCONSISTENT = ruleOf(CLASSIFICATION_RULES, 'classification.inconsistentName');

export interface CodedRow {
  readonly table: Table;
  readonly row: Row & { code: string };
}

/** Rows whose printed name is the name of their code (project tables excluded). */
export function codedRows(d: Disclosure): CodedRow[] {
  const out: CodedRow[] = [];
  for (const table of d.tables) {
    if (PROJECT_ROW_TABLES.includes(table.kind)) continue;
    for (const row of table.rows) if (row.code !== null && isName(row.name)) out.push({ table, row: row as Row & { code: string } });
  }
  return out;
}

/** Template rows ("高等教育……") and rows run together with their neighbours carry no name to judge. */
const isName = (name: string): boolean => name.length > 0 && !/…|\.{3}|\d/.test(name);

const where = ({ table, row }: CodedRow) => locationOf(row.at, { table: table.kind, rowCode: row.code, column: 'name' });

/** Each coded row's name against the reference; absent codes are reported once per code. */
export function checkNames(d: Disclosure, rows: readonly CodedRow[], report: Report): void {
  const year = d.document.fiscalYear;
  const unknown = new Map<string, CodedRow[]>();
  for (const coded of rows) {
    const { code, name } = coded.row;
    const verdict = judgeName(code, name, year);
    if (verdict.status === 'unknown') {
      const list = unknown.get(code);
      if (list) list.push(coded);
      else unknown.set(code, [coded]);
      continue;
    }
    if (verdict.status === 'match') {
      pass(report);
      continue;
    }
    // A name running into the next cell's words ("文化旅游体育与传媒支出其他…") is a reading artefact, not evidence.
    if (normalizeName(name).startsWith(normalizeName(verdict.expected))) {
      skip(report);
      continue;
    }
    const era = verdict.status === 'otherYear' ? `（该名称为${spanText(verdict.from, verdict.to)}的科目名称）` : '';
    fail(report, findingOf(MISMATCH,
      `${code} 科目名称为“${name}”，${year ?? ''}${year ? '年' : ''}目录名称为“${verdict.expected}”${era} (code ${code} printed as "${name}", catalogue name "${verdict.expected}")`,
      [where(coded)], coded.row.text));
  }
  for (const [code, list] of unknown) {
    for (let i = 1; i < list.length; i++) skip(report);
    const first = list[0] as CodedRow;
    skip(report, findingOf(UNKNOWN,
      `科目编码 ${code}（${first.row.name}）不在参考目录中，未核对名称 (code ${code} not in the reference catalogue; name not verified)`,
      list.map(where), first.row.text));
  }
}

function spanText(from: number | null, to: number | null): string {
  if (from === null) return `${to ?? ''}年及以前`;
  if (to === null) return `${from}年起`;
  return `${from}–${to}年`;
}

/** The same code printed with different names in different tables (or rows). */
export function checkConsistency(rows: readonly CodedRow[], report: Report): Map<string, string> {
  const byCode = new Map<string, CodedRow[]>();
  for (const r of rows) {
    const list = byCode.get(r.row.code);
    if (list) list.push(r);
    else byCode.set(r.row.code, [r]);
  }
  const tableName = new Map<string, string>();
  for (const [code, list] of byCode) {
    const names = distinctNames(list.map((r) => asPrinted(r.row)));
    tableName.set(code, names[0] ?? '');
    if (list.length < 2) continue;
    if (names.length < 2) {
      pass(report);
      continue;
    }
    const variants = names.map((n) => list.find((r) => asPrinted(r.row) === n) as CodedRow);
    fail(report, findingOf(INCONSISTENT,
      `科目 ${code} 在各表中名称不一致：${variants.map((v) => `${v.table.kind}“${v.row.name}”`).join('，')} (code ${code} named differently across tables)`,
      variants.map(where), variants.map((v) => v.row.text).join(' / ')));
  }
  return tableName;
}

/** A name running on into the next cell's words counts as the catalogue name it starts with. */
function asPrinted(row: Row & { code: string }): string {
  const name = normalizeName(row.name);
  const verdict = judgeName(row.code, row.name, null);
  return verdict.status !== 'unknown' && name.startsWith(normalizeName(verdict.expected)) ? normalizeName(verdict.expected) : name;
}

/** Names that differ, a name that merely runs on into the next cell's words counting as its start. */
function distinctNames(names: readonly string[]): string[] {
  const sorted = [...new Set(names)].sort((a, b) => a.length - b.length);
  return sorted.filter((n, i) => !sorted.slice(0, i).some((shorter) => n.startsWith(shorter)));
}
