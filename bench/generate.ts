/**
 * Generator bench: time to generate N text documents (default 10,000, split evenly between the
 * kinds asked for) and the round trip over M of each kind (default 500): parse(render(truth)) compared cell by cell,
 * documents and cells counted as exact, undecided by the reader (ambiguous only) or wrong.
 * Run: node --import tsx bench/generate.ts [N] [M] [final|budget|both]
 */
import { generateDocument, roundTrip } from '../src/generate/index.js';
import { parseBytes } from '../src/parse/index.js';

const n = Number(process.argv[2] ?? 10_000);
const m = Number(process.argv[3] ?? 500);
const which = process.argv[4] ?? 'both';
const kinds = (['final', 'budget'] as const).filter((k) => which === 'both' || which === k);

const perKind = Math.round(n / kinds.length);
for (const kind of kinds) {
  const t0 = performance.now();
  let bytes = 0;
  for (let i = 0; i < perKind; i++) bytes += generateDocument({ seed: 'bench', index: i, kind }).text.length;
  const genMs = performance.now() - t0;
  console.log(`generate ${kind}: ${perKind} documents in ${(genMs / 1000).toFixed(2)} s (${(genMs / Math.max(perKind, 1)).toFixed(2)} ms each, `
    + `${(bytes / Math.max(perKind, 1) / 1000).toFixed(1)}k chars avg)`);
  await roundTrips(kind);
}

async function roundTrips(kind: 'final' | 'budget'): Promise<void> {
  const t0 = performance.now();
  const docs = { exact: 0, ambiguous: 0, wrong: 0 };
  const cells = { all: 0, ambiguous: 0, wrong: 0 };
  const wrong: string[] = [];
  const byStyle = new Map<string, [number, number]>();
  for (let i = 0; i < m; i++) {
    const doc = generateDocument({ seed: 'bench', index: i, kind });
    const read = await parseBytes(Buffer.from(doc.text), `${doc.id}.txt`);
    const s = byStyle.get(doc.style) ?? [0, 0];
    byStyle.set(doc.style, s);
    s[1]++;
    if (!read.ok) { docs.wrong++; wrong.push(`${doc.id}: parse failed: ${read.error.code}`); continue; }
    const rt = roundTrip(doc.truth, read.value);
    docs[rt.verdict]++;
    if (rt.verdict === 'exact') s[0]++;
    if (rt.verdict === 'wrong') wrong.push(`${doc.id}: ${rt.differences.slice(0, 3).join(' | ')}`);
    cells.all += rt.cells; cells.ambiguous += rt.ambiguousCells; cells.wrong += rt.wrongCells;
  }
  const ms = performance.now() - t0;
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}%`;
  console.log(`round trip ${kind}: documents ${docs.exact}/${m} exact (${pct(docs.exact, m)}), ${docs.ambiguous} ambiguous only, `
    + `${docs.wrong} wrong; cells ${cells.all - cells.ambiguous - cells.wrong}/${cells.all} exact, ${cells.ambiguous} ambiguous, `
    + `${cells.wrong} wrong; ${(ms / Math.max(m, 1)).toFixed(1)} ms per parse`);
  console.log(`  exact by style: ${[...byStyle].map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', ')}`);
  for (const w of wrong.slice(0, 10)) console.log(`  ${w}`);
}
