/**
 * @module Indicator rows read by geometry (grid-rows.ts) as PerformanceIndicator values, for the
 * grid tables and for a block table whose indicators are a plain 一级 | 二级 | 三级 | 指标值 grid
 * (福州): with no short cell in each row to anchor it, and names and targets both wrapping onto
 * lines above and below the row's middle, text order mixes neighbouring rows; the columns'
 * x-spans and the rows' vertical extents keep them apart.
 */
import type { Line } from '../../ingest/index.js';
import { parseNumber } from '../../model/index.js';
import type { PerformanceIndicator } from '../../model/index.js';
import { findGridHeader } from './grid-columns.js';
import { byBand, carriedFrom, pieces, readRows } from './grid-rows.js';
import type { GridRow, Piece } from './grid-rows.js';
import { byPage, compact } from './grid-text.js';
import { COMPARATOR, GEOMETRIC_INDICATOR_COLUMNS, GEOMETRIC_INDICATOR_REQUIRED, INDICATORS_END, MARKERS, PAGE_FOLIO, TITLES, YEAR } from './vocabulary.js';
import type { GridColumn } from './vocabulary.js';

const MARKER_LIST: readonly string[] = MARKERS;
const NOISE: ReadonlySet<string> = new Set(MARKERS);

/**
 * The indicators of a block table's lines (the header 一级指标 … among them), or null when they do
 * not form a plain grid: lines without positions, another column in the header, no rows.
 */
export function readIndicatorGrid(lines: readonly Line[]): PerformanceIndicator[] | null {
  const head = findGridHeader(lines, GEOMETRIC_INDICATOR_REQUIRED);
  if (!head || head.unknown > 0 || head.bands.some((b) => !GEOMETRIC_INDICATOR_COLUMNS.includes(b.key))) return null;
  const body = lines.slice(head.bodyStart);
  const end = body.findIndex((l) => endsRows(compact(l.text)));
  const rows: GridRow[] = [];
  for (const page of byPage((end < 0 ? body : body.slice(0, end)).filter((l) => !furniture(compact(l.text))))) {
    const ps = withoutMarkers(pieces(page));
    rows.push(...readRows(head.bands, byBand(ps, head.bands), carriedFrom(rows)));
  }
  const indicators = rows.map(indicator).filter((i) => i.name !== '');
  return indicators.length > 0 ? indicators : null;
}

/** Characters of a vertical label are this close: gaps under this many text heights. */
const STACK_GAP = 0.8;

/**
 * The pieces less the block's own row label ("绩效指标"), printed whole or wrapped over lines in a
 * column of its own left of the 一级 labels ("绩" / "效" / "指" / "标", "绩效目标指" / "标", centred
 * beside several rows): in pieces it would be read as rows or as a 一级 label.
 */
function withoutMarkers(ps: readonly Piece[]): Piece[] {
  const sorted = [...ps].sort((a, b) => a.y0 - b.y0);
  const drop = new Set<Piece>();
  for (const p of sorted) {
    if (drop.has(p)) continue;
    const stack = markerFrom(sorted, p);
    if (stack) stack.forEach((q) => drop.add(q));
  }
  return ps.filter((p) => !drop.has(p));
}

/** The pieces stacked from `top` down that spell a marker, or null. */
function markerFrom(sorted: readonly Piece[], top: Piece): Piece[] | null {
  const stack = [top];
  let text = compact(top.text);
  while (!NOISE.has(text)) {
    if (!MARKER_LIST.some((m) => m.startsWith(text))) return null;
    const last = stack[stack.length - 1] as Piece;
    const next = sorted.find((q) => q.y0 > last.y0 && q.x0 < last.x1 && last.x0 < q.x1 && q.y0 - last.y1 < STACK_GAP * (q.y1 - q.y0));
    if (!next) return null;
    stack.push(next);
    text += compact(next.text);
  }
  return stack;
}

function endsRows(text: string): boolean {
  return INDICATORS_END.some((w) => text.startsWith(w));
}

/** Page furniture between rows: page numbers, and the title (and year) a page repeats on top. */
function furniture(text: string): boolean {
  return PAGE_FOLIO.test(text) || TITLES.some((t) => text.endsWith(t.suffix)) || text.replace(YEAR, '') === '';
}

/** Lines by page, without page furniture. */

export function indicator(row: GridRow): PerformanceIndicator {
  const get = (k: GridColumn): string | null => (row.cells[k] ? compact(row.cells[k].text) : null);
  const weight = get('weight');
  const w = weight ? parseNumber(weight) : null;
  return {
    level1: get('level1'),
    level2: get('level2'),
    name: get('name') ?? '',
    target: target(get('nature'), get('target'), get('unit')),
    actual: null,
    weight,
    score: null,
    deviation: null,
    rate: null,
    basis: null,
    previous: null,
    rule: get('rule'),
    evidence: null,
    values: w && row.cells.weight ? { weight: { ...w, at: row.cells.weight.at } } : {},
    at: row.cells.name?.at ?? row.at,
  };
}

/**
 * The target as the other templates print it in one cell: comparator, value, unit ("≥" "70" "%"
 * → "≥70%"). A nature that is not a comparator (定性) is not part of the value.
 */
function target(nature: string | null, value: string | null, unit: string | null): string | null {
  if (!value) return null;
  const op = nature && COMPARATOR.test(nature) ? nature : '';
  const tail = unit && !value.endsWith(unit) ? unit : '';
  return op + value + tail;
}
