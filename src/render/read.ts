/**
 * @module A department's figures from a file: JSON or the XLSX form, validated into exact
 * amounts (or every problem found, each naming where it stands).
 */
import { validateInput } from './input.js';
import type { Validated } from './input.js';
import { readXlsxInput } from './xlsx-input.js';

export async function readRenderInput(bytes: Uint8Array, file: string): Promise<Validated> {
  if (/\.xlsx$/i.test(file)) {
    const read = await readXlsxInput(bytes);
    return read.ok ? validateInput(read.raw, read.locate) : read;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (e) {
    return { ok: false, problems: [{ path: [], where: file, message: `JSON 语法错误 (invalid JSON): ${(e as Error).message}` }] };
  }
  return validateInput(raw);
}
