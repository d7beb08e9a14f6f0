/**
 * @module The HTML renderer: a planned disclosure as one HTML document in its place's style,
 * ready to be printed (render-pdf.ts): cover, overview, each table as a real <table> with
 * the forms' spanning header cells, the explanations and the glossary. How it looks — rules,
 * font, landscape pages for wide tables, repeated headers, cell height, vertical alignment —
 * is a `HtmlLook`, drawn from a seed, so a batch covers the variety real documents show.
 *
 * The truth is the same Disclosure as for text. Positions are left unknown (page null, line
 * 0): where a line falls is only decided when the browser prints, and the round trip compares
 * figures and metadata, not positions.
 */
import type { Disclosure, PerformanceTable, SourceFormat } from '../model/index.js';
import { outlineOf, tableHeading, unprintedTruth } from './document.js';
import type { DocumentPlan } from './document.js';
import { tableGrid } from './grid.js';
import type { CellRole, Grid, GridCell } from './grid.js';
import { performanceGrid } from './performance-grid.js';
import { PERFORMANCE_PART, yearLine } from './performance-vocabulary.js';
import { createRng } from './prng.js';
import type { Rng } from './prng.js';
import type { PlannedTable } from './tables.js';

export const CJK_FONTS = ['Noto Sans CJK SC', 'Noto Serif CJK SC', 'WenQuanYi Zen Hei'] as const;

export interface HtmlLook {
  /** Every cell ruled, only horizontal rules, or an outer frame with a rule under the header. */
  readonly rules: 'full' | 'horizontal' | 'frame';
  readonly font: (typeof CJK_FONTS)[number];
  /** Header rows in <thead> (the browser repeats them on every page a table spans) or printed once. */
  readonly repeatHeader: boolean;
  /** Tables too wide for a portrait page go on landscape pages (else they are set smaller). */
  readonly landscape: boolean;
  readonly economicGroups: 2 | 3;
  /** Table text size, points. */
  readonly fontSize: number;
  /** Vertical cell padding, points: taller rows split tables over more pages. */
  readonly padding: number;
  /** Where figures stand in a row whose name wraps onto two lines. */
  readonly valign: 'middle' | 'top' | 'bottom';
}

/** The look of the document with this id: its own stream, so figures and words stay those of the text document. */
export const lookOf = (id: string): HtmlLook => drawLook(createRng(`${id}/look`));

export function drawLook(rng: Rng): HtmlLook {
  return {
    rules: rng.pick(['full', 'full', 'horizontal', 'frame'] as const), font: rng.pick(CJK_FONTS), repeatHeader: rng.chance(0.6),
    landscape: rng.chance(0.7), economicGroups: rng.chance(0.5) ? 3 : 2, fontSize: rng.pick([8, 9, 9, 10]),
    padding: rng.pick([1.5, 2, 3, 5]), valign: rng.pick(['middle', 'middle', 'top', 'bottom'] as const),
  };
}

export interface RenderedHtml {
  readonly html: string;
  readonly truth: Disclosure;
  readonly look: HtmlLook;
}

/** Page content widths in points (A4, 15 mm side margins). */
const PORTRAIT = 510;
const LANDSCAPE = 756;
/**
 * Side padding of cells without vertical rules, em: such tables keep their columns apart by
 * white space alone (two cells 6 pt apart would read as one even for a person).
 */
const UNRULED_PAD = 0.6;

/** The plan as HTML; the look defaults to one drawn from the plan's body, year and kind. */
export function renderHtml(plan: DocumentPlan, look: HtmlLook = drawLook(createRng(`${plan.body}/${plan.year}/${plan.kind}/look`)),
  format: SourceFormat = 'html'): RenderedHtml {
  const o = outlineOf(plan);
  const out: string[] = [`<section class="cover">${o.cover.map((l, i) => `<h${i + 1}>${esc(l)}</h${i + 1}>`).join('')}</section>`];
  for (const l of o.intro) out.push(l.level === 1 ? `<h2 class="part">${esc(l.text)}</h2>` : l.level === 2 ? `<h3>${esc(l.text)}</h3>` : `<p>${esc(l.text)}</p>`);
  out.push(`<h2 class="part">${esc(o.tablesHeading)}</h2>`);
  plan.tables.forEach((p, i) => out.push(sheet(plan, p, i, look)));
  out.push(`<h2 class="part">${esc(o.explanationsHeading)}</h2>`);
  for (const s of plan.sections) out.push(`<h3>${esc(s.heading)}</h3>`, ...s.paragraphs.map((t) => `<p>${esc(t)}</p>`));
  out.push(`<h2 class="part">${esc(o.glossaryHeading)}</h2>`, ...o.glossary.map((t) => `<p>${esc(t)}</p>`));
  if (plan.performance.length > 0) out.push(`<h2 class="part">${esc(PERFORMANCE_PART)}</h2>`);
  for (const t of plan.performance) out.push(performanceSheet(t, plan.style.wrapAt, look));
  const html = `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(`${plan.body}${plan.cover}`)}</title>`
    + `<style>${css(look)}</style></head><body>\n${out.join('\n')}\n</body></html>\n`;
  return { html, truth: unprintedTruth(plan, format), look };
}

function sheet(plan: DocumentPlan, p: PlannedTable, i: number, look: HtmlLook): string {
  const grid = tableGrid(p, plan.style, { economicGroups: look.economicGroups });
  const { wide, size } = fit(grid, plan.style.wrapAt, look);
  const heading = tableHeading(plan, i);
  const lines = [
    heading ? `<p class="heading">${esc(heading)}</p>` : '',
    `<h3 class="title">${esc(p.table.title)}</h3>`,
    p.table.number ? `<p class="number">${esc(p.table.number)}</p>` : '',
    `<div class="meta"><span>${esc(`${plan.style.bodyLabel}：${plan.body}`)}</span><span>${esc(`单位：${plan.style.unit}`)}</span></div>`,
    tableMarkup(grid, size, look, plan.style.wrapAt),
    ...(p.printedNote ?? '').split('\n').filter(Boolean).map((n) => `<p class="note">${esc(n)}</p>`),
  ];
  return `<section class="sheet${wide ? ' wide' : ''}">${lines.filter(Boolean).join('\n')}</section>`;
}

/** A performance table on a page of its own: title, year, the form as a table. */
function performanceSheet(t: PerformanceTable, wrapAt: number, look: HtmlLook): string {
  const grid = performanceGrid(t);
  const { wide, size } = fit(grid, wrapAt, look);
  return `<section class="sheet${wide ? ' wide' : ''}"><h3 class="title">${esc(t.title)}</h3>\n<p class="number">${esc(yearLine(t.year))}</p>\n`
    + `${tableMarkup(grid, size, look, wrapAt)}</section>`;
}

/** Whether the table needs a landscape page, and the text size that makes it fit the page. */
function fit(grid: Grid, wrapAt: number, look: HtmlLook): { wide: boolean; size: number } {
  const pad = look.rules === 'full' ? 0.8 : 2 * UNRULED_PAD;
  const ems = grid.columns.map((role, c) => widthEm(role, grid.body.map((r) => cellAt(r, c)?.text ?? ''), wrapAt) + pad);
  const total = ems.reduce((s, e) => s + e, 0);
  const wide = total * look.fontSize > PORTRAIT && look.landscape;
  const room = wide ? LANDSCAPE : PORTRAIT;
  return { wide, size: Math.max(6, Math.min(look.fontSize, Math.floor((10 * room) / total) / 10)) };
}

/** The cell standing in leaf column c of a body row (spanning cells counted by their span). */
function cellAt(row: readonly GridCell[], c: number): GridCell | undefined {
  let at = 0;
  for (const cell of row) {
    if (at === c && (cell.colspan ?? 1) === 1) return cell;
    at += cell.colspan ?? 1;
    if (at > c) return undefined;
  }
  return undefined;
}

/** A column's content width in em: digits ≈ 0.6 em, CJK 1 em, names wrap at the style's width. */
function widthEm(role: CellRole, texts: readonly string[], wrapAt: number): number {
  if (role === 'name') return wrapAt;
  if (role === 'text') return Math.min(wrapAt, Math.max(3, ...texts.map((t) => [...t].length)));
  const longest = Math.max(0, ...texts.map((t) => [...t].reduce((s, ch) => s + (ch.charCodeAt(0) > 0x2e80 ? 1 : 0.6), 0)));
  return Math.max(role === 'num' ? 3 : 1.5, longest);
}

function tableMarkup(grid: Grid, size: number, look: HtmlLook, wrapAt: number): string {
  const row = (cells: readonly GridCell[], tag: 'th' | 'td') => `<tr>${cells.map((c) => cell(c, tag, wrapAt)).join('')}</tr>`;
  const head = grid.head.map((r) => row(r, 'th')).join('');
  const body = grid.body.map((r) => row(r, 'td')).join('\n');
  // Without a <thead> the header rows print once, on the table's first page, as many exported PDFs do.
  const top = look.repeatHeader ? `<thead>${head}</thead><tbody>` : `<tbody>${head}`;
  return `<table style="font-size:${size}pt">${top}\n${body}</tbody></table>`;
}

function cell(c: GridCell, tag: 'th' | 'td', wrapAt: number): string {
  const span = `${c.rowspan ? ` rowspan="${c.rowspan}"` : ''}${c.colspan ? ` colspan="${c.colspan}"` : ''}`;
  // A name cell holds a box as wide as the style's wrap width: longer names wrap inside it.
  const text = c.role === 'name' && tag === 'td' ? `<div style="width:${wrapAt}em">${esc(c.text)}</div>` : esc(c.text);
  return `<${tag} class="${c.role}"${span}>${text}</${tag}>`;
}

const RULES: Record<HtmlLook['rules'], string> = {
  full: 'th, td { border: 0.6pt solid #000; }',
  horizontal: 'table { border-top: 1pt solid #000; border-bottom: 1pt solid #000; } th, td { border-bottom: 0.5pt solid #000; }',
  frame: 'table { border: 1pt solid #000; } thead tr:last-child th, tbody tr:has(th):last-of-type th { border-bottom: 0.6pt solid #000; }',
};

function css(look: HtmlLook): string {
  return `@page { size: A4; margin: 15mm 15mm 18mm; }
@page wide { size: A4 landscape; margin: 15mm; }
body { font-family: '${look.font}'; font-size: 11pt; margin: 0; }
.cover { text-align: center; padding-top: 70mm; break-after: page; } .cover h1 { font-size: 24pt; } .cover h2 { font-size: 20pt; }
h2.part { font-size: 15pt; break-before: page; } h3 { font-size: 12pt; } p { line-height: 1.6; text-indent: 2em; margin: 0.3em 0; }
.sheet { break-before: page; } .sheet.wide { page: wide; }
.sheet .heading { text-indent: 0; font-weight: bold; } .sheet .title { text-align: center; font-size: 15pt; }
.sheet .number { text-align: right; text-indent: 0; } .sheet .note { text-indent: 0; font-size: 9pt; }
.meta { display: flex; justify-content: space-between; font-size: 10pt; margin: 0.3em 0; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: ${look.padding}pt ${look.rules === 'full' ? '3pt' : `${UNRULED_PAD}em`}; vertical-align: ${look.valign}; }
th { font-weight: normal; text-align: center; vertical-align: middle; }
td.num, td.ln { text-align: right; white-space: nowrap; } td.head { text-align: center; white-space: nowrap; } td.code { white-space: nowrap; padding-right: 8pt; } td.label { white-space: nowrap; }
tr { break-inside: avoid; }
${RULES[look.rules]}`;
}

function esc(t: string): string {
  return t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
