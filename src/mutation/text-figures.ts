/**
 * @module Mutations of figures stated in the explanations. Only claims the checker linked and
 * verified on the clean document are altered, and only in a digit whose change lies far
 * outside any rounding envelope, so every such mutation breaks a text link (detectable).
 * Found when an error or warning quotes the altered sentence.
 */
import type { Claim } from '../checks/index.js';
import type { Rng } from '../generate/index.js';
import type { Disclosure, Finding } from '../model/index.js';
import { misprint } from './typos.js';
import type { Mutation } from './types.js';

/** Digits kept from the right: amounts move by ≥ 100 units of their last place, percentages by ≥ 10. */
const MIN_PLACE = { amount: 2, percent: 1 };
const NUMBER = /[\d,]+(?:\.\d+)?/;

export function textFigureMutation(d: Disclosure, verified: readonly Claim[], rng: Rng): Mutation | null {
  const claim = rng.pick(verified);
  const printed = NUMBER.exec(claim.text)?.[0];
  const sentence = claim.place.sentence;
  if (!printed || sentence.split(claim.text).length !== 2) return null; // the figure must be found once in its sentence
  const changed = misprint(printed, rng, claim.percent ? MIN_PLACE.percent : MIN_PLACE.amount);
  if (!changed) return null;
  const newText = claim.text.replace(printed, changed.text);
  const newSentence = sentence.replace(claim.text, newText);
  if (!d.sections.some((s) => s.text.includes(sentence))) return null;
  return {
    kind: 'textFigure',
    description: `${claim.place.heading}: ${claim.text} → ${newText}`,
    detectable: true,
    apply: () => withSentence(d, sentence, newSentence),
    points: (f: Finding) => (f.severity === 'error' || f.severity === 'warning') && f.evidence.includes(newText),
  };
}

/** Direction words and their opposites, as a misprint swaps them. */
const OPPOSITE: Readonly<Record<string, string>> = {
  增加: '减少', 减少: '增加', 增长: '下降', 下降: '增长', 上升: '下降', 提高: '降低', 降低: '提高',
};

/**
 * A direction word of a verified change claim swapped (增加 ↔ 减少): detectable whenever the
 * stated change is not zero. Found when an error or warning quotes the altered words.
 */
export function textDirectionMutation(d: Disclosure, verified: readonly Claim[], rng: Rng): Mutation | null {
  const changes = verified.filter((c) => c.direction && c.value !== 0n);
  if (changes.length === 0) return null;
  const claim = rng.pick(changes);
  const sentence = claim.place.sentence;
  const words = Object.keys(OPPOSITE).join('|');
  const m = new RegExp(`(${words})((?:了)?(?:幅度)?(?:为)?\\s*)${escape(claim.text)}`).exec(sentence);
  if (!m || sentence.split(m[0]).length !== 2 || !d.sections.some((s) => s.text.includes(sentence))) return null;
  const altered = `${OPPOSITE[m[1]!]}${m[2]}${claim.text}`;
  const newSentence = sentence.replace(m[0], altered);
  return {
    kind: 'textDirection',
    description: `${claim.place.heading}: ${m[0]} → ${altered}`,
    detectable: true,
    apply: () => withSentence(d, sentence, newSentence),
    points: (f: Finding) => (f.severity === 'error' || f.severity === 'warning') && f.evidence.includes(altered),
  };
}

/** A copy of the document whose explanations print `after` where they printed `before`. */
function withSentence(d: Disclosure, before: string, after: string): Disclosure {
  const copy = structuredClone(d);
  for (const s of copy.sections) s.text = s.text.split(before).join(after);
  return copy;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
