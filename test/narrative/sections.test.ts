/**
 * @module readSections on the five founding documents (the outline of keys, exact texts of
 * chosen sections) and on fragments that pin down one behaviour each: the table of contents,
 * table regions inside a section, wrapped headings, page headings without numbering.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readText } from '../../src/ingest/index.js';
import type { Line } from '../../src/ingest/index.js';
import { leafSections, readSections, type NarrativeSection } from '../../src/narrative/index.js';

const SEEDS = process.env.BUDGETLENS_SEEDS ?? '/work/shared/seeds';
const skip = existsSync(SEEDS) ? false : `seeds not found at ${SEEDS} (set BUDGETLENS_SEEDS)`;

const cache = new Map<string, NarrativeSection[]>();
function sections(name: string): NarrativeSection[] {
  let s = cache.get(name);
  if (!s) {
    const result = readText(readFileSync(`${SEEDS}/${name}.txt`));
    assert.ok(result.ok);
    s = readSections(result.value.lines);
    cache.set(name, s);
  }
  return s;
}

function lines(texts: readonly string[], pages?: readonly number[]): Line[] {
  return texts.map((text, i) => ({ text, at: { page: pages?.[i] ?? null, line: i + 1 } }));
}

const outline = (s: readonly NarrativeSection[]): string[] => s.map((x) => `${x.level}:${x.key}`);
const byKey = (s: readonly NarrativeSection[], key: string): NarrativeSection => {
  const hit = s.find((x) => x.key === key);
  assert.ok(hit, `no section ${key}`);
  return hit;
};

/** The explanation's numbered sections (一、…) of each seed, in printed order. */
const EXPLANATION_KEYS: Readonly<Record<string, readonly string[]>> = {
  '000_1e39a7bc08e52a9d': ['overview', 'income', 'expenditure', 'fiscalOverview', 'gpbExpenditure', 'gpbBasic', 'threePublic', 'operatingCost', 'procurement', 'assets', 'performance'],
  '001_d954916dfba89797': ['overview', 'income', 'expenditure', 'fiscalOverview', 'gpbExpenditure', 'gpbBasic', 'threePublic', 'other'],
  '002_551c71b0985bbb03': ['overview', 'income', 'expenditure', 'fiscalOverview', 'gpbExpenditure', 'gpbBasic', 'gf', 'soce', 'threePublic', 'performance', 'other'],
  '003_768209dd56055938': ['overview', 'income', 'expenditure', 'fiscalOverview', 'gpbExpenditure', 'gpbBasic', 'gf', 'soce', 'threePublic', 'other', 'performance', 'other'],
  '004_20d860238a543aa7': ['overview', 'income', 'expenditure', 'fiscalOverview', 'gpbExpenditure', 'gpbBasic', 'gpbProject', 'gf', 'soce', 'threePublic', 'carryover', 'other'],
};

/** The parts (第X部分) read as sections: the table parts are not among them. */
const TOP_LEVEL: Readonly<Record<string, readonly string[]>> = {
  '000_1e39a7bc08e52a9d': ['第一部分国家移民管理局概况', '第三部分2024年度部门决算情况说明', '第四部分名词解释', '第五部分附件'],
  // 第五部分 附件 holds only 绩效目标表: a part with no text is no section.
  '001_d954916dfba89797': ['第一部分单位概况', '第三部分2023年度单位预算情况说明', '第四部分名词解释'],
  '002_551c71b0985bbb03': ['第一部分部门概况', '第三部分2024年度部门决算情况说明', '第四部分名词解释'],
  '003_768209dd56055938': ['第一部分单位概况', '第二部分部门决算情况说明', '第三部分专业名词解释'],
  '004_20d860238a543aa7': ['第一部分2025年乌鲁木齐市口岸管理办公室部门概况', '第三部分2025年部门预算情况说明', '第四部分名词解释'],
};

for (const [name, keys] of Object.entries(EXPLANATION_KEYS)) {
  test(`readSections: seed ${name} top level and explanation outline`, { skip }, () => {
    const s = sections(name);
    const top = s.filter((x) => x.level === 1);
    assert.equal(top.length, TOP_LEVEL[name]?.length);
    assert.deepEqual(top.map((x) => x.heading), TOP_LEVEL[name]);
    assert.deepEqual(top.map((x) => x.key), ['profile', 'explanation', 'glossary', ...(name.startsWith('000') ? ['attachment'] : [])]);
    const explanation = s.findIndex((x) => x.key === 'explanation');
    assert.deepEqual(s.filter((x) => x.parent === explanation).map((x) => x.key), keys);
    // The overview part is read too: duties and organisation, keyed.
    const profile = s.findIndex((x) => x.key === 'profile');
    assert.deepEqual(s.filter((x) => x.parent === profile).map((x) => x.key), ['duties', 'organisation']);
  });
}

test('readSections: seed 000 full outline', { skip }, () => {
  assert.deepEqual(outline(sections('000_1e39a7bc08e52a9d')), [
    '1:profile', '2:duties', '2:organisation',
    '1:explanation', '2:overview', '2:income', '2:expenditure', '2:fiscalOverview',
    '2:gpbExpenditure', '3:gpbExpenditure.overall', '3:gpbExpenditure.structure', '3:gpbExpenditure.detail',
    '2:gpbBasic', '2:threePublic', '3:threePublic.overall', '3:threePublic.detail',
    '2:operatingCost', '2:procurement', '2:assets',
    '2:performance', '3:performance.work', '3:performance.selfEvaluation', '3:performance.evaluation',
    '1:glossary', '1:attachment',
  ]);
});

test('readSections: seed 000 三公 text as joined from wrapped lines', { skip }, () => {
  const s = sections('000_1e39a7bc08e52a9d');
  const threePublic = byKey(s, 'threePublic');
  assert.equal(threePublic.heading, '七、财政拨款“三公”经费支出情况说明');
  assert.ok(threePublic.text.includes('2024年度“三公”经费财政拨款支出预算为 52,309.73万元'));
  assert.ok(
    byKey(s, 'threePublic.overall').text.startsWith(
      '2024年度“三公”经费财政拨款支出预算为 52,309.73万元，支出决算为 28,810.53 万元，完成预算的 55.1%；较上年增加531.59万元，增长 1.9%。',
    ),
  );
  // A number wrapped before its unit: no space is inserted between the lines.
  assert.ok(byKey(s, 'overview').text.includes('收、支总计均减少 116,456.13万元，下降 2.3%。'));
  assert.equal(threePublic.at.line, 851);
});

test('readSections: seed 000 tables inside 十一 are skipped and （三） continues the section', { skip }, () => {
  const s = sections('000_1e39a7bc08e52a9d');
  const evaluation = byKey(s, 'performance.evaluation');
  assert.equal(evaluation.heading, '（三）部门评价结果');
  assert.equal(evaluation.text, '《2024年度移民出入境证照制发项目绩效评价报告》见“第五部分附件”。');
  assert.equal(s[evaluation.parent ?? -1]?.key, 'performance');
  for (const x of s) {
    assert.ok(!/公开 ?\d+表|栏 ?次|项目支出绩效自评表|年初预算数 全年预算数/.test(x.text), x.heading);
  }
});

test('readSections: seed 000 glossary and attachment are read whole', { skip }, () => {
  const s = sections('000_1e39a7bc08e52a9d');
  const glossary = byKey(s, 'glossary');
  assert.ok(glossary.text.startsWith('一、一般公共预算财政拨款收入：指中央财政当年拨付的资金。\n二、事业收入：'));
  assert.ok(!glossary.text.includes('42'), 'page number dropped');
  assert.equal(s.filter((x) => x.parent === s.indexOf(glossary)).length, 0);
  assert.ok(byKey(s, 'attachment').text.includes('项目综合评价分数为 93.6分'));
});

test('readSections: seed 001 budget forms 关于…表的说明 and 其他重要事项 children', { skip }, () => {
  const s = sections('001_d954916dfba89797');
  assert.equal(byKey(s, 'overview').heading, '一、关于单位收支总表的说明');
  assert.equal(byKey(s, 'gpbExpenditure.structure').heading, '（二）一般公共预算当年拨款结构情况。');
  const other = s.findIndex((x) => x.key === 'other');
  assert.deepEqual(s.filter((x) => x.parent === other).map((x) => x.key), ['operatingCost', 'procurement', 'assets', 'performance']);
  assert.ok(byKey(s, 'operatingCost').text.startsWith('国家移民管理局机关 2023年机关运行经费财政拨款预算 3,522.16万元'));
  // The numbered duties "（一）协调拟订移民政策并组织实施。" are a list, not sections.
  assert.equal(s.filter((x) => x.parent === s.findIndex((y) => y.key === 'duties')).length, 0);
});

test('readSections: seed 002 contents (目录) give no sections', { skip }, () => {
  const s = sections('002_551c71b0985bbb03');
  assert.equal(s[0]?.heading, '第一部分部门概况');
  assert.equal(s[0]?.at.line, 78);
  const headings = s.map((x) => x.heading);
  assert.equal(new Set(headings).size, headings.length);
  assert.ok(!s.some((x) => /决算表$/.test(x.heading)));
  assert.deepEqual(
    s.filter((x) => x.key?.startsWith('performance')).map((x) => x.heading),
    ['十、关于2024年度绩效评价情况说明', '（一）绩效评价工作开展情况。', '（二）项目绩效自评结果', '（三）部门评价结果'],
  );
});

test('readSections: seed 003 DOCX: 10、 among 九 and 十一, tables inside 十一, procurement text', { skip }, () => {
  const s = sections('003_768209dd56055938');
  const procurement = byKey(s, 'procurement');
  assert.equal(procurement.heading, '（二）政府采购情况');
  assert.equal(
    procurement.text,
    '2024年度政府采购支出总额77.95万元，其中：政府采购货物支出77.95万元、政府采购工程支出0.00万元、政府采购服务支出0.00万元。\n' +
      '授予中小企业合同金额77.95万元，占政府采购支出总额的100.00%，其中：授予小微企业合同金额77.95万元，占政府采购支出总额的100.00%。',
  );
  assert.equal(s[procurement.parent ?? -1]?.heading, '10、其他重要事项的情况说明');
  const performance = byKey(s, 'performance');
  assert.ok(performance.text.endsWith('具体附项目支出绩效自评表。'));
  const last = s.filter((x) => x.level === 2).at(-1);
  assert.equal(last?.heading, '十二、其他需说明的事项');
  assert.equal(last?.text, '本单位无其他需说明事项。');
});

test('readSections: seed 004 wrapped headings are joined', { skip }, () => {
  const s = sections('004_20d860238a543aa7');
  assert.equal(byKey(s, 'fiscalOverview').heading, '四、关于乌鲁木齐市口岸管理办公室2025年财政拨款收支预算情况的总体说明');
  assert.equal(byKey(s, 'gpbBasic').heading, '六、关于乌鲁木齐市口岸管理办公室2025年一般公共预算基本支出情况说明');
  assert.ok(byKey(s, 'gpbBasic').text.startsWith('乌鲁木齐市口岸管理办公室 2025 年一般公共预算基本支出 238.20 万元，'));
  assert.equal(byKey(s, 'procurement').heading, '(二)政府采购情况');
  // The performance target tables after (四) are skipped; (五) continues 十二.
  assert.ok(!byKey(s, 'performance').text.includes('部门整体绩效目标表'));
  assert.equal(s.find((x) => x.heading === '(五)其他需说明的事项')?.text, '本部门无其他需说明事项。');
});

test('leafSections: every sentence once', { skip }, () => {
  const s = sections('000_1e39a7bc08e52a9d');
  const leaves = leafSections(s);
  assert.equal(leaves.length, 20);
  assert.ok(!leaves.some((x) => x.key === 'explanation' || x.key === 'threePublic'));
  assert.equal(leaves.filter((x) => x.text.includes('52,309.73万元')).length, 1);
});

test('readSections: contents with leader dots and a table part', () => {
  const s = readSections(
    lines([
      '国家信访局 2026 年度部门预算',
      '目 录',
      '第一部分 国家信访局基本情况 ............ 2',
      '一、部门职责 .............................. 2',
      '第二部分 国家信访局部门预算表 ........... 4',
      '第三部分 国家信访局部门预算情况说明 ......16',
      '一、关于部门收支总表的说明 ............... 16',
      '1',
      '第一部分 国家信访局基本情况',
      '一、部门职责',
      '（一）负责处理国内群众来信来访。',
      '第二部分 国家信访局部门预算表',
      '部门收支总表',
      '一、一般公共预算拨款收入 16,474.82 一、一般公共服务支出 47,179.30',
      '二、政府性基金预算拨款收入',
      '第三部分 国家信访局部门预算情况说明',
      '一、关于部门收支总表的说明',
      '国家信访局 2026 年收支总预算 50,362.82 万元。',
    ]),
  );
  assert.deepEqual(
    s.map((x) => [x.level, x.key, x.heading]),
    [
      [1, 'profile', '第一部分国家信访局基本情况'],
      [2, 'duties', '一、部门职责'],
      [1, 'explanation', '第三部分国家信访局部门预算情况说明'],
      [2, 'overview', '一、关于部门收支总表的说明'],
    ],
  );
  assert.equal(s[1]?.text, '（一）负责处理国内群众来信来访。');
  assert.equal(s[3]?.text, '国家信访局 2026 年收支总预算 50,362.82 万元。');
});

test('readSections: page headings without numbering (上海) and spaced-out CJK', () => {
  const s = readSections(
    lines(
      [
        '上海市财政局（单位）主要职能',
        '上海市财政局是主管全市财政工作的市政府组成部门。',
        '2025年预算单位财务收支预算总表',
        '一、财政拨款收入 171,915,169 一、一般公共服务支出 127,886,849',
        '其他相关情况说明',
        '一、2025年“三公”经费预算情况说明',
        '2025 年 “三 公 ”经 费 预 算 为 346.30 万 元 。',
      ],
      [3, 3, 7, 7, 21, 21, 21],
    ),
  );
  assert.deepEqual(
    s.map((x) => [x.level, x.key]),
    [
      [1, 'duties'],
      [1, 'other'],
      [2, 'threePublic'],
    ],
  );
  assert.equal(s[2]?.text, '2025 年“三公”经费预算为 346.30 万元。');
});

test('a heading made long by the department name it repeats is still a heading (上海 区级: 二、关于…（本级）…“三公”…)', () => {
  const dept = '上海市闵行区口岸管理办公室（本级）';
  const s = readSections(lines([
    `一、关于${dept} 2022 年国有资本经营预算拨款情况的说明`,
    `${dept} 2022 年没有使用国有资本经营预算拨款安排的支出。`,
    `二、关于${dept} 2022 年财政拨款“三公”经费预算情况的说明`,
    `${dept} 2022 年财政拨款“三公”经费预算 5.18 万元，比上年预算减少 0.36 万元。`,
    '三、其他重要事项的情况说明',
    '本单位无其他重要事项。',
  ]), dept);
  assert.deepEqual(s.map((x) => x.key), ['soce', 'threePublic', 'other']);
  assert.match(byKey(s, 'threePublic').text, /5\.18 万元/);
});
