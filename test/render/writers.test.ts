import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import JSZip from 'jszip';
import { run } from '../../src/cli/index.js';
import { FORM_LAYOUT, generateDocument, performanceGrid, placeCells, renderDocx, renderXlsx, tableGrid, XLSX_HEADER_ROW, XLSX_INFO_SHEET, xlsxNumber } from '../../src/generate/index.js';
import type { DocumentPlan } from '../../src/generate/index.js';
import { planOf, readRenderInput } from '../../src/render/index.js';

const example = new URL('../../examples/render/final.json', import.meta.url).pathname;

async function finalPlan(): Promise<DocumentPlan> {
  const read = await readRenderInput(readFileSync(example), example);
  assert.ok(read.ok);
  return planOf(read.input).plan;
}

/** The plans the writers are tried on: the example, and generated ones of both kinds in styles with split header groups. */
async function plans(): Promise<DocumentPlan[]> {
  return [await finalPlan(), generateDocument({ seed: 'writers', style: 'central' }).plan,
    generateDocument({ seed: 'writers', index: 1, kind: 'budget', style: 'beijing' }).plan];
}

test('XLSX: read back with exceljs, every header and body cell equals the table grid, figures as numbers with 2 decimals, performance sheets', async () => {
  const { default: ExcelJS } = await import('exceljs');
  for (const plan of await plans()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(plan)) as unknown as ArrayBuffer);
    assert.equal(wb.worksheets.length, plan.tables.length + plan.performance.length + 1);
    const info = wb.worksheets[0]!;
    assert.equal(info.name, XLSX_INFO_SHEET);
    assert.ok(plan.sections.every((s) => info.getColumn(1).values.includes(s.heading)), 'every explanation heading on the first sheet');
    let cells = 0;
    plan.tables.forEach((p, i) => {
      const ws = wb.worksheets[i + 1]!;
      const g = tableGrid(p, plan.style, FORM_LAYOUT);
      for (const h of placeCells(g.head)) {
        const cell = ws.getCell(XLSX_HEADER_ROW + h.row, h.col + 1);
        assert.equal(cell.value, h.text);
        if (h.rowspan > 1 || h.colspan > 1) {
          const last = ws.getCell(XLSX_HEADER_ROW + h.row + h.rowspan - 1, h.col + h.colspan);
          assert.equal(last.master.address, cell.address, `${p.table.kind}: ${h.text} merged`);
        }
      }
      for (const c of placeCells(g.body)) {
        const cell = ws.getCell(XLSX_HEADER_ROW + g.head.length + c.row, c.col + 1);
        cells++;
        if (c.value !== undefined) {
          assert.equal(cell.value, xlsxNumber(c.value));
          assert.equal(cell.numFmt, '#,##0.00');
        } else assert.equal(cell.value, c.text === '' ? null : c.text);
      }
      // Every figure of the table is printed once, as a number.
      const figures = placeCells(g.body).filter((c) => c.value !== undefined).length;
      assert.equal(figures, p.table.rows.reduce((n, r) => n + Object.keys(r.values).length, 0), p.table.kind);
    });
    assert.ok(cells > 100, `cells compared: ${cells}`);
    plan.performance.forEach((t, k) => {
      const ws = wb.worksheets[plan.tables.length + 1 + k]!;
      assert.equal(ws.getCell(1, 1).value, t.title);
      for (const c of placeCells(performanceGrid(t).body)) {
        assert.equal(ws.getCell(XLSX_HEADER_ROW + c.row, c.col + 1).value, c.text === '' ? null : c.text);
      }
      const texts = ws.getSheetValues().flat().filter((v) => typeof v === 'string');
      for (const i of t.indicators) assert.ok(texts.includes(i.name) && texts.includes(i.target!), i.name);
      if (t.totalScore) assert.ok(texts.includes(t.totalScore));
    });
  }
});

/** Tags of an XML text balance (a well-formedness check without a parser dependency). */
function balanced(xml: string): boolean {
  const stack: string[] = [];
  for (const m of xml.replace(/<\?[^>]*\?>/g, '').matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[3]) continue;
    if (!m[1]) stack.push(m[2]!);
    else if (stack.pop() !== m[2]) return false;
  }
  return stack.length === 0;
}

test('DOCX: a zip of well-formed WordprocessingML; one Word table per table, every row filling its grid, merged header cells', async () => {
  for (const plan of await plans()) {
    const zip = await JSZip.loadAsync(await renderDocx(plan));
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/_rels/document.xml.rels']) {
      const xml = await zip.file(part)!.async('string');
      assert.ok(balanced(xml), `${part} well-formed`);
    }
    const doc = await zip.file('word/document.xml')!.async('string');
    const tables = doc.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];
    assert.equal(tables.length, plan.tables.length + plan.performance.length);
    const grids = [...plan.tables.map((p) => tableGrid(p, plan.style, FORM_LAYOUT)), ...plan.performance.map(performanceGrid)];
    tables.forEach((t, i) => {
      const width = (t.match(/<w:gridCol /g) ?? []).length;
      assert.equal(width, grids[i]!.columns.length);
      for (const tr of t.match(/<w:tr>.*?<\/w:tr>/g) ?? []) {
        const spans = [...tr.matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map((c) => Number(/<w:gridSpan w:val="(\d+)"/.exec(c[1]!)?.[1] ?? 1));
        assert.equal(spans.reduce((a, b) => a + b, 0), width, `table ${i}: a row fills the grid`);
      }
    });
    assert.ok(plan.sections.every((s) => doc.includes(s.heading)));
    for (const t of plan.performance) assert.ok(doc.includes(`>${t.project}<`) && t.indicators.every((i) => doc.includes(`>${i.name}<`)));
  }
  const doc = await (await JSZip.loadAsync(await renderDocx(await finalPlan()))).file('word/document.xml')!.async('string');
  // The form's own 三公 header: 预算数 over its six columns, 公务用车购置及运行维护费 over its 小计, 购置费 and 运行费,
  // 合计 spanning both header rows below 预算数.
  const head = (span: number, text: string) => new RegExp(`<w:gridSpan w:val="${span}"/><w:vAlign w:val="center"/></w:tcPr>`
    + `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${text}<`);
  assert.match(doc, head(6, '预算数'));
  assert.match(doc, head(3, '公务用车购置及运行维护费'));
  assert.ok(/<w:vMerge w:val="restart"\/><w:vAlign w:val="center"\/><\/w:tcPr><w:p><w:pPr><w:jc w:val="center"\/><\/w:pPr><w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">合计/.test(doc));
  assert.ok(doc.includes('>1,664.90<'));
});

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('render CLI: writes the format asked for and the check summary; exit 0 consistent, 1 contradicting, 2 invalid', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'render-'));
  const ok = await cli(['render', example, '--format', 'docx', '--out', join(dir, 'a.docx')]);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /不符 failed/);
  assert.match(ok.out, /0 不符 failed/);
  assert.ok(readFileSync(join(dir, 'a.docx')).subarray(0, 2).toString() === 'PK');
  const data = JSON.parse(readFileSync(example, 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'off.json'), JSON.stringify({ ...data, stated: { grandTotal: '1.00' } }));
  const off = await cli(['render', join(dir, 'off.json'), '--out', join(dir, 'off.txt')]);
  assert.equal(off.code, 1);
  assert.match(off.out, /输入数据自相矛盾 .*\n.*核对数「收入总计」1\.00 与计算结果 1682\.90 不符/);
  writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...data, year: 'next' }));
  const bad = await cli(['render', join(dir, 'bad.json')]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /输入数据有误，未生成文件[^]*year: 年度须为 2000–2100 的整数/);
  assert.equal((await cli(['render', example, '--format', 'rtf'])).code, 2);
  assert.equal((await cli(['render', join(dir, 'missing.json')])).code, 3);
});

test('generate --format xlsx writes workbooks beside the truth files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gen-xlsx-'));
  const r = await cli(['generate', '--out', dir, '--count', '2', '--format', 'xlsx', '--kind', 'budget']);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(readdirSync(dir).sort(), ['1-0.truth.json', '1-0.xlsx', '1-1.truth.json', '1-1.xlsx']);
});
