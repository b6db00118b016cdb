/**
 * Every Quzhou village and community in the shipped match index, written on a page about Quzhou the
 * way local news writes it, must be shown, as the content script reads a page (the shipped index,
 * its qualifiers and straddle words, lib/page/quzhou-page.ts). Not a sample: all of them, in frames
 * that name no particular one; the page first names the place's county and town. A name several
 * Quzhou places share counts as shown where any of them is (the popover names them all).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { divisionShortForm } from '../lib/glossary/glossary';
import { compileMatcher } from '../lib/matching/matcher';
import { indexEntries, type MatchIndex } from '../lib/matching/page-entries';
import { readingPages } from '../lib/matching/reading-aids';
import { placeTree, shownOnPage } from '../lib/page/quzhou-page';

const index = JSON.parse(
  readFileSync(new URL('../data/match-index.json', import.meta.url), 'utf8'),
) as MatchIndex;
const entries = indexEntries(index);
const matcher = readingPages(compileMatcher(entries, { blockers: index.blockers }), index);
const tree = placeTree(entries);
const villages = entries
  .map((_, i) => i)
  .filter(
    (i) =>
      tree.parent[i]! >= 0 && (tree.children[i]?.length ?? 0) === 0 && /(村|社区)$/.test(entries[i]!.term),
  );

/** The villages not shown where `frame` writes each (given its town and county) on a page about Quzhou. */
function notShown(frame: (village: string, town: string, county: string) => string): string[] {
  const missed: string[] = [];
  for (const v of villages) {
    const village = entries[v]!.term;
    const town = entries[tree.parent[v]!]!.term;
    const county = entries[tree.parent[tree.parent[v]!]!]?.term ?? town;
    const page = [
      `衢州市${county}${town}推进乡村振兴，衢州市柯城区、开化县、龙游县也在行动。`,
      frame(village, town, county),
    ];
    const matches = page.flatMap((line) => matcher.findAll(line));
    if (!shownOnPage(matches, tree).some((m) => entries[m.entry]!.term === village)) missed.push(village);
  }
  return missed;
}

describe('every Quzhou village, on a page about Quzhou', () => {
  it('is more than a thousand names', () => {
    expect(villages.length).toBeGreaterThan(1500);
  });

  it('is shown where the text visits it, its people speak or something is held there', () => {
    expect(notShown((v) => `记者来到${v}，看到大家正在忙碌。`)).toEqual([]);
    expect(notShown((v) => `${v}村民说，今年收成不错。`)).toEqual([]);
    expect(notShown((v) => `这次培训在${v}举行，共有五十人参加。`)).toEqual([]);
    expect(notShown((v) => `来自白岩村、${v}等村的代表参加了会议。`)).toEqual([]);
  });

  it('is shown after its town or county written in full', () => {
    expect(notShown((v, town) => `${town}${v}的村民正在采茶。`)).toEqual([]);
    expect(notShown((v, _, county) => `${county}${v}的村民正在采茶。`)).toEqual([]);
  });

  it('is shown on a page in Traditional script', () => {
    expect(notShown((v) => `記者來到${v}，看到大家正在忙碌。`)).toEqual([]);
  });

  it('is shown after its town’s short form, though another county is so named (金川|上埠村, 小南海|大塘村)', () => {
    // Left: villages of a one-character stem whose first character makes a word with what the
    // town's short form ends in (龙村村, 前村村, 上村村), and 镇北社区 after 镇北 (镇北|镇北社区).
    expect(notShown((v, town) => `${divisionShortForm(town)}${v}的村民正在采茶。`)).toEqual([
      '龙村村',
      '前村村',
      '上村村',
      '镇北社区',
    ]);
  });
});
