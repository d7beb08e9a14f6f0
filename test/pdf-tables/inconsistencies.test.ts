/**
 * Issue 4: on every corpus document the MODEL.md identities hold within rounding, except
 * the failures listed here, each exactly (identity id, table, row.column, both sides). A
 * printed inconsistency, verified against `pdftotext -layout` of its page, says so in its
 * comment; the misreads still open are listed apart with what goes wrong, so that a new
 * misread, and a fixed one, both fail this test. Documents not named hold every identity.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { IDENTITIES } from '../../src/catalogue/index.js';
import { identityTally } from '../../src/arithmetic/index.js';
import { parseBytes } from '../../src/parse/index.js';

const CORPUS = '/work/shared/corpus/';
const skip = !existsSync(CORPUS) && 'corpus absent';

/** Verified printed inconsistencies: the figures on the page do not add up. */
const PRINTED: Record<string, string[]> = {
  'budget-shanghai-caizhengju-2025-unit': [
    // p. 17-18: 302 商品和服务支出 printed 24,840,779 元, its 18 款 printed add to 24,840,778 (1 元 off in whole-元 figures)
    'budget.gpbBasicExpenditure.hierarchy budget.gpbBasicExpenditure 302.public: 24840779.00 = 24840778.00',
    'budget.gpbBasicExpenditure.hierarchy budget.gpbBasicExpenditure 302.total: 24840779.00 = 24840778.00',
  ],
};

/**
 * Misreads not yet fixed (the printed figures add up; the reading does not): none fails an
 * identity now. (Misreads no identity can see are listed in cells.test.ts.)
 */
const MISREAD: Record<string, string[]> = {};

test('every corpus document: exactly the listed identities fail', { skip }, async () => {
  const files = readdirSync(CORPUS).filter((n) => n.endsWith('.pdf')).sort();
  assert.ok(files.length >= 28, `${files.length} corpus PDFs`);
  for (const f of files) {
    const name = f.replace(/\.pdf$/, '');
    const r = await parseBytes(readFileSync(CORPUS + f), f);
    if (!r.ok) { assert.equal(r.error.code, 'NO_TEXT_LAYER', name); continue; }
    const expected = [...(PRINTED[name] ?? []), ...(MISREAD[name] ?? [])].sort();
    assert.deepEqual(identityTally(r.value, IDENTITIES).failures, expected, name);
  }
});

test('the listed documents exist in the corpus', { skip }, () => {
  const names = new Set(readdirSync(CORPUS).map((n) => n.replace(/\.pdf$/, '')));
  for (const name of [...Object.keys(PRINTED), ...Object.keys(MISREAD)]) assert.ok(names.has(name), name);
});
