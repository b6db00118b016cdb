/**
 * Classes of error seen in session 49, each shown on made-up sentences compiled with the real
 * register. Every case failed before its rule existed, except the guards that say what must stay
 * found or absent.
 */
import { describe, it } from 'vitest';
import { expectAbsent, expectPresent, madeUp } from './made-up';

const { compile } = madeUp();

describe('a base described in common words, with no place in its name', () => {
  it('is a kind of base every county has where it is for doing something (…繁育基地, …标准化基地)', () => {
    const { entries } = compile(
      '开化县何田乡今年谋划建设茶叶种源繁育基地，还在各村推进山茶油标准化基地建设，吸引了不少企业。',
    );
    expectAbsent(entries, ['茶叶种源繁育基地', '山茶油标准化基地']);
    expectPresent(entries, ['何田乡']);
  });

  it('keeps a base named for where or whose it is (大坑口茶叶基地, 金禾菌业基地)', () => {
    const { entries } = compile(
      '在开化县何田乡，大坑口茶叶基地的茶农正在采茶，隔壁的金禾菌业基地也迎来丰收。',
    );
    expectPresent(entries, ['何田乡', '大坑口茶叶基地', '金禾菌业基地']);
  });

  it('keeps a base written after the name of the village it belongs to (贺田村|红色教育基地)', () => {
    const { entries } = compile('开化县何田乡高升村红色教育基地今年接待游客两万人次。');
    expectPresent(entries, ['何田乡', '红色教育基地']);
  });
});

describe('a noun, then a verb of going standing alone, then a place', () => {
  it('is someone going there, a clause (高龄老人|去|医院)', () => {
    const { entries } = compile('常山县天马街道的志愿者每周陪高龄老人去医院体检。');
    expectAbsent(entries, ['高龄老人去医院']);
    expectPresent(entries, ['天马街道']);
  });

  it('leaves a name that opens with such a verb alone (来龙山公园)', () => {
    const { entries } = compile('常山县天马街道的来龙山公园今年完成了提升改造。');
    expectPresent(entries, ['天马街道', '来龙山公园']);
  });
});

describe('a cooperative called by one common noun of its trade', () => {
  it('is a kind of cooperative, whatever the kind (竹林专业合作社, 油茶股份经济合作社)', () => {
    const { entries } = compile(
      '江山市保安乡的几个村成立了竹林专业合作社，农户以竹林入股；另一个村则组建了油茶股份经济合作社。',
    );
    expectAbsent(entries, ['竹林专业合作社', '油茶股份经济合作社']);
    expectPresent(entries, ['保安乡']);
  });

  it('keeps one named by its village (茶铺村股份经济合作社)', () => {
    const { entries } = compile('柯城区九华乡茶铺村股份经济合作社今年分红两百万元。');
    expectPresent(entries, ['九华乡']);
    expectPresent(entries, ['茶铺村股份经济合作社']);
  });
});

describe('two goals joined by a conjunction after a verb of building', () => {
  it('are no one goal (建设|四省边际物流中心和人才高地)', () => {
    const { entries } = compile('衢州市将加快建设四省边际物流中心和人才高地，打造四省边际中心城市。');
    expectAbsent(entries, ['四省边际物流中心和人才高地']);
    expectPresent(entries, ['四省边际中心城市']);
  });
});
