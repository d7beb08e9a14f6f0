/** @module parse — the whole read: a file's bytes to the canonical disclosure, and its JSON. */
export { parseBytes } from './parse.js';
export type { ParseErrorCode, ParseResult } from './parse.js';
export { disclosureJson, SCHEMA_VERSION } from './json.js';
export { mergeDisclosures, parseTogether } from './together.js';
export type { InputFile } from './together.js';
