/**
 * @module `budgetlens generate`: writes N generated documents (text, HTML or PDF) and their
 * truth files (<id>.truth.json) into a folder. Deterministic per seed (PDF: the same layout;
 * the bytes carry Chromium's creation date).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PLACE_STYLES } from '../catalogue/index.js';
import { generateDocument, generateHtml, MissingDependencyError, renderPdf, truthJson } from '../generate/index.js';
import type { GenerateOptions } from '../generate/index.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './main.js';

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
  const problem = !Number.isInteger(count) || count < 1 ? '--count 须为正整数 (must be a positive integer)'
    : !Number.isInteger(defects) || defects < 0 ? '--defects 须为非负整数 (must be a non-negative integer)'
      : !['final', 'budget'].includes(a.kind ?? 'final') ? '--kind 须为 final 或 budget (must be final or budget)'
        : !FORMATS.includes(a.format ?? 'text') ? '--format 须为 text、html 或 pdf (must be text, html or pdf)'
          : a.style && !PLACE_STYLES.some((s) => s.id === a.style) ? `未知地区样式 (unknown --style); one of: ${PLACE_STYLES.map((s) => s.id).join(', ')}`
            : !a.out ? '须指定 --out 目录 (--out DIR is required)' : null;
  if (problem) { io.err(problem); return EXIT.usage; }
  await mkdir(a.out!, { recursive: true });
  const options = (index: number): GenerateOptions => ({ seed: a.seed ?? '1', index, defects, kind: a.kind === 'budget' ? 'budget' : 'final',
    ...(a.style ? { style: a.style } : {}) });
  const indexes = Array.from({ length: count }, (_, i) => i);
  const format = a.format ?? 'text';
  if (format === 'pdf') {
    try {
      for await (const doc of renderPdf(indexes.map((i) => generateHtml(options(i), 'pdf')))) {
        await writeFile(join(a.out!, `${doc.id}.pdf`), doc.pdf);
        await writeFile(join(a.out!, `${doc.id}.truth.json`), truthJson(doc));
      }
    } catch (err) {
      if (!(err instanceof MissingDependencyError)) throw err;
      io.err(err.message);
      return EXIT.unavailable;
    }
  }
  for (const index of format === 'pdf' ? [] : indexes) {
    const doc = format === 'html' ? generateHtml(options(index)) : generateDocument(options(index));
    await writeFile(join(a.out!, `${doc.id}.${format === 'html' ? 'html' : 'txt'}`), 'html' in doc ? doc.html : doc.text);
    await writeFile(join(a.out!, `${doc.id}.truth.json`), truthJson(doc));
  }
  io.out(`已生成 ${count} 份文件 (generated ${count} documents, ${format}) → ${a.out}`);
  return EXIT.ok;
}

const FORMATS = ['text', 'html', 'pdf'];
