/** Findings of `check` on a generated text document, read back through the parser as a user's file would be. */
import assert from 'node:assert/strict';
import { checkDisclosure } from '../../src/checks/index.js';
import type { Finding } from '../../src/model/index.js';
import { parseBytes } from '../../src/parse/index.js';

export async function findingsOf(text: string): Promise<Finding[]> {
  const read = await parseBytes(Buffer.from(text), 'generated.txt');
  assert.ok(read.ok);
  return checkDisclosure(read.value).findings;
}
