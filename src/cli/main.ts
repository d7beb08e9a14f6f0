/**
 * @module The `budgetlens` command line. `run` returns an exit code and never exits the
 * process (tests drive it); `main` is the only place that sets process.exitCode.
 */
import { parseArgs } from 'node:util';
import { SEVERITY_ORDER } from '../model/index.js';
import type { Severity } from '../model/index.js';
import { EXIT } from './exit-codes.js';
import { DEFAULT_JOBS, runPooled, worthPooling } from './pool.js';
import type { Io, Task } from './run-group.js';

export type { Io } from './run-group.js';

const USAGE = `用法 usage: budgetlens parse FILE... [--json | --jsonl]
       budgetlens check FILE... [--json | --jsonl] [--fail-on error|warning|never] [--together] [--jobs N]
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
  --jobs N   同时读取的 PDF 文件数 (PDFs read at once on worker threads; default: the core count; output stays in input order)

退出码 exit codes: 0 ok · 1 parse: partial (table cut off); check: findings at --fail-on; render: input contradicts itself or errors found · 2 usage (render: invalid input data) · 3 unreadable file · 4 not a disclosure · 5 a scan (no text layer) · 69 a system package is missing`;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: {
      json: { type: 'boolean' }, jsonl: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, together: { type: 'boolean' },
      'fail-on': { type: 'string', default: 'error' },
      count: { type: 'string' }, seed: { type: 'string' }, kind: { type: 'string' }, style: { type: 'string' },
      format: { type: 'string' }, defects: { type: 'string' }, out: { type: 'string' }, jobs: { type: 'string' },
    } });
  } catch (e) {
    io.err(`${(e as Error).message}\n${USAGE}`);
    return EXIT.usage;
  }
  const [command, ...files] = parsed.positionals;
  if (parsed.values.help || !command) { (command ? io.out : io.err)(USAGE); return command ? EXIT.ok : EXIT.usage; }
  if (command === 'examples') return run(['parse', ...await exampleFiles()], io);
  // The producers' modules (exceljs, jszip, the browser driver) load only when asked for: a
  // check, run as a gate on every commit, does not pay their half second of start-up.
  if (command === 'generate') return (await import('./generate.js')).runGenerate(parsed.values, io);
  if (command === 'render') return (await import('./render.js')).runRender(files, parsed.values, io);
  const failOn = parsed.values['fail-on'];
  if (!(command === 'parse' || command === 'check') || files.length === 0 || !isFailOn(failOn)) { io.err(USAGE); return EXIT.usage; }
  const jobs = jobsOf(parsed.values.jobs);
  if (jobs === null) { io.err(USAGE); return EXIT.usage; }
  const task: Task = { command, mode: { json: !!parsed.values.json, jsonl: !!parsed.values.jsonl, failOn: failOn === 'never' ? null : failOn } };
  const groups = parsed.values.together ? [files] : files.map((f) => [f]);
  if (worthPooling(groups, jobs)) return runPooled(groups, task, jobs, io);
  // Only now the pipeline: with a pool, the workers load it while this thread waits.
  const { runGroup } = await import('./run-group.js');
  let worst: number = EXIT.ok;
  for (const group of groups) worst = Math.max(worst, await runGroup(group, task, io));
  return worst;
}

function isFailOn(v: string | undefined): v is Severity | 'never' {
  return v === 'never' || SEVERITY_ORDER.includes(v as Severity);
}

/** `--jobs N`: a positive integer, or the core count when absent; null when malformed. */
function jobsOf(v: string | undefined): number | null {
  if (v === undefined) return DEFAULT_JOBS;
  return /^[1-9]\d*$/.test(v) ? Number(v) : null;
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
