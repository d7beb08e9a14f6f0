/**
 * Generator bench: time to generate N text documents (default 10,000) and the round-trip
 * pass rate over M of them (default 500): parse(render(truth)) compared cell by cell.
 * Run: node --import tsx bench/generate.ts [N] [M] [final|budget]
 */
import { compareDisclosures, generateDocument } from '../src/generate/index.js';
import { parseBytes } from '../src/parse/index.js';

const n = Number(process.argv[2] ?? 10_000);
const m = Number(process.argv[3] ?? 500);
const kind = process.argv[4] === 'budget' ? 'budget' : 'final';

let t0 = performance.now();
let bytes = 0;
for (let i = 0; i < n; i++) bytes += generateDocument({ seed: 'bench', index: i, kind }).text.length;
const genMs = performance.now() - t0;
console.log(`generate ${kind}: ${n} documents in ${(genMs / 1000).toFixed(2)} s (${(genMs / n).toFixed(2)} ms each, ${(bytes / n / 1000).toFixed(1)}k chars avg)`);

t0 = performance.now();
let exact = 0;
let ambiguousOnly = 0;
const other: string[] = [];
const byStyle = new Map<string, [number, number]>();
for (let i = 0; i < m; i++) {
  const doc = generateDocument({ seed: 'bench', index: i, kind });
  const read = await parseBytes(Buffer.from(doc.text), `${doc.id}.txt`);
  const diffs = read.ok ? compareDisclosures(doc.truth, read.value) : [`parse failed: ${read.error.code}`];
  const s = byStyle.get(doc.style) ?? [0, 0];
  s[1]++;
  if (diffs.length === 0) { exact++; s[0]++; } else {
    const amb = new Set(diffs.filter((d) => d.includes(': ambiguous')).map((d) => d.split(':')[0]!));
    if (diffs.every((d) => d.includes(': ambiguous') || [...amb].some((r) => d.startsWith(`${r}.`)))) ambiguousOnly++;
    else other.push(`${doc.id}: ${diffs.slice(0, 3).join(' | ')}`);
  }
  byStyle.set(doc.style, s);
}
const rtMs = performance.now() - t0;
console.log(`round trip: ${exact}/${m} exact (${((100 * exact) / m).toFixed(1)}%), ${ambiguousOnly} differ only where the reader reports ambiguity, `
  + `${other.length} other; ${(rtMs / m).toFixed(1)} ms per parse`);
console.log(`by style: ${[...byStyle].map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', ')}`);
for (const o of other.slice(0, 10)) console.log(`  ${o}`);
