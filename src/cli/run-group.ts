/**
 * @module One unit of `parse`/`check` work: a file (or the parts of one disclosure read
 * together) read, parsed, checked and printed through an `Io`. The same function runs on
 * the main thread and in the worker threads of the pool, so output cannot differ.
 */
import { readFile } from 'node:fs/promises';
import { checkDisclosure, checkJson } from '../checks/index.js';
import { SEVERITY_ORDER } from '../model/index.js';
import type { Disclosure, Severity } from '../model/index.js';
import { disclosureJson, parseBytes, parseTogether } from '../parse/index.js';
import type { ParseResult } from '../parse/index.js';
import { EXIT, exitForError } from './exit-codes.js';
import { reportText } from './report.js';
import { summarize } from './summary.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export interface Mode {
  readonly json: boolean;
  readonly jsonl: boolean;
  readonly failOn: Severity | null;
}

/** What to do with each group of files; plain data, so that it crosses to worker threads. */
export interface Task {
  readonly command: 'parse' | 'check';
  readonly mode: Mode;
}

/** Read, parse (and check) one group of files, print its result; the group's exit code. */
export async function runGroup(files: readonly string[], task: Task, io: Io): Promise<number> {
  const d = await readOne(files, task.mode, io);
  if (typeof d === 'number') return d;
  return task.command === 'check' ? checkOne(d, task.mode, io) : parseOne(d, task.mode, io);
}

function parseOne(d: Disclosure, mode: Mode, io: Io): number {
  if (mode.jsonl) io.out(JSON.stringify(disclosureJson(d)));
  else if (mode.json) io.out(JSON.stringify(disclosureJson(d), null, 2));
  else io.out(summarize(d));
  return d.warnings.some((w) => w.code === 'TRUNCATED') ? EXIT.partial : EXIT.ok;
}

function checkOne(d: Disclosure, mode: Mode, io: Io): number {
  const report = checkDisclosure(d);
  if (mode.jsonl) io.out(JSON.stringify(checkJson(d, report)));
  else if (mode.json) io.out(JSON.stringify(checkJson(d, report), null, 2));
  else io.out(reportText(d, report));
  if (!mode.failOn) return EXIT.ok;
  const threshold = SEVERITY_ORDER.indexOf(mode.failOn);
  return report.findings.some((f) => SEVERITY_ORDER.indexOf(f.severity) <= threshold) ? EXIT.findings : EXIT.ok;
}

/**
 * The file (or the parts of one disclosure, read together) read and parsed, or the exit
 * code of why it could not be (reported on stderr, and as JSON).
 */
async function readOne(files: readonly string[], mode: Mode, io: Io): Promise<Disclosure | number> {
  const parts: { bytes: Uint8Array; file: string }[] = [];
  for (const file of files) {
    try {
      parts.push({ bytes: await readFile(file), file });
    } catch (e) {
      const message = `无法读取文件 (cannot read file): ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
      if (mode.jsonl) io.out(JSON.stringify({ schemaVersion: 1, source: { file }, error: { code: 'NOT_FOUND', message } }));
      io.err(`${file}: ${message}`);
      return EXIT.unreadable;
    }
  }
  const result: ParseResult = parts.length === 1 ? await parseBytes(parts[0]!.bytes, parts[0]!.file) : await parseTogether(parts);
  if (!result.ok) {
    if (mode.jsonl || mode.json) io.out(JSON.stringify({ schemaVersion: 1, source: result.source, error: result.error }));
    io.err(`${result.source.file}: ${result.error.message} [${result.error.code}]`);
    return exitForError(result.error.code);
  }
  return result.value;
}
