/**
 * @module The generator's entry: one document per (seed, index), deterministic, with its
 * truth, the explanations' claims and the injected defects. Defects draw from their own
 * stream, so a document with defects is the same document as without, edited.
 */
import type { Disclosure } from '../model/index.js';
import { injectDefects } from './defects.js';
import type { DefectRecord } from './defects.js';
import { planDocument, renderPlan } from './document.js';
import type { DocumentPlan } from './document.js';
import { lookOf, renderHtml } from './render-html.js';
import type { HtmlLook } from './render-html.js';
import { createRng } from './prng.js';
import type { Claim } from './wording.js';

export interface GenerateOptions {
  readonly seed: string | number;
  /** Index of the document in a batch: documents of one seed differ by index. */
  readonly index?: number;
  readonly style?: string;
  readonly defects?: number;
  /** 决算 (final, the default) or 预算 (budget). */
  readonly kind?: 'final' | 'budget';
}

export interface GeneratedDocument {
  /** Stable name: "<seed>-<index>". */
  readonly id: string;
  readonly style: string;
  readonly text: string;
  readonly truth: Disclosure;
  readonly claims: readonly Claim[];
  readonly defects: readonly DefectRecord[];
  /** What was printed, for the other output formats (docx, xlsx …). */
  readonly plan: DocumentPlan;
}

/** A document before it is printed: its plan (defects already in it) and what was injected. */
export interface PlannedDocument {
  readonly id: string;
  readonly plan: DocumentPlan;
  readonly defects: readonly DefectRecord[];
}

export function planGenerated(o: GenerateOptions): PlannedDocument {
  const id = `${o.seed}-${o.index ?? 0}`;
  const plan = planDocument({ seed: id, ...(o.style ? { style: o.style } : {}), ...(o.kind ? { kind: o.kind } : {}) });
  const defects = o.defects ? injectDefects(plan, o.defects, createRng(`${id}/defects`)) : [];
  return { id, plan, defects };
}

export function generateDocument(o: GenerateOptions): GeneratedDocument {
  const { id, plan, defects } = planGenerated(o);
  const { text, truth } = renderPlan(plan);
  truth.source.file = `${id}.txt`;
  return { id, style: plan.style.id, text, truth, claims: plan.claims, defects, plan };
}

export interface GeneratedHtml extends Omit<GeneratedDocument, 'text'> {
  readonly html: string;
  readonly look: HtmlLook;
}

/**
 * The same document as HTML, to be printed as PDF (`format: 'pdf'`) or kept as HTML. The look
 * draws from its own stream: the figures and words are those of the text document of that seed.
 */
export function generateHtml(o: GenerateOptions, format: 'html' | 'pdf' = 'html'): GeneratedHtml {
  const { id, plan, defects } = planGenerated(o);
  const { html, truth, look } = renderHtml(plan, lookOf(id), format);
  truth.source.file = `${id}.${format}`;
  return { id, style: plan.style.id, html, truth, look, claims: plan.claims, defects, plan };
}

/** The truth file of a document: JSON with amounts as exact decimal strings (bigint has no JSON form). */
export function truthJson(doc: Pick<GeneratedDocument, 'id' | 'style' | 'truth' | 'claims' | 'defects'>): string {
  return JSON.stringify({ id: doc.id, style: doc.style, truth: doc.truth, claims: doc.claims, defects: doc.defects },
    (_, v: unknown) => (typeof v === 'bigint' ? decimal(v) : v), 2);
}

function decimal(v: bigint): string {
  const neg = v < 0n;
  const s = (neg ? -v : v).toString().padStart(7, '0');
  return `${neg ? '-' : ''}${s.slice(0, -6)}.${s.slice(-6)}`;
}
