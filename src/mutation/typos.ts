/**
 * @module Realistic misprints of a printed number: one digit changed, or two neighbouring
 * digits swapped. The result keeps the printed form (thousands separators, decimals) so it
 * reads like the original.
 */
import type { Rng } from '../generate/index.js';
import { parseNumber } from '../model/index.js';
import type { PrintedNumber } from '../model/index.js';

/** A different printed number, or null when the text has too few digits to alter. */
export function misprint(text: string, rng: Rng, minPlace = 0): PrintedNumber | null {
  const digits = [...text].flatMap((ch, i) => (/\d/.test(ch) ? [i] : []));
  // Positions counted from the right: a change at place p moves the figure by ≥ 10^p units of its last place.
  const eligible = digits.slice(0, Math.max(0, digits.length - minPlace));
  if (eligible.length === 0) return null;
  const mode = rng.int(0, 2);
  const chars = [...text];
  if (mode === 1 && eligible.length >= 2) {
    const k = rng.int(0, eligible.length - 2);
    const [a, b] = [eligible[k]!, eligible[k + 1]!];
    if (chars[a] !== chars[b]) { [chars[a], chars[b]] = [chars[b]!, chars[a]!]; return reparse(chars.join(''), text); }
  }
  const at = rng.pick(eligible);
  const old = Number(chars[at]);
  const leading = at === digits[0] && digits.length > 1;
  const choices = [...'0123456789'].map(Number).filter((d) => d !== old && !(leading && d === 0));
  chars[at] = String(rng.pick(choices));
  return reparse(chars.join(''), text);
}

function reparse(changed: string, original: string): PrintedNumber | null {
  return changed === original ? null : parseNumber(changed);
}
