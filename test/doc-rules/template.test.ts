/**
 * The official blank template (上海 2024 部门决算, a PDF): template residue must be found
 * throughout, as errors, in the text and in the notes of the empty tables.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { textChecks } from '../../src/checks/text/index.js';
import { completenessChecks } from '../../src/checks/completeness/index.js';
import { parseBytes } from '../../src/parse/index.js';

const TEMPLATE = '/work/shared/corpus/final-template-shanghai-2024.pdf';

test('final-template-shanghai-2024.pdf: placeholder findings', { skip: !existsSync(TEMPLATE) && 'corpus not present' }, async () => {
  const read = await parseBytes(readFileSync(TEMPLATE), 'final-template-shanghai-2024.pdf');
  assert.ok(read.ok);
  const d = read.value;
  const placeholders = textChecks.run(d).findings.filter((f) => f.rule === 'text.placeholder');
  assert.ok(placeholders.length >= 60, `${placeholders.length} placeholder findings`);
  assert.ok(placeholders.every((f) => f.severity === 'error'));
  const first = placeholders[0]!;
  assert.deepEqual([first.locations[0]?.page, first.locations[0]?.line, first.evidence], [1, 1, '上海市XX局2024年度部门决算']);
  const overview = placeholders.filter((f) => f.locations[0]?.section === 'overview').map((f) => f.evidence);
  assert.deepEqual(overview, [
    '上海市XX局2024年度收入支出总计XXX万元。',
    '与2023年度相比，收入支出总计增加（减少）XXX万元，增长（下降）XX%。',
    '主要原因：XXXXXXXX。',
    '（如持平作持平表述）',
  ]);
  assert.ok(placeholders.some((f) => f.locations[0]?.table === 'final.gf' && f.locations[0]?.page === 13));
  // A blank form: only the fund tables say why they are empty ("没有……故本表无数据"); the others' notes
  // only say what the table shows, so each is an empty table without a reason. Its sections are all there.
  const completeness = completenessChecks.run(d).findings;
  assert.deepEqual(completeness.filter((f) => f.rule === 'completeness.emptyTableNote').map((f) => f.locations[0]?.table), [
    'final.summary', 'final.income', 'final.expenditure', 'final.fiscalSummary', 'final.gpbExpenditure', 'final.gpbBasicExpenditure',
    'final.threePublic',
  ]);
  assert.ok(!completeness.some((f) => f.rule === 'completeness.sectionMissing'));
});
