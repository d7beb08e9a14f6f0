/**
 * @module Header cells the layout joined wrongly, cut apart again. A piece continues the
 * cell above it when the two overlap one to one, which also joins a heading with the one
 * cell printed under it (基本支出 over 人员经费; 公务用车购置及运行费 over 公务用车 / 购置费)
 * and a label with its 栏次 number. Where the joined text names nothing but its pieces
 * regroup into runs that each name something, the runs are the cells.
 */
import type { HeaderCell, HeaderPart } from './header-cells.js';

/** Pieces beyond which a cell is not regrouped (the search grows fast; real cells have few). */
const MAX_PARTS = 8;

/**
 * The cell as the fewest runs of its pieces that each satisfy `named`, a piece continuing a
 * run only when it stands under the run's last piece; the cell itself when its whole text
 * is named, or no regrouping names every run.
 */
export function splitCell(cell: HeaderCell, named: (text: string) => boolean): HeaderCell[] {
  if (cell.parts.length < 2 || cell.parts.length > MAX_PARTS || named(cell.text)) return [cell];
  const runs = regroup(cell.parts, named);
  return runs ? runs.map(cellOf) : [cell];
}

function regroup(parts: readonly HeaderPart[], named: (text: string) => boolean): HeaderPart[][] | null {
  let best: HeaderPart[][] | null = null;
  const ok = (run: readonly HeaderPart[]) => named(run.map((p) => p.text).join(''));
  const walk = (i: number, runs: HeaderPart[][]): void => {
    if (best && runs.length >= best.length) return;
    if (i === parts.length) { if (runs.every(ok)) best = runs.map((r) => [...r]); return; }
    const p = parts[i]!;
    for (const run of runs) {
      const last = run[run.length - 1]!;
      if (Math.min(last.x1, p.x1) <= Math.max(last.x0, p.x0) || p.y0 < last.y1 - 1) continue;
      run.push(p);
      walk(i + 1, runs);
      run.pop();
    }
    walk(i + 1, [...runs, [p]]);
  };
  walk(0, []);
  return best;
}

function cellOf(parts: HeaderPart[]): HeaderCell {
  return {
    text: parts.map((p) => p.text).join(''), parts,
    x0: Math.min(...parts.map((p) => p.x0)), x1: Math.max(...parts.map((p) => p.x1)),
    y0: Math.min(...parts.map((p) => p.y0)), y1: Math.max(...parts.map((p) => p.y1)),
  };
}
