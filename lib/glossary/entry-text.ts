/**
 * Plain-text views of an entry shared by the popover, the popup and the glossary page: the summary
 * without its leading "term：", and the distinct articles behind its evidence.
 */
import type { Evidence, GlossaryEntry } from './glossary';

export interface SourceArticleRef {
  file: string;
  title?: string;
  date?: string;
  /** Shown when the article has no title. */
  excerpt: string;
}

/** The distinct articles an entry's evidence comes from, in order of first appearance. */
export function sourceArticles(sources: readonly Evidence[]): SourceArticleRef[] {
  const seen = new Map<string, SourceArticleRef>();
  for (const s of sources) {
    const key = `${s.file}\u0000${s.title ?? ''}`;
    if (!seen.has(key)) seen.set(key, { file: s.file, title: s.title, date: s.date, excerpt: s.excerpt });
  }
  return [...seen.values()];
}

/** The summary without its leading "term：", which the popover already shows as its title. */
export function summaryText(entry: Pick<GlossaryEntry, 'term' | 'summary'>): string {
  for (const separator of ['：', ':']) {
    const prefix = entry.term + separator;
    if (entry.summary.startsWith(prefix) && entry.summary.length > prefix.length) {
      return entry.summary.slice(prefix.length).trimStart();
    }
  }
  return entry.summary;
}
