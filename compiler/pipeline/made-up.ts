/**
 * For the error-class tests: compiles made-up articles with the real register and reads the
 * decisions. Only tests import this.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, expect } from 'vitest';
import { compileGlossary, type CandidateRecord } from '../compile';
import { buildPlaceRegister, type PlaceRegister } from '../register/places';
import { readRegister } from '../register/read-register';
import type { GlossaryEntry } from '../../lib/glossary/glossary';

export interface Compiled {
  entries: Map<string, GlossaryEntry>;
  decisions: CandidateRecord[];
  /** The articles set aside as about somewhere else (made-up-0.txt for the first). */
  elsewhere: string[];
}

/** Call at the top of a test file: loads the register once, before the file's tests. */
export function madeUp() {
  let register: PlaceRegister;
  beforeAll(() => {
    register = buildPlaceRegister(readRegister());
    // jieba's dictionary and segmenter load on first use: here, not inside the file's first test,
    // which timed out under load.
    compileGlossary([{ name: 'warm-up.txt', text: '衢州市柯城区推进乡村振兴。' }], undefined, { register });
  }, 60_000);

  /** The entries the articles gave (register places they never name are left out), and every decision. */
  function compile(...articles: string[]): Compiled {
    const { glossary, decisions, elsewhere } = compileGlossary(
      articles.map((text, i) => ({ name: `made-up-${i}.txt`, text })),
      undefined,
      { register },
    );
    const entries = new Map(glossary.entries.filter((e) => e.sources.length > 0).map((e) => [e.term, e]));
    return { entries, decisions, elsewhere };
  }

  const ruleFor = (decisions: CandidateRecord[], term: string) =>
    decisions.find((d) => d.evidence.term.term === term)?.decision;

  /** Each phrase is left out of the glossary, dropped by `rule`. */
  function expectDropped(
    { entries, decisions }: Pick<Compiled, 'entries' | 'decisions'>,
    phrases: string[],
    rule: string,
  ): void {
    for (const phrase of phrases) {
      expect(entries.has(phrase), phrase).toBe(false);
      expect(ruleFor(decisions, phrase)?.rule, phrase).toBe(rule);
    }
  }

  /** The register, once loaded (inside a test). */
  const loaded = () => register;

  return { compile, ruleFor, expectDropped, register: loaded };
}

/** Each phrase is left out of the glossary (the made-up-sentence tests' common check). */
export function expectAbsent(entries: ReadonlyMap<string, GlossaryEntry>, phrases: readonly string[]): void {
  for (const phrase of phrases) expect(entries.has(phrase), phrase).toBe(false);
}

/** Each phrase is an entry of the glossary. */
export function expectPresent(entries: ReadonlyMap<string, GlossaryEntry>, phrases: readonly string[]): void {
  for (const phrase of phrases) expect(entries.has(phrase), phrase).toBe(true);
}

/**
 * A whole article of a read made-up set (eval/made-up/), for the classes no short sentence
 * reproduces: some names are only read so with the article's other names.
 */
export const madeUpArticle = (set: string, n: string): string =>
  readFileSync(new URL(`../../eval/made-up/${set}/${set}-${n}.txt`, import.meta.url), 'utf8');
