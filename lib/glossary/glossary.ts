/**
 * The glossary format shared by the compiler, the content script, the popup and the glossary page:
 * `data/glossary.json` is this shape (docs/glossary-format.md describes it for people), and the
 * reader's own entries extend it (validated in lib/storage/user-entries.ts).
 */
export const GLOSSARY_VERSION = 1;

export const CATEGORIES = ['place', 'program', 'slogan', 'organization'] as const;
export type Category = (typeof CATEGORIES)[number];

/** One seed article the glossary was compiled from. */
export interface SourceArticle {
  file: string;
  /** The article's headline, where the text states one. */
  title?: string;
  /** Publication date (YYYY-MM-DD), only where the article states it (masthead). */
  date?: string;
}

/** A sentence that shows a term in use: the evidence behind an entry. */
export interface Evidence {
  file: string;
  excerpt: string;
  /** Headline of the article or section the excerpt comes from. */
  title?: string;
  date?: string;
}

export interface GlossaryEntry {
  /** Stable, URL-safe id derived from the term's pinyin. */
  id: string;
  term: string;
  /** Other spellings found in the text: short forms, full names, OCR-free variants. */
  aliases: string[];
  category: Category;
  /** Pinyin with tone marks, one syllable per Chinese character, separated by spaces. */
  pinyin: string;
  /** One or two plain-text sentences, readable alone in a popover. */
  summary: string;
  /** What a numeric abbreviation or formula stands for, in the text's own words (五城 → 枢纽之城…). */
  expansion?: string[];
  /** The full name an abbreviation stands for (六禾港盟 → 衢州市六禾港盟城乡发展服务有限公司). */
  fullName?: string;
  /** For places: the unit that contains it, where the text shows it (廿里镇 → 衢江区). */
  parent?: string;
  sources: Evidence[];
  /** `curated` where data/curated.json added or corrected the entry. */
  origin: 'extracted' | 'curated';
}

/** A user entry: new (`user-…` id) or the reader's version of a built-in entry (its id). */
export interface UserEntry extends Omit<GlossaryEntry, 'origin'> {
  origin: 'user';
  /** The reader's own note on the term, shown with the entry. */
  note?: string;
  /** Milliseconds since the epoch of the last change. */
  updatedAt: number;
}

/** An entry as the UI sees it: built-in, or the reader's. */
export type AnyEntry = GlossaryEntry | UserEntry;

export interface Glossary {
  version: number;
  sources: SourceArticle[];
  entries: GlossaryEntry[];
}
