/**
 * Pinyin written into the text after a character, with its tone: national papers gloss the rare
 * 衢 (浙江衢(qú)州, 衢（qú）江), and copied pages gloss common ones (桐村鎮(zhèn), 鄉(xiāng)). It is
 * a reading aid, not text: terms are matched over the text without it, and a match that runs over
 * one covers the gloss as written (衢(qú)州市 is one highlight). Ruby annotations (<rt>) are the
 * other kind of reading aid, left out where blocks are read (lib/page/text-blocks.ts).
 */
import type { Match, Matcher } from './matcher';
import { withQualifiers } from './qualifiers';
import { markingRivers } from './river-mentions';
import { withoutStraddles, type StraddleWords } from './straddles';

/**
 * One gloss: a tone-marked syllable in ASCII or full-width brackets right after a Han character.
 * Only a tone mark makes one, so (G60), (tea) and （二期） stay text.
 */
export const PINYIN_GLOSS =
  /(?<=[\u3400-\u9fff\uf900-\ufaff])[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]/g;

/** The text without its glosses, and for each of its positions the position in `text`. */
export function withoutGlosses(text: string): { text: string; at: number[] } | undefined {
  if (!text.includes('(') && !text.includes('（')) return undefined;
  let clean = '';
  const at: number[] = [];
  let from = 0;
  for (const gloss of text.matchAll(PINYIN_GLOSS)) {
    for (let i = from; i < gloss.index; i++) at.push(i);
    clean += text.slice(from, gloss.index);
    from = gloss.index + gloss[0].length;
  }
  if (from === 0) return undefined;
  for (let i = from; i < text.length; i++) at.push(i);
  clean += text.slice(from);
  return { text: clean, at };
}

/** The matcher, reading each text without its pinyin glosses (offsets stay the text's own). */
function withoutReadingAids(matcher: Matcher): Matcher {
  return {
    terms: matcher.terms,
    patternCount: matcher.patternCount,
    findAll(text, enabled) {
      const clean = withoutGlosses(text);
      if (!clean) return matcher.findAll(text, enabled);
      return matcher
        .findAll(clean.text, enabled)
        .map((m): Match => ({ ...m, start: clean.at[m.start]!, end: clean.at[m.end - 1]! + 1 }));
    },
  };
}

/**
 * The matcher as it reads a page: a place right after another place's name left out
 * (qualifiers.ts), a form straddling two words left out (straddles.ts), a name written as a river
 * marked (river-mentions.ts), pinyin glosses read past.
 * One composition for the content script, the e2e harness's expected counts and bench:startup, so
 * that they cannot drift apart. `aids` is the match index's (lib/matching/page-entries.ts).
 */
export function readingPages(
  matcher: Matcher,
  aids: { readonly qualifiers: readonly string[]; readonly straddles: StraddleWords },
): Matcher {
  return withoutReadingAids(
    markingRivers(withoutStraddles(withQualifiers(matcher, aids.qualifiers), aids.straddles)),
  );
}
