/**
 * @module A worker thread of the pool (`pool.ts`): runs groups of files as the main thread
 * would, one at a time, and posts back what they printed with their exit codes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { usePdfiumModule } from '../ingest/index.js';
import { runGroup } from './run-group.js';
import type { GroupDone, GroupJob } from './pool.js';

const port = parentPort;
if (!port) throw new Error('group-worker runs only as a worker thread');
const engine = (workerData as { pdfium?: unknown } | null)?.pdfium;
if (engine instanceof WebAssembly.Module) usePdfiumModule(engine);

port.on('message', (job: GroupJob) => {
  void work(job).then((done) => port.postMessage(done));
});

async function work(job: GroupJob): Promise<GroupDone> {
  const printed: GroupDone['printed'] = [];
  const io = { out: (t: string) => printed.push(['out', t]), err: (t: string) => printed.push(['err', t]) };
  try {
    return { index: job.index, printed, code: await runGroup(job.files, job.task, io) };
  } catch (e) {
    return { index: job.index, printed, code: 0, internalError: e instanceof Error ? e.message : String(e) };
  }
}
