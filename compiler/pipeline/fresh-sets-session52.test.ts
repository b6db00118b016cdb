/**
 * Classes of error seen in session 52, each shown on made-up sentences compiled with the real
 * register. Every case failed before its rule existed, except the guards that say what must stay
 * found or absent.
 */
import { describe, it } from 'vitest';
import { expectAbsent, expectPresent, madeUp } from './made-up';

const { compile } = madeUp();

describe('the state a change leads to, with a verb of becoming', () => {
  it('is a phrase made for the sentence (从“一季果”变成“四季景”, 把“两省联办”升级为“三省联动”)', () => {
    const { entries } = compile(
      '开化县华埠镇发展猕猴桃产业。通过冷链仓储，猕猴桃从“一季鲜”变成“四季甜”，两地合作从“各管一段”走向“手拉手”。镇里还把“两省联办”升级为“三省共办”，服务更便捷。',
    );
    expectAbsent(entries, ['四季甜', '手拉手', '三省共办']);
  });

  it('is a named programme where the text says its kind (从“最多跑一次”走向“一件事”改革)', () => {
    const { entries } = compile(
      '衢州市深化政务服务。全市从“最多跑一次”走向“一件事”改革，群众办事更方便，“一件事”改革已覆盖各县。',
    );
    expectPresent(entries, ['一件事']);
  });
});

describe('a quote with a rough count of ten thousands', () => {
  it('is what someone tells, not a slogan of parallel clauses (“暑假周末基本订满，一年收入三十多万元”)', () => {
    const { entries } = compile(
      '开化县何田乡发展清水鱼民宿。民宿主人老汪说起生意，笑着说“暑假周末基本订满，一年收入三十多万元”。',
    );
    expectAbsent(entries, ['暑假周末基本订满，一年收入三十多万元']);
  });
});

describe('a facility every village has, after the village’s or township’s name', () => {
  it('is that village’s, no name (龙坑村书屋, 龙坑村码头, 何田乡文化礼堂)', () => {
    const { entries } = compile(
      '开化县何田乡推进乡村文化建设。龙坑村书屋新添了两百册图书，村民傍晚从龙坑村码头乘船回家；何田乡文化礼堂里，婺剧团正在排练。',
    );
    expectAbsent(entries, ['龙坑村书屋', '龙坑村码头', '何田乡文化礼堂']);
    expectPresent(entries, ['何田乡', '龙坑村']);
  });
});
