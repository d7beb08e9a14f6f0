/**
 * Writes the XLSX form of each example in examples/render/ from its JSON (the committed .xlsx
 * files are this script's output): `node --import tsx scripts/render-examples.ts`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeInputXlsx } from '../src/render/index.js';

const dir = new URL('../examples/render/', import.meta.url);
for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const data = JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Record<string, unknown>;
  const out = new URL(name.replace(/\.json$/, '.xlsx'), dir);
  writeFileSync(out, await writeInputXlsx(data));
  console.log(`${name} → ${out.pathname}`);
}
