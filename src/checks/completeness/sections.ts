/**
 * @module Required explanation sections for the document's profile (keys of the narrative
 * section catalogue; a sub-key or the key itself satisfies a requirement).
 */
import { COMPLETENESS_RULES, type DisclosureProfile, type SectionRequirement } from '../../catalogue/index.js';
import type { Disclosure } from '../../model/index.js';
import { fail, findingOf, locationOf, pass, ruleOf, skip, type Report } from '../support.js';

const MISSING = ruleOf(COMPLETENESS_RULES, 'completeness.sectionMissing');

export function checkSections(d: Disclosure, profile: DisclosureProfile, report: Report): void {
  const keys = d.sections.map((s) => s.key).filter((k): k is string => k !== null);
  const anchor = d.sections.find((s) => s.key === 'explanation') ?? d.sections[0];
  const where = anchor ? locationOf(anchor.at, { section: anchor.key ?? anchor.heading }) : { page: null, line: 0 };
  if (!profile.sections.some((r) => satisfied(keys, r))) {
    // Tables published alone: their explanations are another file.
    skip(report, findingOf(MISSING,
      '文件中没有情况说明，未核对说明是否齐全 (no explanations in this file; sections not checked)',
      [where], d.document.title ?? '', 'info'));
    return;
  }
  for (const req of profile.sections) {
    if (req.unlessEmpty && d.tables.find((t) => t.kind === req.unlessEmpty)?.empty) continue;
    if (satisfied(keys, req)) {
      pass(report);
      continue;
    }
    fail(report, findingOf(MISSING,
      `情况说明中未找到“${req.name}”部分 (required explanation section ${req.key} not found)`,
      // The missing section's own key: the finding is about it, printed where the explanations begin.
      [{ ...where, section: req.key }], anchor?.heading ?? ''));
  }
}

function satisfied(keys: readonly string[], req: SectionRequirement): boolean {
  return keys.some((k) => k === req.key || k.startsWith(`${req.key}.`));
}
