/**
 * `node --import tsx bench/identities.ts [name-filter] [--list]`: identities evaluated and held
 * per corpus document (the misread measure of the PDF stages); --list prints each failure.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { IDENTITIES } from '../src/catalogue/index.js';
import { evaluate, instantiate, shapeOf } from '../src/arithmetic/index.js';
import { formatAmount } from '../src/model/index.js';
import type { Disclosure } from '../src/model/index.js';
import { parseBytes } from '../src/parse/index.js';

const CORPUS = '/work/shared/corpus/';
const args = process.argv.slice(2);
const list = args.includes('--list');
const filter = args.find((a) => !a.startsWith('--')) ?? '';
let evaluated = 0;
let held = 0;
let ambiguous = 0;
for (const f of readdirSync(CORPUS).filter((n) => n.endsWith('.pdf') && n.includes(filter)).sort()) {
  const r = await parseBytes(readFileSync(CORPUS + f), f);
  if (!r.ok) { console.log(`${f}: ${r.error.code}`); continue; }
  const s = tally(r.value);
  evaluated += s.evaluated; held += s.held; ambiguous += s.ambiguous;
  console.log(`${f.padEnd(56)} ${String(s.evaluated - s.held).padStart(4)} failed of ${String(s.evaluated).padStart(4)}, ${s.ambiguous} ambiguous rows`);
  if (list) for (const x of s.failures) console.log(`    ${x}`);
}
console.log(`held ${held} / ${evaluated} (${(100 * held / evaluated).toFixed(1)} %), ambiguous rows ${ambiguous}`);

function tally(d: Disclosure): { evaluated: number; held: number; ambiguous: number; failures: string[] } {
  const shapes = d.tables.map((t) => shapeOf(t.kind, t.columns, t.rows));
  let ev = 0;
  let ok = 0;
  const failures: string[] = [];
  for (const eq of instantiate(shapes, IDENTITIES)) {
    if (eq.terms.some((t) => d.tables[t.ref.table]!.rows[t.ref.row]!.ambiguity)) continue;
    const e = evaluate(eq, (ref) => d.tables[ref.table]!.rows[ref.row]!.values[ref.column]);
    ev++;
    if (e.outcome !== 'fail') { ok++; continue; }
    const first = eq.terms[0]!.ref;
    const t = d.tables[first.table]!;
    const row = t.rows[first.row]!;
    failures.push(`${eq.identity.id} ${t.kind} ${row.code ?? row.key}.${first.column}: ${formatAmount(e.lhs)} ${eq.op} ${formatAmount(e.rhs)}`);
  }
  const amb = d.tables.reduce((n, t) => n + t.rows.filter((r) => r.ambiguity).length, 0);
  return { evaluated: ev, held: ok, ambiguous: amb, failures: [...new Set(failures)].sort() };
}
