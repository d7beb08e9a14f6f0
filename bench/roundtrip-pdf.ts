/**
 * PDF round-trip bench: N generated documents of each kind (final, budget; default 500 each),
 * rendered as HTML in looks drawn from their seeds, printed by headless Chromium (one browser,
 * several pages at once) and read back with parseBytes on worker threads. Reports exact and
 * differing documents, cells compared and cells differing by category, metadata mismatches, the
 * looks of differing documents, and documents per second (wall clock, print and parse together).
 * Run: node --import tsx bench/roundtrip-pdf.ts [N] [final|budget|both] [--list] [--from=K]
 * (--list prints every difference of every differing document; --from starts at index K).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { generateHtml, openPrinter } from '../src/generate/index.js';
import type { Printer } from '../src/generate/index.js';
import type { RoundTripJob, RoundTripResult } from './roundtrip-pdf-worker.js';

const args = process.argv.slice(2);
const positional = args.filter((a) => !a.startsWith('--'));
const n = Number(positional[0] ?? 500);
const which = positional[1] ?? 'both';
const list = args.includes('--list');
const from = Number(args.find((a) => a.startsWith('--from='))?.slice(7) ?? 0);
const kinds = (which === 'both' ? ['final', 'budget'] : [which]) as Array<'final' | 'budget'>;
const SEED = 'bench-pdf';
/** Pages printed at once: Chromium lays out one while the next is being set. */
const PRINT_AHEAD = 3;
const WORKERS = Math.max(1, Math.min(3, availableParallelism() - 1));

/** A difference line's category: what part of the reading went wrong. */
function category(d: string): string {
  if (d.startsWith('document.')) return `metadata ${d.split(':')[0]}`;
  if (d.startsWith('tables:')) return 'table missing or extra';
  if (d.startsWith('performance')) return `performance table ${/\.(\w+):/.exec(d)?.[1] ?? 'row'}`;
  if (d.includes(': columns expected')) return 'columns';
  if (d.includes(': rows expected')) return 'rows';
  if (d.includes(': ambiguous')) return 'ambiguous';
  if (d.includes(': name expected')) return 'row name';
  if (/expected \(none\) read/.test(d)) return 'cell: value where none';
  if (/read \(none\)$/.test(d)) return 'cell: value missed';
  return 'cell: wrong value';
}

/** A pool of parse workers; each job goes to the first idle worker. */
function workerPool(size: number): { run(job: RoundTripJob): Promise<RoundTripResult>; close(): Promise<void> } {
  const idle: Worker[] = [];
  const waiting: Array<(w: Worker) => void> = [];
  // Node 20 workers ignore the parent's --import, so the worker registers tsx itself.
  const script = new URL('./roundtrip-pdf-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script)}); });`;
  const all = Array.from({ length: size }, () => new Worker(boot, { eval: true }));
  idle.push(...all);
  const release = (w: Worker) => { const next = waiting.shift(); if (next) next(w); else idle.push(w); };
  const acquire = () => new Promise<Worker>((resolve) => { const w = idle.pop(); if (w) resolve(w); else waiting.push(resolve); });
  return {
    async run(job) {
      const w = await acquire();
      try {
        return await new Promise<RoundTripResult>((resolve, reject) => {
          w.once('message', resolve);
          w.once('error', reject);
          w.postMessage(job, [job.pdf.buffer as ArrayBuffer]);
        });
      } finally {
        w.removeAllListeners('error');
        release(w);
      }
    },
    async close() { await Promise.all(all.map((w) => w.terminate())); },
  };
}

let printer = await openPrinter();
let reopening: Promise<Printer> | null = null;
let restarts = 0;
const pool = workerPool(WORKERS);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let done = 0;

async function roundTrip(kind: 'final' | 'budget', index: number): Promise<RoundTripResult> {
  const doc = generateHtml({ seed: SEED, index, kind }, 'pdf');
  return pool.run({ seed: SEED, index, kind, pdf: await print(doc.html) });
}

/** Prints with the shared browser; when it went away (crashed, killed), opens one new browser for all and tries once more. */
async function print(html: string): Promise<Uint8Array> {
  const used = printer;
  try {
    return await used.print(html);
  } catch (err) {
    if (!/closed|crash/i.test(String(err))) throw err;
    if (printer === used) {
      reopening ??= (async () => {
        restarts++;
        await used.close().catch(() => undefined);
        printer = await openPrinter();
        reopening = null;
        return printer;
      })();
      await reopening;
    }
    return printer.print(html);
  }
}

/** Results in index order, with at most PRINT_AHEAD documents printing or parsing at once. */
async function* results(kind: 'final' | 'budget'): AsyncGenerator<RoundTripResult> {
  const inFlight: Array<Promise<RoundTripResult>> = [];
  let next = from;
  const end = from + n;
  while (next < end || inFlight.length > 0) {
    while (next < end && inFlight.length < PRINT_AHEAD + WORKERS) inFlight.push(roundTrip(kind, next++));
    yield await inFlight.shift()!;
  }
}

try {
  for (const kind of kinds) {
    let exact = 0;
    let cells = 0;
    let cellDiffs = 0;
    const byCategory = new Map<string, number>();
    const failing: string[] = [];
    for await (const r of results(kind)) {
      cells += r.cells;
      for (const d of r.diffs) {
        const c = category(d);
        byCategory.set(c, (byCategory.get(c) ?? 0) + 1);
        if (c.startsWith('cell')) cellDiffs++;
      }
      if (r.diffs.length === 0) exact++;
      else if (list) failing.push(`${r.id} ${r.style} ${r.look}:\n    ${r.diffs.join('\n    ')}`);
      else failing.push(`${r.id} ${r.style} ${r.look}: ${r.diffs.slice(0, 2).join(' | ').slice(0, 300)}`);
      done++;
      if (done % 50 === 0) console.error(`${done} documents read`);
    }
    console.log(`${kind}: ${exact}/${n} documents exact (${((100 * exact) / n).toFixed(1)}%), ${n - exact} differ; `
      + `${cells} cells compared, ${cellDiffs} differ (${((100 * cellDiffs) / Math.max(cells, 1)).toFixed(3)}%)`);
    for (const [c, k] of [...byCategory].sort((a, b) => b[1] - a[1])) console.log(`  ${c}: ${k}`);
    for (const f of list ? failing : failing.slice(0, 8)) console.log(`  ${f}`);
  }
} finally {
  await printer.close();
  await pool.close();
}
const secs = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
console.log(`${done} documents in ${secs.toFixed(1)} s wall: ${(done / secs).toFixed(2)} documents/s `
  + `(${WORKERS} parse workers, ${PRINT_AHEAD} pages ahead, ${restarts} browser restarts; this process and its workers ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU, `
  + 'Chromium\'s own CPU not counted)');
