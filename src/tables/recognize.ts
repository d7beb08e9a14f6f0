/**
 * @module Table recognition for a whole document: find the regions, read each, then place
 * every printed value by the identities across all tables at once (a total in one table
 * decides a column in another).
 */
import { IDENTITIES } from '../catalogue/index.js';
import type { Line } from '../ingest/index.js';
import type { DisclosureKind, Table, Warning } from '../model/index.js';
import { finalizeTables } from './finalize.js';
import { readRegion } from './read-region.js';
import { findRegions } from './segment.js';
import { solvePlacements } from './solve.js';

export interface Recognized {
  readonly tables: Table[];
  readonly warnings: Warning[];
}

export function recognizeTables(lines: readonly Line[], kind: DisclosureKind | null): Recognized {
  const raw = findRegions(lines, kind).map(readRegion);
  const states = solvePlacements(raw, IDENTITIES);
  const tables = finalizeTables(raw, states);
  const warnings: Warning[] = raw.flatMap((t) => t.warnings.map((message) => ({ code: 'HEADER_MISMATCH', message: `${t.title}: ${message}`, at: t.at })));
  for (const s of states) {
    if (!s.overflow) continue;
    const t = raw[s.table]!;
    warnings.push({ code: 'ROW_OVERFLOW', message: `${t.title}: 一行的数值多于列数 (more values than columns): ${t.rows[s.row]!.text}`, at: t.rows[s.row]!.at });
  }
  return { tables, warnings };
}
