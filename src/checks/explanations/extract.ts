/**
 * @module Claim extraction: walks each explanation section sentence by sentence, clause by
 * clause, and groups the figures into mentions (a subject with its level, change, share, rate …).
 *
 * A figure whose clause names a subject opens a new mention, unless it restates the subject of
 * the current mention ("收、支总计均为 X …收、支总计均减少 Y"). A figure without a subject
 * (比上年增加 Y, 占 X%) belongs to the current mention. A clause without figures that names a
 * classification item ("1.公共安全支出（类）公安（款）行政运行（项）。") is the subject of the
 * figures that follow it. "其中" makes the current mention the whole of the mentions after it.
 */
import { COMPARISON_CLAUSE, COMPARISON_SIGN, COMPARISON_WORDING, FLAT_WORDING, PARTS_START } from '../../catalogue/index.js';
import type { Disclosure, Section, SourceRef } from '../../model/index.js';
import { lineIndex, locate, type LineIndex } from '../support.js';
import { readCounts } from './counts.js';
import { readFigures, type TextFigure } from './figures.js';
import { compact, isCodeItem, normaliseSubject, readRole } from './subject.js';
import type { Claim, ClaimKind, ClaimPlace, ExtractedClaims, Mention } from './types.js';

/** Sections that state no figures of the tables (structure, glossary, performance reports …). */
const SKIPPED = /^(?:glossary|attachment|duties|organisation|units|staff|tasks|profile|projects|performance|explanation|other)/;

const LIST_ITEM = /^(?:\d+[.、．]|（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\))/;

interface MutableMention {
  id: number;
  subject: string;
  section: string | null;
  claims: Partial<Record<ClaimKind, number>>;
  whole: number | null;
}

interface State {
  readonly claims: Claim[];
  readonly mentions: MutableMention[];
  readonly department: string | null;
  readonly unit: string;
  readonly budgetDocument: boolean;
  current: MutableMention | null;
  whole: MutableMention | null;
  pending: string | null;
  /** The subject a figure-less sentence names before its 持平 (…未使用…的支出，与上年持平); null once a figure is read. */
  words: string | null;
  /** The current sentence has stated a figure (its later figure-less clauses describe, not name). */
  figured: boolean;
  readonly lines: LineIndex;
  /** Where the last claim was printed: the next is searched from there on. */
  cursor: SourceRef;
}

/** Every claim the explanation sections state, grouped in mentions. */
export function extractClaims(d: Disclosure): ExtractedClaims {
  const state: State = {
    claims: [],
    mentions: [],
    department: d.document.department,
    unit: d.document.currencyUnit ?? '万元',
    budgetDocument: d.document.kind === 'budget',
    current: null,
    whole: null,
    pending: null,
    words: null,
    figured: false,
    lines: lineIndex(d),
    cursor: { page: null, line: 0 },
  };
  for (const section of leafSections(d.sections)) {
    if (section.key && SKIPPED.test(section.key)) continue;
    state.current = null;
    state.whole = null;
    state.pending = null;
    state.cursor = section.at;
    for (const sentence of sentences(section.text)) {
      // A numbered list item starts a new subject: the whole of an earlier 其中 ends there.
      if (LIST_ITEM.test(sentence)) state.whole = null;
      readSentence(state, section, sentence);
    }
  }
  readCounts(d, leafSections(d.sections), state.lines, state.claims, state.mentions);
  return { claims: state.claims, mentions: state.mentions };
}

/** Sections with no sub-sections (a parent's text repeats its children's). */
function leafSections(sections: readonly Section[]): Section[] {
  const parents = new Set<number>();
  for (const s of sections) {
    const parent = (s as Section & { parent?: number | null }).parent;
    if (typeof parent === 'number') parents.add(parent);
  }
  return sections.filter((_, i) => !parents.has(i));
}

function sentences(text: string): string[] {
  return text.split(/(?<=[。；;！？\n])/).map((s) => joinSpacedDigits(s.trim())).filter((s) => s.length > 0);
}

/** "1 6 , 4 1 0 . 7 1 万元" (a figure printed letter-spaced) → "16,410.71 万元"; ordinary lists are left alone. */
function joinSpacedDigits(sentence: string): string {
  return sentence.replace(/(?:\d ){2,}[\d,. ]*\d/g, (run) => run.replace(/ /g, ''));
}

function clauses(sentence: string): string[] {
  // A comma between digits is a thousands separator, not a clause break.
  return sentence.split(/[，：:。；;！？\n]|,(?!\d{3})/).map((c) => c.trim()).filter((c) => c.length > 0);
}

function readSentence(state: State, section: Section, sentence: string): void {
  const place: ClaimPlace = { section: section.key, heading: section.heading, at: section.at, sentence };
  state.words = null;
  state.figured = false;
  for (const clause of clauses(sentence)) {
    const figures = readFigures(clause, state.unit);
    if (figures.length === 0) {
      readWords(state, clause, placed(state, place, clause, ''));
      continue;
    }
    state.words = null;
    state.figured = true;
    for (const figure of figures) readFigure(state, figure, placed(state, place, clause, figure.text));
  }
}

/**
 * The place of a claim: the printed line of its figure (`focus`) in the clause, searched from
 * the last claim's line on. The clause is found whole unless a page footer breaks it; the
 * figure alone is found even then, but may be a repeat: the nearer of the two wins (two
 * sentences may share a clause: 比上年执行数增加7,331.92万元 for income and for expenditure).
 */
function placed(state: State, place: ClaimPlace, clause: string, focus: string): ClaimPlace {
  const text = compact(clause);
  const whole = locate(state.lines, text, state.cursor, Math.max(0, text.indexOf(focus)));
  const alone = focus ? locate(state.lines, focus, state.cursor) : state.cursor;
  const at = whole === state.cursor ? alone : alone === state.cursor || whole.line <= alone.line ? whole : alone;
  state.cursor = at;
  return { ...place, at };
}

/** A clause without figures: 其中, 持平, 决算数大于预算数, or an item that heads the figures after it. */
function readWords(state: State, clause: string, place: ClaimPlace): void {
  const text = compact(clause);
  if (PARTS_START.test(text) && state.current) {
    state.whole = state.current;
    return;
  }
  const flat = FLAT_WORDING.exec(text);
  if (flat && state.current) {
    addClaim(state, flatMention(state, state.current, text.slice(0, flat.index), place), 'flat', { value: 0n, decimals: 0, text: flat[0], percent: false, roughly: Boolean(flat.groups?.['roughly']) }, place);
    return;
  }
  const comparison = COMPARISON_WORDING.exec(text);
  if (comparison && state.current) {
    const word = comparison.groups?.['word'] ?? '';
    addClaim(state, state.current, 'comparison', { value: 0n, decimals: 0, text: comparison[0], percent: false, sign: COMPARISON_SIGN[word] ?? 0 }, place);
    return;
  }
  const subject = normaliseSubject(text, state.department);
  // "1.公共安全支出（类）…（项）。" or "收入支出总体与上年相比": the subject of the figures that follow.
  if (subject && (isCodeItem(subject) || COMPARISON_CLAUSE.test(text))) state.pending = subject;
  if (!state.figured) state.words = subject || null;
}

/**
 * The mention a 持平 is about: the current one, unless the words before it (in its clause, or
 * a figure-less clause of its sentence) name another subject ("…未使用政府性基金…的支出，与上年持平").
 */
function flatMention(state: State, current: MutableMention, before: string, place: ClaimPlace): MutableMention {
  const subject = normaliseSubject(before, state.department) || state.words;
  if (!subject || sameSubject(current.subject, subject)) return current;
  state.pending = null;
  return openMention(state, subject, place);
}

function readFigure(state: State, figure: TextFigure, place: ClaimPlace): void {
  const reading = readRole(figure.before, figure.percent);
  let role = reading.role;
  if (state.budgetDocument && role === 'budget') role = 'level';
  const subject = normaliseSubject(reading.subjectText, state.department);
  const mention = mentionFor(state, subject, role, place);
  addClaim(
    state,
    mention,
    role,
    {
      value: figure.value,
      decimals: figure.decimals,
      text: figure.text,
      percent: figure.percent,
      ...(reading.direction ? { direction: reading.direction } : {}),
      ...(reading.base !== undefined ? { base: reading.base } : {}),
    },
    place,
  );
}

function mentionFor(state: State, subject: string, role: ClaimKind, place: ClaimPlace): MutableMention {
  const current = state.current;
  const free = current !== null && current.claims[role] === undefined;
  if (subject.length === 0) {
    if (state.pending) return openMention(state, takePending(state), place);
    if (current && free) return current;
    return openMention(state, '', place);
  }
  if (current && free && sameSubject(current.subject, subject)) return current;
  state.pending = null;
  return openMention(state, subject, place);
}

function takePending(state: State): string {
  const s = state.pending ?? '';
  state.pending = null;
  return s;
}

function sameSubject(a: string, b: string): boolean {
  return a.length > 0 && (a === b || a.includes(b) || b.includes(a));
}

function openMention(state: State, subject: string, place: ClaimPlace): MutableMention {
  const whole = state.whole && state.whole.section === place.section ? state.whole.id : null;
  const m: MutableMention = { id: state.mentions.length, subject, section: place.section, claims: {}, whole };
  state.mentions.push(m);
  state.current = m;
  return m;
}

type ClaimFields = Omit<Claim, 'id' | 'mention' | 'kind' | 'place'>;

function addClaim(state: State, mention: MutableMention, kind: ClaimKind, fields: ClaimFields, place: ClaimPlace): void {
  const claim: Claim = { id: state.claims.length, mention: mention.id, kind, ...fields, place };
  state.claims.push(claim);
  mention.claims[kind] = claim.id;
}

export type { Mention };
