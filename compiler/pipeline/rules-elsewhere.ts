/**
 * Decision rules about where a thing is: a place, river or body that is another region's, by its
 * name, by the town named after it, or by the place written before it. Read in decide.ts's order.
 */
import type { TermEvidence } from './evidence';
import { drop, LINE_KINDS, NATURAL_KINDS, type Rule } from './rule';

/** Lines (…线) are roads too (城白线, road-codes.ts), streets (吉祥路) are not. */
const isLine = (kind: string, term: string) => LINE_KINDS.has(kind) || term.endsWith('线');

/** Ports and stations, named after the city they serve. */
const PORT_KINDS = new Set(['港', '高铁站', '火车站', '机场']);

/**
 * Towns, subdistricts, villages and communities: the levels below a county (decide.ts's
 * DIVISION_KINDS has the county levels too, which the `elsewhere` rule judges by name).
 */
const BELOW_COUNTY_KINDS = new Set(['镇', '乡', '街道', '行政村', '社区']);

/**
 * A division no Quzhou one is, named like one in a region the text names (evidence.ts: townOf,
 * villageOf): that region's.
 */
function ofNamedRegion(name: string, level: string, regionOf: (e: TermEvidence) => string | undefined): Rule {
  return {
    name,
    decide: (e) => {
      const region = regionOf(e);
      return region
        ? drop(
            name,
            `no Quzhou division has this name; a ${level} of ${region}, which the text names, has it`,
          )
        : undefined;
    },
  };
}

export const ELSEWHERE_RULES: readonly Rule[] = [
  {
    name: 'elsewhere',
    decide: (e) =>
      // 黄山 (of 安徽省黄山市): the name of a province, city or county outside Quzhou.
      e.register?.elsewhere &&
      e.term.category === 'place' &&
      // A short form (西山, 黄山) may be a Quzhou place too: only where the text writes its level
      // after it, no Quzhou division has that stem (遂昌), or every use sits among places outside
      // or follows one (上饶、黄山, 安徽黄山).
      (/[省市县区州盟旗]$/.test(e.term.term) ||
        e.register.onlyElsewhere ||
        e.register.besideElsewhere ||
        e.occurrences.some((o) => /^[省市县区]/.test(o.after)))
        ? drop('elsewhere', `${e.term.term} is a province, city or county outside Quzhou`)
        : undefined,
  },
  {
    name: 'feature-elsewhere',
    decide: (e) => {
      // 金华江: a river, lake or mountain named after another province or city is that place's; so
      // is a port or a station (宁波港, 杭州站), which jieba may know whole (宁波港/ns).
      const other = e.register?.namedAfterElsewhere;
      return other &&
        e.term.category === 'place' &&
        (NATURAL_KINDS.has(e.term.kind) || PORT_KINDS.has(e.term.kind))
        ? drop('feature-elsewhere', `named after ${other}, a province or city outside Quzhou`)
        : undefined;
    },
  },
  {
    name: 'trunk-line',
    decide: (e) => {
      // 沪昆高铁, 京沪高铁, 沪昆线, 皖赣铁路: a line named by the provinces and cities at its ends, the
      // first another province's one-character name, is a trunk line across the country; Quzhou's
      // own lines carry 衢 (杭衢铁路) or open with a Quzhou town's initial (城白线), so the province
      // names some Quzhou town opens with too (苏庄, 云溪, 新昌, 青石) are left out, and so is 浙.
      const line =
        isLine(e.term.kind, e.term.term) &&
        /^[沪京津渝冀豫晋辽吉黑皖闽赣鲁鄂湘粤桂琼川蜀黔滇藏陕甘陇蒙]/.test(e.term.term);
      return line && e.term.category === 'place' && !e.term.term.includes('衢')
        ? drop('trunk-line', `a line across the country, opening with another province (${e.term.term[0]})`)
        : undefined;
    },
  },
  {
    name: 'wider-body',
    decide: (e) => {
      // 中国木材流通协会, 浙江省电力实业总公司: a body named for the country or the province, with no
      // Quzhou place in its name, is not a Quzhou organisation (LABELLING.md: bodies outside Quzhou).
      // Companies registered as 浙江… (浙江蓝宇新材料有限公司) are local firms: bare 浙江 is left alone.
      const opening = /^(中国|中华|全国|国家|浙江省|省)/.exec(e.term.term)?.[0];
      if (opening && e.term.category === 'organization' && !e.register?.within)
        return drop(
          'wider-body',
          `a body of ${opening === '省' ? 'the province' : opening}, not a Quzhou one`,
        );
      // 国网江山市供电公司, 中国移动开化分公司: the State Grid's company or a national firm's branch
      // in a Quzhou place is a branch of that national body, whatever place it names (LABELLING.md:
      // a company's branch from elsewhere).
      const nationalBranch =
        /^(中国|中华|国家)/.test(e.term.term) && /(分公司|支公司|分行|支行|营业部)$/.test(e.term.term);
      return e.term.category === 'organization' && (e.term.term.startsWith('国网') || nationalBranch)
        ? drop('wider-body', 'a branch of the State Grid (国网) or a national firm, a body from elsewhere')
        : undefined;
    },
  },
  {
    name: 'branch',
    decide: (e) => {
      // 斯凯孚集团总部, 国际慢城联盟总部: the headquarters of a body written by the body's own name
      // is where that body sits, not a project of its own (东方供应链总部, a headquarters brought in,
      // names no body before 总部).
      if (/(集团|公司|联盟|协会|商会)总部$/.test(e.term.term))
        return drop('branch', 'the headquarters of the body it names: a relation');
      // 驻京办事处: the office a body keeps in another city (驻 "stationed in"), not a township's
      // office (芹阳办事处); a Quzhou body's says whose it is (衢州驻沪办事处).
      if (/^驻.*办事处$/.test(e.term.term) && !e.register?.within)
        return drop('branch', 'an office a body keeps in another city, with no Quzhou place in its name');
      if (e.term.category !== 'organization') return undefined;
      // 交投集团子公司: "a subsidiary of" the body before it is a relation; the subsidiary's own
      // name follows (…子公司衢州市信安产业投资有限公司).
      if (/子公司$/.test(e.term.term)) return drop('branch', 'a subsidiary of the body it names: a relation');
      // 实业总公司抽蓄分公司, 广核新能源浙江分公司: a branch with no Quzhou place in its name is a
      // branch of a company from elsewhere; a local branch says where it is (…衢州分公司).
      return /分公司$/.test(e.term.term) && !e.register?.within
        ? drop('branch', 'a branch with no Quzhou place in its name: a company from elsewhere')
        : undefined;
    },
  },
  {
    name: 'town-elsewhere',
    decide: (e) => {
      const town = e.register?.townElsewhere;
      return town
        ? drop('town-elsewhere', `${town} is a town outside Quzhou named after it, and no Quzhou division is`)
        : undefined;
    },
  },
  {
    name: 'river-elsewhere',
    decide: (e) =>
      // 信江, 闽江, 瓯江: a river jieba's dictionary knows as a place, and not rarely, is one of the
      // country's known rivers; Quzhou's are too small for it (衢江 and 江山港 it does not know,
      // 乌溪江 it has as a rare name). Not where a Quzhou name is written in it, nor in a count of
      // rivers (“两江”, the two a text has just named).
      e.word?.tag === 'ns' &&
      !/^[一二三四五六七八九十两]/.test(e.term.term) &&
      e.word.freq >= 10 &&
      /.[江河]$/.test(e.term.term) &&
      e.register !== undefined &&
      e.register.quzhou.length === 0 &&
      !e.register.within
        ? drop('river-elsewhere', `a river the dictionary knows (ns, ${e.word.freq}): another region's`)
        : undefined,
  },
  {
    name: 'listed-elsewhere',
    decide: (e) =>
      // 上饶的|三清山, 三清山、|婺源、武夷山: a place the lists alone proposed, listed among places
      // outside Quzhou or written after one and 的 in most of its uses, is theirs. A name by its own
      // suffix or the register's is left to the rules above.
      e.register?.amongElsewhere &&
      e.term.category === 'place' &&
      !e.register.quzhou.length &&
      e.detectors.every((d) => d === 'enumeration')
        ? drop('listed-elsewhere', 'listed among places outside Quzhou in most of its uses: theirs')
        : undefined,
  },
  {
    name: 'after-elsewhere',
    decide: (e) => {
      // 浦江“上山遗址”: a site, river or park written after another province, city or county is
      // that place's; a Quzhou division of the same name would have been kept by the register. So
      // is a school, hospital or firm (杭州市钱塘区|明远实验学校): a body from outside (LABELLING.md),
      // unless it names a Quzhou place itself (杭州市|衢州商会).
      const other = e.register?.afterElsewhere;
      const body = e.term.category === 'organization';
      if (body && e.register?.within) return undefined;
      // 杭州的|衢州海创园: a name that opens with a Quzhou place is Quzhou's, wherever it stands.
      if (e.register?.placeOpening) return undefined;
      return other && (e.term.category === 'place' || body) && !e.register?.quzhou.length
        ? drop('after-elsewhere', `written after ${other}, a place outside Quzhou, wherever it is used`)
        : undefined;
    },
  },
  {
    name: 'division-elsewhere',
    decide: (e) => {
      // 福建省浦城县|九牧镇 … 嫁到了九牧镇: a town or village the register has only outside Quzhou,
      // written after another province, city or county once in each article that uses it, is that
      // place's (one sense per discourse). The register rule reads a Quzhou namesake the same way;
      // without one, not-in-register keeps such a name in case it is a Quzhou division newer than
      // the register, which no article would write after another county.
      const other = e.register?.elsewhereInEachArticle;
      return other &&
        e.term.category === 'place' &&
        BELOW_COUNTY_KINDS.has(e.term.kind) &&
        e.register!.quzhou.length === 0 &&
        e.register!.named > 0
        ? drop(
            'division-elsewhere',
            `written after ${other}, a place outside Quzhou, and no Quzhou division has the name`,
          )
        : undefined;
    },
  },
  // 平武县…龙安镇: no Quzhou town has the name, and one that has it lies where the text is.
  ofNamedRegion('town-of-elsewhere', 'town', (e) => e.register?.townOf),
  // 江湾镇大畈村, 婺源县江湾镇的大畈、济溪、浯村: the same a level down, by the town or county.
  ofNamedRegion('village-of-elsewhere', 'village', (e) => e.register?.villageOf),
  {
    name: 'unit-and-place',
    decide: (e) => {
      // 龙游溪|口: a county's short form and one of its towns (溪口镇) written together, the town
      // opening with a suffix's character (溪), read as a stream of the county.
      const place = e.register?.cutFromUnitPlace;
      return place
        ? drop('unit-and-place', `cut out of ${place.chain[0]} and ${place.name} written together`)
        : undefined;
    },
  },
  {
    name: 'glued-place',
    decide: (e) =>
      e.register?.gluedTo && e.term.category === 'place' && !e.detectors.includes('quoted')
        ? drop(
            'glued-place',
            `a word of grammar before ${e.register.gluedTo}, a place the register knows: a phrase, not a name`,
          )
        : undefined,
  },
];

export const OPENS_ELSEWHERE: Rule = {
  name: 'opens-elsewhere',
  decide: (e) => {
    // 丽水通济堰, 黄山机场, 宁波它山堰: a place or programme named with another city first is that
    // city's. Quzhou's own are named after a Quzhou place, or have one inside (杭衢铁路).
    const other = e.register?.opensElsewhere;
    return other && e.term.category !== 'slogan' && !e.register?.quzhou.length
      ? drop('opens-elsewhere', `named with ${other} first, a place outside Quzhou: that place's`)
      : undefined;
  },
};
