/** Writes lib/matching/script-fold-data.ts (see scripts/script-fold-table.ts). */
import { writeFileSync } from 'node:fs';
import { scriptFoldModule, scriptFoldPairs } from './script-fold-table';

writeFileSync(new URL('../lib/matching/script-fold-data.ts', import.meta.url), scriptFoldModule());
console.log(`lib/matching/script-fold-data.ts: ${scriptFoldPairs().length} pairs`);
