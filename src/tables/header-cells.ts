/**
 * @module Header cells of a PDF table: the header's pieces re-joined where a label wraps inside
 * its cell, kept apart where a heading stands over cells of its own; and the column aliases a
 * cell's text names.
 */
import type { ColumnSpec } from '../catalogue/index.js';
import type { Line } from '../ingest/index.js';
import { squash } from './text.js';

export interface HeaderCell {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** The pieces joined into this cell, top to bottom (a reader may split a cell joined wrongly). */
  parts: HeaderPart[];
}

export interface HeaderPart {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/** Share of the narrower piece two stacked pieces must overlap to be one wrapped cell. */
const WRAP_OVERLAP = 0.5;
/** How far beyond its text (× its width) a group heading's span may reach. */
export const GROUP_REACH = 0.5;
/** How far off the middle of the cells under it (× their span) a heading may stand. */
export const CENTRED = 0.25;

/**
 * Header pieces joined into cells: a piece continues the cell above when they overlap
 * one-to-one, unless — given the table's columns — the cell above is a heading (see
 * `headsLine`, `apart`, `complete`). Without `specs` every such overlap joins.
 */
export function headerCells(lines: readonly Line[], specs?: readonly ColumnSpec[]): HeaderCell[] {
  const cells: HeaderCell[] = [];
  let open: HeaderCell[] = [];
  lines.forEach((line, i) => {
    const pieces = line.pieces ?? [];
    const touched: HeaderCell[] = [];
    for (const p of pieces) {
      const part = { text: p.text, x0: p.x0, x1: p.x1, y0: p.y0 ?? 0, y1: p.y1 ?? 0 };
      const piece: HeaderCell = { ...part, parts: [part] };
      const above = open.filter((c) => overlaps(c, piece));
      const cell = above.length === 1 && pieces.filter((q) => overlaps(above[0]!, { x0: q.x0, x1: q.x1 })).length === 1
        && !(specs && heads(above[0]!, piece, siblings(pieces, open, above[0]!), lines.slice(i + 1), specs)) ? above[0]! : null;
      if (cell) {
        cell.text += p.text;
        cell.parts.push(part);
        cell.x0 = Math.min(cell.x0, piece.x0); cell.x1 = Math.max(cell.x1, piece.x1); cell.y1 = Math.max(cell.y1, piece.y1);
        touched.push(cell);
      } else {
        cells.push(piece);
        touched.push(piece);
      }
    }
    // a cell stays open across a line that prints nothing under it (wrapped labels of tall cells)
    const y0 = Math.min(...pieces.map((p) => p.y0 ?? 0));
    open = [...touched, ...open.filter((c) => !touched.includes(c) && !pieces.some((p) => overlaps(c, p)) && y0 - c.y1 < 1.5 * (c.y1 - c.y0))];
  });
  return cells;
}

/**
 * The pieces of a line that may stand under `cell` as cells of their own: not those that
 * continue another open cell (其他收 / 入 beside 附属单位上 / 缴收入, all wrapping on).
 */
function siblings<P extends { x0: number; x1: number }>(pieces: readonly P[], open: readonly HeaderCell[], cell: HeaderCell): P[] {
  return pieces.filter((p) => !open.some((c) => c !== cell && overlaps(c, p)));
}

/** Whether `cell` is a heading over `piece` rather than a label wrapping on into it. */
function heads(cell: HeaderCell, piece: HeaderCell, pieces: readonly { x0: number; x1: number }[], later: readonly Line[],
  specs: readonly ColumnSpec[]): boolean {
  return headsLine(cell, pieces) || apart(cell, piece, later, specs) || complete(cell, piece, specs) || named(cell, piece, later, specs);
}

/**
 * A heading centred over the cells of the line below (财政拨款收入 over 一般公共预 | 政府性基金 |
 * 国有资本经, each wrapping on): it overlaps only the middle one, but is no part of it. A
 * wrapped label has no such neighbours on both sides within its reach.
 */
function headsLine(cell: HeaderCell, pieces: readonly { x0: number; x1: number }[]): boolean {
  const reach = GROUP_REACH * (cell.x1 - cell.x0);
  const near = pieces.filter((p) => (p.x0 + p.x1) / 2 > cell.x0 - reach && (p.x0 + p.x1) / 2 < cell.x1 + reach);
  const middle = near.find((p) => overlaps(cell, p));
  if (!middle || !near.some((p) => p.x1 <= middle.x0) || !near.some((p) => p.x0 >= middle.x1)) return false;
  const x0 = Math.min(...near.map((p) => p.x0));
  const x1 = Math.max(...near.map((p) => p.x1));
  return Math.abs((cell.x0 + cell.x1) / 2 - (x0 + x1) / 2) <= CENTRED * (x1 - x0);
}

/**
 * A blank line's height or more between a cell naming no column and the piece under it, and
 * more than between that piece and its own next line (`later`): a heading over its own row
 * of the header (本年收入 over 财政专户管 / 理资金), not a label wrapping on. The lines of a tall
 * cell may be spaced wide (other cells' lines between them), but evenly; a one-line piece
 * tells nothing.
 */
function apart(cell: HeaderCell, piece: HeaderCell, later: readonly Line[], specs: readonly ColumnSpec[]): boolean {
  const height = piece.y1 - piece.y0;
  const gap = piece.y0 - cell.y1;
  if (gap < HEADING_GAP * height || matches(squash(cell.text), specs).length > 0) return false;
  const next = later.flatMap((l) => l.pieces ?? []).find((q) => (q.y0 ?? 0) > piece.y0 && overlaps(piece, q));
  return next !== undefined && gap - ((next.y0 ?? 0) - piece.y1) >= HEADING_GAP * height / 2;
}

/**
 * A cell that already names a column in full (上年结转结余) over a piece that makes no longer
 * name with it (上年结转 over 结余 does; 资本性支出 over （基本建, naming nothing itself, begins
 * one): a heading over its own cells (国有资…).
 */
function complete(cell: HeaderCell, piece: HeaderCell, specs: readonly ColumnSpec[]): boolean {
  const text = squash(cell.text);
  const joined = text + squash(piece.text);
  const aliases = aliasesOf(specs).map((a) => a.alias);
  // a piece that begins a name of its own (国有资 under 上年结转结余) is a cell of its own even
  // where a longer name begins with both
  const own = aliases.some((a) => a.startsWith(squash(piece.text)));
  return aliases.includes(text) && !aliases.some((a) => a.length > text.length && (joined.startsWith(a) || (!own && a.startsWith(joined))));
}

/**
 * A cell naming no column over a piece that, with the lines wrapping on under it, is a column's
 * name in full, where the two joined begin no name (本年收入 over 财政专 / 户管理 / 资金, the
 * heading spaced as evenly as the cell's own lines): a heading over its own row of the header.
 */
function named(cell: HeaderCell, piece: HeaderCell, later: readonly Line[], specs: readonly ColumnSpec[]): boolean {
  const top = squash(cell.text);
  if (matches(top, specs).length > 0) return false;
  const own = squash(piece.text + wrapsOn(piece, later).join(''));
  const joined = top + own;
  const aliases = aliasesOf(specs).map((a) => a.alias);
  return aliases.includes(own) && !aliases.some((a) => joined.startsWith(a) || a.startsWith(joined));
}

/** The texts of the pieces stacked under `piece` in the later lines, one per line, while they continue it (no wider gap than a line). */
function wrapsOn(piece: HeaderCell, later: readonly Line[]): string[] {
  const out: string[] = [];
  let last: { x0: number; x1: number; y0: number; y1: number } = piece;
  for (const line of later) {
    const next = (line.pieces ?? []).filter((q) => (q.y0 ?? 0) > last.y0 && overlaps(last, q));
    if (next.length === 0) continue; // a line between (another cell's) that prints nothing here
    if (next.length > 1) break;
    const q = next[0]!;
    if ((q.y0 ?? 0) - last.y1 > last.y1 - last.y0) break;
    out.push(q.text);
    last = { x0: q.x0, x1: q.x1, y0: q.y0 ?? 0, y1: q.y1 ?? 0 };
  }
  return out;
}

/** Gap (× the line height) from which stacked pieces are separate cells. */
const HEADING_GAP = 0.9;

function overlaps(a: { x0: number; x1: number }, b: { x0: number; x1: number }): boolean {
  const inter = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  return inter > WRAP_OVERLAP * Math.min(a.x1 - a.x0, b.x1 - b.x0);
}
/**
 * A table's column aliases squashed, longest first: fixed per table kind, yet asked for by every
 * header cell against every other (`under`, `keyOf`), so built once per spec list.
 */
function aliasesOf(specs: readonly ColumnSpec[]): readonly { key: string; alias: string }[] {
  let list = ALIASES.get(specs);
  if (!list) {
    list = specs.flatMap((c) => c.aliases.map((a) => ({ key: c.key, alias: squash(a) }))).filter((a) => a.alias)
      .sort((a, b) => b.alias.length - a.alias.length);
    ALIASES.set(specs, list);
  }
  return list;
}

const ALIASES = new WeakMap<readonly ColumnSpec[], readonly { key: string; alias: string }[]>();

/** Whether `text` (squashed) is one of the columns' aliases, whole. */
export function isAlias(text: string, specs: readonly ColumnSpec[]): boolean {
  return aliasesOf(specs).some((a) => a.alias === text);
}

/** Column aliases found in a header text, longest first at each position, left to right. */
export function matches(text: string, specs: readonly ColumnSpec[]): { key: string; start: number; end: number }[] {
  const aliases = aliasesOf(specs);
  const out: { key: string; start: number; end: number }[] = [];
  for (let i = 0; i < text.length;) {
    const hit = aliases.find((a) => text.startsWith(a.alias, i));
    if (hit) { out.push({ key: hit.key, start: i, end: i + hit.alias.length }); i += hit.alias.length; } else i++;
  }
  return out;
}
