/**
 * @module Required tables for the document's profile, and a note on every empty table.
 */
import { COMPLETENESS_RULES, EMPTY_TABLE_REASON, TABLE_NAMES, type DisclosureProfile } from '../../catalogue/index.js';
import type { Disclosure } from '../../model/index.js';
import { fail, findingOf, locationOf, pass, ruleOf, skip, type Report } from '../support.js';

const MISSING = ruleOf(COMPLETENESS_RULES, 'completeness.tableMissing');
const NOTE = ruleOf(COMPLETENESS_RULES, 'completeness.emptyTableNote');

/** Line 0: the document as a whole (nothing printed to point at). */
const DOCUMENT = { page: null, line: 0 } as const;

export function checkTables(d: Disclosure, profile: DisclosureProfile, report: Report): void {
  if (d.tables.length === 0) {
    // Explanations published alone (003: the tables were a separate attachment).
    skip(report, findingOf(MISSING,
      '文件中没有表格（表格可能另行发布），未核对表格是否齐全 (no tables in this file; table set not checked)',
      [DOCUMENT], d.document.title ?? '', 'info'));
    return;
  }
  for (const kind of profile.tables) {
    if (d.tables.some((t) => t.kind === kind)) {
      pass(report);
      continue;
    }
    const name = TABLE_NAMES[kind] ?? kind;
    fail(report, findingOf(MISSING,
      `未找到应公开的《${name}》 (required table ${kind} not found)`,
      [{ ...DOCUMENT, table: kind }], d.tables.map((t) => `${t.number ?? ''}${t.title}`).join('；')));
  }
}

export function checkEmptyNotes(d: Disclosure, report: Report): void {
  for (const t of d.tables) {
    if (!t.empty) continue;
    // The reason must be stated: a generic "注：本表反映……" note does not say why nothing is printed.
    if (t.note && EMPTY_TABLE_REASON.test(t.note)) {
      pass(report);
      continue;
    }
    fail(report, findingOf(NOTE,
      `《${t.title}》没有数据，也没有说明原因 (table ${t.kind} printed empty without a note saying why)`,
      [locationOf(t.at, { table: t.kind })], `${t.number ?? ''} ${t.title}`.trim()));
  }
}
