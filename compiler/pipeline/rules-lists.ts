/**
 * Rules about the items of lists (listed.ts proposes them, with what each list said of them):
 * where a list was cut at the wrong place, and what a list holds beside its names (offices,
 * counts, activities). Run by decide.ts.
 */
import { isGenericPhrase, isNationwide, isOrdinaryWord } from '../generic';
import { generalDictionary } from '../lexicon';
import { listItemSuffix, SUFFIXES } from '../rules/suffixes';
import { isSpecific } from '../specific';
import type { ListedIn } from '../term';
import * as cue from './cues';
import { drop, NO_ANCHORS, type Rule } from './rule';

/** Items that open with a unit or a name suffix were cut at the wrong place. */
const UNIT_FIRST = new RegExp(
  `^(街道|社区|村|镇|乡|区|县|市|${SUFFIXES.filter((s) => s.category === 'place' && s.suffix.length >= 2)
    .map((s) => s.suffix)
    .join('|')})`,
);

/**
 * A list item proposed by lists alone, where no list that proposed it reads it as a name: each
 * list either cut it at the wrong place, or gives it neither a suffix, nor a head that names its
 * kind, nor a word that names one thing. An item counted as a unit (…四个自然村) needs only a
 * clean cut.
 */
export const LIST_CUT_RULE: Rule = {
  name: 'enumeration-rule',
  decide: (e) => {
    const lists = e.term.lists ?? [];
    if (lists.length === 0 || !e.detectors.every((d) => d === 'enumeration' || d === 'counted-list'))
      return undefined;
    const item = e.term.term;
    const suffix = listItemSuffix(item) !== undefined;
    const local = (e.anchorsWithin?.length ?? 0) > 0;
    const why = (list: ListedIn): string | undefined => {
      // A suffix names the kind and a place head (等高品质安置小区) names it for every item, so
      // ordinary words are enough for the name itself (航天智慧农业产业园, 新屋里).
      if (!suffix && list.head !== 'place' && !local && !isSpecific(item, NO_ANCHORS))
        return 'listed beside a term, but with no suffix and only ordinary words';
      // A unit glued to its neighbour (街道|廖家村, 南山底村|排门自然村) is two names, not a new one,
      // and so is a suffix glued to the next word (安置地块|路网).
      if (UNIT_FIRST.test(item)) return 'cut at the wrong place: it opens with a unit or a name suffix';
      if (list.edgeTerm)
        return `cut at the wrong place: it opens or ends with ${list.edgeTerm}, a known term`;
      if (list.pieceOf) return `a piece of ${list.pieceOf}, a longer name written in the same sentence`;
      return undefined;
    };
    const reasons = lists.map(why);
    return reasons.every((r) => r !== undefined) ? drop('enumeration-rule', reasons[0]!) : undefined;
  },
};

/** Words for the area around a place (樟潭一带, 浮石附近): closing an item, or a word inside it. */
const AREA_AROUND = '一带|附近|周边|沿线';
const AREA_END = new RegExp(`(${AREA_AROUND})$`);
const AREA_WORD = new RegExp(`^(${AREA_AROUND}|境内)$`);

/** What a list holds beside its names, by the item's own words. */
export const LIST_ITEM_RULES: readonly Rule[] = [
  {
    name: 'list-item',
    decide: (e) => {
      // What a list holds beside its names: offices, ordinary words, counts and activities
      // (区民政局, 社工队伍建设), and an item whose left edge is a guess (辖区|皂角村).
      if (!e.detectors.every((d) => d === 'enumeration')) return undefined;
      const item = e.term.term;
      if (cue.LIST_OFFICE.test(item)) return drop('list-item', 'an office or post, not a local name');
      // 柯城九华、衢江莲花: a county's short form and one of its towns' stems is that town, which
      // the register detector finds by its stem; so is a town's stem and one of its villages' (石门清漾).
      const place = e.register?.placeAfterUnit;
      if (place)
        return drop(
          'list-item',
          `${place.name}, written after the short form of ${place.chain[0]}, where it lies`,
        );
      // A word jieba knows as a name (白石/nr, 九华/nz, 浙赣铁路/nz) is one, listed beside others.
      const proper = /^(nr|nz)/.test(e.word?.tag ?? '');
      if (isNationwide(item) || (isOrdinaryWord(item, 1) && !proper))
        return drop('list-item', 'an ordinary word or nationwide vocabulary');
      if (cue.QUANTITY.test(item) || cue.ACTIVITY_END.test(item))
        return drop('list-item', 'a count or an activity, not a name');
      const lead = e.tokens[0];
      // 至窑岭抵保安: "to" opening an item makes it a stretch of the way, not a name (jieba may glue
      // the preposition to the name after it: 至窑岭/x).
      if (/^[至到往抵]/.test(item) && item.length >= 3)
        return drop('list-item', `opens with ${item[0]}, "to": a stretch of the way, not a name`);
      // 马金至齐溪、华埠至苏庄; 金华甚至江西上饶: "to" or "even" standing between two words joins
      // two places, a stretch of road or a range of where people come from, not one name.
      const joiner = e.tokens.slice(1, -1).find((t) => /^(至|到|甚至|乃至|直至)$/.test(t.word));
      if (joiner)
        return drop('list-item', `${joiner.word} joins two places: a stretch or a range, not a name`);
      // 衢州城区地处衢江、乌溪江…: a list cut from the start of its sentence keeps the clause that
      // says where the subject lies; the place is the last word, which the text names again.
      const lies = e.tokens
        .slice(0, -1)
        .find((t) => /^(地处|位于|坐落|毗邻|紧邻|地跨|背靠|面向)$/.test(t.word));
      if (lies) return drop('list-item', `holds ${lies.word}, "lies in": a clause saying where, not a name`);
      // Grammar no name holds, inside an item that a list cut from a clause: a verb of having
      // (江山市现有国家级, "江山 now has national-level…"), or a verb with its aspect particle,
      // glued by jieba's guesser (刻过/x 湖镇: "have carved"). Words for the area around: below.
      const has = e.tokens.find((t) => /^(现有|已有|拥有)$/.test(t.word));
      if (has) return drop('list-item', `holds ${has.word}, "has": a clause, not a name`);
      const aspect = e.tokens.find(
        (t) =>
          t.tag === 'x' &&
          t.word.length === 2 &&
          /[过了]$/.test(t.word) &&
          /^v/.test(generalDictionary().get(t.word[0]!)?.tag ?? ''),
      );
      if (aspect)
        return drop('list-item', `holds ${aspect.word}, a verb and its aspect: a clause, not a name`);
      // 樟潭、浮石一带: a word for the area around (一带, 附近, 周边) closing a list is said of the
      // place before it; the register finds that place by its own name where it is a division's.
      // Inside an item (后溪一带江面, "the water around 后溪"; 境内 too) it makes a phrase of it.
      const area = AREA_END.exec(item)?.[0];
      if (area) return drop('list-item', `ends in ${area}: the area around a place, not a name`);
      const inner = e.tokens.slice(0, -1).find((t) => AREA_WORD.test(t.word));
      if (inner) return drop('list-item', `holds ${inner.word}: the area around a place, not a name`);
      // 柯城、衢江的科创园区: an item with 的 in it is a phrase about the item before, not a name.
      if (item.includes('的')) return drop('list-item', 'a phrase with 的 in it: a description, not a name');
      // 马金溪、常山港、信江上游: a river's upper or lower course is a stretch of it, not a name.
      if (/.{2}[上中下]游$/.test(item))
        return drop('list-item', `ends in ${item.slice(-2)}: a stretch of a river, not a name`);
      if (
        lead &&
        lead.word.length >= 2 &&
        lead.word.length < item.length - 1 &&
        isOrdinaryWord(lead.word, 1000)
      )
        return drop('list-item', `opens with the frequent word ${lead.word}: its edge is a guess`);
      // 老水塔、锅炉房烟囱、铁轨式运货通道; 妙源村的竹编艺人: an item of four characters or more with
      // no place's suffix, made only of ordinary words, is a thing or a person listed beside a
      // name; the places a list names by their stems alone are short (马金、华埠).
      if (
        e.term.category === 'place' &&
        e.term.kind === '并列项' &&
        item.length >= 4 &&
        !proper &&
        isGenericPhrase(item)
      )
        return drop('list-item', 'ordinary words and no place suffix: a thing listed beside a name');
      return undefined;
    },
  },
  {
    name: 'activity-item',
    decide: (e) => {
      // 路灯亮化, 江边游步道: list items that are things done or descriptions of where.
      if (!e.detectors.every((d) => d === 'enumeration')) return undefined;
      const last = e.tokens[e.tokens.length - 1];
      const first = e.tokens[0];
      // 林权收储单、香菇贷、整村授信: 贷 after what it lends on or for is a loan product, a
      // bank's programme (the labelled sets name some thirty: 碳汇贷, 青创贷), not lending done.
      if (last && last.tag === 'v' && e.tokens.length >= 2 && last.word !== '贷')
        return drop(
          'activity-item',
          `a list item ending in the verb ${last.word}: something done, not a name`,
        );
      if (first && /^(s|f|p)$/.test(first.tag))
        return drop(
          'activity-item',
          `a list item opening with the locative ${first.word}: a description of where`,
        );
      return undefined;
    },
  },
];
