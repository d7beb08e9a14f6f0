/**
 * @module `budgetlens generate`: writes N generated documents (text, HTML, PDF, DOCX or XLSX)
 * and their truth files (<id>.truth.json) into a folder. Deterministic per seed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PLACE_STYLES } from '../catalogue/index.js';
import { OUTPUT_FORMATS, planGenerated, renderPlan, truthJson, unprintedTruth } from '../generate/index.js';
import type { SourceFormat } from '../model/index.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './main.js';
import { writeBatch } from './output-batch.js';

export interface GenerateArgs {
  count?: string | undefined;
  seed?: string | undefined;
  kind?: string | undefined;
  style?: string | undefined;
  format?: string | undefined;
  defects?: string | undefined;
  out?: string | undefined;
}

export async function runGenerate(a: GenerateArgs, io: Io): Promise<number> {
  const count = Number(a.count ?? '1');
  const defects = Number(a.defects ?? '0');
  const name = a.format ?? 'text';
  const format = OUTPUT_FORMATS[name];
  const problem = !Number.isInteger(count) || count < 1 ? '--count 须为正整数 (must be a positive integer)'
    : !Number.isInteger(defects) || defects < 0 ? '--defects 须为非负整数 (must be a non-negative integer)'
      : !['final', 'budget'].includes(a.kind ?? 'final') ? '--kind 须为 final 或 budget (must be final or budget)'
        : !format ? `未知格式 (unknown --format); one of: ${Object.keys(OUTPUT_FORMATS).join(', ')}`
          : a.style && !PLACE_STYLES.some((s) => s.id === a.style) ? `未知地区样式 (unknown --style); one of: ${PLACE_STYLES.map((s) => s.id).join(', ')}`
            : !a.out ? '须指定 --out 目录 (--out DIR is required)' : null;
  if (problem || !format) { io.err(problem ?? ''); return EXIT.usage; }
  await mkdir(a.out!, { recursive: true });
  const failed = await writeBatch(io, async (batch) => {
    for (let index = 0; index < count; index++) {
      const { id, plan, defects: injected } = planGenerated({ seed: a.seed ?? '1', index, defects, kind: a.kind === 'budget' ? 'budget' : 'final',
        ...(a.style ? { style: a.style } : {}) });
      const file = `${id}.${format.extension}`;
      // The plan is printed once: text gives its own truth (with lines); the other formats' truth is unprinted.
      const printed = name === 'text' ? renderPlan(plan) : null;
      await writeFile(join(a.out!, file), printed ? printed.text : await format.render(plan, batch.context(id)));
      const truth = printed ? printed.truth : unprintedTruth(plan, name as SourceFormat);
      truth.source.file = file;
      await writeFile(join(a.out!, `${id}.truth.json`), truthJson({ id, style: plan.style.id, truth, claims: plan.claims, defects: injected }));
    }
  });
  if (failed !== null) return failed;
  io.out(`已生成 ${count} 份文件 (generated ${count} documents, ${name}) → ${a.out}`);
  return EXIT.ok;
}
