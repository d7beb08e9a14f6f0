/**
 * PDF round-trip bench: N generated documents of each kind (final, budget; default 500 each),
 * rendered as HTML in looks drawn from their seeds, printed by headless Chromium (one browser)
 * and read back with parseBytes. Reports exact and differing documents, cells compared and
 * cells differing by category, metadata mismatches, the looks of differing documents, and
 * documents per second (wall clock, print and parse together).
 * Run: node --import tsx bench/roundtrip-pdf.ts [N] [final|budget|both]
 */
import { compareDisclosures, generateHtml, openPrinter } from '../src/generate/index.js';
import type { GeneratedHtml } from '../src/generate/index.js';
import type { Disclosure } from '../src/model/index.js';
import { parseBytes } from '../src/parse/index.js';

const n = Number(process.argv[2] ?? 500);
const which = process.argv[3] ?? 'both';
const kinds = (which === 'both' ? ['final', 'budget'] : [which]) as Array<'final' | 'budget'>;

/** A difference line's category: what part of the reading went wrong. */
function category(d: string): string {
  if (d.startsWith('document.')) return `metadata ${d.split(':')[0]}`;
  if (d.startsWith('tables:')) return 'table missing or extra';
  if (d.includes(': columns expected')) return 'columns';
  if (d.includes(': rows expected')) return 'rows';
  if (d.includes(': ambiguous')) return 'ambiguous';
  if (d.includes(': name expected')) return 'row name';
  if (/expected \(none\) read/.test(d)) return 'cell: value where none';
  if (/read \(none\)$/.test(d)) return 'cell: value missed';
  return 'cell: wrong value';
}

const cellCount = (d: Disclosure) => d.tables.reduce((s, t) => s + t.rows.reduce((r, row) => r + Object.keys(row.values).length, 0), 0);

const printer = await openPrinter();
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let done = 0;
try {
  for (const kind of kinds) {
    let exact = 0;
    let cells = 0;
    let cellDiffs = 0;
    const byCategory = new Map<string, number>();
    const failing: string[] = [];
    for (let i = 0; i < n; i++) {
      const doc: GeneratedHtml = generateHtml({ seed: 'bench-pdf', index: i, kind }, 'pdf');
      const read = await parseBytes(await printer.print(doc.html), `${doc.id}.pdf`);
      const diffs = read.ok ? compareDisclosures(doc.truth, read.value) : [`document.parse: failed ${read.error.code}`];
      cells += cellCount(doc.truth);
      for (const d of diffs) {
        const c = category(d);
        byCategory.set(c, (byCategory.get(c) ?? 0) + 1);
        if (c.startsWith('cell')) cellDiffs++;
      }
      if (diffs.length === 0) exact++;
      else failing.push(`${doc.id} ${doc.style} ${JSON.stringify(doc.look)}: ${diffs.slice(0, 2).join(' | ').slice(0, 300)}`);
      done++;
    }
    console.log(`${kind}: ${exact}/${n} documents exact (${((100 * exact) / n).toFixed(1)}%), ${n - exact} differ; `
      + `${cells} cells compared, ${cellDiffs} differ (${((100 * cellDiffs) / Math.max(cells, 1)).toFixed(3)}%)`);
    for (const [c, k] of [...byCategory].sort((a, b) => b[1] - a[1])) console.log(`  ${c}: ${k}`);
    for (const f of failing.slice(0, 8)) console.log(`  ${f}`);
  }
} finally {
  await printer.close();
}
const secs = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
console.log(`${done} documents in ${secs.toFixed(1)} s wall: ${(done / secs).toFixed(2)} documents/s `
  + `(this process ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU; Chromium's own CPU not counted)`);
