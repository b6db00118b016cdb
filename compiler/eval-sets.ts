/**
 * The labelled evaluation sets (eval/sets/*.json, see eval/LABELLING.md): read and checked, every
 * error naming the file and the field. Pure apart from reading the files it is given.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES } from '../lib/glossary/glossary';
import type { LabelledTerm } from './evaluate';

export class SetError extends Error {}

export interface LabelledArticle {
  id: string;
  url: string;
  title: string;
  county: string;
  sha256: string;
  terms: LabelledTerm[];
  negatives: string[];
}

export interface LabelledSet {
  name: string;
  /**
   * Where the texts are: real articles (third-party, not committed: eval/texts/<set>/), or articles
   * made up for the project (committed: eval/made-up/<set>/), which every machine has.
   */
  origin: 'real' | 'made-up';
  /**
   * Kept for scoring a claim: `npm run eval` prints only its figures, never its wrong or missed
   * terms, so that nothing is tuned on it (eval/README.md).
   */
  blind: boolean;
  articles: LabelledArticle[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function strings(v: unknown, where: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
    throw new SetError(`${where}: expected an array of strings`);
  return v as string[];
}

function str(v: unknown, where: string): string {
  if (typeof v !== 'string') throw new SetError(`${where}: expected a string`);
  return v;
}

/** Parses one set file's text; `file` names it in errors. */
export function parseSet(text: string, file: string): LabelledSet {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new SetError(`${file}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!isRecord(json) || !Array.isArray(json.articles))
    throw new SetError(`${file}: expected an object with an "articles" array`);
  const name = str(json.set, `${file}: set`);
  const origin = json.origin ?? 'real';
  if (origin !== 'real' && origin !== 'made-up')
    throw new SetError(`${file}: origin: "${String(origin)}" is not "real" or "made-up"`);
  const blind = json.blind ?? false;
  if (typeof blind !== 'boolean') throw new SetError(`${file}: blind: expected true or false`);
  const articles = json.articles.map((a: unknown, i): LabelledArticle => {
    const at = `${file}: articles[${i}]`;
    if (!isRecord(a)) throw new SetError(`${at}: expected an object`);
    const terms = (Array.isArray(a.terms) ? a.terms : []).map((t: unknown, j): LabelledTerm => {
      const tat = `${at}.terms[${j}]`;
      if (!isRecord(t)) throw new SetError(`${tat}: expected an object`);
      const category = str(t.category, `${tat}.category`);
      if (!(CATEGORIES as readonly string[]).includes(category))
        throw new SetError(`${tat}.category: "${category}" is not one of ${CATEGORIES.join(', ')}`);
      const aliases = strings(t.aliases, `${tat}.aliases`);
      const expansion = strings(t.expansion, `${tat}.expansion`);
      return {
        term: str(t.term, `${tat}.term`),
        category,
        ...(aliases.length ? { aliases } : {}),
        ...(expansion.length ? { expansion } : {}),
      };
    });
    return {
      id: str(a.id, `${at}.id`),
      url: str(a.url ?? '', `${at}.url`),
      title: str(a.title ?? '', `${at}.title`),
      county: str(a.county ?? '', `${at}.county`),
      sha256: str(a.sha256, `${at}.sha256`),
      terms,
      negatives: strings(a.negatives, `${at}.negatives`),
    };
  });
  return { name, origin, blind, articles };
}

export function readSet(file: string): LabelledSet {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new SetError(`${file}: cannot read (${err instanceof Error ? err.message : String(err)})`);
  }
  return parseSet(text, file);
}

export interface ArticleText {
  article: LabelledArticle;
  text: string;
  /** The text on disk is not the one labelled (its SHA-256 differs). */
  changed: boolean;
}

/**
 * The texts of a set's articles that are present, with whether each is the one labelled: the seeds
 * from seeds/, made-up articles from eval/made-up/<set>/<id>.txt, real ones from
 * eval/texts/<set>/<id>.txt.
 */
export function readSetTexts(
  set: LabelledSet,
  /** The project's folder; the working directory unless given. */
  root = '.',
): { texts: ArticleText[]; absent: string[]; dir: string } {
  const seeds = set.name.startsWith('seeds');
  const dir = seeds ? 'seeds' : join('eval', set.origin === 'made-up' ? 'made-up' : 'texts', set.name);
  const path = (id: string) => join(root, dir, seeds ? id : `${id}.txt`);
  const texts: ArticleText[] = [];
  const absent: string[] = [];
  for (const article of set.articles) {
    const file = path(article.id);
    if (!existsSync(file)) {
      absent.push(article.id);
      continue;
    }
    const bytes = readFileSync(file);
    const changed = createHash('sha256').update(bytes).digest('hex') !== article.sha256;
    texts.push({ article, text: bytes.toString('utf8'), changed });
  }
  return { texts, absent, dir };
}

/**
 * How many of an article's labels (a term by itself or any alias, and each negative) its text
 * never writes. A text restored from the stored page (eval/README.md) may differ in its bytes from
 * the one labelled; what the scores need is that every label can still be found in it.
 */
export function labelsNotInText(article: LabelledArticle, text: string): { absent: number; of: number } {
  const written = (forms: readonly string[]) => forms.some((f) => text.includes(f));
  const terms = article.terms.filter((t) => !written([t.term, ...(t.aliases ?? [])])).length;
  const negatives = article.negatives.filter((n) => !written([n])).length;
  return { absent: terms + negatives, of: article.terms.length + article.negatives.length };
}

/** All labels of a set's articles, one per term (the first label wins), and all negatives. */
export function setLabels(articles: readonly LabelledArticle[]): {
  terms: LabelledTerm[];
  negatives: string[];
} {
  const terms = new Map<string, LabelledTerm>();
  const negatives = new Set<string>();
  for (const a of articles) {
    for (const t of a.terms) {
      const known = terms.get(t.term);
      if (!known) {
        terms.set(t.term, t);
        continue;
      }
      const aliases = [...new Set([...(known.aliases ?? []), ...(t.aliases ?? [])])];
      const expansion = known.expansion ?? t.expansion;
      terms.set(t.term, {
        ...known,
        ...(aliases.length ? { aliases } : {}),
        ...(expansion ? { expansion } : {}),
      });
    }
    for (const n of a.negatives) negatives.add(n);
  }
  return { terms: [...terms.values()], negatives: [...negatives] };
}
