/**
 * @module A DocumentPlan as a Word document (WordprocessingML zipped with jszip): cover,
 * headings and paragraphs, the performance attachment, every table a real Word table whose header cells merge across
 * (gridSpan) and down (vMerge) as the grid says, header rows repeated on each page, figures
 * right-aligned. jszip is loaded on first use.
 */
import { outlineOf, tableHeading } from './document.js';
import type { DocumentPlan } from './document.js';
import { FORM_LAYOUT, placeCells, tableGrid } from './grid.js';
import type { CellRole, Grid, PlacedCell } from './grid.js';
import { performanceGrid } from './performance-grid.js';
import { PERFORMANCE_PART, yearLine } from './performance-vocabulary.js';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const run = (text: string): string => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

function para(text: string, style?: string, align?: 'center' | 'right'): string {
  const props = [style ? `<w:pStyle w:val="${style}"/>` : '', align ? `<w:jc w:val="${align}"/>` : ''].join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${text ? run(text) : ''}</w:p>`;
}

export async function renderDocx(plan: DocumentPlan): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', ROOT_RELS);
  zip.file('word/_rels/document.xml.rels', DOCUMENT_RELS);
  zip.file('word/styles.xml', STYLES);
  zip.file('word/document.xml', documentXml(plan));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export function documentXml(plan: DocumentPlan): string {
  const o = outlineOf(plan);
  const body: string[] = [para(o.cover[0] ?? '', 'Title'), para(o.cover[1] ?? '', 'Title')];
  for (const l of o.intro) body.push(para(l.text, l.level === 1 ? 'Heading1' : l.level === 2 ? 'Heading2' : undefined));
  body.push(para(o.tablesHeading, 'Heading1'));
  plan.tables.forEach((p, i) => {
    body.push(para(tableHeading(plan, i) ?? p.table.title, 'Heading2'));
    if (p.table.number) body.push(para(p.table.number, undefined, 'right'));
    body.push(para(`${plan.style.bodyLabel}：${plan.body}　　单位：${plan.style.unit}`));
    body.push(tableXml(tableGrid(p, plan.style, FORM_LAYOUT)));
    for (const n of (p.printedNote ?? '').split('\n')) if (n) body.push(para(n, 'Note'));
  });
  body.push(para(o.explanationsHeading, 'Heading1'));
  for (const s of plan.sections) body.push(para(s.heading, 'Heading2'), ...s.paragraphs.map((t) => para(t)));
  body.push(para(o.glossaryHeading, 'Heading1'), ...o.glossary.map((t) => para(t)));
  if (plan.performance.length > 0) body.push(para(PERFORMANCE_PART, 'Heading1'));
  for (const t of plan.performance) body.push(para(t.title, 'Heading2'), para(yearLine(t.year), undefined, 'center'), tableXml(performanceGrid(t)));
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body.join('')}${SECTION}</w:body></w:document>`;
}

/** Twentieths of a point across an A4 landscape page's text area. */
const TEXT_WIDTH = 13_900;

/** Relative widths by column role: names need room, codes and line numbers little. */
const WEIGHT: Record<CellRole, number> = { code: 1.1, name: 2.6, label: 2.6, text: 2.6, num: 1.4, ln: 0.6, head: 1.4 };

function tableXml(g: Grid): string {
  const total = g.columns.reduce((a, r) => a + WEIGHT[r], 0);
  const widths = g.columns.map((r) => Math.floor((TEXT_WIDTH * WEIGHT[r]) / total));
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const rows = [...rowsXml(placeCells(g.head), g.head.length, widths, true), ...rowsXml(placeCells(g.body), g.body.length, widths, false)];
  const width = widths.reduce((a, b) => a + b, 0);
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="${width}" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>${grid}${rows.join('')}</w:tbl>`;
}

/**
 * Word rows in row-major order: a cell is written where it starts and continued (vMerge) in
 * the rows it spans down; header rows repeat on each page.
 */
function rowsXml(cells: readonly PlacedCell[], count: number, widths: readonly number[], header: boolean): string[] {
  const span = (c: number, n: number) => widths.slice(c, c + n).reduce((a, b) => a + b, 0);
  const rows: string[] = [];
  for (let r = 0; r < count; r++) {
    const out: string[] = [];
    for (let c = 0; c < widths.length;) {
      const h = cells.find((x) => x.col === c && x.row <= r && r < x.row + x.rowspan);
      if (!h) { out.push(cell('', widths[c]!, 1, null)); c++; continue; } // a hole: keep the grid whole
      out.push(placedCell(h, r, span(c, h.colspan), header));
      c += h.colspan;
    }
    rows.push(`<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${out.join('')}</w:tr>`);
  }
  return rows;
}

function placedCell(h: PlacedCell, r: number, width: number, header: boolean): string {
  const merge = h.rowspan === 1 ? null : r === h.row ? 'restart' : 'continue';
  const text = r === h.row ? h.text : '';
  return cell(text, width, h.colspan, merge, header ? 'center' : h.role === 'num' || h.role === 'ln' ? 'right' : undefined, header);
}

/** One cell `width` twentieths of a point wide, spanning `span` grid columns. */
function cell(text: string, width: number, span: number, merge: 'restart' | 'continue' | null, align?: 'center' | 'right', bold = false): string {
  const props = `<w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}`
    + (merge === 'restart' ? '<w:vMerge w:val="restart"/>' : merge === 'continue' ? '<w:vMerge/>' : '') + '<w:vAlign w:val="center"/>';
  const rPr = bold ? '<w:rPr><w:b/></w:rPr>' : '';
  const content = text ? `<w:r>${rPr}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>` : '';
  return `<w:tc><w:tcPr>${props}</w:tcPr><w:p>${align ? `<w:pPr><w:jc w:val="${align}"/></w:pPr>` : ''}${content}</w:p></w:tc>`;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A4 landscape, 2 cm margins: the wide tables (7–12 figure columns) fit. */
const SECTION = '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
  + '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

const style = (id: string, name: string, size: number, bold: boolean, extra = '') =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:qFormat/>`
  + `<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>${extra}</w:pPr><w:rPr>${bold ? '<w:b/>' : ''}<w:sz w:val="${size}"/></w:rPr></w:style>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="SimSun"/><w:sz w:val="21"/><w:lang w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>`
  + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
  + style('Title', 'Title', 36, true, '<w:jc w:val="center"/>') + style('Heading1', 'heading 1', 32, true) + style('Heading2', 'heading 2', 28, true)
  + style('Note', 'Note', 18, false)
  + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
  + ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('')
  + '</w:tblBorders><w:tblCellMar><w:left w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>';
