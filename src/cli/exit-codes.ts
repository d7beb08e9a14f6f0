/**
 * @module The CLI's exit codes, in one table (documented in README). A gate in CI can rely on them.
 */
import type { ParseErrorCode } from '../parse/index.js';

export const EXIT = {
  ok: 0,
  /** Read, but incomplete (a table cut off): partial result printed, with a warning. */
  partial: 1,
  /** check: a finding at or above --fail-on (default error). */
  findings: 1,
  usage: 2,
  /** The file could not be read: missing, empty, binary, damaged or encrypted. */
  unreadable: 3,
  /** Readable, but not a budget or final-accounts disclosure. */
  notDisclosure: 4,
  /** A scan: no page has a text layer (OCR is not supported yet). */
  noTextLayer: 5,
  /** A system package a command needs is missing (generate --format pdf without chromium or the CJK fonts); sysexits EX_UNAVAILABLE. */
  unavailable: 69,
} as const;

export function exitForError(code: ParseErrorCode): number {
  if (code === 'NOT_DISCLOSURE') return EXIT.notDisclosure;
  return code === 'NO_TEXT_LAYER' ? EXIT.noTextLayer : EXIT.unreadable;
}
