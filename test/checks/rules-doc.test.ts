/** docs/rules.md is generated from the catalogue; this keeps the committed copy current and the ids unique. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { RULES, rulesMarkdown } from '../../src/checks/index.js';

test('docs/rules.md matches the rule catalogue (run `npm run docs` after changing rules)', () => {
  const committed = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
  assert.equal(committed, rulesMarkdown(RULES));
});

test('rule ids are unique, namespaced by family, and each has a basis', () => {
  const ids = RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const r of RULES) {
    assert.ok(r.id.startsWith(`${r.family}.`), r.id);
    assert.ok(r.basis.length > 60, `${r.id} has a basis paragraph`);
  }
});
