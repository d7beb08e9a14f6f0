/** @module The public JSON of `check` (OUTPUT.md): the parse JSON plus the tally and the findings. */
import { amountToNumber } from '../model/index.js';
import type { Disclosure, Finding } from '../model/index.js';
import { disclosureJson } from '../parse/index.js';
import type { CheckReport } from './check.js';

export function checkJson(d: Disclosure, report: CheckReport): Record<string, unknown> {
  return { ...disclosureJson(d), checks: report.tally, findings: report.findings.map(findingJson) };
}

export function findingJson(f: Finding): Record<string, unknown> {
  const { expected, actual, difference, ...rest } = f;
  return {
    ...rest,
    ...(expected !== undefined ? { expected: amountToNumber(expected) } : {}),
    ...(actual !== undefined ? { actual: amountToNumber(actual) } : {}),
    ...(difference !== undefined ? { difference: amountToNumber(difference) } : {}),
  };
}
