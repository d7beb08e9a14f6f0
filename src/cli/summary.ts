/**
 * @module The readable (non-JSON) report of `parse`: what was found, and what could not be read.
 */
import type { Disclosure } from '../model/index.js';

const KIND = { final: '决算 final accounts', budget: '预算 budget' } as const;
const SCOPE = { department: '部门 department', unit: '单位 unit' } as const;

export function summarize(d: Disclosure): string {
  const m = d.document;
  const out = [
    `${d.source.file}`,
    `  部门 department: ${m.department ?? '?'} · 年度 year: ${m.fiscalYear ?? '?'} · ${m.kind ? KIND[m.kind] : '?'} · ${m.scope ? SCOPE[m.scope] : '?'} · ${m.level} · 单位 unit: ${m.currencyUnit ?? '?'}`,
    `  表格 tables: ${d.tables.length}`,
  ];
  for (const t of d.tables) {
    const ambiguous = t.rows.filter((r) => r.ambiguity).length;
    const state = t.empty ? `空表 empty${t.note ? `（${t.note.slice(0, 40)}）` : ''}` : `${t.rows.length} 行 rows`;
    out.push(`    ${(t.number ?? '').padEnd(10)} ${t.kind.padEnd(30)} ${t.title} — ${state}${ambiguous ? ` · ${ambiguous} 行待定 ambiguous` : ''}`);
    for (const r of t.rows.filter((x) => x.ambiguity)) {
      out.push(`        ${r.code ?? r.key ?? r.name}: ${r.ambiguity!.values.join(' ')} → ${r.ambiguity!.candidates.map((c) => c.join('/')).join(' | ')}`);
    }
  }
  out.push(`  绩效表 performance tables: ${d.performance.length} · 说明章节 explanation sections: ${d.sections.length}`);
  for (const w of d.warnings) out.push(`  ! ${w.code}: ${w.message}`);
  return out.join('\n');
}
