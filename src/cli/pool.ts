/**
 * @module Several files read at once on worker threads, so that one `check` process uses
 * every core. Each worker runs `runGroup` exactly as the main thread would and posts back
 * what it printed; the main thread prints the groups in input order, so the output is the
 * same as one after another. At most two groups per worker are running or waiting to be
 * printed, which bounds memory when an early file is slow.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { pdfiumModule } from '../ingest/index.js';
import type { Io, Task } from './run-group.js';

export interface GroupJob {
  readonly index: number;
  readonly files: readonly string[];
  readonly task: Task;
}

export interface GroupDone {
  readonly index: number;
  /** What the group printed, in order, to stdout ('out') or stderr ('err'). */
  readonly printed: Array<['out' | 'err', string]>;
  readonly code: number;
  /** An exception escaped the group (a bug): reported as the in-process run would. */
  readonly internalError?: string;
}

/** `--jobs` when not given: one worker per core. */
export const DEFAULT_JOBS = availableParallelism();

/**
 * Threads pay off for PDFs (hundreds of milliseconds each); a text file parses in a few,
 * less than a worker takes to load the pipeline.
 */
export function worthPooling(groups: readonly (readonly string[])[], jobs: number): boolean {
  return jobs > 1 && groups.filter((g) => g.some((f) => /\.pdf$/i.test(f))).length >= 2;
}

/**
 * The worker thread: compiled, group-worker.js. Under tsx (tests, benches) the sources are
 * .ts, and tsx's loader hooks do not reach worker threads: a small module registers them
 * in the thread first.
 */
function spawn(engine: WebAssembly.Module): Worker {
  // The process's own node options (`--input-type`, `-e`, `--import tsx`…) describe its entry,
  // not the worker's, and some are invalid in a worker: none are passed on. The PDF engine is
  // compiled once and shared: the workers then share the code V8 optimises for it, too.
  const options = { execArgv: [], workerData: { pdfium: engine } };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./group-worker.js', import.meta.url), options);
  const entry = new URL('./group-worker.ts', import.meta.url).href;
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register();
    await import(${JSON.stringify(entry)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), options);
}

/** Run every group on up to `jobs` workers; the worst exit code. */
export async function runPooled(groups: readonly (readonly string[])[], task: Task, jobs: number, io: Io): Promise<number> {
  const engine = await pdfiumModule();
  const workers = Array.from({ length: Math.min(jobs, groups.length) }, () => spawn(engine));
  try {
    return await schedule(workers, groups, task, io);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function schedule(workers: readonly Worker[], groups: readonly (readonly string[])[], task: Task, io: Io): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const finished = new Map<number, GroupDone>();
    const idle: Worker[] = [...workers];
    const limit = 2 * workers.length;
    let dispatched = 0;
    let printed = 0;
    let worst = 0;
    const feed = (): void => {
      while (idle.length > 0 && dispatched < groups.length && dispatched - printed < limit) {
        const job: GroupJob = { index: dispatched, files: groups[dispatched]!, task };
        idle.pop()!.postMessage(job);
        dispatched++;
      }
    };
    const flush = (): void => {
      for (let done = finished.get(printed); done; done = finished.get(printed)) {
        finished.delete(printed);
        for (const [stream, text] of done.printed) io[stream](text);
        if (done.internalError !== undefined) throw new Error(done.internalError);
        worst = Math.max(worst, done.code);
        printed++;
      }
    };
    for (const w of workers) {
      w.on('message', (done: GroupDone) => {
        finished.set(done.index, done);
        idle.push(w);
        try {
          flush();
        } catch (e) {
          reject(e as Error);
          return;
        }
        if (printed === groups.length) resolve(worst);
        else feed();
      });
      w.on('error', reject);
      w.on('exit', (code) => reject(new Error(`worker stopped (exit ${code})`)));
    }
    feed();
  });
}
