/**
 * @module The JSON Schema of the render input, built from the catalogue's field table (the
 * same table the validator and the XLSX reader use), so the schema cannot drift from the code.
 * docs/render-input.schema.json is this function's output (`npm run docs`).
 */
import { fieldsFor, ITEM_FIELDS, META_FIELDS, PLACE_STYLES, SCALAR_FIELDS, STATED_TOTALS, THREE_PUBLIC_INPUT_PARTS,
  THREE_PUBLIC_PERIODS } from '../catalogue/index.js';
import type { InputField, InputKind } from '../catalogue/index.js';

const AMOUNT = { description: 'amount in the document unit, at most 2 decimals (a string keeps it exact)',
  oneOf: [{ type: 'string', pattern: '^[0-9][0-9,]*(\\.[0-9]{1,2})?$' }, { type: 'number', minimum: 0 }] };
const COUNT = { type: 'integer', minimum: 0 };

const props = (fields: readonly InputField[]) =>
  Object.fromEntries(fields.map((x) => [x.key, { ...(x.type === 'count' ? COUNT : AMOUNT), description: `${x.label} — ${x.about}` }]));

const block = (fields: readonly InputField[]) => ({ type: 'object', additionalProperties: false, properties: props(fields) });

function variant(kind: InputKind): object {
  return {
    if: { properties: { kind: { enum: [...META_FIELDS.kind.values[kind]] } } },
    then: { properties: {
      items: { type: 'array', minItems: 1, items: { type: 'object', additionalProperties: false, required: ['code'],
        properties: { code: { type: 'string', pattern: '^[0-9]{7}$', description: '支出功能分类项级科目编码 (functional item code)' },
          name: { type: 'string', description: '科目名称; printed only where the catalogue has no name for the code' },
          ...props(fieldsFor(ITEM_FIELDS, kind)) } } },
      threePublic: { type: 'object', additionalProperties: false,
        properties: Object.fromEntries(fieldsFor(THREE_PUBLIC_PERIODS, kind).map((p) => [p.key, { ...block(THREE_PUBLIC_INPUT_PARTS), description: `${p.label} — ${p.about}` }])) },
      figures: block(fieldsFor(SCALAR_FIELDS, kind)),
    } },
  };
}

export function renderInputSchema(): object {
  const choice = (values: Readonly<Record<string, readonly string[]>>) => ({ enum: Object.values(values).flat() });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'budgetlens render input',
    description: 'A department\'s leaf figures; every total is computed. See docs/render-input.md.',
    type: 'object',
    required: ['body', 'year', 'kind', 'scope', 'level', 'unit', 'items'],
    properties: {
      body: { type: 'string', minLength: 1, description: META_FIELDS.body.about },
      year: { type: 'integer', minimum: 2000, maximum: 2100, description: META_FIELDS.year.about },
      kind: { ...choice(META_FIELDS.kind.values), description: META_FIELDS.kind.about },
      scope: { ...choice(META_FIELDS.scope.values), description: META_FIELDS.scope.about },
      level: { ...choice(META_FIELDS.level.values), description: META_FIELDS.level.about },
      unit: { ...choice(META_FIELDS.unit.values), description: META_FIELDS.unit.about },
      style: { enum: PLACE_STYLES.map((s) => s.id), description: META_FIELDS.style.about },
      items: { type: 'array' },
      economic: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['code', 'amount'],
        properties: { code: { type: 'string', pattern: '^[0-9]{5}$', description: '部门预算支出经济分类款级科目 (economic code) of basic spending from the general budget appropriation' },
          name: { type: 'string' }, amount: AMOUNT } } },
      threePublic: { type: 'object' },
      figures: { type: 'object' },
      stated: { ...block(STATED_TOTALS.map((s) => ({ key: s.key, label: `核对数：${s.label}`, kinds: ['final', 'budget'], type: 'amount',
        about: 'compared with the computed figure, never used as one' }))) },
    },
    additionalProperties: false,
    allOf: [variant('final'), variant('budget')],
  };
}

/** The field tables of docs/render-input-fields.md: JSON key, XLSX label, kinds, meaning. */
export function renderInputFieldsMarkdown(): string {
  const table = (title: string, fields: readonly InputField[]) => [`## ${title}`, '', '| JSON key | XLSX label | kinds | type | meaning |', '|---|---|---|---|---|',
    ...fields.map((x) => `| \`${x.key}\` | ${x.label} | ${x.kinds.join(', ')} | ${x.type} | ${x.about} |`), ''];
  return ['# Render input fields', '', 'Generated from src/catalogue/render-input.ts by `npm run docs`; see render-input.md.', '',
    ...table('Per functional item (`items[]`, sheet 功能分类)', ITEM_FIELDS),
    ...table('One-off figures (`figures`, sheet 其他数据)', SCALAR_FIELDS),
    ...table('三公 items (`threePublic.<period>`, rows of sheet 三公经费)', THREE_PUBLIC_INPUT_PARTS),
    ...table('三公 periods (`threePublic` keys, columns of sheet 三公经费)', THREE_PUBLIC_PERIODS),
    '## Stated totals (`stated`, sheet 其他数据 rows 核对数：…)', '', '| JSON key | XLSX label | compared with (final / budget) |', '|---|---|---|',
    ...STATED_TOTALS.map((s) => `| \`${s.key}\` | 核对数：${s.label} | ${s.cell.final.join(' ')} / ${s.cell.budget.join(' ')} |`), ''].join('\n');
}
