/**
 * Line metrics from an embedded font program (src/ingest/pdf/font-programs.ts `lineMetrics`): the
 * `hhea` ascent/descent over the `head` units per em, read from the sfnt table directory.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineMetrics } from '../../src/ingest/pdf/font-programs.js';

/** A minimal sfnt: the table directory, then `head` (54 bytes) and `hhea` (36 bytes). */
function sfnt(tag: number, unitsPerEm: number, ascent: number, descent: number): Uint8Array {
  const tables = [['head', 54], ['hhea', 36]] as const;
  const bytes = new Uint8Array(12 + 16 * tables.length + 54 + 36);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, tag);
  view.setUint16(4, tables.length);
  let offset = 12 + 16 * tables.length;
  tables.forEach(([name, length], i) => {
    for (let k = 0; k < 4; k++) bytes[12 + 16 * i + k] = name.charCodeAt(k);
    view.setUint32(12 + 16 * i + 8, offset);
    view.setUint32(12 + 16 * i + 12, length);
    if (name === 'head') view.setUint16(offset + 18, unitsPerEm);
    else { view.setInt16(offset + 4, ascent); view.setInt16(offset + 6, descent); }
    offset += length;
  });
  return bytes;
}

test('TrueType and OpenType programs give hhea ascent and descent in ems', () => {
  assert.deepEqual(lineMetrics(sfnt(0x00010000, 1024, 880, -144)), { ascent: 880 / 1024, descent: -144 / 1024 });
  assert.deepEqual(lineMetrics(sfnt(0x4f54544f, 1000, 1160, -288)), { ascent: 1.16, descent: -0.288 });
});

test('other programs, truncated tables and a zero em give nothing (the descriptor is used)', () => {
  assert.equal(lineMetrics(new TextEncoder().encode('%!PS-AdobeFont-1.0: Type1 program')), null);
  assert.equal(lineMetrics(sfnt(0x00010000, 1024, 880, -144).subarray(0, 60)), null);
  assert.equal(lineMetrics(sfnt(0x00010000, 0, 880, -144)), null);
  assert.equal(lineMetrics(new Uint8Array(0)), null);
});
