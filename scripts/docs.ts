/** `npm run docs`: writes docs/rules.md from the rule catalogue. */
import { writeFileSync } from 'node:fs';
import { RULES, rulesMarkdown } from '../src/checks/index.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesMarkdown(RULES));
console.log(`docs/rules.md: ${RULES.length} rules`);
