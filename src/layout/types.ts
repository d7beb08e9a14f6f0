/**
 * @module Geometry types of the layout stage. Input is what a positioned-text reader saw on
 * one page (text runs with their matrices, painted paths); output is the page in reading
 * order: lines of pieces, plus the ruling lines that table recognition can use.
 *
 * Every coordinate here is in PDF points with a top-left origin (y grows downwards). Input
 * is in the page's displayed frame (after /Rotate); output is additionally turned so that
 * the page's main text runs left to right.
 */

/** Affine matrix [a, b, c, d, e, f] as in PDF: (x, y) → (a·x + c·y + e, b·x + d·y + f). */
export type Matrix = readonly [number, number, number, number, number, number];

/** One run of text as a PDF reader reports it: glyphs shown one after another without a gap. */
export interface TextRunInput {
  readonly text: string;
  /**
   * Glyph space → displayed page (top-left origin), font size included: (m[0], m[1]) points
   * along the baseline and (m[2], m[3]) from the baseline towards the glyph tops.
   */
  readonly transform: Matrix;
  /** Advance along the baseline, in page points. */
  readonly width: number;
  /** Font ascent and descent as fractions of the font size (descent is negative). */
  readonly ascent?: number;
  readonly descent?: number;
  /** Vertical writing mode (CJK vertical fonts): the run advances down its own y axis. */
  readonly vertical?: boolean;
}

/** How a path was painted. Clipping-only paths are never passed in. */
export type PaintKind = 'stroke' | 'fill' | 'fillStroke';

/** One painted subpath as a polyline, already in displayed-page coordinates. */
export interface PathInput {
  readonly paint: PaintKind;
  /** Flat [x0, y0, x1, y1, …]; curves are left out by the reader (they are never rulings). */
  readonly points: readonly number[];
  readonly closed: boolean;
  /** Stroke width in page points (already scaled by the current transformation). */
  readonly lineWidth: number;
}

export interface PageInput {
  /** Displayed page size (after /Rotate), points. */
  readonly width: number;
  readonly height: number;
  readonly runs: readonly TextRunInput[];
  readonly paths: readonly PathInput[];
}

/** A horizontal or vertical ruling line: a table border or separator. */
export interface Ruling {
  readonly axis: 'h' | 'v';
  /** Position across the line: y for 'h', x for 'v'. */
  readonly at: number;
  /** Extent along the line: x range for 'h', y range for 'v' (from ≤ to). */
  readonly from: number;
  readonly to: number;
  readonly thickness: number;
}

/** A run of text that belongs to one cell / word group. */
export interface LayoutPiece {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  /** Top and bottom of the glyphs (ascent/descent box). */
  readonly y0: number;
  readonly y1: number;
  /** Font size in points (the largest in the piece). */
  readonly size: number;
}

export interface LayoutLine {
  /** Pieces left to right. */
  readonly pieces: readonly LayoutPiece[];
  /** Pieces' text joined by single spaces. */
  readonly text: string;
  readonly box: readonly [number, number, number, number];
  /** Baseline (y of the glyph origins). */
  readonly baseline: number;
  /** False for text printed across the page's reading direction (stamps, vertical headers). */
  readonly aligned: boolean;
}

/** Rotation applied to bring the page's text upright, clockwise degrees. */
export type Turn = 0 | 90 | 180 | 270;

export interface PageLayout {
  /** Page size in the output frame (width and height swap on a quarter turn). */
  readonly width: number;
  readonly height: number;
  /** Extra rotation applied on top of the reader's own (/Rotate) normalisation. */
  readonly turn: Turn;
  /** Lines top to bottom. */
  readonly lines: readonly LayoutLine[];
  readonly rulings: readonly Ruling[];
  /** Runs that were not drawn along the page's main direction. */
  readonly misalignedRuns: number;
}
