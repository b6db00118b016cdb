/**
 * The decision rule for a name the name detector reads as a division by its suffix (…村, …镇,
 * …街道, …区): whether the text shows it is one. The register settles Quzhou's divisions (decide.ts's
 * `register` rule); this rule judges the rest from what the detector saw around each use
 * (`Term.division`), never from a list of names.
 *
 * Divisions are decided first, before the other detectors run (extract.ts): the stems of the ones
 * kept (衢江 of 衢江区) anchor every other local name (衢江港区). So extract.ts asks this module
 * which to anchor on, and decide.ts records the same verdict for each candidate.
 */
import { isNationwide, isOrdinaryWord } from '../generic';
import { isSpecific, isUnitPlusGeneric } from '../specific';
import type { DivisionFacts } from '../term';
import { drop, NO_ANCHORS, type Rule } from './rule';

/** Nobody writes 自然村 or 行政村 after a word that is not a village's name (王家|自然村). */
const VILLAGE_BY_STATUS = /^(自然村|行政村)$/;

/** A count of people or households opening a stem (万人|村播, 千户): a quantity, not a name. */
const HEADCOUNT = /^[一二三四五六七八九十两百千万]+[人户]/;

/**
 * Words for a time relative to now (前几年|村两委, 去年|村里, 如今|村民): the time a sentence is
 * set in, written before the unit and its organ, not a name. (rules/names.ts cuts a name's stem at
 * whole words of this kind; here any stem holding one is none.)
 */
const TIME_PHRASE = /(几年|去年|今年|前年|当年|早年|近年|多年|年前|年来|以前|之前|过去|如今|现在|时候)/;

/**
 * A name no division has: words said of every unit (工业强市), a number or a headcount in its stem,
 * or a time.
 */
const impossible = (f: Omit<DivisionFacts, 'listedWith'>) =>
  isNationwide(f.term) || /\d/.test(f.stem) || HEADCOUNT.test(f.stem) || TIME_PHRASE.test(f.stem);

/**
 * The text itself shows the name is a division's: its stem names one thing (not an ordinary word),
 * an organ of it is written after it (党委, 村民, 书记), it is written inside the division it
 * belongs to (衢江区|廿里镇), or its suffix is a village's status.
 */
function shown(f: Omit<DivisionFacts, 'listedWith'>): boolean {
  return (
    !impossible(f) &&
    // 衢江区|现代社区: a unit and nationwide vocabulary is that generic thing in the unit.
    !isUnitPlusGeneric(f.term) &&
    ((!isOrdinaryWord(f.stem, 100) && isSpecific(f.stem, NO_ANCHORS)) ||
      f.organ ||
      f.parent ||
      (VILLAGE_BY_STATUS.test(f.suffix) && f.stem.length >= 2))
  );
}

/**
 * Whether the candidate is a division as the text writes it: shown so itself, or listed beside one
 * of the same kind that is (大头村、少岭坞村、上门村).
 */
export function isDivision(f: DivisionFacts): boolean {
  return shown(f) || (!impossible(f) && f.listedWith.some(shown));
}

/** Why the text does not show the candidate is a division, for the record. */
function notShown(f: DivisionFacts): string {
  if (isNationwide(f.term)) return 'nationwide vocabulary, said of every unit';
  if (/\d/.test(f.stem) || HEADCOUNT.test(f.stem))
    return 'a number in its stem: a count or a grade, not a name';
  if (TIME_PHRASE.test(f.stem)) return `a time (${TIME_PHRASE.exec(f.stem)![0]}) in its stem, not a name`;
  if (isUnitPlusGeneric(f.term))
    return 'a division and nationwide vocabulary: the generic thing in that division';
  return `a division by its suffix, but its stem ${f.stem} is an ordinary word, and no organ, containing unit or list beside a division shows it is one`;
}

export const DIVISION_RULE: Rule = {
  name: 'division',
  decide: (e) =>
    e.term.division && !isDivision(e.term.division) ? drop('division', notShown(e.term.division)) : undefined,
};
