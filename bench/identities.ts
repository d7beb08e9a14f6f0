/**
 * `node --import tsx bench/identities.ts [name-filter] [--list]` (npm run bench:identities):
 * per corpus document the tables found (kind, rows, cells), the identities evaluated and held
 * and the rows left ambiguous: the misread measure of the PDF stages. --list prints each failure.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { IDENTITIES } from '../src/catalogue/index.js';
import { identityTally } from '../src/arithmetic/index.js';
import type { Disclosure } from '../src/model/index.js';
import { parseBytes } from '../src/parse/index.js';

const CORPUS = '/work/shared/corpus/';
const args = process.argv.slice(2);
const list = args.includes('--list');
const filter = args.find((a) => !a.startsWith('--')) ?? '';
let evaluated = 0;
let held = 0;
let ambiguous = 0;
let tables = 0;
let cells = 0;
const started = process.cpuUsage();
for (const f of readdirSync(CORPUS).filter((n) => n.endsWith('.pdf') && n.includes(filter)).sort()) {
  const r = await parseBytes(readFileSync(CORPUS + f), f);
  if (!r.ok) { console.log(`${f}: ${r.error.code}`); continue; }
  const s = identityTally(r.value, IDENTITIES);
  const amb = r.value.tables.reduce((n, t) => n + t.rows.filter((row) => row.ambiguity).length, 0);
  evaluated += s.evaluated; held += s.held; ambiguous += amb;
  tables += r.value.tables.length; cells += cellCount(r.value);
  console.log(`${f.padEnd(56)} ${String(s.evaluated - s.held).padStart(4)} failed of ${String(s.evaluated).padStart(4)}, ${amb} ambiguous rows`);
  console.log(`    tables: ${tablesLine(r.value)}`);
  if (list) for (const x of s.failures) console.log(`    ${x}`);
}
const cpu = process.cpuUsage(started);
console.log(`tables ${tables}, cells ${cells}; held ${held} / ${evaluated} (${(100 * held / evaluated).toFixed(2)} %), ambiguous rows ${ambiguous}`);
console.log(`cpu ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`);

/** "summary 24r/30c, income 12r/70c …": kind without its budget./final. prefix, rows, placed cells. */
function tablesLine(d: Disclosure): string {
  if (d.tables.length === 0) return 'none';
  return d.tables.map((t) => `${t.kind.replace(/^\w+\./, '')} ${t.rows.length}r/${t.rows.reduce((n, r) => n + Object.keys(r.values).length, 0)}c`).join(', ');
}

function cellCount(d: Disclosure): number {
  return d.tables.reduce((n, t) => n + t.rows.reduce((m, r) => m + Object.keys(r.values).length, 0), 0);
}
