/**
 * @module What required sections must say: in final accounts, a reason for every 项 whose
 * actual differs from its budget (具体情况), and the counts of the 三公 explanation.
 */
import { COMPLETENESS_RULES, ITEM_ACTUAL, ITEM_BUDGET, REASON, THREE_PUBLIC_COUNTS } from '../../catalogue/index.js';
import type { Disclosure, Section } from '../../model/index.js';
import { parseNumber } from '../../model/index.js';
import { fail, findingOf, lineIndex, locate, locationOf, ownSections, pass, ruleOf, skip, type Report } from '../support.js';

const REASON_RULE = ruleOf(COMPLETENESS_RULES, 'completeness.itemReason');
const COUNTS = ruleOf(COMPLETENESS_RULES, 'completeness.threePublicDetail');

/** A numbered item of the 具体情况 explanation starts a line: "1.", "2、", "10．". */
const ITEM_START = /\n(?=\d{1,2}[.．、](?!\d))/;

export function checkItemReasons(d: Disclosure, report: Report): void {
  const own = ownSections(d);
  const detail = own.find((s) => s.section.key === 'gpbExpenditure.detail') ?? own.find((s) => s.section.key === 'gpbExpenditure');
  if (!detail) return;
  const index = lineIndex(d);
  for (const item of detail.paragraphs.join('\n').split(ITEM_START)) {
    const budget = amountOf(ITEM_BUDGET.exec(item)?.[1]);
    const actual = amountOf(ITEM_ACTUAL.exec(item)?.[1]);
    if (budget === null || actual === null) {
      skip(report);
      continue;
    }
    if (budget === actual || REASON.test(item)) {
      pass(report);
      continue;
    }
    const at = locate(index, item.slice(0, 24), detail.section.at);
    fail(report, findingOf(REASON_RULE,
      `${headOf(item)}：年初预算 ${ITEM_BUDGET.exec(item)?.[1]} 万元，支出决算 ${ITEM_ACTUAL.exec(item)?.[1]} 万元，未说明差异原因 (actual differs from budget, no reason given)`,
      [locationOf(at, { section: detail.section.key ?? detail.section.heading })], item.replace(/\n/g, '')));
  }
}

function amountOf(text: string | undefined): bigint | null {
  return text === undefined ? null : (parseNumber(text)?.value ?? null);
}

/** The item's subject: "公务员医疗补助（项）" from "7.卫生健康支出（类）…公务员医疗补助（项）。年初…". */
function headOf(item: string): string {
  const subject = /([^（）。，]+（项）)/.exec(item)?.[1];
  return subject ?? item.replace(/\n/g, '').slice(0, 30);
}

export function checkThreePublicCounts(d: Disclosure, report: Report): void {
  const own = ownSections(d).filter((s) => s.section.key === 'threePublic' || s.section.key?.startsWith('threePublic.'));
  const first = own[0];
  if (!first) return;
  const text = own.flatMap((s) => s.paragraphs).join('\n');
  const finals = d.tables.find((t) => t.kind === 'final.threePublic')?.rows[0]?.values;
  for (const req of THREE_PUBLIC_COUNTS) {
    // No spending on the item: nothing to count.
    if (finals?.[`final.${req.item}`]?.value === 0n) continue;
    if (req.all.every((p) => p.test(text))) {
      pass(report);
      continue;
    }
    fail(report, findingOf(COUNTS,
      `“三公”经费说明未写明${req.name} (三公 explanation does not state ${req.key} counts)`,
      [locationOf(first.section.at, { section: first.section.key ?? first.section.heading })], headingOf(first.section)));
  }
}

const headingOf = (s: Section): string => s.heading;
