/**
 * Finding the exact text an article was labelled on, from a fresh copy of its stored page.
 *
 * The articles of the evaluation sets are third-party text and are not committed (eval/README.md):
 * each set file keeps the page's address, its headline and the SHA-256 of the text as labelled. A
 * new machine has no texts; they are copied again from the stored pages the search tool reaches
 * (the headline, then the page's first ~2,000 characters). The labelled text was that copy with
 * the page's furniture taken out (menus, breadcrumbs, a repeated headline, date and source lines),
 * sometimes without blank lines (or with one where several were) or without the last, cut-off
 * paragraph. Which lines went is not recorded, but the hash says when a guess is right: this tries
 * the removals such a tidying makes and returns the one whose hash is the labelled one. A SHA-256
 * match cannot be a false positive.
 */
import { createHash } from 'node:crypto';

/** At most this many lines are candidates for removal: 2^16 guesses, under a second or two. */
const MAX_CANDIDATES = 16;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A body paragraph: long, with sentence punctuation. Never a candidate for removal. */
const isProse = (line: string) => line.length >= 40 && /[。，,]/.test(line);

/** Runs of blank lines made one: what is left where furniture between them went. */
const single = (body: readonly string[]) =>
  body.filter((l, i) => l.trim() !== '' || i === 0 || body[i - 1]!.trim() !== '');

/** The last line cut after each sentence or clause mark, where the copy stopped mid-paragraph. */
function tails(body: readonly string[]): string[][] {
  const last = body[body.length - 1] ?? '';
  const out = [[...body], body.slice(0, -1)];
  for (let i = 0; i < last.length - 1; i++)
    if ('。！？”，；、,'.includes(last[i]!)) out.push([...body.slice(0, -1), last.slice(0, i + 1)]);
  return out;
}

/**
 * The tidying of `copy` (headline on line 1, the page's text below) whose SHA-256 is `labelled`,
 * or undefined when none of the removals tried gives it.
 */
export function findLabelledText(copy: string, labelled: string): string | undefined {
  const lines = copy.replace(/\n+$/, '').split('\n');
  const [headline = '', ...body] = lines;
  const candidates = body
    .map((_, i) => i)
    .filter((i) => body[i]!.trim() !== '' && !isProse(body[i]!))
    .slice(0, MAX_CANDIDATES);
  for (let mask = 0; mask < 1 << candidates.length; mask++) {
    const removed = new Set(candidates.filter((_, j) => mask & (1 << j)));
    const kept = body.filter((_, i) => !removed.has(i));
    for (const blanks of ['kept', 'one', 'none'] as const) {
      const b0 =
        blanks === 'kept' ? kept : blanks === 'none' ? kept.filter((l) => l.trim() !== '') : single(kept);
      for (const trimmed of [false, true]) {
        const b1 = trimmed ? b0.map((l) => l.trim()) : b0;
        for (const b2 of tails(b1))
          for (const end of ['\n', '']) {
            const text = [headline, ...b2].join('\n') + end;
            if (sha256(text) === labelled) return text;
          }
      }
    }
  }
  return undefined;
}
