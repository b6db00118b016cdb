/**
 * `npm run glossary [-- --seeds DIR] [--out FILE] [--curated FILE] [--no-curated] [--explain TERM]`
 * Reads the seeds, compiles, and replaces the output file atomically: a failed run leaves the
 * previous glossary in place. The content script's match index (match-index.json) is written in
 * the same folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CATEGORIES } from '../lib/glossary/glossary';
import { compileGlossary } from './compile';
import { explainTerm } from './explain-term';
import { EMPTY_CURATED, parseCurated } from './curated';
import { CompileError } from './errors';
import { generalDictionary } from './lexicon';
import { buildMatchIndex } from './match-index';
import { qualifierForms } from './register/qualifier-forms';
import { readSeeds } from './read-seeds';
import { buildPlaceRegister } from './register/places';
import { readRegister } from './register/read-register';
import { writeFileAtomic } from './write-atomic';

function main(): void {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: 'data/glossary.json' },
      curated: { type: 'string', default: 'data/curated.json' },
      'no-curated': { type: 'boolean', default: false },
      explain: { type: 'string' },
    },
    strict: true,
  });
  const { seeds, warnings } = readSeeds(values.seeds);
  for (const w of warnings) console.warn(`warning: ${w.file}: ${w.message}`);
  let curated = EMPTY_CURATED;
  if (!values['no-curated'] && existsSync(values.curated)) {
    curated = parseCurated(readFileSync(values.curated, 'utf8'), values.curated);
  }
  const register = buildPlaceRegister(readRegister());
  const {
    glossary,
    decisions,
    warnings: curatedWarnings,
    elsewhere,
  } = compileGlossary(
    seeds.map((s) => ({ name: s.name, text: s.text })),
    curated,
    { register },
  );
  for (const f of elsewhere)
    console.warn(
      `warning: ${path.join(values.seeds, f)}: names a place outside Quzhou and none in it (no 衢, no county, division or landmark of Quzhou), so it is about somewhere else: none of its terms are taken`,
    );
  for (const w of curatedWarnings) console.warn(`warning: ${values.curated}: ${w}`);
  if (values.explain !== undefined) {
    // Explaining writes nothing: the glossary on disk stays what the last build made.
    for (const line of explainTerm(values.explain, decisions, glossary)) console.log(line);
    return;
  }
  // Always beside the glossary, so a glossary written elsewhere never replaces the shipped index.
  const matchIndexPath = path.join(path.dirname(values.out), 'match-index.json');
  const dictionary = generalDictionary();
  const index = buildMatchIndex(glossary, dictionary, qualifierForms(register.qualifiers, dictionary));
  writeFileAtomic(values.out, `${JSON.stringify(glossary, null, 2)}\n`);
  // One line: only the content script reads it, and its size is what every frame parses.
  writeFileAtomic(matchIndexPath, `${JSON.stringify(index)}\n`);
  const counts = CATEGORIES.map(
    (c) => `${c} ${glossary.entries.filter((e) => e.category === c).length}`,
  ).join(', ');
  console.log(`${values.out}: ${glossary.entries.length} entries from ${seeds.length} articles (${counts})`);
  console.log(
    `${matchIndexPath}: ${index.blockers.length} blocking words, ${index.qualifiers.length} other places' names`,
  );
}

// `--explain TERM | head`: a reader who closes the pipe early has read what they wanted.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

try {
  main();
} catch (err) {
  if (err instanceof CompileError) {
    console.error(`error: ${err.message}`);
    process.exit(1);
  }
  if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(
      `error: ${err.message}\nusage: npm run glossary -- [--seeds DIR] [--out FILE] [--curated FILE] [--no-curated] [--explain TERM]`,
    );
    process.exit(2);
  }
  throw err;
}
