/**
 * @module Painted paths from a pdf.js operator list. pdf.js gives each painted path as one
 * `constructPath` op holding its segments in user space, so the current transformation
 * (save/restore, cm, form XObject matrices) is tracked here to bring them into the
 * displayed page frame. Only what ruling detection needs is kept: straight segments,
 * how they were painted, and the stroke width.
 */
import { compose } from '../../layout/index.js';
import type { Matrix, PaintKind, PathInput } from '../../layout/index.js';

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

export interface PageGraphics {
  readonly paths: PathInput[];
  /** Images painted on the page: tells a scanned page from a blank one. */
  readonly images: number;
}

interface GState {
  ctm: Matrix;
  lineWidth: number;
}

/** Walk an operator list; `base` maps user space to the displayed page (the viewport). */
export function pageGraphics(list: OperatorList, OPS: OpsTable, base: Matrix): PageGraphics {
  const paint = paintKinds(OPS);
  const imageOps = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject,
    OPS.paintImageXObjectRepeat, OPS.paintSolidColorImageMask]);
  const stack: GState[] = [];
  let state: GState = { ctm: base, lineWidth: 1 };
  const paths: PathInput[] = [];
  let images = 0;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i]!;
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) {
      stack.push({ ...state });
    } else if (fn === OPS.restore) {
      state = stack.pop() ?? state;
    } else if (fn === OPS.transform && args) {
      const m = asMatrix(args);
      if (m) state = { ...state, ctm: compose(state.ctm, m) };
    } else if (fn === OPS.paintFormXObjectBegin) {
      // Like the canvas renderer: a form XObject is a save plus its /Matrix.
      stack.push({ ...state });
      const m = args ? asMatrix(args[0]) : null;
      if (m) state = { ...state, ctm: compose(state.ctm, m) };
    } else if (fn === OPS.paintFormXObjectEnd) {
      state = stack.pop() ?? state;
    } else if (fn === OPS.setLineWidth && args && typeof args[0] === 'number') {
      state = { ...state, lineWidth: args[0] };
    } else if (fn === OPS.setGState && args && Array.isArray(args[0])) {
      for (const entry of args[0] as unknown[]) {
        if (Array.isArray(entry) && entry[0] === 'LW' && typeof entry[1] === 'number') {
          state = { ...state, lineWidth: entry[1] };
        }
      }
    } else if (fn === OPS.constructPath && args) {
      const kind = paint.get(args[0] as number);
      const data = (args[1] as unknown[] | undefined)?.[0];
      if (kind && data && typeof data === 'object' && 'length' in data) {
        addSubpaths(data as ArrayLike<number>, kind, state, paths);
      }
    } else if (imageOps.has(fn)) {
      images++;
    }
  }
  return { paths, images };
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
  if (!v || typeof v !== 'object' || !('length' in v)) return null;
  const a = Array.from(v as ArrayLike<unknown>);
  if (a.length !== 6 || !a.every((x) => typeof x === 'number' && Number.isFinite(x))) return null;
  return a as unknown as Matrix;
}
