/**
 * @module The output of every reader: the document as lines of text in reading order,
 * each with where it was printed. Readers of positioned formats (PDF) also give the
 * line's pieces with their x-extent, which table recognition uses to place values in columns.
 */
import type { SourceFormat, SourceRef } from '../model/index.js';

/** A run of text on a line with its horizontal extent (PDF points, page-left origin). */
export interface LinePiece {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly y0?: number;
  readonly y1?: number;
}

export interface Line {
  readonly text: string;
  readonly at: SourceRef;
  /** Positioned pieces, left to right; absent for plain text input. */
  readonly pieces?: readonly LinePiece[];
}

export interface IngestWarning {
  readonly code: string;
  readonly message: string;
  readonly page?: number;
}

/** A document as read: lines in reading order plus what the reader noticed. */
export interface RawDocument {
  readonly format: SourceFormat;
  /** Page count, or null for plain text. */
  readonly pages: number | null;
  readonly lines: readonly Line[];
  /** Pages that carry no text layer (scans), 1-based. */
  readonly pagesWithoutText: readonly number[];
  readonly warnings: readonly IngestWarning[];
}

/** Why an input could not be read at all. Codes are stable (documented in README). */
export type IngestErrorCode = 'EMPTY' | 'BINARY' | 'ENCRYPTED' | 'DAMAGED' | 'UNSUPPORTED' | 'NOT_FOUND';

export interface IngestError {
  readonly code: IngestErrorCode;
  readonly message: string;
}

export type IngestResult = { ok: true; value: RawDocument } | { ok: false; error: IngestError };
