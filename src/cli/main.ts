/**
 * @module The `budgetlens` command line. `run` returns an exit code and never exits the
 * process (tests drive it); `main` is the only place that sets process.exitCode.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkDisclosure, checkJson, SEVERITY_ORDER } from '../checks/index.js';
import type { Disclosure, Severity } from '../model/index.js';
import { disclosureJson, parseBytes, parseTogether } from '../parse/index.js';
import type { ParseResult } from '../parse/index.js';
import { EXIT, exitForError } from './exit-codes.js';
import { reportText } from './report.js';
import { runGenerate } from './generate.js';
import { runRender } from './render.js';
import { summarize } from './summary.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const USAGE = `用法 usage: budgetlens parse FILE... [--json | --jsonl]
       budgetlens check FILE... [--json | --jsonl] [--fail-on error|warning|never] [--together]
       budgetlens generate --out DIR [--count N] [--seed S] [--style ID] [--defects K] [--kind final|budget] [--format text|html|pdf|docx|xlsx]
       budgetlens render DATA.json|DATA.xlsx [--format text|html|pdf|docx|xlsx] [--out FILE]

  parse   读取预决算公开文件（PDF 或文本），输出表格与数据
          read disclosures (PDF or text) into the canonical model
  check   核对每个数字：表内、表间、说明与表格、分类科目、完整性、文字
          check every figure: within and across tables, explanations, codes, completeness, wording
  generate 生成已知真值的模拟公开文件及其真值文件 (documents with known truth, <id>.txt|.html|.pdf|.docx|.xlsx + <id>.truth.json)
  render  由部门数据生成标准表格和情况说明初稿，并核对结果 (a department's figures → standard tables and draft explanations, checked)
  --json  one JSON object (schemaVersion 1) per file on stdout
  --jsonl one JSON object per line, as each file finishes
  --together 所有文件是同一公开的几部分（说明与表格分开发布）(the files are parts of one disclosure)
  --fail-on  check: exit 1 when a finding of this severity or worse exists (default: error)

退出码 exit codes: 0 ok · 1 parse: partial (table cut off); check: findings at --fail-on; render: input contradicts itself or errors found · 2 usage (render: invalid input data) · 3 unreadable file · 4 not a disclosure`;

type Mode = { json: boolean; jsonl: boolean; failOn: Severity | null };

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: {
      json: { type: 'boolean' }, jsonl: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, together: { type: 'boolean' },
      'fail-on': { type: 'string', default: 'error' },
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
  if (command === 'render') return runRender(files, parsed.values, io);
  const failOn = parsed.values['fail-on'];
  if (!(command === 'parse' || command === 'check') || files.length === 0 || !isFailOn(failOn)) { io.err(USAGE); return EXIT.usage; }
  const mode: Mode = { json: !!parsed.values.json, jsonl: !!parsed.values.jsonl, failOn: failOn === 'never' ? null : failOn };
  const act = command === 'check' ? checkOne : parseOne;
  let worst: number = EXIT.ok;
  for (const group of parsed.values.together ? [files] : files.map((f) => [f])) {
    const d = await readOne(group, mode, io);
    worst = Math.max(worst, typeof d === 'number' ? d : act(d, mode, io));
  }
  return worst;
}

function isFailOn(v: string | undefined): v is Severity | 'never' {
  return v === 'never' || SEVERITY_ORDER.includes(v as Severity);
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
