/**
 * @module The one place that loads the PDF engine: PDFium (Chrome's PDF engine, BSD-3-Clause
 * and Apache-2.0) compiled to WebAssembly by `@embedpdf/pdfium` (MIT). Its predefined CJK
 * CMaps are compiled in, so nothing is fetched or read at run time besides the .wasm file of
 * the installed package. The module is loaded lazily (reading a text file never pays for it)
 * and once per thread.
 *
 * Chosen over pdf.js by measurement on the corpus: listing every character with its origin,
 * box and font size and every path segment takes 2.2–3.0 s of CPU for the 28 files, where
 * pdf.js's operator lists took 5.5 s (and 8 s on a cold start); see README "PDF engine".
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { WrappedPdfiumModule } from '@embedpdf/pdfium';
import type { IngestError } from '../types.js';

type Fn = (...args: number[]) => number;

/**
 * The C functions this reader calls (fpdfview.h, fpdf_text.h, fpdf_edit.h), called directly,
 * without the wrapper's argument conversion: they are called per character and per segment.
 * Pointers, handles and booleans are numbers; out-parameters go through `scratch`.
 */
export interface PdfiumApi {
  readonly FPDF_LoadPage: Fn;
  readonly FPDF_ClosePage: Fn;
  readonly FPDF_GetPageBoundingBox: Fn;
  readonly FPDFPage_GetRotation: Fn;
  readonly FPDFText_LoadPage: Fn;
  readonly FPDFText_ClosePage: Fn;
  readonly FPDFText_CountChars: Fn;
  readonly FPDFText_IsGenerated: Fn;
  readonly FPDFText_GetUnicode: Fn;
  readonly FPDFText_HasUnicodeMapError: Fn;
  readonly FPDFText_GetTextObject: Fn;
  readonly FPDFText_GetCharOrigin: Fn;
  readonly FPDFText_GetMatrix: Fn;
  readonly FPDFText_GetLooseCharBox: Fn;
  readonly FPDFText_GetFontSize: Fn;
  readonly FPDFTextObj_GetFont: Fn;
  readonly FPDFFont_GetAscent: Fn;
  readonly FPDFFont_GetDescent: Fn;
  readonly FPDFFont_GetGlyphWidth: Fn;
  readonly FPDFFont_GetFontData: Fn;
  readonly FPDFFont_GetBaseFontName: Fn;
  readonly FPDFPage_CountObjects: Fn;
  readonly FPDFPage_GetObject: Fn;
  readonly FPDFPageObj_GetType: Fn;
  readonly FPDFPageObj_GetMatrix: Fn;
  readonly FPDFPageObj_GetStrokeWidth: Fn;
  readonly FPDFFormObj_CountObjects: Fn;
  readonly FPDFFormObj_GetObject: Fn;
  readonly FPDFPath_GetDrawMode: Fn;
  readonly FPDFPath_CountSegments: Fn;
  readonly FPDFPath_GetPathSegment: Fn;
  readonly FPDFPathSegment_GetPoint: Fn;
  readonly FPDFPathSegment_GetType: Fn;
  readonly FPDFPathSegment_GetClose: Fn;
  readonly malloc: Fn;
  readonly free: Fn;
}

/** The Emscripten heap views (replaced when the memory grows: read them through the module). */
interface Heap {
  readonly HEAPU8: Uint8Array;
  readonly HEAP32: Int32Array;
  readonly HEAPF32: Float32Array;
  readonly HEAPF64: Float64Array;
}

/** The engine: the wrapped C API (calls with strings), the direct one, and a scratch buffer. */
export interface Pdfium {
  readonly api: WrappedPdfiumModule;
  readonly raw: PdfiumApi;
  readonly heap: Heap;
  /** 64 bytes of engine memory for out-parameters (points, boxes, matrices). */
  readonly scratch: number;
  f32(ptr: number, i: number): number;
  f64(ptr: number, i: number): number;
  i32(ptr: number, i: number): number;
}

let loading: Promise<Pdfium> | null = null;
let compiled: Promise<WebAssembly.Module> | null = null;

/**
 * The engine's compiled WebAssembly module. Worker threads given this module (it can be
 * posted to them) share its machine code, including what V8 has optimised since, instead of
 * each compiling and warming up its own copy.
 */
export function pdfiumModule(): Promise<WebAssembly.Module> {
  compiled ??= WebAssembly.compile(readFileSync(createRequire(import.meta.url).resolve('@embedpdf/pdfium/pdfium.wasm')));
  return compiled;
}

/** Use a module compiled elsewhere (by the thread that started this one). */
export function usePdfiumModule(module: WebAssembly.Module): void {
  compiled = Promise.resolve(module);
}

export function loadPdfium(): Promise<Pdfium> {
  loading ??= load();
  return loading;
}

/**
 * After the engine threw (a WebAssembly trap or abort on some malformed file), its memory
 * may be inconsistent: the next document gets a fresh instance.
 */
export function discardPdfium(): void {
  loading = null;
}

async function load(): Promise<Pdfium> {
  const { init } = await import('@embedpdf/pdfium');
  const module = await pdfiumModule();
  const api = await init({
    // Emscripten's hook for instantiating a module the caller already has.
    instantiateWasm: (imports: WebAssembly.Imports, ready: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) => {
      void WebAssembly.instantiate(module, imports).then((instance) => ready(instance, module));
      return {};
    },
  } as Parameters<typeof init>[0]);
  api.PDFiumExt_Init();
  const raw = api.pdfium.wasmExports as unknown as PdfiumApi;
  const heap = api.pdfium as unknown as Heap;
  const scratch = raw.malloc(64);
  // Views are read through the module each time: they are replaced when the memory grows.
  return {
    api,
    raw,
    heap,
    scratch,
    f32: (ptr, i) => heap.HEAPF32[(ptr >> 2) + i]!,
    f64: (ptr, i) => heap.HEAPF64[(ptr >> 3) + i]!,
    i32: (ptr, i) => heap.HEAP32[(ptr >> 2) + i]!,
  };
}

export interface OpenOptions {
  /** User password of an encrypted PDF. */
  readonly password?: string;
  /** Fail on the first page that cannot be read instead of skipping it. */
  readonly strict?: boolean;
}

/** An open document; `close()` frees it and the copy of its bytes in engine memory. */
export interface PdfDocument {
  readonly engine: Pdfium;
  readonly handle: number;
  readonly pageCount: number;
  close(): void;
}

export type Opened = { ok: true; doc: PdfDocument } | { ok: false; error: IngestError };

/** FPDF_GetLastError codes (fpdfview.h). */
const ERR = { file: 2, format: 3, password: 4, security: 5 } as const;

/** Open a PDF; a value, never an exception. The caller must `close()` it. */
export async function openPdf(bytes: Uint8Array, options: OpenOptions = {}): Promise<Opened> {
  if (bytes.length === 0) return { ok: false, error: { code: 'EMPTY', message: '文件为空 (empty file)' } };
  const engine = await loadPdfium();
  const { api, raw: { malloc, free } } = engine;
  // The engine reads the document from its own memory for as long as it is open.
  const data = malloc(bytes.length);
  if (!data) return { ok: false, error: { code: 'DAMAGED', message: `PDF 过大，无法读入内存 (too large to read: ${bytes.length} bytes)` } };
  engine.heap.HEAPU8.set(bytes, data);
  let handle: number;
  try {
    handle = api.FPDF_LoadMemDocument64(data, bytes.length, options.password ?? '');
  } catch (err) {
    discardPdfium();
    return { ok: false, error: { code: 'DAMAGED', message: `PDF 无法读取 (unreadable PDF: ${err instanceof Error ? err.message : String(err)})` } };
  }
  if (!handle) {
    const code = api.FPDF_GetLastError();
    free(data);
    return { ok: false, error: openError(code) };
  }
  const close = (): void => {
    api.FPDF_CloseDocument(handle);
    free(data);
  };
  return { ok: true, doc: { engine, handle, pageCount: api.FPDF_GetPageCount(handle), close } };
}

function openError(code: number): IngestError {
  if (code === ERR.password) {
    return { code: 'ENCRYPTED', message: 'PDF 已加密，需要密码 (encrypted: a password is required)' };
  }
  if (code === ERR.security) {
    return { code: 'ENCRYPTED', message: 'PDF 使用了不支持的加密方式 (encrypted with an unsupported security handler)' };
  }
  const reason = code === ERR.format ? 'not a PDF or damaged' : code === ERR.file ? 'file unreadable' : `error ${code}`;
  return { code: 'DAMAGED', message: `不是有效的 PDF 文件 (${reason})` };
}
