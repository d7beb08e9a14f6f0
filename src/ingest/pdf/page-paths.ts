/**
 * @module A page's painted paths (for ruling lines) and a count of its images, from PDFium's
 * page objects. Form XObjects are entered with their matrices. Of paths only what ruling
 * detection needs is kept: straight segments, how they were painted, and the stroke width.
 */
import { compose } from '../../layout/index.js';
import type { Matrix, PaintKind, PathInput } from '../../layout/index.js';
import type { Pdfium } from './pdfium.js';

/** FPDF_PAGEOBJ_* (fpdf_edit.h). */
const OBJECT = { path: 2, image: 3, form: 5 } as const;
/** FPDF_SEGMENT_* (fpdf_edit.h). */
const SEGMENT = { lineTo: 0, bezierTo: 1, moveTo: 2 } as const;

export interface PageGraphics {
  readonly paths: PathInput[];
  /** Images painted on the page: tells a scanned page from a blank one. */
  readonly images: number;
}

/** Paths and images of a loaded page, paths brought into the displayed frame by `base`. */
export function pageGraphics(engine: Pdfium, page: number, base: Matrix): PageGraphics {
  const { raw } = engine;
  const out: PageGraphics = { paths: [], images: 0 };
  const count = raw.FPDFPage_CountObjects(page);
  for (let i = 0; i < count; i++) visit(engine, raw.FPDFPage_GetObject(page, i), base, out);
  return out;
}

function visit(engine: Pdfium, object: number, ctm: Matrix, out: PageGraphics): void {
  const { raw } = engine;
  const type = raw.FPDFPageObj_GetType(object);
  if (type === OBJECT.image) {
    (out as { images: number }).images++;
  } else if (type === OBJECT.path) {
    addPath(engine, object, placed(engine, object, ctm), out.paths);
  } else if (type === OBJECT.form) {
    const inner = placed(engine, object, ctm);
    const count = raw.FPDFFormObj_CountObjects(object);
    for (let i = 0; i < count; i++) visit(engine, raw.FPDFFormObj_GetObject(object, i), inner, out);
  }
}

/** The object's own matrix, then `ctm`: its space → the displayed page. */
function placed(engine: Pdfium, object: number, ctm: Matrix): Matrix {
  const s = engine.scratch;
  if (!engine.raw.FPDFPageObj_GetMatrix(object, s)) return ctm;
  const f = (i: number): number => engine.f32(s, i);
  return compose(ctm, [f(0), f(1), f(2), f(3), f(4), f(5)]);
}

function paintOf(engine: Pdfium, object: number): PaintKind | null {
  const s = engine.scratch;
  if (!engine.raw.FPDFPath_GetDrawMode(object, s, s + 4)) return null;
  const fill = engine.i32(s, 0) !== 0;
  const stroke = engine.i32(s, 1) !== 0;
  if (fill && stroke) return 'fillStroke';
  return fill ? 'fill' : stroke ? 'stroke' : null; // neither: a clipping path
}

/** Split a path into polylines; a curve ends a polyline (curves are never rulings). */
function addPath(engine: Pdfium, object: number, m: Matrix, out: PathInput[]): void {
  const { raw, scratch: s } = engine;
  const paint = paintOf(engine, object);
  if (!paint) return;
  const width = raw.FPDFPageObj_GetStrokeWidth(object, s) ? engine.f32(s, 0) : 1;
  // A stroke's width scales with the transformation (geometric mean of the axes).
  const lineWidth = width * Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
  const polyline = new Polyline(paint, lineWidth, out);
  let curvePoints = 0;
  const count = raw.FPDFPath_CountSegments(object);
  for (let i = 0; i < count; i++) {
    const segment = raw.FPDFPath_GetPathSegment(object, i);
    if (!raw.FPDFPathSegment_GetPoint(segment, s, s + 4)) break;
    const x = engine.f32(s, 0);
    const y = engine.f32(s, 1);
    const at: [number, number] = [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
    const type = raw.FPDFPathSegment_GetType(segment);
    if (type === SEGMENT.moveTo) {
      polyline.moveTo(at);
    } else if (type === SEGMENT.lineTo) {
      polyline.lineTo(at);
    } else if (type === SEGMENT.bezierTo) {
      // A Bézier is three segments: two control points, then its end point.
      curvePoints = (curvePoints + 1) % 3;
      if (curvePoints === 0) polyline.curveTo(at);
    } else {
      break; // Unknown segment: stop rather than misread.
    }
    if (raw.FPDFPathSegment_GetClose(segment)) polyline.close();
  }
  polyline.flush(false);
}

/** The polyline being built and the subpath it belongs to. */
class Polyline {
  points: number[] = [];
  start: [number, number] | null = null;
  /** Whether `points` still begins at the subpath's start (no curve cut it since). */
  fromStart = false;
  constructor(readonly paint: PaintKind, readonly lineWidth: number, readonly out: PathInput[]) {}

  flush(closed: boolean): void {
    if (this.points.length >= 4) this.out.push({ paint: this.paint, points: this.points, closed, lineWidth: this.lineWidth });
    this.points = [];
  }

  moveTo(at: [number, number]): void {
    this.flush(false);
    this.start = at;
    this.points.push(...at);
    this.fromStart = true;
  }

  lineTo(at: [number, number]): void {
    this.points.push(...at);
  }

  curveTo(at: [number, number]): void {
    this.flush(false);
    this.points.push(...at);
    this.fromStart = false;
  }

  /** A polyline cut by a curve is closed by an explicit segment back to the start. */
  close(): void {
    if (this.fromStart) {
      this.flush(true);
    } else {
      if (this.start) this.points.push(...this.start);
      this.flush(false);
    }
    // After closepath the current point is the subpath's start again.
    if (this.start) this.points.push(...this.start);
    this.fromStart = true;
  }
}
