/**
 * `npm run eval:restore -- --sets holdout4,holdout5 [--write]`
 * For each text in eval/texts/<set>/ whose SHA-256 is not the labelled one (a fresh copy of the
 * stored page, eval/README.md), looks for the tidying of it that is the labelled text
 * (restore-text.ts) and, with --write, puts that in its place. Prints ids and counts only, never
 * text, so it can be run on the blind sets.
 */
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readSet, readSetTexts, SetError } from './eval-sets';
import { findLabelledText } from './restore-text';

const USAGE = 'usage: npm run eval:restore -- --sets SET[,SET...] [--write]';

function main(): number {
  const { values } = parseArgs({
    options: { sets: { type: 'string', default: '' }, write: { type: 'boolean', default: false } },
  });
  const names = values.sets.split(',').filter(Boolean);
  if (names.length === 0) {
    console.error(USAGE);
    return 2;
  }
  for (const name of names) {
    const set = readSet(path.join('eval', 'sets', `${name}.json`));
    const { texts, absent, dir } = readSetTexts(set);
    const changed = texts.filter((t) => t.changed);
    const notFound: string[] = [];
    for (const t of changed) {
      const exact = findLabelledText(t.text, t.article.sha256);
      if (!exact) {
        notFound.push(t.article.id);
        continue;
      }
      if (values.write) {
        // Through a temp file, so an interrupted run leaves the old copy, never half a text.
        const file = path.join(dir, `${t.article.id}.txt`);
        writeFileSync(`${file}.tmp`, exact);
        renameSync(`${file}.tmp`, file);
      }
    }
    const restored = changed.length - notFound.length;
    console.log(
      `${name}: ${set.articles.length} articles, ${absent.length} absent, ` +
        `${texts.length - changed.length} already the labelled text, ` +
        `${restored} ${values.write ? 'restored' : 'restorable (--write)'}` +
        (notFound.length ? `, not found for ${notFound.join(' ')}` : ''),
    );
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  if (!(e instanceof SetError)) throw e;
  console.error(e.message);
  process.exitCode = 1;
}
