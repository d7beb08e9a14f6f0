/**
 * Row names without codes wrapped around their figures (福州 收入总表: 福州市商务 / 发展促进中 337.92 /
 * 心): the text lines between two rows go with the nearer row.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Line } from '../../src/ingest/index.js';
import { recognizeTables } from '../../src/tables/index.js';

let n = 0;
/** A line of pieces [text, x0, x1], 10 points high from y0, with its box. */
function line(y0: number, pieces: [string, number, number][]): Line {
  const x0 = Math.min(...pieces.map((p) => p[1]));
  const x1 = Math.max(...pieces.map((p) => p[2]));
  return { text: pieces.map((p) => p[0]).join(' '), at: { page: 1, line: n++, box: [x0, y0, x1, y0 + 10] },
    pieces: pieces.map(([text, a, b]) => ({ text, x0: a, x1: b, y0, y1: y0 + 10 })) };
}

const LINES = [
  line(70, [['收入预算总表', 339, 503]]),
  line(92, [['单位：万元', 744, 799]]),
  line(146, [['单位名称', 50, 95], ['合计', 124, 147], ['一般公共预算拨款收入', 177, 260]]),
  line(209, [['合计', 61, 83], ['362.00', 120, 162], ['362.00', 200, 225]]),
  line(234, [['福州市商务', 50, 95]]),
  line(249, [['发展促进中', 50, 95], ['337.92', 123, 148], ['337.92', 200, 225]]),
  line(265, [['心', 68, 77]]),
  line(281, [['福州市商务', 50, 95]]),
  line(289, [['24.08', 119, 152], ['24.08', 200, 225]]),
  line(297, [['局', 68, 77]]),
];

test('a name wrapped above and below its figures stays with its row', () => {
  const t = recognizeTables(LINES, 'budget').tables.find((x) => x.kind === 'budget.income');
  assert.ok(t);
  assert.deepEqual(t.rows.map((r) => `${r.key ?? r.name} ${r.values['total']?.text ?? '-'}`),
    ['total 362.00', '福州市商务发展促进中心 337.92', '福州市商务局 24.08']);
});
