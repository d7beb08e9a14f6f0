/** `npm run docs`: writes docs/rules.md from the rule catalogue. */
import { writeFileSync } from 'node:fs';
import { RULES, rulesMarkdown } from '../src/checks/index.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesMarkdown(RULES));
console.log(`docs/rules.md: ${RULES.length} rules`);

// The render input: JSON Schema and field tables, from the catalogue's field table.
const { renderInputFieldsMarkdown, renderInputSchema } = await import('../src/render/index.js');
writeFileSync(new URL('../docs/render-input.schema.json', import.meta.url), JSON.stringify(renderInputSchema(), null, 2) + '\n');
writeFileSync(new URL('../docs/render-input-fields.md', import.meta.url), renderInputFieldsMarkdown());
console.log('docs/render-input.schema.json, docs/render-input-fields.md');
