/**
 * `npm run bench:corpus` (also run by `npm run bench`): parse time per corpus PDF in process
 * (median and p95 over the documents, each the median of its runs after a warm-up), peak RSS,
 * and the total time of Poppler's `pdftotext -layout` on the same files, with the ratio.
 * Targets: median ≤ 0.5 s per document; peak RSS < 500 MB.
 *
 * Usage: node --import tsx bench/corpus.ts [folder] [--runs N]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseBytes } from '../src/parse/index.js';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) || 3 : 3;
const dir = args.find((a, i) => !a.startsWith('--') && (runsAt < 0 || i !== runsAt + 1)) ?? '/work/shared/corpus';
if (!existsSync(dir)) {
  console.log(`bench/corpus: ${dir} absent, skipped`);
} else {
  const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort();
  const perDoc: number[] = [];
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    await parseBytes(bytes, f);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await parseBytes(bytes, f);
      times.push(performance.now() - t0);
    }
    const ms = quantile(times, 0.5);
    perDoc.push(ms);
    console.log(`${f.padEnd(56)} ${ms.toFixed(0).padStart(6)} ms`);
  }
  const total = perDoc.reduce((a, b) => a + b, 0);
  console.log(`parse: ${files.length} documents, median ${quantile(perDoc, 0.5).toFixed(0)} ms, p95 ${quantile(perDoc, 0.95).toFixed(0)} ms, ` +
    `total ${(total / 1000).toFixed(2)} s; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
  const poppler = popplerSeconds(dir, files);
  if (poppler !== null) {
    console.log(`pdftotext -layout: total ${poppler.toFixed(2)} s; parse / pdftotext = ${(total / 1000 / poppler).toFixed(1)}×`);
  } else {
    console.log('pdftotext not found: no Poppler comparison');
  }
}

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

function popplerSeconds(folder: string, files: readonly string[]): number | null {
  try {
    const t0 = performance.now();
    for (const f of files) execFileSync('pdftotext', ['-layout', join(folder, f), '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
    return (performance.now() - t0) / 1000;
  } catch {
    return null;
  }
}
