/**
 * Classes of error seen in session 45, each shown on made-up sentences compiled with the real
 * register. Every case failed before its rule existed, except the guards that say what must stay
 * found or absent.
 */
import { describe, expect, it } from 'vitest';
import { expectPresent, madeUp } from './made-up';

const { compile, expectDropped } = madeUp();

describe('a village no Quzhou division is, in a text naming the town or county that holds it', () => {
  it('is that town’s village (江西婺源县江湾镇|晓鳙村、古蜀地村)', () => {
    const compiled = compile(
      '开化县长虹乡与江西婺源县江湾镇山水相连。今年秋天，长虹乡霞川村和江湾镇晓鳙村、古蜀地村的茶农一起办起了茶叶交易会。',
    );
    expectDropped(compiled, ['晓鳙村', '古蜀地村'], 'village-of-elsewhere');
    expectPresent(compiled.entries, ['霞川村', '长虹乡']);
  });

  it('is left to the other rules where the text names neither (a village the register lacks)', () => {
    const compiled = compile(
      '开化县长虹乡霞川村与晓鳙村的茶农一起办起了茶叶交易会，晓鳙村的茶农带来了新茶。',
    );
    const decision = compiled.decisions.find((d) => d.evidence.term.term === '晓鳙村')?.decision;
    expect(decision?.rule).not.toBe('village-of-elsewhere');
    expectPresent(compiled.entries, ['霞川村']);
  });
});
