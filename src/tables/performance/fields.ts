/**
 * @module The header rows of a performance table (项目名称, 主管部门 / 实施单位 …) as printed in a
 * grid: a value too long for its cell wraps onto lines of its own — below the label line, or above
 * and below it when the row is centred vertically. Such a line holds no label, each of its pieces
 * lies in its own value cell of a nearby label line, and it is one text line away from that row's other
 * lines (rows are farther apart). Its pieces are joined to their cells top to bottom, so
 * "乌鲁木齐市口岸管理办公室（本" / "级）" reads as one unit name, not partly as the next field.
 * Lines without positions (text input) and lines that fit no label line are kept as printed.
 */
import type { Line, LinePiece } from '../../ingest/index.js';
import type { Positioned } from './grid-text.js';
import { matchAt } from './text.js';
import { FIELDS, YEAR } from './vocabulary.js';

/** Tops of two lines of one cell are at most this many text heights apart. */
const MAX_PITCH = 1.6;
/** A piece may overhang its cell's bounds by this much (PDF points). */
const SLACK = 2;

interface Cell {
  readonly label: LinePiece;
  readonly from: number;
  readonly to: number;
}

/** The header lines' text, with each wrapped value joined into its cell; lines in print order. */
export function headerText(lines: readonly Line[]): string {
  const cells = lines.map(cellsOf);
  const owner = wrappedLines(lines, cells);
  const parts: string[] = [];
  lines.forEach((l, i) => {
    const row = cells[i];
    if (owner.has(i)) return;
    if (!row) {
      parts.push(l.text);
      return;
    }
    const rowLines = [...owner].filter(([, o]) => o === i).map(([k]) => lines[k] as Line).concat(l).sort((a, b) => top(a) - top(b));
    for (const c of row) {
      parts.push(c.label.text);
      for (const r of rowLines) for (const p of r.pieces ?? []) if (p !== c.label && inCell(p, c)) parts.push(p.text);
    }
  });
  return parts.join('\n');
}

/** A label line's cells: each label and the span up to the next label; null for any other line. */
function cellsOf(line: Line): Cell[] | null {
  const pieces = positioned(line);
  if (!pieces) return null;
  const labels = pieces.filter(isLabel);
  if (labels.length === 0 || pieces[0] !== labels[0]) return null;
  const cells = labels.map((label, k) => ({ label, from: label.x1, to: labels[k + 1]?.x0 ?? Infinity }));
  const values = pieces.filter((p) => !labels.includes(p));
  return fillsCells(values, cells) ? cells : null;
}

/**
 * Every piece in a cell and no cell with two pieces: one line of a value is one piece, while a
 * column-header row ("项目名称 项目总额 绩效目标 …") puts many pieces after its one label.
 */
function fillsCells(pieces: readonly LinePiece[], cells: readonly Cell[]): boolean {
  const used = new Set<Cell>();
  for (const p of pieces) {
    const c = cells.find((cell) => inCell(p, cell));
    if (!c || used.has(c)) return false;
    used.add(c);
  }
  return true;
}

function isLabel(p: LinePiece): boolean {
  const text = p.text.replace(/\s+/g, '').replace(/[:：]+$/, '');
  return matchAt(text, 0, FIELDS)?.end === text.length;
}

function inCell(p: LinePiece, c: Cell): boolean {
  return p.x0 >= c.from - SLACK && p.x1 <= c.to + SLACK;
}

/**
 * Which label line each wrapped line belongs to (line index → label line index). A run of lines
 * between two label lines is cut at its widest gap; each part joins its label line while the lines
 * stay one text line apart and fit its cells.
 */
function wrappedLines(lines: readonly Line[], cells: ReadonlyArray<Cell[] | null>): Map<number, number> {
  const owner = new Map<number, number>();
  const candidate = (i: number) => !cells[i] && isWrapCandidate(lines[i] as Line);
  let i = 0;
  while (i < lines.length) {
    if (!candidate(i)) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < lines.length && candidate(end + 1)) end++;
    const run = Array.from({ length: end - i + 1 }, (_, k) => i + k);
    const above = cells[i - 1] ? i - 1 : null;
    const below = cells[end + 1] ? end + 1 : null;
    const cut = cutRun(lines, run, above, below);
    if (above !== null) claim(lines, cells, above, run.slice(0, cut), owner);
    if (below !== null) claim(lines, cells, below, run.slice(cut).reverse(), owner);
    i = end + 1;
  }
  return owner;
}

/** Lines with positions, no label and no year ("(2022年度)" sits just above the first row). */
function isWrapCandidate(line: Line): boolean {
  const text = line.text.replace(/\s+/g, '');
  return positioned(line) !== null && text.length > 0 && !YEAR.test(text) && !FIELDS.some(([label]) => text.includes(label));
}

/** How many of the run's lines go to the label line above: up to the widest gap between tops. */
function cutRun(lines: readonly Line[], run: readonly number[], above: number | null, below: number | null): number {
  if (above === null) return 0;
  if (below === null) return run.length;
  const seq = [above, ...run, below].map((k) => top(lines[k] as Line));
  let cut = 0;
  let widest = -Infinity;
  for (let k = 0; k + 1 < seq.length; k++) {
    const gap = (seq[k + 1] as number) - (seq[k] as number);
    if (gap > widest) {
      widest = gap;
      cut = k;
    }
  }
  return cut;
}

/** Gives `run` (ordered away from the label line) to it while each line is near and fits its cells. */
function claim(lines: readonly Line[], cells: ReadonlyArray<Cell[] | null>, labelLine: number, run: readonly number[], owner: Map<number, number>): void {
  const row = cells[labelLine] as Cell[];
  const label = lines[labelLine] as Line;
  const pitch = MAX_PITCH * height(label);
  let last = label;
  for (const k of run) {
    const line = lines[k] as Line;
    const near = line.at.page === label.at.page && Math.abs(top(line) - top(last)) <= pitch;
    if (!near || !fillsCells(line.pieces ?? [], row)) return;
    owner.set(k, labelLine);
    last = line;
  }
}

function positioned(line: Line): Positioned[] | null {
  const pieces = line.pieces ?? [];
  if (pieces.length === 0 || pieces.some((p) => p.y0 === undefined || p.y1 === undefined)) return null;
  return pieces as Positioned[];
}

function top(line: Line): number {
  return Math.min(...(positioned(line) ?? []).map((p) => p.y0));
}

function height(line: Line): number {
  return Math.max(...(positioned(line) ?? []).map((p) => p.y1 - p.y0));
}
