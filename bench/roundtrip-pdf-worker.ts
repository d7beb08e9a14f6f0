/**
 * Worker of bench/roundtrip-pdf.ts: reads one printed PDF back and compares it with the truth of
 * its generated document (generation is deterministic, so the truth is rebuilt here instead of
 * being copied across threads). Keeps parsing off the thread that drives Chromium.
 */
import { parentPort } from 'node:worker_threads';
import { compareDisclosures, generateHtml } from '../src/generate/index.js';
import type { Disclosure } from '../src/model/index.js';
import { parseBytes } from '../src/parse/index.js';

export interface RoundTripJob {
  readonly seed: string;
  readonly index: number;
  readonly kind: 'final' | 'budget';
  readonly pdf: Uint8Array;
}

export interface RoundTripResult {
  readonly id: string;
  readonly style: string;
  readonly look: string;
  readonly cells: number;
  readonly diffs: string[];
}

const cellCount = (d: Disclosure) => d.tables.reduce((s, t) => s + t.rows.reduce((r, row) => r + Object.keys(row.values).length, 0), 0);

async function run(job: RoundTripJob): Promise<RoundTripResult> {
  const doc = generateHtml({ seed: job.seed, index: job.index, kind: job.kind }, 'pdf');
  const read = await parseBytes(job.pdf, `${doc.id}.pdf`);
  const diffs = read.ok ? compareDisclosures(doc.truth, read.value) : [`document.parse: failed ${read.error.code}`];
  return { id: doc.id, style: doc.style, look: JSON.stringify(doc.look), cells: cellCount(doc.truth), diffs };
}

parentPort!.on('message', (job: RoundTripJob) => {
  run(job).then((r) => parentPort!.postMessage(r), (err: unknown) => parentPort!.postMessage({
    id: `${job.kind}-${job.index}`, style: '?', look: '', cells: 0, diffs: [`document.parse: threw ${String(err)}`],
  }));
});
