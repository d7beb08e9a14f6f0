/**
 * @module Benchmark of the PDF reader on a folder of PDFs (default: the development corpus).
 * Reads every file in process after a warm-up and prints per-file time and pages/s with
 * median, p95 and max; then reads the largest file (by bytes) and the longest (by pages)
 * each in a fresh child process to report peak RSS, next to a process that only loads pdf.js.
 *
 * Memory under tsx is not what a deployment sees: tsx's loader and source-map support roughly
 * double the peak RSS of a pdf.js process. So the RSS children run the compiled reader
 * (`npm run build`, or --dist DIR) with plain node when it exists, and say which they ran.
 * Timings run in this process with source maps off, as compiled code runs.
 *
 * Usage: node --import tsx bench/pdf-read.ts [folder] [--passes N] [--no-rulings] [--dist DIR]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readPdf } from '../src/ingest/index.js';

interface FileRun {
  readonly name: string;
  readonly bytes: number;
  readonly pages: number;
  readonly ms: number;
}

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/** Child mode (under tsx): read one file, print JSON with its peak RSS. */
async function measureOne(file: string, rulings: boolean): Promise<void> {
  if (file === '--baseline') {
    await import('pdfjs-dist/legacy/build/pdf.mjs');
  } else {
    const result = await readPdf(readFileSync(file), { rulings });
    if (!result.ok) throw new Error(`${file}: ${result.error.code}`);
  }
  console.log(JSON.stringify({ maxRssMiB: peakRssMiB() }));
}

/**
 * Peak RSS of this process. getrusage's maxRSS survives exec, so a child spawned by a big
 * parent would report the parent's size; VmHWM belongs to the new address space only.
 */
function peakRssMiB(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // Not Linux: fall back to getrusage (KiB on Linux, bytes on macOS; close enough to flag).
  }
  return process.resourceUsage().maxRSS / 1024;
}

/** The same measurement as a plain-node script over the compiled reader. */
function compiledChild(entry: string, target: string, rulings: boolean): string {
  const read = target === '--baseline'
    ? `await import('pdfjs-dist/legacy/build/pdf.mjs');`
    : `const r = await m.readPdf(readFileSync(${JSON.stringify(target)}), { rulings: ${rulings} });
       if (!r.ok) throw new Error(r.error.code);`;
  return `import { readFileSync } from 'node:fs';
    const m = await import(${JSON.stringify(pathToFileURL(entry).href)});
    ${read}
    const hwm = /VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    console.log(JSON.stringify({ maxRssMiB: hwm ? Number(hwm[1]) / 1024 : process.resourceUsage().maxRSS / 1024 }));`;
}

function quantile(sorted: readonly number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

/** Median, tail and extremes; `lowIsBad` puts the tail at the low end (throughput). */
function summary(label: string, values: readonly number[], unit: string, lowIsBad = false): string {
  const s = [...values].sort((a, b) => a - b);
  const f = (v: number): string => v.toFixed(unit === 'ms' ? 0 : 1);
  const tail = lowIsBad ? `p5 (slowest 5%) ${f(quantile(s, 0.05))}` : `p95 ${f(quantile(s, 0.95))}`;
  return `${label}: median ${f(quantile(s, 0.5))}, ${tail}, min ${f(s[0] ?? NaN)}, max ${f(s.at(-1) ?? NaN)} ${unit}`;
}

function peakRss(target: string, rulings: boolean, compiled: string | null): number {
  const script = fileURLToPath(import.meta.url);
  const argv = compiled
    // Run from the repo root so that the compiled module resolves pdfjs-dist.
    ? ['--input-type=module', '-e', compiledChild(compiled, target, rulings)]
    : ['--import', 'tsx', script, '--one', target, ...(rulings ? [] : ['--no-rulings'])];
  const out = execFileSync(process.execPath, argv, { encoding: 'utf8', cwd: REPO });
  return (JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { maxRssMiB: number }).maxRssMiB;
}

const REPO = fileURLToPath(new URL('..', import.meta.url));

async function main(): Promise<void> {
  process.setSourceMapsEnabled(false);
  const rulings = !args.includes('--no-rulings');
  const one = flag('--one');
  if (one) return measureOne(one, rulings);
  const entry = join(flag('--dist') ?? join(REPO, 'dist'), 'ingest', 'index.js');
  const compiled = existsSync(entry) ? entry : null;

  const folder = args.find((a, i) => !a.startsWith('--') && !['--passes', '--dist'].includes(args[i - 1] ?? ''))
    ?? process.env.BUDGETLENS_CORPUS ?? '/work/shared/corpus';
  const passes = Number(flag('--passes') ?? 1);
  const files = readdirSync(folder).filter((f) => f.toLowerCase().endsWith('.pdf')).sort();
  if (files.length === 0) throw new Error(`no PDFs in ${folder}`);

  // Warm-up: module load, JIT, CMap cache, so the first file is not charged for them.
  await readPdf(readFileSync(join(folder, files[0]!)), { rulings });

  const runs: FileRun[] = [];
  for (const name of files) {
    const bytes = readFileSync(join(folder, name));
    let best = Infinity;
    let pages = 0;
    for (let p = 0; p < passes; p++) {
      const t0 = performance.now();
      const result = await readPdf(bytes, { rulings });
      best = Math.min(best, performance.now() - t0);
      pages = result.ok ? (result.value.pages ?? 0) : 0;
    }
    runs.push({ name, bytes: bytes.length, pages, ms: best });
    console.log(`${name.padEnd(58)} ${String(pages).padStart(3)} p ${best.toFixed(0).padStart(6)} ms ` +
      `${(pages / (best / 1000)).toFixed(1).padStart(6)} pages/s`);
  }
  const totalPages = runs.reduce((s, r) => s + r.pages, 0);
  const totalMs = runs.reduce((s, r) => s + r.ms, 0);
  console.log(`\n${runs.length} files, ${totalPages} pages, ${(totalMs / 1000).toFixed(2)} s ` +
    `(${(totalPages / (totalMs / 1000)).toFixed(1)} pages/s overall; rulings ${rulings ? 'on' : 'off'}; best of ${passes})`);
  console.log(summary('time per file', runs.map((r) => r.ms), 'ms'));
  console.log(summary('pages/s per file', runs.map((r) => r.pages / (r.ms / 1000)), 'pages/s', true));

  const largest = [...runs].sort((a, b) => b.bytes - a.bytes)[0]!;
  const longest = [...runs].sort((a, b) => b.pages - a.pages)[0]!;
  const how = compiled ? `plain node, compiled reader ${compiled}` : 'tsx (no compiled build found: RSS inflated)';
  console.log(`\npeak RSS, fresh process (${how}):`);
  console.log(`  pdf.js loaded, nothing read: ${peakRss('--baseline', rulings, compiled).toFixed(0)} MiB`);
  for (const r of new Set([largest, longest])) {
    const mib = peakRss(join(folder, r.name), rulings, compiled);
    console.log(`  ${r.name} (${(r.bytes / 1e6).toFixed(2)} MB, ${r.pages} p): ${mib.toFixed(0)} MiB`);
  }
}

await main();
