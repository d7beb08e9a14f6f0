/**
 * Header cells from piece geometry (taken from real and Chromium-printed PDFs): labels wrapping
 * inside their cells are joined, headings over cells of their own are kept apart.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TABLE_SPECS } from '../../src/catalogue/index.js';
import type { Line } from '../../src/ingest/index.js';
import { headerCells } from '../../src/tables/header-cells.js';

const specs = (kind: string) => TABLE_SPECS.find((t) => t.kind === kind)!.columns;

/** A header line of pieces [text, x0, x1], each `h` high from y0. */
function line(y0: number, pieces: [string, number, number][], h = 9): Line {
  return { text: pieces.map((p) => p[0]).join(' '), at: { page: 1, line: 0 },
    pieces: pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0, y1: y0 + h })) };
}
const texts = (lines: Line[], kind: string) => headerCells(lines, specs(kind)).map((c) => c.text);

test('a label wrapping on beside neighbours that wrap on too is no heading over them (附属单位上 / 缴收入)', () => {
  const lines = [
    line(170, [['本年收入合', 260, 305], ['财政拨款收', 315, 360], ['上级补', 372, 399], ['事业', 413, 431], ['经营', 445, 463],
      ['附属单位上', 473, 518], ['其他', 528, 546]]),
    line(183, [['计', 278, 287], ['入', 333, 342], ['助收入', 372, 399], ['收入', 413, 431], ['收入', 445, 463], ['缴收入', 482, 509],
      ['收入', 528, 546]]),
  ];
  assert.deepEqual(texts(lines, 'final.income'),
    ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
});

test('a heading centred over cells of its own line stays apart (财政拨款收入 over 一般公共预 | 政府性基金 | 国有资本经)', () => {
  const lines = [
    line(170, [['财政拨款收入', 345, 399]]),
    line(183, [['一般公共预', 300, 345], ['政府性基金', 350, 395], ['国有资本经', 400, 445]]),
    line(196, [['算', 318, 327], ['预算', 363, 381], ['营预算', 409, 436]]),
  ];
  assert.deepEqual(texts(lines, 'final.income'), ['财政拨款收入', '一般公共预算', '政府性基金预算', '国有资本经营预算']);
});

test('a full column name over a piece beginning a longer name of nothing else wraps on (资本性支出 / （基本建设）)', () => {
  const lines = [
    line(139, [['资本性支出', 524, 569]]),
    line(151, [['（基本建', 529, 565], ['资本性支出', 581, 626]]),
    line(164, [['设）', 538, 556]]),
  ];
  assert.deepEqual(texts(lines, 'budget.gpbProjectExpenditure'), ['资本性支出（基本建设）', '资本性支出']);
});

test('a full column name over a piece beginning a name of its own is a heading (上年结转结余 over 国有资 / 本经营预算)', () => {
  const lines = [
    line(95, [['上年结转结余', 688, 754]], 11),
    line(111, [['国有资', 727, 754]]),
    line(123, [['本经营预算', 727, 754]]),
  ];
  assert.deepEqual(texts(lines, 'budget.income'), ['上年结转结余', '国有资本经营预算']);
});
