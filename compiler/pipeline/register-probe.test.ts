/**
 * Every Quzhou division in the register, written into made-up articles the way local news writes
 * them, must be found (issue 13: "every register place mentioned found"). Not a sample the rules
 * were tuned on: all 1,770 divisions, in frames that name no particular one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGlossary } from '../compile';
import { generalDictionary } from '../lexicon';
import { buildPlaceRegister, type PlaceRegister, type RegisterPlace } from '../register/places';
import { readRegister } from '../register/read-register';

let register: PlaceRegister;
beforeAll(() => {
  register = buildPlaceRegister(readRegister());
  // jieba's dictionary and segmenter load on first use: here, not inside the first test's time.
  compileGlossary([{ name: 'warm-up.txt', text: '衢州市柯城区推进乡村振兴。' }], undefined, { register });
}, 60_000);

type Frame = (town: RegisterPlace, villages: RegisterPlace[]) => string[];

/** One article per town that names the town once, with its county, then its villages as `frame` writes them. */
function missed(frame: Frame): string[] {
  const places = register.places.filter((p) => p.level !== 'prefecture');
  const articles = places
    .filter((p) => p.level === 'town')
    .map((town) => {
      const villages = places.filter(
        (p) => p.level === 'village' && p.chain[0] === town.name && p.chain[1] === town.chain[0],
      );
      const text = [`${town.chain[0]}${town.name}积极推进乡村振兴。`, ...frame(town, villages)];
      return { name: `town-${town.code}.txt`, text: text.join('\n\n') };
    });
  const { glossary } = compileGlossary(articles, undefined, { register });
  const found = new Set(
    glossary.entries.filter((e) => e.sources.length > 0).flatMap((e) => [e.term, ...e.aliases]),
  );
  return [...new Set(places.filter((p) => !found.has(p.name)).map((p) => p.name))].sort();
}

describe('every Quzhou division, written as news writes it', () => {
  it('is found where the article names its town and the text visits it', () => {
    // 范村: a stem of one character, as often the end of a word (模范村) as a village.
    expect(missed((_, villages) => villages.map((v) => `记者来到${v.name}，看到大家正在忙碌。`))).toEqual([
      '范村',
    ]);
  });

  it('is found where its people speak', () => {
    expect(missed((_, villages) => villages.map((v) => `${v.name}村民说，今年收成不错。`))).toEqual(['范村']);
  });

  it('is found where people come from it, though jieba reads 来自 with its first character (来|自信|安村)', () => {
    expect(missed((_, villages) => villages.map((v) => `来自${v.name}的老人带来了土特产。`))).toEqual([
      '范村',
    ]);
  });

  it('is found where someone lives there, though jieba may read 住 with its first character (家住|客弄村)', () => {
    expect(missed((_, villages) => villages.map((v) => `家住${v.name}的王大妈说，日子越来越好。`))).toEqual([
      '范村',
    ]);
  });

  it('is found as a former village merged into a new one (由原|戴家村…合并而成)', () => {
    expect(missed((_, villages) => villages.map((v) => `新村由原${v.name}等村合并而成。`))).toEqual(['范村']);
  });

  it('is found after a date that opens the sentence (2023年|彩虹社区被评为…)', () => {
    expect(missed((_, villages) => villages.map((v) => `2023年${v.name}被评为美丽乡村。`))).toEqual(['范村']);
  });

  it('is found as a neighbour, after a bearing and a verb of bordering (东邻|…)', () => {
    expect(
      missed((_, villages) =>
        villages.map((v, i) => `${v.name}东邻${villages[(i + 1) % villages.length]!.name}。`),
      ),
    ).toEqual(['范村']);
  });

  it('is found in a headline after its county’s short form, though jieba reads across them (常山|东坑村 as 山东)', () => {
    // 市上村: after 江山 it reads as 江山市|上村, which a reader takes the same way.
    expect(
      missed((town, villages) =>
        villages.map((v) => `${town.chain[0]!.replace(/(市|县|区)$/, '')}${v.name}：小山村里的大变化`),
      ),
    ).toEqual(['市上村', '范村']);
  });

  it('is found after its town’s short form, though a county elsewhere is so named (莲花|五坦村: 莲花县, Jiangxi)', () => {
    // 金川社区 of 金川街道 and 镇北社区 read as 金川|金川社区 and 镇北|镇北社区, a doubled name.
    expect(
      missed((town, villages) =>
        villages.map((v) => `${town.name.replace(/(街道|镇|乡)$/, '')}${v.name}的村民正在采茶。`),
      ),
    ).toEqual(['范村', '金川社区', '镇北社区']);
  });

  it('is a town found where the article names only the prefecture (a city paper’s 记者来到莲花镇)', () => {
    const towns = register.places.filter((p) => p.level === 'town');
    const articles = register.places
      .filter((p) => p.level === 'county')
      .map((county) => ({
        name: `city-${county.code}.txt`,
        text: [
          '衢州市推进乡村振兴。',
          ...towns
            .filter((t) => t.chain[0] === county.name)
            .map((t, i) =>
              i % 2 ? `记者来到${t.name}，看到大家正在忙碌。` : `${t.name}党委书记介绍了今年的工作。`,
            ),
        ].join('\n\n'),
      }));
    const { glossary } = compileGlossary(articles, undefined, { register });
    const found = new Set(glossary.entries.filter((e) => e.sources.length > 0).map((e) => e.term));
    expect(towns.filter((t) => !found.has(t.name)).map((t) => t.name)).toEqual([]);
  });

  it('is found where the article names only its county and the text visits it or places it', () => {
    const places = register.places.filter((p) => p.level === 'village');
    const articles = register.places
      .filter((p) => p.level === 'county')
      .map((county) => {
        const villages = places.filter((v) => v.chain[1] === county.name);
        // Half are visited (来到|…), half open a sentence that places them (…|位于).
        const visits = villages.map((v, i) =>
          i % 2 ? `记者来到${v.name}，看到大家正在忙碌。` : `${v.name}位于山区，风景秀美。`,
        );
        return {
          name: `county-${county.code}.txt`,
          text: [`${county.name}积极推进乡村振兴。`, ...visits].join('\n\n'),
        };
      });
    const { glossary } = compileGlossary(articles, undefined, { register });
    const found = new Set(glossary.entries.filter((e) => e.sources.length > 0).map((e) => e.term));
    expect([...new Set(places.filter((p) => !found.has(p.name)).map((p) => p.name))]).toEqual(['范村']);
  });

  /**
   * One article per county writing its towns by their stems alone, each in `frame`; the article
   * names `named(county)`. Returns the towns whose stem no entry carries.
   */
  function stemsMissed(named: (county: RegisterPlace) => string, frame: (stem: string, i: number) => string) {
    const towns = register.places.filter((p) => p.level === 'town');
    const counties = register.places.filter((p) => p.level === 'county');
    const articles = counties.map((county) => ({
      name: `stems-${county.code}.txt`,
      text: [
        `${named(county)}积极推进乡村振兴。`,
        ...towns.filter((t) => t.chain[0] === county.name).map((t, i) => frame(t.stem, i)),
      ].join('\n\n'),
    }));
    const { glossary } = compileGlossary(articles, undefined, { register });
    const found = new Set(glossary.entries.filter((e) => e.sources.length > 0).flatMap((e) => e.aliases));
    const dictionary = generalDictionary();
    const sharedStem = (stem: string) => towns.filter((t) => t.stem === stem).length > 1;
    const missed = towns.filter((t) => !found.has(t.stem));
    // Taken alone only where the stem is no frequent word (花园, 大桥), no other division's name
    // anywhere in China (湖南, 新昌) and no other Quzhou town's stem.
    for (const t of missed)
      expect(
        (dictionary.get(t.stem)?.freq ?? 0) >= 20 ||
          register.named(t.stem) > 0 ||
          register.places.some((p) => p.name === t.stem) ||
          sharedStem(t.stem),
        t.stem,
      ).toBe(true);
    expect(missed.length).toBeLessThan(towns.length / 2);
  }

  it('is found by its stem alone (华埠) where the article names its county, unless the stem is a word or a name of its own', () => {
    // Half are visited, half host something (在华埠|举行): a verb after the stem ends it too.
    stemsMissed(
      (county) => county.name,
      (stem, i) => (i % 2 ? `记者来到${stem}，看到大家正在忙碌。` : `活动在${stem}举行，群众踊跃参加。`),
    );
  });

  it('is found by its stem alone where a Quzhou article names another county, after a verb or before one jieba glues', () => {
    // 一条穿里岭到|华埠。 and 在|清湖|舍舟/x 行陆: the road from 常山 reaches a town of 开化.
    const counties = register.places.filter((p) => p.level === 'county');
    const other = (county: RegisterPlace) => counties[(counties.indexOf(county) + 1) % counties.length]!.name;
    stemsMissed(other, (stem, i) =>
      i % 2 ? `古道一路向西，经过山岭到${stem}。` : `商贸货物在${stem}舍舟登岸，再走古道。`,
    );
  });

  it('finds a county by its short form alone where that is no word (柯城, 衢江, 龙游; not 江山 or 开化)', () => {
    const counties = register.places.filter((p) => p.level === 'county');
    const articles = counties.map((c) => ({
      name: `short-${c.code}.txt`,
      text: `${c.short}全力推进城市更新，今年${c.short}新建公园十个。`,
    }));
    const { glossary } = compileGlossary(articles, undefined, { register });
    const sourced = new Set(glossary.entries.filter((e) => e.sources.length > 0).map((e) => e.term));
    const dictionary = generalDictionary();
    for (const c of counties)
      expect(sourced.has(c.name), c.name).toBe((dictionary.get(c.short!)?.freq ?? 0) < 20);
  });

  it('is found by its stem alone (三卿口) where the article names its town, unless the stem is a word or a town’s', () => {
    const dictionary = generalDictionary();
    const townStems = new Set(register.places.filter((p) => p.level === 'town').map((p) => p.stem));
    const names = new Set(register.places.map((p) => p.name));
    const byStem = (town: RegisterPlace) =>
      register.places.filter(
        (v) =>
          v.level === 'village' &&
          v.chain[0] === town.name &&
          v.chain[1] === town.chain[0] &&
          v.stem !== v.name &&
          v.stem.length >= 2 &&
          !dictionary.has(v.stem) &&
          !townStems.has(v.stem) &&
          !names.has(v.stem),
      );
    const towns = register.places.filter((p) => p.level === 'town');
    const visit = (v: RegisterPlace) => `记者走进${v.stem}，看到大家正在忙碌。`;
    const compiled = (named: (town: RegisterPlace) => string) =>
      compileGlossary(
        towns.map((town) => ({
          name: `village-stems-${town.code}.txt`,
          text: [`${named(town)}积极推进乡村振兴。`, ...byStem(town).map(visit)].join('\n\n'),
        })),
        undefined,
        { register },
      ).glossary.entries.filter((e) => e.sources.length > 0);
    const villages = towns.flatMap(byStem);
    expect(villages.length).toBeGreaterThan(1000);
    const found = new Set(compiled((town) => `${town.chain[0]}${town.name}`).flatMap((e) => e.aliases));
    // Missed only where two villages of the town share the stem, or 进 and its first character
    // make a word (走进|城站 reads 进城).
    const shared = (v: RegisterPlace) =>
      villages.filter((o) => o.stem === v.stem && o.chain[0] === v.chain[0]).length > 1;
    const missed = villages.filter((v) => !found.has(v.stem));
    for (const v of missed) expect(shared(v) || dictionary.has(`进${v.stem[0]}`), v.name).toBe(true);
    expect(missed.length).toBeLessThan(villages.length / 50);
    // The county alone does not say which village a stem is.
    const stems = new Set(villages.map((v) => v.stem));
    expect(compiled((town) => town.chain[0]!).filter((e) => e.aliases.some((a) => stems.has(a)))).toEqual([]);
  });

  /**
   * The villages whose own name ends in 村 (彭村村), written by the short form news uses (彭村)
   * after their town in `frame`: the short forms no entry carries.
   */
  function shortFormsMissed(frame: (town: string, short: string) => string): string[] {
    const villages = register.places.filter((p) => p.level === 'village' && p.short && p.short !== p.name);
    const articles = register.places
      .filter((p) => p.level === 'town')
      .map((town) => ({
        name: `short-forms-${town.code}.txt`,
        text: [
          `${town.chain[0]}${town.name}积极推进乡村振兴。`,
          ...villages
            .filter((v) => v.chain[0] === town.name && v.chain[1] === town.chain[0])
            .map((v) => frame(town.name, v.short!)),
        ].join('\n\n'),
      }));
    const { glossary } = compileGlossary(articles, undefined, { register });
    const found = new Set(glossary.entries.filter((e) => e.sources.length > 0).flatMap((e) => e.aliases));
    expect(villages.length).toBeGreaterThan(50);
    return villages.filter((v) => !found.has(v.short!)).map((v) => v.name);
  }

  it('is found by its short form (彭村 of 彭村村) where a person is from it as where the text visits it', () => {
    // The ones missed in both are ordinary words (南村, 中村) or other divisions' names (张村乡).
    const visited = shortFormsMissed((town, short) => `记者来到${town}${short}，看到大家正在忙碌。`);
    expect(visited.length).toBeLessThan(15);
    expect(shortFormsMissed((town, short) => `老张是${town}${short}人，做烤饼已经十多年。`)).toEqual(visited);
  });

  it('is found in a list of the town’s villages', () => {
    // Even 相对村 and 同知社区, whose stems are words first (相对 "relative", 同知 a Qing office):
    // the other villages of their town listed beside them say which they are.
    const list: Frame = (_, villages) =>
      villages.length
        ? [`${villages.map((v) => v.name).join('、')}等${villages.length}个村参加了活动。`]
        : [];
    expect(missed(list)).toEqual([]);
  });
});
