/**
 * @module The `budgetlens` command line. `run` returns an exit code and never exits the
 * process (tests drive it); `main` is the only place that sets process.exitCode.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { disclosureJson, parseBytes } from '../parse/index.js';
import { EXIT, exitForError } from './exit-codes.js';
import { runGenerate } from './generate.js';
import { summarize } from './summary.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const USAGE = `用法 usage: budgetlens parse FILE... [--json | --jsonl]
       budgetlens generate --out DIR [--count N] [--seed S] [--style ID] [--defects K] [--kind final] [--format text]

  parse   读取预决算公开文件（PDF 或文本），输出表格与数据
          read disclosures (PDF or text) into the canonical model
  --json  one JSON object (schemaVersion 1) per file on stdout
  --jsonl one JSON object per line, as each file finishes
  generate 生成已知真值的模拟公开文件及其真值文件 (documents with known truth, <id>.txt + <id>.truth.json)

退出码 exit codes: 0 ok · 1 partial (table cut off) · 2 usage · 3 unreadable file · 4 not a disclosure`;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: {
      json: { type: 'boolean' }, jsonl: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      count: { type: 'string' }, seed: { type: 'string' }, kind: { type: 'string' }, style: { type: 'string' },
      format: { type: 'string' }, defects: { type: 'string' }, out: { type: 'string' },
    } });
  } catch (e) {
    io.err(`${(e as Error).message}\n${USAGE}`);
    return EXIT.usage;
  }
  const [command, ...files] = parsed.positionals;
  if (parsed.values.help || !command) { (command ? io.out : io.err)(USAGE); return command ? EXIT.ok : EXIT.usage; }
  if (command === 'examples') return run(['parse', ...await exampleFiles()], io);
  if (command === 'generate') return runGenerate(parsed.values, io);
  if (command !== 'parse' || files.length === 0) { io.err(USAGE); return EXIT.usage; }
  let worst: number = EXIT.ok;
  for (const file of files) {
    const code = await parseOne(file, { json: !!parsed.values.json, jsonl: !!parsed.values.jsonl }, io);
    worst = Math.max(worst, code);
  }
  return worst;
}

async function parseOne(file: string, mode: { json: boolean; jsonl: boolean }, io: Io): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const message = `无法读取文件 (cannot read file): ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
    if (mode.jsonl) io.out(JSON.stringify({ schemaVersion: 1, source: { file }, error: { code: 'NOT_FOUND', message } }));
    io.err(`${file}: ${message}`);
    return EXIT.unreadable;
  }
  const result = await parseBytes(bytes, file);
  if (!result.ok) {
    if (mode.jsonl || mode.json) io.out(JSON.stringify({ schemaVersion: 1, source: result.source, error: result.error }));
    io.err(`${file}: ${result.error.message} [${result.error.code}]`);
    return exitForError(result.error.code);
  }
  const d = result.value;
  if (mode.jsonl) io.out(JSON.stringify(disclosureJson(d)));
  else if (mode.json) io.out(JSON.stringify(disclosureJson(d), null, 2));
  else io.out(summarize(d));
  return d.warnings.some((w) => w.code === 'TRUNCATED') ? EXIT.partial : EXIT.ok;
}

async function exampleFiles(): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  const dir = new URL('../../examples/', import.meta.url);
  return (await readdir(dir)).filter((f) => /\.(txt|pdf)$/.test(f)).sort().map((f) => new URL(f, dir).pathname);
}

export async function main(argv: readonly string[]): Promise<void> {
  try {
    process.exitCode = await run(argv, { out: (t) => process.stdout.write(t + '\n'), err: (t) => process.stderr.write(t + '\n') });
  } catch (e) {
    process.stderr.write(`内部错误 internal error: ${(e as Error).message}\n`);
    process.exitCode = 70;
  }
}
