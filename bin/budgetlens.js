#!/usr/bin/env node
// The budgetlens CLI; the compiled code is built by `npm install` (prepare) or `npm run build`.
import { main } from '../dist/cli/index.js';

await main(process.argv.slice(2));
