/**
 * @module Which table figure a mention's subject names: the catalogue's subject vocabulary for
 * the mention's section, and for classification items the row whose code the printed names
 * spell out (公共安全支出（类）公安（款）行政运行（项） → 2040201).
 */
import { CODE_LEVEL_MARKERS, SUBJECT_VOCABULARY, functionalClassCode, type ClaimTarget } from '../../catalogue/index.js';
import type { Disclosure, Row, Table } from '../../model/index.js';
import { inSections } from '../support.js';
import { isCodeItem } from './subject.js';

export interface ResolvedTarget {
  readonly target: ClaimTarget;
  readonly tableIndex: number;
  /** Row index, or null when the table has no such row. */
  readonly row: number | null;
}

export type Resolution = { readonly ok: true; readonly value: ResolvedTarget } | { readonly ok: false; readonly reason: string };

/** The table figure of a subject stated in a section. */
export function resolveTarget(d: Disclosure, subject: string, section: string | null): Resolution {
  if (!subject) return { ok: false, reason: '未识别主语 (no subject)' };
  const token = codeToken(subject);
  for (const entry of SUBJECT_VOCABULARY) {
    if (!inSections(section, entry.sections)) continue;
    if (!entry.subject.test(subject) && !(token && entry.subject.test(token))) continue;
    return pickTable(d, subject, entry.targets);
  }
  return { ok: false, reason: `词表未收录“${subject}” (subject not in the vocabulary)` };
}

function pickTable(d: Disclosure, subject: string, targets: readonly ClaimTarget[]): Resolution {
  for (const target of targets) {
    const tableIndex = d.tables.findIndex((t) => t.kind === target.table);
    if (tableIndex < 0) continue;
    const table = d.tables[tableIndex] as Table;
    const row = target.row === '@code' ? rowOfItem(table, subject) : table.rows.findIndex((r) => r.key === target.row);
    return { ok: true, value: { target, tableIndex, row: row !== null && row >= 0 ? row : null } };
  }
  return { ok: false, reason: `缺少表格 ${targets.map((t) => t.table).join('/')} (table missing)` };
}

/** "@item" for X（类）Y（款）Z（项）, "@class" for a printed class name, else null. */
function codeToken(subject: string): string | null {
  if (isCodeItem(subject)) return '@item';
  return classCode(subject) ? '@class' : null;
}

function classCode(name: string): string | null {
  const bare = name.replace('（类）', '');
  return functionalClassCode(bare) ?? functionalClassCode(`${bare}支出`) ?? functionalClassCode(bare.replace(/支出$/, '') + '支出');
}

/** The row a classification item names, walking 类 → 款 → 项 by printed names; null when unsure. */
function rowOfItem(table: Table, subject: string): number | null {
  const names = splitItem(subject);
  const cls = names[0] ? classCode(names[0]) : null;
  if (!cls) return null;
  let code = cls;
  for (const name of names.slice(1)) {
    const child = table.rows.find((r) => isChild(r, code) && sameName(r.name, name));
    if (!child?.code) return null;
    code = child.code;
  }
  const index = table.rows.findIndex((r) => r.code === code);
  return index >= 0 ? index : null;
}

function isChild(r: Row, parent: string): boolean {
  return r.code !== null && r.code.startsWith(parent) && r.code.length === parent.length + 2;
}

function sameName(printed: string, stated: string): boolean {
  const norm = (s: string): string => s.replace(/[()（）\s]/g, '');
  return norm(printed) === norm(stated);
}

/** "公共安全支出（类）公安（款）行政运行（项）" → ["公共安全支出", "公安", "行政运行"]. */
function splitItem(subject: string): string[] {
  if (!isCodeItem(subject)) return [subject];
  const out: string[] = [];
  let rest = subject;
  for (const marker of CODE_LEVEL_MARKERS) {
    const at = rest.indexOf(marker);
    if (at < 0) {
      // "公共安全（类）支出": the class name continues after its marker.
      if (out.length === 1 && rest.length > 0 && !CODE_LEVEL_MARKERS.some((m) => rest.includes(m))) out[0] += rest;
      break;
    }
    out.push(rest.slice(0, at));
    rest = rest.slice(at + marker.length);
  }
  return out;
}
