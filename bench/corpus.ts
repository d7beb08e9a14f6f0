/**
 * `npm run bench:corpus` (also run by `npm run bench`): the corpus PDFs measured against the
 * issue's targets.
 * - in process: parse + check (`checkDisclosure`) per document, median and p95 over the
 *   documents (each the median of its runs after a warm-up); target median ≤ 0.5 s;
 * - Poppler's `pdftotext -layout` over the same files, and the ratio;
 * - one `budgetlens check --jsonl FILES…` process over the whole corpus (built dist/), and
 *   its ratio to pdftotext; target ≤ 3×;
 * - peak RSS per file, each checked in a fresh child process (`/usr/bin/time`); target < 500 MB.
 *
 * Usage: node --import tsx bench/corpus.ts [folder] [--runs N]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkDisclosure } from '../src/checks/index.js';
import { parseBytes } from '../src/parse/index.js';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) || 3 : 3;
const dir = args.find((a, i) => !a.startsWith('--') && (runsAt < 0 || i !== runsAt + 1)) ?? '/work/shared/corpus';
const CLI = new URL('../bin/budgetlens.js', import.meta.url).pathname;

if (!existsSync(dir)) {
  console.log(`bench/corpus: ${dir} absent, skipped`);
} else {
  const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort();
  const perDoc = await inProcess(files);
  const total = perDoc.reduce((a, b) => a + b, 0);
  console.log(`parse + check: ${files.length} documents, median ${quantile(perDoc, 0.5).toFixed(0)} ms, p95 ${quantile(perDoc, 0.95).toFixed(0)} ms, ` +
    `total ${(total / 1000).toFixed(2)} s (target: median ≤ 500 ms)`);
  const poppler = popplerSeconds(files);
  if (poppler === null) console.log('pdftotext not found: no Poppler comparison');
  else console.log(`pdftotext -layout: total ${poppler.toFixed(2)} s; in-process parse + check / pdftotext = ${(total / 1000 / poppler).toFixed(1)}×`);
  const cli = cliSeconds(files);
  if (poppler !== null) console.log(`budgetlens check --jsonl (one process, ${files.length} files): ${cli.toFixed(2)} s = ${(cli / poppler).toFixed(1)}× pdftotext (target ≤ 3×)`);
  peakRss(files);
}

async function inProcess(files: readonly string[]): Promise<number[]> {
  const perDoc: number[] = [];
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    const once = async () => {
      const r = await parseBytes(bytes, f);
      if (r.ok) checkDisclosure(r.value);
    };
    await once();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await once();
      times.push(performance.now() - t0);
    }
    const ms = quantile(times, 0.5);
    perDoc.push(ms);
    console.log(`${f.padEnd(56)} ${ms.toFixed(0).padStart(6)} ms`);
  }
  return perDoc;
}

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

function popplerSeconds(files: readonly string[]): number | null {
  try {
    const t0 = performance.now();
    for (const f of files) execFileSync('pdftotext', ['-layout', join(dir, f), '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
    return (performance.now() - t0) / 1000;
  } catch {
    return null;
  }
}

function cliSeconds(files: readonly string[]): number {
  const t0 = performance.now();
  spawnSync(process.execPath, [CLI, 'check', '--jsonl', '--fail-on', 'never', ...files.map((f) => join(dir, f))], { stdio: 'ignore' });
  return (performance.now() - t0) / 1000;
}

/** Each file checked by the CLI in a fresh process; GNU time's %M is the peak RSS in KiB. */
function peakRss(files: readonly string[]): void {
  if (!existsSync('/usr/bin/time')) { console.log('/usr/bin/time not found: no per-file RSS'); return; }
  const rss = files.map((f) => {
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, CLI, 'check', '--jsonl', '--fail-on', 'never', join(dir, f)], { encoding: 'utf8' });
    return { f, mib: Number(r.stderr.trim().split('\n').at(-1)) / 1024 };
  }).sort((a, b) => b.mib - a.mib);
  console.log(`peak RSS per file (fresh process): max ${rss[0]!.mib.toFixed(0)} MiB (${rss[0]!.f}), median ${rss[Math.floor(rss.length / 2)]!.mib.toFixed(0)} MiB (target < 500 MB)`);
}
