/**
 * @module `budgetlens render DATA.(json|xlsx) --format text|html|pdf|docx|xlsx [--out FILE]`: a
 * department's figures → the standard tables and a first draft of the explanations, written
 * in the format asked for, then checked like any disclosure. A format the project reads (text,
 * PDF) is read back from the written file and THAT is checked: whatever the file says other
 * than the Disclosure built is a rendering bug, reported with both checks (exit 1). Bad input is
 * reported field by field (exit 2); figures that disagree with each other are said before the
 * check (exit 1).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { checkDisclosure } from '../checks/index.js';
import type { CheckReport } from '../checks/index.js';
import { compareDisclosures, OUTPUT_FORMATS, renderPlan } from '../generate/index.js';
import type { Disclosure } from '../model/index.js';
import { parseBytes } from '../parse/index.js';
import { planOf, readRenderInput, statedDisagreements } from '../render/index.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './main.js';
import { writeBatch } from './output-batch.js';
import { reportText } from './report.js';

export interface RenderArgs {
  format?: string | undefined;
  out?: string | undefined;
}

export async function runRender(files: readonly string[], a: RenderArgs, io: Io): Promise<number> {
  const format = OUTPUT_FORMATS[a.format ?? 'text'];
  const problem = files.length !== 1 ? '须给出一个数据文件 (give exactly one DATA file: .json or .xlsx)'
    : !/\.(json|xlsx)$/i.test(files[0]!) ? '数据文件须为 .json 或 .xlsx (DATA must be .json or .xlsx)'
      : !format ? `未知格式 (unknown --format); one of: ${Object.keys(OUTPUT_FORMATS).join(', ')}` : null;
  if (problem || !format) { io.err(problem ?? ''); return EXIT.usage; }
  const file = files[0]!;
  let bytes: Uint8Array;
  let written: Uint8Array | string = '';
  try {
    bytes = await readFile(file);
  } catch (e) {
    io.err(`${file}: 无法读取文件 (cannot read file): ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return EXIT.unreadable;
  }
  const read = await readRenderInput(bytes, file);
  if (!read.ok) {
    io.err(`${file}: 输入数据有误，未生成文件 (invalid input, nothing written):`);
    for (const p of read.problems) io.err(`  ${p.where}: ${p.message}`);
    return EXIT.usage;
  }
  const { plan, inconsistencies, notes } = planOf(read.input);
  const out = a.out ?? join(dirname(file), `${basename(file, extname(file))}.rendered.${format.extension}`);
  const failed = await writeBatch(io, async (batch) => {
    written = await format.render(plan, batch.context(basename(out, extname(out))));
    await writeFile(out, written);
  });
  if (failed !== null) return failed;
  const { truth } = renderPlan(plan);
  truth.source.file = out;
  const disagreements = [...inconsistencies, ...statedDisagreements(read.input, truth)];
  io.out(`已生成 (written) ${out}`);
  for (const n of notes) io.out(`  提示 note: ${n}`);
  if (disagreements.length > 0) {
    io.out(`  输入数据自相矛盾 (the input contradicts itself) (${disagreements.length}):`);
    for (const d of disagreements) io.out(`    ${d}`);
  }
  const checked = format.readable ? await checkWritten(written, out, truth, io) : { report: checkPrinted(truth, io), faithful: true };
  return disagreements.length > 0 || !checked.faithful || checked.report.findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
}

function checkPrinted(d: Disclosure, io: Io): CheckReport {
  const report = checkDisclosure(d);
  io.out(reportText(d, report));
  return report;
}

/**
 * Reads the written file back and checks what it says. When it differs from the Disclosure
 * built, the differences are listed and the built one's check is printed too.
 */
async function checkWritten(written: Uint8Array | string, out: string, built: Disclosure, io: Io): Promise<{ report: CheckReport; faithful: boolean }> {
  const read = await parseBytes(typeof written === 'string' ? new TextEncoder().encode(written) : written, out);
  if (!read.ok) {
    io.out(`  渲染错误：所写文件无法读回 (rendering bug: the written file cannot be read back): ${read.error.message}`);
    return { report: checkPrinted(built, io), faithful: false };
  }
  const differences = compareDisclosures(built, read.value);
  if (differences.length > 0) {
    io.out(`  渲染错误：所写文件与生成的数据不符 (rendering bug: the written file differs from the data built) (${differences.length}):`);
    for (const d of differences) io.out(`    ${d}`);
    io.out('  生成的数据 (the data built):');
    checkPrinted(built, io);
    io.out('  所写文件 (the written file):');
  } else io.out('  所写文件读回与生成的数据一致 (the written file reads back equal to the data built)');
  return { report: checkPrinted(read.value, io), faithful: differences.length === 0 };
}