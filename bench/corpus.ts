/**
 * `npm run bench:corpus` (also run by `npm run bench`): the corpus PDFs measured against the
 * issue's targets, side by side in one run, so that the ratios compare runs made in the same
 * minute (the machine is shared: CPU time is printed next to wall time, and is the steadier one).
 * - in process: parse + check (`checkDisclosure`) per document, median and p95 over the
 *   documents (each the median of its runs after a warm-up); target median ≤ 0.5 s;
 * - Poppler's `pdftotext -layout` over the same files, one process per file;
 * - one `budgetlens check --jsonl FILES…` process over all of them (built dist/), with the
 *   default `--jobs` (worker threads, one per core) and with `--jobs 1`; target ≤ 3× pdftotext.
 *   Poppler and the two checks run in turn `--runs` times (a virtual machine's speed drifts by
 *   a tenth from minute to minute): medians, and the ratio of each turn's pair;
 * - peak RSS of a `check` of the largest file in a fresh process; target < 500 MB.
 * Wall, CPU and peak RSS of child processes come from GNU time (`/usr/bin/time`) when present.
 *
 * Usage: node --import tsx bench/corpus.ts [folder] [--runs N]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { checkDisclosure } from '../src/checks/index.js';
import { parseBytes } from '../src/parse/index.js';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) || 3 : 3;
const dir = args.find((a, i) => !a.startsWith('--') && (runsAt < 0 || i !== runsAt + 1)) ?? '/work/shared/corpus';
const CLI = new URL('../bin/budgetlens.js', import.meta.url).pathname;
const TIME = '/usr/bin/time';

/** A child process measured: wall seconds, CPU seconds (user + system, children included), peak RSS. */
interface Measured {
  readonly wall: number;
  readonly cpu: number | null;
  readonly rssMiB: number | null;
}

if (!existsSync(dir)) {
  console.log(`bench/corpus: ${dir} absent, skipped`);
} else {
  const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(dir, f));
  const inProc = await inProcess(files);
  const turns = Array.from({ length: runs }, () => ({
    poppler: measure('bash', ['-c', 'for f in "$@"; do pdftotext -layout "$f" - >/dev/null 2>&1 || exit 1; done', 'pdftotext', ...files]),
    pooled: measure(process.execPath, [CLI, 'check', '--jsonl', '--fail-on', 'never', ...files]),
    serial: measure(process.execPath, [CLI, 'check', '--jsonl', '--fail-on', 'never', '--jobs', '1', ...files]),
  }));
  const poppler = medianOf(turns.map((t) => t.poppler));
  const pooled = medianOf(turns.map((t) => t.pooled));
  const serial = medianOf(turns.map((t) => t.serial));
  for (const [i, t] of turns.entries()) {
    const r = (m: Measured | null) => (m && t.poppler ? `${m.wall.toFixed(2)} s = ${(m.wall / t.poppler.wall).toFixed(2)}×` : '?');
    console.log(`turn ${i + 1}: pdftotext ${t.poppler?.wall.toFixed(2) ?? '?'} s; check default jobs ${r(t.pooled)}; --jobs 1 ${r(t.serial)}`);
  }
  const largest = [...files].sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
  const big = measure(process.execPath, [CLI, 'check', '--jsonl', '--fail-on', 'never', largest]);
  report(files.length, inProc, poppler, pooled, serial, { file: largest, rssMiB: big?.rssMiB ?? null });
}

/** Parse + check of each file in this process; per document the median of `runs` after one warm-up. */
async function inProcess(files: readonly string[]): Promise<{ perDoc: number[]; cpu: number }> {
  const perDoc: number[] = [];
  let cpu = 0;
  for (const f of files) {
    const bytes = readFileSync(f);
    const once = async () => {
      const r = await parseBytes(bytes, f);
      if (r.ok) checkDisclosure(r.value);
    };
    await once();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await once();
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu += (c.user + c.system) / 1e6 / runs;
    }
    perDoc.push(quantile(times, 0.5));
    console.log(`${f.split('/').at(-1)!.padEnd(56)} ${quantile(times, 0.5).toFixed(0).padStart(6)} ms`);
  }
  return { perDoc, cpu };
}

function measure(cmd: string, argv: readonly string[]): Measured | null {
  if (!existsSync(TIME)) {
    const t0 = performance.now();
    const r = spawnSync(cmd, argv, { stdio: 'ignore' });
    return r.error ? null : { wall: (performance.now() - t0) / 1000, cpu: null, rssMiB: null };
  }
  const r = spawnSync(TIME, ['-f', 'TIME %e %U %S %M', cmd, ...argv], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr ?? '');
  if (!m || (r.status !== 0 && cmd === 'bash')) return null;
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), rssMiB: Number(m[4]) / 1024 };
}

/** The run with the median wall time (null if any failed). */
function medianOf(ms: ReadonlyArray<Measured | null>): Measured | null {
  if (ms.some((m) => m === null)) return null;
  const sorted = [...(ms as Measured[])].sort((a, b) => a.wall - b.wall);
  return sorted[Math.floor(sorted.length / 2)] ?? null;
}

function report(n: number, inProc: { perDoc: number[]; cpu: number }, poppler: Measured | null, pooled: Measured | null,
  serial: Measured | null, big: { file: string; rssMiB: number | null }): void {
  const { perDoc, cpu } = inProc;
  const total = perDoc.reduce((a, b) => a + b, 0) / 1000;
  const s = (v: number | null | undefined): string => (v == null ? '?' : `${v.toFixed(2)} s`);
  const ratio = (a: number | null | undefined, b: number | null | undefined): string => (a == null || !b ? '?' : `${(a / b).toFixed(1)}×`);
  console.log(`\n${n} documents, ${availableParallelism()} cores; wall / CPU (user + sys)`);
  console.log(`  parse + check in process: median ${quantile(perDoc, 0.5).toFixed(0)} ms, p95 ${quantile(perDoc, 0.95).toFixed(0)} ms per document ` +
    `(target median ≤ 500 ms); total ${s(total)} / ${s(cpu)}`);
  if (!poppler) console.log('  pdftotext -layout: not found, no Poppler comparison');
  else console.log(`  pdftotext -layout, one process per file (median of ${runs}): ${s(poppler.wall)} / ${s(poppler.cpu)}`);
  const line = (label: string, m: Measured | null): void => {
    if (!m) { console.log(`  ${label}: failed`); return; }
    console.log(`  ${label}: ${s(m.wall)} / ${s(m.cpu)} = ${ratio(m.wall, poppler?.wall)} / ${ratio(m.cpu, poppler?.cpu)} pdftotext ` +
      `(target wall ≤ 3×), peak RSS ${m.rssMiB?.toFixed(0) ?? '?'} MiB`);
  };
  line(`check --jsonl, one process, default --jobs (median of ${runs})`, pooled);
  line(`check --jsonl, one process, --jobs 1 (median of ${runs})`, serial);
  console.log(`  in-process parse + check total = ${ratio(total, poppler?.wall)} / ${ratio(cpu, poppler?.cpu)} pdftotext`);
  console.log(`  peak RSS, check of the largest file (${big.file.split('/').at(-1)}) in a fresh process: ` +
    `${big.rssMiB?.toFixed(0) ?? '?'} MiB (target < 500 MB)`);
}

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}
