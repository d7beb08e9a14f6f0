/**
 * @module The text of one performance table as two views: tokens (the whitespace-separated
 * pieces of each line, which is where the extraction put cell boundaries) and one compact
 * string with all whitespace removed, where labels are found even when they wrap over lines
 * ("年/度/总/体/目/标"). Each token knows its span in the compact string, so a label found
 * there leads back to tokens and lines.
 */
import type { Line } from '../../ingest/index.js';
import type { SourceRef } from '../../model/index.js';

export interface Tok {
  readonly text: string;
  /** Index of the line within the table's lines. */
  readonly line: number;
  readonly at: SourceRef;
  /** Span in the compact text. */
  readonly start: number;
  readonly end: number;
}

export interface Stream {
  readonly lines: readonly Line[];
  readonly toks: readonly Tok[];
  /** All tokens joined without whitespace. */
  readonly text: string;
  /** Compact offsets where a non-empty line starts. */
  readonly lineStarts: ReadonlySet<number>;
}

export interface Found<K> {
  readonly label: string;
  readonly key: K;
  readonly start: number;
  readonly end: number;
}

export function tokenize(lines: readonly Line[]): Stream {
  const toks: Tok[] = [];
  const lineStarts = new Set<number>();
  let text = '';
  lines.forEach((l, line) => {
    const parts = l.text.split(/\s+/).filter((p) => p.length > 0);
    if (parts.length > 0) lineStarts.add(text.length);
    for (const p of parts) {
      toks.push({ text: p, line, at: l.at, start: text.length, end: text.length + p.length });
      text += p;
    }
  });
  return { lines, toks, text, lineStarts };
}

/** The tokens inside [from, to) of the compact text; a token cut by a bound keeps its inner part. */
export function toksIn(s: Stream, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  for (const t of s.toks) {
    if (t.end <= from || t.start >= to) continue;
    if (t.start >= from && t.end <= to) {
      out.push(t);
      continue;
    }
    const a = Math.max(from, t.start);
    const b = Math.min(to, t.end);
    out.push({ ...t, text: t.text.slice(a - t.start, b - t.start), start: a, end: b });
  }
  return out;
}

/** The first label (longest at a position) that starts a line within [from, to). */
export function findAtLineStart<K>(
  s: Stream,
  vocab: ReadonlyArray<readonly [string, K]>,
  from = 0,
  to = s.text.length,
): Found<K> | null {
  const starts = [...s.lineStarts].filter((o) => o >= from && o < to).sort((a, b) => a - b);
  for (const o of starts) {
    const hit = matchAt(s.text, o, vocab);
    if (hit && hit.end <= to) return hit;
  }
  return null;
}

/** The longest vocabulary label at offset `at` of `text`, or null. */
export function matchAt<K>(text: string, at: number, vocab: ReadonlyArray<readonly [string, K]>): Found<K> | null {
  let best: Found<K> | null = null;
  for (const [label, key] of vocab) {
    if (text.startsWith(label, at) && (!best || label.length > best.label.length)) {
      best = { label, key, start: at, end: at + label.length };
    }
  }
  return best;
}

const ALNUM = /^[A-Za-z0-9]$/;

/** Joins printed fragments without whitespace, except between two ASCII letters or digits. */
export function compactJoin(parts: readonly string[]): string {
  const out: string[] = [];
  let last = '';
  for (const raw of parts) {
    const p = raw.replace(/\s+/g, (m, i: number, str: string) =>
      ALNUM.test(str.charAt(i - 1)) && ALNUM.test(str.charAt(i + m.length)) ? ' ' : '');
    if (!p) continue;
    // Remember the last character: reading it back from a growing string would flatten it each time.
    if (ALNUM.test(last) && ALNUM.test(p.charAt(0))) out.push(' ');
    out.push(p);
    last = p.charAt(p.length - 1);
  }
  return out.join('');
}

/** Printed width in em: ASCII is half as wide as Chinese (and full-width punctuation). */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
  return w;
}

/** Groups tokens by line, keeping order: [[tokens of line a], [tokens of line b], …]. */
export function byLine(toks: readonly Tok[]): Tok[][] {
  const out: Tok[][] = [];
  for (const t of toks) {
    const last = out[out.length - 1];
    if (last && last[0]?.line === t.line) last.push(t);
    else out.push([t]);
  }
  return out;
}

/** A bare number as printed in score columns ("4.0", "10", "100.00%"), optionally with 分. */
export const SCORE_NUMBER = /^\d+(?:\.\d+)?%?分?$/;

/** Sentence end: a deviation or goal paragraph finishes here. */
export const SENTENCE_END = /[。！？；.!?;]$/;
