/**
 * @module The readable report of `check`: the document, what was verified, then the findings
 * grouped by severity, each with where it stands and the printed text it rests on.
 */
import type { CheckReport } from '../checks/index.js';
import { SEVERITY_ORDER } from '../model/index.js';
import type { Disclosure, Finding, FindingLocation, Severity } from '../model/index.js';

const HEADINGS: Record<Severity, string> = {
  error: '错误 errors', warning: '警告 warnings', rounding: '舍入差异 rounding', info: '提示 info',
};

export function reportText(d: Disclosure, report: CheckReport): string {
  const m = d.document;
  const t = report.tally;
  const out = [
    d.source.file,
    `  ${m.department ?? '?'} · ${m.fiscalYear ?? '?'} · ${m.kind ?? '?'} · 表格 tables ${d.tables.length}`,
    `  核对 checked: ${t.evaluated} 项 evaluated · ${t.passed} 通过 passed · ${t.rounding} 舍入 rounding · ${t.failed} 不符 failed · ${t.notEvaluated} 未核对 not evaluated`,
  ];
  for (const severity of SEVERITY_ORDER) {
    const list = report.findings.filter((f) => f.severity === severity);
    if (list.length === 0) continue;
    out.push(`  ${HEADINGS[severity]} (${list.length})`);
    for (const f of list) out.push(...findingLines(f, severity === 'error' || severity === 'warning'));
  }
  if (report.findings.length === 0) out.push('  未发现问题 no findings');
  return out.join('\n');
}

function findingLines(f: Finding, detailed: boolean): string[] {
  const lines = [`    [${f.rule}] ${f.message}`];
  if (!detailed) return lines;
  const where = f.locations.slice(0, 3).map(place).join('；');
  if (where) lines.push(`        位置 at: ${where}${f.locations.length > 3 ? ` …（共 ${f.locations.length} 处）` : ''}`);
  if (f.evidence) lines.push(`        原文 printed: ${f.evidence}`);
  return lines;
}

function place(l: FindingLocation): string {
  const parts = [
    l.page !== null ? `第${l.page}页` : null,
    l.line ? `行 line ${l.line}` : null,
    l.table ?? l.section ?? null,
    l.rowCode ?? l.rowKey ?? null,
    l.column ?? null,
  ];
  return parts.filter(Boolean).join(' ');
}
