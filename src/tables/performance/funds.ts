/**
 * @module The fund block of a performance table (项目资金（万元）): column labels, then one row
 * per source ("年度资金总额： 87680.14 87679.51 86916.50 10.0 99.1% 9.9"). Labels and numbers
 * are read as one stream, so a wrapped label ("上年结/转", "其中：财政拨/款") or two sources on one
 * line ("1.41 其他资金 0.00") read the same as tidy rows. Dash cells keep their column but stay empty.
 */
import { isEmptyMark, parseNumber } from '../../model/index.js';
import type { Cell, PerformanceFunds, Warning } from '../../model/index.js';
import { matchAt } from './text.js';
import type { Tok } from './text.js';
import { COLUMN_NOISE, FUND_COLUMNS, FUND_NOISE, FUND_SINGLE_COLUMN, FUND_SOURCES } from './vocabulary.js';

const NOISE: ReadonlyArray<readonly [string, null]> = FUND_NOISE.map((n) => [n, null] as const);
const VOCAB = [...FUND_SOURCES, ...FUND_COLUMNS, ...NOISE];

export interface FundsResult {
  readonly funds: PerformanceFunds[];
  readonly warnings: Warning[];
}

interface OpenRow {
  row: PerformanceFunds;
  printed: { text: string; tok: Tok }[];
}

export function readFunds(toks: readonly Tok[]): FundsResult {
  const funds: PerformanceFunds[] = [];
  const warnings: Warning[] = [];
  let columns: string[] | null = null;
  let label = '';
  let labelTok: Tok | null = null;
  let open: OpenRow | null = null;

  const close = (): void => {
    if (!open) return;
    place(open, columns ?? [FUND_SINGLE_COLUMN], warnings);
    funds.push(open.row);
    open = null;
  };

  for (const tok of toks) {
    const value = tok.text.replace(/^[:：]+/, '');
    // Prose after the rows is the next block, its label centred lower down ("根据…" above "年度目标").
    if (open && isProse(label + value)) break;
    if (isValue(value)) {
      if (label) {
        const read = readLabel(label);
        // Column labels count only before the first row: 001 prints "执行率 分值（10）" after it.
        if (read.source && columns === null) columns = read.columns.length > 0 ? read.columns : [FUND_SINGLE_COLUMN];
        if (read.source) {
          close();
          const at = (labelTok ?? tok).at;
          open = { row: { source: read.source[0], key: read.source[1], values: {}, at }, printed: [] };
        }
        label = '';
        labelTok = null;
      }
      open?.printed.push({ text: value, tok });
      continue;
    }
    if (!label) labelTok = tok;
    label += tok.text;
  }
  close();
  return { funds, warnings };
}

/** A cell of the value columns: a number, a percentage or a dash placeholder. */
function isValue(text: string): boolean {
  return isEmptyMark(text) || parseNumber(text) !== null;
}

/**
 * Text with no fund word in it: neither a value, a weight total "（10）", a source or column
 * label, nor the first part of one wrapped onto the next line ("上年结" / "转").
 */
function isProse(text: string): boolean {
  if (isValue(text) || COLUMN_NOISE.test(text)) return false;
  for (let i = 0; i < text.length; i++) {
    if (matchAt(text, i, VOCAB)) return false;
    if (VOCAB.some(([l]) => l.startsWith(text.slice(i)))) return false;
  }
  return true;
}

/**
 * Reads the text between two value runs: the column labels (before the first row) and the
 * last source label, which names the row that follows. Unknown words are skipped.
 */
function readLabel(text: string): { columns: string[]; source: readonly [string, string] | null } {
  const columns: string[] = [];
  let source: readonly [string, string] | null = null;
  let i = 0;
  while (i < text.length) {
    const src = matchAt(text, i, FUND_SOURCES);
    const col = matchAt(text, i, FUND_COLUMNS);
    const noise = matchAt(text, i, NOISE);
    const best = [src, col, noise].reduce((a, b) => (b && (!a || b.end > a.end) ? b : a), null);
    if (!best) {
      i++;
      continue;
    }
    if (best === src && src) source = [src.label, src.key];
    else if (best === col && col) columns.push(col.key);
    i = best.end;
  }
  return { columns, source };
}

/** Puts a row's printed values into the columns, left to right; dashes keep their place. */
function place(open: OpenRow, columns: readonly string[], warnings: Warning[]): void {
  open.printed.forEach((p, i) => {
    const key = columns[i];
    if (key === undefined) {
      warnings.push({
        code: 'PERF_FUND_EXTRA_VALUE',
        message: `资金行“${open.row.source}”多出数值 ${p.text}`,
        at: p.tok.at,
      });
      return;
    }
    if (isEmptyMark(p.text)) return;
    const n = parseNumber(p.text);
    if (n) open.row.values[key] = { ...n, at: p.tok.at } satisfies Cell;
  });
}
