/**
 * @module Layout stage on hand-placed runs and paths (no PDF involved): baseline grouping,
 * piece splitting by blanks and rulings, ruling detection, orientation, reprints.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutPage, rulingsOf } from '../../src/layout/index.js';
import type { PathInput, TextRunInput } from '../../src/layout/index.js';

/** An upright run: baseline origin (x, y) on a top-left page, CJK-width by default. */
function run(text: string, x: number, y: number, size = 10, width = text.length * size): TextRunInput {
  return { text, transform: [size, 0, 0, -size, x, y], width, ascent: 0.86, descent: -0.14 };
}

const page = (runs: TextRunInput[], paths: PathInput[] = []) => layoutPage({ width: 600, height: 800, runs, paths });
const texts = (runs: TextRunInput[], paths: PathInput[] = []) =>
  page(runs, paths).lines.map((l) => l.pieces.map((p) => p.text));

/** A vertical table border drawn as a thin filled rectangle. */
const vBar = (x: number, top: number, bottom: number): PathInput =>
  ({ paint: 'fill', closed: true, lineWidth: 1, points: [x, top, x + 0.5, top, x + 0.5, bottom, x, bottom] });

test('cells a few points apart vertically share a line; wrapped lines do not', () => {
  assert.deepEqual(texts([
    run('部门：某局', 20, 100), run('单位：万元', 400, 103), // 3 pt jitter: one row
    run('财政专户管', 200, 120), run('理资金收入', 200, 130), // one font size apart: two lines
  ]), [['部门：某局', '单位：万元'], ['财政专户管'], ['理资金收入']]);
});

test('lines come top to bottom whatever the drawing order', () => {
  assert.deepEqual(texts([run('third', 20, 300), run('first', 20, 100), run('second', 20, 200)]).flat(),
    ['first', 'second', 'third']);
});

test('a blank over one character splits; fragments of one word join', () => {
  assert.deepEqual(texts([
    run('行政运行', 50, 100), run('6,286.21', 200, 100, 10, 40), run('6,286.21', 260, 100, 10, 40),
    run('一般', 50, 120), run('公共', 70, 120), // touching: one word
    run('合', 50, 140), run('计', 70, 140), // one full-width blank: a spaced label, kept as printed
  ]), [['行政运行', '6,286.21', '6,286.21'], ['一般公共'], ['合 计']]);
});

test('a small Latin gap inside a piece becomes a space', () => {
  assert.deepEqual(texts([run('2026', 50, 100, 10, 20), run('年度', 73, 100)]), [['2026 年度']]);
});

test('a ruling between two close runs separates them; a run spanning two cells is cut at its space', () => {
  // "27,664.22 一、一般公共服务支出": 9 half-width + space + 10 full-width chars.
  const joined = run('27,664.22 一、一般公共服务支出', 100, 100, 10, 45 + 3 + 100);
  assert.deepEqual(texts([joined]), [['27,664.22 一、一般公共服务支出']]);
  assert.deepEqual(texts([joined], [vBar(146, 85, 110)]), [['27,664.22', '一、一般公共服务支出']]);
  // A ruling through the middle of a word is text overflowing its cell: no cut.
  assert.deepEqual(texts([run('机关事业单位基本养老保险', 100, 100)], [vBar(150, 85, 110)]),
    [['机关事业单位基本养老保险']]);
  // Two separate runs 3 pt apart, with and without a border between them.
  const close = [run('合计', 100, 100), run('1,000.00', 123, 100, 10, 40)];
  assert.deepEqual(texts(close), [['合计 1,000.00']]);
  assert.deepEqual(texts(close, [vBar(121, 85, 110)]), [['合计', '1,000.00']]);
  // A border of another row (not crossing this line) does not separate.
  assert.deepEqual(texts(close, [vBar(121, 200, 260)]), [['合计 1,000.00']]);
});

test('rulings: thin fills and strokes become rulings, collinear pieces merge, shading does not', () => {
  const layout = page([], [
    vBar(100, 50, 70), vBar(100, 70, 90), // one border drawn cell by cell
    { paint: 'stroke', closed: false, lineWidth: 0.5, points: [50, 40, 300, 40] },
    { paint: 'stroke', closed: true, lineWidth: 0.5, points: [50, 200, 150, 200, 150, 260, 50, 260] },
    { paint: 'fill', closed: true, lineWidth: 1, points: [50, 300, 250, 300, 250, 330, 50, 330] }, // shaded cell
  ]);
  const v = rulingsOf(layout, 'v').map((r) => [r.at, r.from, r.to]);
  const h = rulingsOf(layout, 'h').map((r) => [r.at, r.from, r.to]);
  assert.deepEqual(v, [[50, 200, 260], [100.25, 50, 90], [150, 200, 260]]);
  assert.deepEqual(h, [[40, 50, 300], [200, 50, 150], [260, 50, 150]]);
});

test('a page drawn sideways is turned so that its text reads left to right', () => {
  // Text advancing up the page (a landscape table on a portrait sheet, turned anticlockwise):
  // glyph x axis = (0, -size), glyph up axis = (-size, 0) in top-left page coordinates.
  const up = (text: string, x: number, y: number): TextRunInput =>
    ({ text, transform: [0, -10, -10, 0, x, y], width: text.length * 10 });
  const layout = page([up('标题', 50, 700), up('项目', 100, 700), up('金额', 100, 400), up('合计', 150, 700)]);
  assert.equal(layout.turn, 90);
  assert.deepEqual([layout.width, layout.height], [800, 600]);
  assert.deepEqual(layout.lines.map((l) => l.text), ['标题', '项目 金额', '合计']);
  const [x0, , x1] = layout.lines[1]!.box;
  assert.ok(x0 < x1 && Math.abs(x0 - 100) < 0.01, `box ${layout.lines[1]!.box.join(',')}`);
});

test('a stray sideways run does not turn the page and stays a line of its own', () => {
  const layout = page([
    run('正文第一行', 50, 100), run('正文第二行', 50, 120),
    { text: '骑缝章', transform: [0, -10, 10, 0, 500, 115], width: 30 },
  ]);
  assert.equal(layout.turn, 0);
  assert.equal(layout.misalignedRuns, 1);
  assert.deepEqual(layout.lines.map((l) => [l.text, l.aligned]),
    [['正文第一行', true], ['骑缝章', false], ['正文第二行', true]]);
});

test('text printed twice for a bold effect is kept once; look-alike radicals are normalised', () => {
  assert.deepEqual(texts([run('合计', 50, 100), run('合计', 50.3, 100.2)]), [['合计']]);
  // U+2F0A (Kangxi radical) prints as 入, U+2FA6 as 金.
  assert.deepEqual(texts([run('收\u2F0A', 50, 100), run('\u2FA6额', 50, 120)]), [['收入'], ['金额']]);
});

test('radicals-supplement look-alikes (Chromium prints ⻔ for 门 in Noto CJK) read as the unified ideograph', () => {
  assert.deepEqual(texts([run('部\u2ED4决算', 50, 100), run('\u2EC5\u2EDA\u2EE2', 50, 120)]), [['部门决算'], ['见页马']]);
});
