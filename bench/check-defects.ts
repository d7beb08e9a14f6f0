/**
 * Checker bench against injected defects: N generated documents (default 1,000), each with K
 * defects (default 3) and its clean twin, parsed and checked. Reports the share of defects found
 * at their location, clean-twin errors and warnings, rounding noise kept as rounding, and time.
 * Run: node --import tsx bench/check-defects.ts [N] [K] [seed] [final|budget]
 */
import { checkDisclosure } from '../src/checks/index.js';
import { addScore, emptyTotals, generateDocument, scoreDefects } from '../src/generate/index.js';
import type { Finding } from '../src/model/index.js';
import { parseBytes } from '../src/parse/index.js';

const n = Number(process.argv[2] ?? 1_000);
const k = Number(process.argv[3] ?? 3);
const seed = process.argv[4] ?? 'bench-check';
const kind = process.argv[5] === 'budget' ? 'budget' : 'final';

async function findings(text: string): Promise<Finding[]> {
  const read = await parseBytes(Buffer.from(text), 'generated.txt');
  if (!read.ok) throw new Error(`parse failed: ${read.error.code}`);
  return checkDisclosure(read.value).findings;
}

const t0 = performance.now();
const totals = emptyTotals();
const misses: string[] = [];
for (let i = 0; i < n; i++) {
  const clean = generateDocument({ seed, index: i, kind });
  const broken = generateDocument({ seed, index: i, defects: k, kind });
  const score = scoreDefects(broken.defects, await findings(broken.text), await findings(clean.text));
  addScore(totals, score);
  for (const d of score.defects) if (!d.ok) misses.push(`${broken.id} ${broken.style}: ${JSON.stringify(d.defect)}`);
  for (const f of score.twinErrors) misses.push(`${clean.id} clean twin error: ${f.rule} ${f.message}`);
}
const ms = performance.now() - t0;
const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(2)}%`;
console.log(`${kind} documents: ${totals.documents} with ${k} defects each, and their clean twins (${(ms / 1000).toFixed(1)} s, ${(ms / n / 2).toFixed(1)} ms per parse+check)`);
console.log(`defects found at their location: ${totals.found}/${totals.reportable} (${pct(totals.found, totals.reportable)})`);
console.log(`rounding noise reported only as rounding: ${totals.noiseOk}/${totals.noise}`);
console.log(`clean twins: ${totals.twinErrors} errors, ${totals.twinWarnings} warnings`);
console.log(`missed by kind: ${JSON.stringify(Object.fromEntries(totals.missedByKind))}`);
for (const m of misses.slice(0, 10)) console.log(`  ${m}`);
