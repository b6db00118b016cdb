/**
 * Classes of error seen in session 34, each shown on made-up sentences compiled with the real
 * register. Every case failed before its rule existed, except the guards that say what must stay
 * found.
 */
import { describe, expect, it } from 'vitest';
import { expectPresent, madeUp } from './made-up';

const { compile } = madeUp();

describe('an article in Traditional script', () => {
  // The same two made-up sentences in each script.
  const traditional = [
    '龍遊縣龍洲街道後田鋪村沿著靈山江建起三公里綠道，村民們跟著志願者種下兩千株櫻花。',
    '後田鋪村黨支部書記說，這條綠道的想法發源於村裡的一次議事會，龍遊縣的不少村子都來學習。',
  ];
  const simplified = [
    '龙游县龙洲街道后田铺村沿着灵山江建起三公里绿道，村民们跟着志愿者种下两千株樱花。',
    '后田铺村党支部书记说，这条绿道的想法发源于村里的一次议事会，龙游县的不少村子都来学习。',
  ];

  it('is read in Simplified: the register finds its places (後田鋪村 is 后田铺村)', () => {
    const { entries } = compile(...traditional);
    expectPresent(entries, ['后田铺村', '龙洲街道', '龙游县']);
  });

  it('gives the glossary its Simplified article gives', () => {
    const terms = (texts: string[]) => [...compile(...texts).entries.keys()];
    expect(terms(traditional)).toEqual(terms(simplified));
  });
});
