/**
 * @module One walk over a pdf.js operator list: the text runs and the painted paths of a
 * page. The current transformation (save/restore, cm, form XObject matrices) is tracked
 * to bring both into the displayed page frame. Of paths only what ruling detection needs
 * is kept: straight segments, how they were painted, and the stroke width.
 */
import { compose } from '../../layout/index.js';
import type { Matrix, PaintKind, PathInput, TextRunInput } from '../../layout/index.js';
import { INITIAL_TEXT, TextObject } from './operator-text.js';
import type { FontMetrics, TextParams } from './operator-text.js';

/** pdf.js's `OPS` table (operator name → code). */
export type OpsTable = Readonly<Record<string, number>>;

/** The operator-list shape pdf.js returns (only what we read). */
export interface OperatorList {
  readonly fnArray: ArrayLike<number>;
  readonly argsArray: ArrayLike<unknown>;
}

/**
 * Path segment codes inside a `constructPath` op (pdf.js `DrawOPS`, src/shared/util.js).
 * pdf.js does not export them; pdfjs-dist is pinned, and the tests read real tables.
 */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

export interface PageContent {
  readonly runs: TextRunInput[];
  readonly paths: PathInput[];
  /** Images painted on the page: tells a scanned page from a blank one. */
  readonly images: number;
}

/** The graphics state as pdf.js's canvas keeps it: a save (q) also keeps the text position. */
interface GState {
  ctm: Matrix;
  lineWidth: number;
  text: TextParams;
  textObject: TextObject;
}

/** The fonts a page's `setFont` ops name (pdf.js loaded names), resolved. */
export type FontLookup = (loadedName: string) => FontMetrics | undefined;

/**
 * Walk an operator list; `base` maps user space to the displayed page (the viewport).
 * Each operator that matters has a handler; the rest (colours, clipping, marked content)
 * do not move text or rulings.
 */
export function readOperatorList(list: OperatorList, OPS: OpsTable, base: Matrix, fonts: FontLookup): PageContent {
  const { handlers, paint } = tablesFor(OPS);
  const walk = new Walk(base, fonts, paint);
  for (let i = 0; i < list.fnArray.length; i++) {
    const handler = handlers.get(list.fnArray[i]!);
    if (handler) handler(walk, (list.argsArray[i] as unknown[] | null) ?? []);
  }
  return { runs: walk.runs, paths: walk.paths, images: walk.images };
}

class Walk {
  readonly runs: TextRunInput[] = [];
  readonly paths: PathInput[] = [];
  images = 0;
  state: GState;
  readonly stack: GState[] = [];

  constructor(base: Matrix, readonly fonts: FontLookup, readonly paint: Map<number, PaintKind>) {
    this.state = { ctm: base, lineWidth: 1, text: { ...INITIAL_TEXT }, textObject: new TextObject() };
  }

  /** The saved state is set aside; the current one goes on as its copy (state is mutated in place). */
  save(): void {
    this.stack.push(this.state);
    this.state = { ...this.state, text: { ...this.state.text }, textObject: this.state.textObject.copy() };
  }

  restore(): void {
    this.state = this.stack.pop() ?? this.state;
  }

  transform(m: Matrix | null): void {
    if (m) this.state.ctm = compose(this.state.ctm, m);
  }

  get text(): TextParams {
    return this.state.text;
  }

  get textObject(): TextObject {
    return this.state.textObject;
  }

  setFont(name: unknown, size: unknown): void {
    if (typeof name !== 'string' || typeof size !== 'number') return;
    this.text.font = this.fonts(name) ?? null;
    this.text.fontSize = Math.abs(size);
    this.text.direction = size < 0 ? -1 : 1;
  }
}

type Handler = (walk: Walk, args: unknown[]) => void;

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Operator name → what it does to the walk (names as in pdf.js's `OPS`). */
const HANDLERS: Record<string, Handler> = {
  save: (w) => w.save(),
  restore: (w) => w.restore(),
  transform: (w, a) => w.transform(asMatrix(a)),
  // Like the canvas renderer: a form XObject is a save plus its /Matrix.
  paintFormXObjectBegin: (w, a) => { w.save(); w.transform(asMatrix(a[0])); },
  paintFormXObjectEnd: (w) => w.restore(),
  setLineWidth: (w, a) => { w.state.lineWidth = num(a[0]); },
  setGState: (w, a) => {
    for (const entry of Array.isArray(a[0]) ? (a[0] as unknown[]) : []) {
      if (!Array.isArray(entry)) continue;
      if (entry[0] === 'LW') w.state.lineWidth = num(entry[1]);
      if (entry[0] === 'Font' && Array.isArray(entry[1])) w.setFont(entry[1][0], entry[1][1]);
    }
  },
  constructPath: (w, a) => {
    const kind = w.paint.get(a[0] as number);
    const data = (a[1] as unknown[] | undefined)?.[0];
    if (kind && data && typeof data === 'object' && 'length' in data) {
      addSubpaths(data as ArrayLike<number>, kind, w.state, w.paths);
    }
  },
  beginText: (w) => w.textObject.begin(),
  setTextMatrix: (w, a) => { const m = asMatrix(a[0]); if (m) w.textObject.setMatrix(m); },
  moveText: (w, a) => w.textObject.move(num(a[0]), num(a[1])),
  setLeadingMoveText: (w, a) => { w.text.leading = num(a[1]); w.textObject.move(num(a[0]), num(a[1])); },
  nextLine: (w) => w.textObject.move(0, w.text.leading),
  setLeading: (w, a) => { w.text.leading = -num(a[0]); },
  setCharSpacing: (w, a) => { w.text.charSpacing = num(a[0]); },
  setWordSpacing: (w, a) => { w.text.wordSpacing = num(a[0]); },
  setHScale: (w, a) => { w.text.hScale = num(a[0]) / 100; },
  setTextRise: (w, a) => { w.text.rise = num(a[0]); },
  setFont: (w, a) => w.setFont(a[0], a[1]),
  showText: (w, a) => {
    if (Array.isArray(a[0])) w.textObject.show(a[0] as unknown[], w.text, w.state.ctm, w.runs);
  },
  ...Object.fromEntries(['paintImageXObject', 'paintInlineImageXObject', 'paintImageMaskXObject',
    'paintImageXObjectRepeat', 'paintSolidColorImageMask'].map((name) => [name, (w: Walk) => { w.images++; }])),
};

/** The code tables of pdf.js's one `OPS` object, built once, not per page. */
const BY_CODE = new WeakMap<OpsTable, { handlers: Map<number, Handler>; paint: Map<number, PaintKind> }>();

function tablesFor(OPS: OpsTable): { handlers: Map<number, Handler>; paint: Map<number, PaintKind> } {
  let tables = BY_CODE.get(OPS);
  if (!tables) BY_CODE.set(OPS, (tables = { handlers: handlersByCode(OPS), paint: paintKinds(OPS) }));
  return tables;
}

function handlersByCode(OPS: OpsTable): Map<number, Handler> {
  const out = new Map<number, Handler>();
  for (const [name, handler] of Object.entries(HANDLERS)) {
    const code = OPS[name];
    if (code !== undefined) out.set(code, handler);
  }
  return out;
}

/** Painting operators → how the path shows. `endPath` (clip only) is absent on purpose. */
function paintKinds(OPS: OpsTable): Map<number, PaintKind> {
  const kinds: Array<[string, PaintKind]> = [
    ['stroke', 'stroke'], ['closeStroke', 'stroke'],
    ['fill', 'fill'], ['eoFill', 'fill'],
    ['fillStroke', 'fillStroke'], ['eoFillStroke', 'fillStroke'],
    ['closeFillStroke', 'fillStroke'], ['closeEOFillStroke', 'fillStroke'],
  ];
  const out = new Map<number, PaintKind>();
  for (const [name, kind] of kinds) {
    const code = OPS[name];
    if (code !== undefined) out.set(code, kind);
  }
  return out;
}

/** Split a DrawOPS buffer into polylines; curves end a polyline (they are never rulings). */
function addSubpaths(data: ArrayLike<number>, paint: PaintKind, state: GState, out: PathInput[]): void {
  const m = state.ctm;
  // A stroke's width scales with the transformation (geometric mean of the axes).
  const lineWidth = state.lineWidth * Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
  let points: number[] = [];
  let start: [number, number] | null = null;
  // Whether `points` still begins at the subpath's start (no curve cut it since).
  let fromStart = false;
  const flush = (closed: boolean): void => {
    if (points.length >= 4) out.push({ paint, points, closed, lineWidth });
    points = [];
  };
  const at = (x: number, y: number): void => {
    points.push(m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
  };
  let i = 0;
  while (i < data.length) {
    const op = data[i++];
    if (op === DRAW.moveTo) {
      flush(false);
      start = [data[i]!, data[i + 1]!];
      at(start[0], start[1]);
      fromStart = true;
      i += 2;
    } else if (op === DRAW.lineTo) {
      at(data[i]!, data[i + 1]!);
      i += 2;
    } else if (op === DRAW.curveTo || op === DRAW.quadraticCurveTo) {
      const n = op === DRAW.curveTo ? 6 : 4;
      flush(false);
      at(data[i + n - 2]!, data[i + n - 1]!);
      fromStart = false;
      i += n;
    } else if (op === DRAW.closePath) {
      // A polyline cut by a curve is closed by an explicit segment back to the start.
      if (fromStart) {
        flush(true);
      } else {
        if (start) at(start[0], start[1]);
        flush(false);
      }
      // After closepath the current point is the subpath's start again.
      if (start) at(start[0], start[1]);
      fromStart = true;
    } else {
      break; // Unknown code: the buffer layout changed; stop rather than misread.
    }
  }
  flush(false);
}

function asMatrix(v: unknown): Matrix | null {
  if (!v || typeof v !== 'object' || (v as ArrayLike<unknown>).length !== 6) return null;
  const a = v as ArrayLike<unknown>;
  for (let i = 0; i < 6; i++) if (typeof a[i] !== 'number' || !Number.isFinite(a[i])) return null;
  return [a[0], a[1], a[2], a[3], a[4], a[5]] as unknown as Matrix;
}
