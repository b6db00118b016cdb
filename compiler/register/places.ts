/**
 * Quzhou's places from the national register, and what the rest of China's register says about
 * their names: every division of one prefecture with its kind, code, parent chain and English
 * form, and how many divisions elsewhere share a name (白沙村 has many namesakes, 廿里镇 none).
 */
import { divisionName, englishName, shortForm, type DivisionName } from './division-names';
import type { DivisionLevel, DivisionRow } from './read-register';

/** 衢州市 in the register. */
export const QUZHOU_CODE = '3308';

export interface RegisterPlace extends DivisionName {
  code: string;
  level: DivisionLevel;
  /** The English form: Hetian Village, Longyou County, Quzhou. */
  english: string;
  /** The divisions it lies in, nearest first, up to the province: 横山镇, 龙游县, 衢州市, 浙江省. */
  chain: string[];
  /** The English forms of the chain, nearest first. */
  englishChain: string[];
  /** What people write alone for a county or city: 龙游县 → 龙游. */
  short?: string;
}

export interface PlaceRegister {
  /** The prefecture's divisions, itself first, each parent before its children. */
  places: RegisterPlace[];
  /** Divisions anywhere in China (this prefecture's included) named exactly `name`. */
  named(name: string): number;
  /** Divisions anywhere in China whose name without its kind is `stem` (龙游 → 龙游县, 龙游村…). */
  stemmed(stem: string): number;
  /** Whether any division in China has this name: a place name read from text must exist. */
  exists(name: string): boolean;
  /**
   * Names of the provinces, cities and counties outside the prefecture's own chain, full and
   * short (湖南省, 湖南, 安吉县, 安吉), sorted: written before a place name, they make it another
   * place's (lib/matching/qualifiers.ts).
   */
  qualifiers: string[];
  /**
   * The provinces and prefecture-level cities among them, full and short (浙江省, 丽水市, 丽水):
   * a name opening with one of these is that region's (丽水通济堰). County names are left out:
   * many are also the names of Quzhou's own quarters (东港, 城东).
   */
  regions: string[];
  /**
   * The provinces, prefecture-level cities and counties outside the prefecture's own chain that
   * hold a township, town or subdistrict named exactly `name` (龙安镇 → 四川省, 四川, 绵阳市, 绵阳,
   * 平武县, …): provinces and cities by full name and short form, counties by a full name of three
   * characters or more (a county's short form is often a word or a Quzhou quarter's name).
   */
  townRegions(name: string): readonly string[];
  /**
   * The towns outside the prefecture's chain that hold a village or community named exactly
   * `name`, and the counties or cities that hold those towns, as `townRegions` writes them
   * (大畈村 → 江湾镇, 婺源县, …). No provinces: the town and its county say where a village is, and
   * a province holds namesakes of most village names.
   */
  villageRegions(name: string): readonly string[];
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Reads the whole register once: the prefecture's places and the national name counts. */
export function buildPlaceRegister(
  rows: readonly DivisionRow[],
  prefecture: string = QUZHOU_CODE,
): PlaceRegister {
  const names = new Map<string, number>();
  const stems = new Map<string, number>();
  const byCode = new Map<string, { row: DivisionRow; name?: DivisionName }>();
  const qualifiers = new Set<string>();
  const regions = new Set<string>();
  // Outside the prefecture's chain: the names a region is written by, and its parent; and the
  // codes of the counties that hold each town, by the town's name.
  const upper = new Map<string, { names: string[]; parent?: string }>();
  const townParents = new Map<string, string[]>();
  const townsOutside = new Map<string, { name: string; parent: string }>();
  const villageParents = new Map<string, string[]>();
  for (const row of rows) {
    const name = divisionName(row.name, row.level);
    if (name) {
      bump(names, name.name);
      if (name.stem !== name.name) bump(stems, name.stem);
      const ownChain = row.code.startsWith(prefecture) || prefecture.startsWith(row.code);
      if (!ownChain && (row.level === 'province' || row.level === 'prefecture' || row.level === 'county')) {
        qualifiers.add(name.name);
        const short = shortForm(name, row.level);
        if (short) qualifiers.add(short);
        if (row.level !== 'county') for (const n of [name.name, ...(short ? [short] : [])]) regions.add(n);
        const written =
          row.level !== 'county'
            ? [name.name, ...(short ? [short] : [])]
            : name.name.length >= 3 && /[县区市旗]$/.test(name.name)
              ? [name.name]
              : [];
        upper.set(row.code, { names: written, ...(row.parent ? { parent: row.parent } : {}) });
      }
      if (!ownChain && row.level === 'town' && row.parent) {
        const parents = townParents.get(name.name);
        if (parents) parents.push(row.parent);
        else townParents.set(name.name, [row.parent]);
        townsOutside.set(row.code, { name: name.name, parent: row.parent });
      }
      if (!ownChain && row.level === 'village' && row.parent) {
        const parents = villageParents.get(name.name);
        if (parents) parents.push(row.parent);
        else villageParents.set(name.name, [row.parent]);
      }
    }
    // Only the prefecture and what lies above or in it need their parents remembered.
    if (row.code.startsWith(prefecture) || prefecture.startsWith(row.code))
      byCode.set(row.code, { row, ...(name ? { name } : {}) });
  }

  const chainOf = (row: DivisionRow): DivisionName[] => {
    const chain: DivisionName[] = [];
    for (let code = row.parent; code !== undefined;) {
      const up = byCode.get(code);
      if (!up) throw new Error(`register: ${row.code} ${row.name} has no parent ${code}`);
      if (up.name) chain.push(up.name);
      code = up.row.parent;
    }
    return chain;
  };

  const places: RegisterPlace[] = [];
  for (const { row, name } of byCode.values()) {
    if (!name || !row.code.startsWith(prefecture)) continue;
    const chain = chainOf(row);
    const short = shortForm(name, row.level);
    places.push({
      ...name,
      code: row.code,
      level: row.level,
      english: englishName(name),
      chain: chain.map((c) => c.name),
      englishChain: chain.map(englishName),
      ...(short ? { short } : {}),
    });
  }
  if (!places.some((p) => p.code === prefecture))
    throw new Error(`register: no prefecture with code ${prefecture}`);

  return {
    places,
    named: (name) => names.get(name) ?? 0,
    stemmed: (stem) => stems.get(stem) ?? 0,
    exists: (name) => names.has(name),
    qualifiers: [...qualifiers].sort(),
    regions: [...regions].sort(),
    townRegions: (name) => {
      const found = new Set<string>();
      for (const code of townParents.get(name) ?? []) {
        for (let up = upper.get(code); up; up = up.parent ? upper.get(up.parent) : undefined)
          for (const n of up.names) found.add(n);
      }
      return [...found];
    },
    villageRegions: (name) => {
      const found = new Set<string>();
      for (const code of villageParents.get(name) ?? []) {
        const town = townsOutside.get(code);
        if (!town) continue;
        found.add(town.name);
        for (const n of upper.get(town.parent)?.names ?? []) found.add(n);
      }
      return [...found];
    },
  };
}

/** The prefecture and its counties by name and short form (衢州市, 衢州, 常山县, 常山, …). */
export function unitNames(register: PlaceRegister): string[] {
  return register.places
    .filter((p) => p.level === 'county' || p.level === 'prefecture')
    .flatMap((p) => [p.name, ...(p.short ? [p.short] : [])]);
}
