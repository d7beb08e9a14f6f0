/**
 * @module Codes printed in parts: 类/款/项 columns where each row prints only its own part
 * ("201 一般公共服务支出" / "03 政府办公厅…" / "01 行政运行"), the rest implied by the rows
 * above. The part's column tells its level: the first two-digit part after a 类 is a 款,
 * the first after a 款 is a 项, and later parts take the level whose column they stand in.
 */
import type { Line } from '../ingest/index.js';

export class CodeParts {
  private class: string | null = null;
  private item: string | null = null;
  private itemX: number | null = null;
  private subX: number | null = null;

  /** A full code seen on a row: the context later parts complete. */
  seen(code: string): void {
    if (code.length >= 3) this.class = code.slice(0, 3);
    this.item = code.length >= 5 ? code.slice(0, 5) : null;
  }

  /** The full code of a line printing only a two-digit part before its name, or null. */
  complete(line: Line): { code: string; rest: string } | null {
    const [part, name] = line.pieces ?? [];
    if (!part || !name || !/^\d{2}$/.test(part.text) || /^[\d,.-]+$/.test(name.text) || !this.class) return null;
    const level = this.levelAt(part.x0);
    if (level === 'item') {
      this.itemX ??= part.x0;
      this.item = this.class + part.text;
      return { code: this.item, rest: line.text.slice(part.text.length + 1) };
    }
    if (!this.item) return null;
    this.subX ??= part.x0;
    return { code: this.item + part.text, rest: line.text.slice(part.text.length + 1) };
  }

  private levelAt(x: number): 'item' | 'sub' {
    if (this.itemX === null) return this.item ? 'sub' : 'item';
    if (this.subX === null) return x > this.itemX + COLUMN_STEP ? 'sub' : 'item';
    return Math.abs(x - this.itemX) <= Math.abs(x - this.subX) ? 'item' : 'sub';
  }
}

/** Points a 项 part stands right of the 款 parts (their columns are a code's width apart). */
const COLUMN_STEP = 8;
