import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Glossary } from '../lib/glossary/glossary';
import type { MatchIndex } from '../lib/matching/page-entries';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SPAWN_TIMEOUT = 60_000;

/** Runs the CLI as `npm run glossary` does (tsx), from the project folder. */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'compiler/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: SPAWN_TIMEOUT,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** GBK encoder built from the platform's GB18030 decoder (Node ships no GBK encoder). */
function encodeGbk(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no GBK code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}

const GBK_TEXT =
  '## 衢江区召开现代社区建设工作汇报会\n\n本报讯 3月20日上午，衢江区现代社区建设工作汇报会召开。区委书记王慧杰要求，聚力枢纽之城、康养之城、活力之城、幸福之城、智治之城“五城”建设。\n';
const BOM_TEXT = '\ufeff樟潭街道廖家村自实施农房整治工程以来，村庄面貌焕然一新，村民自发美化改造庭院。\n';
/** Made up: a page about 金华市婺城区's villages, which names no Quzhou place. */
const ELSEWHERE_TEXT =
  '金华市婺城区岭上乡的黄康、文头、百善等3个行政村推行“乡村夜校”制度，村民晚上到“乡村夜校”学电商。\n';
const SCRIPT_TEXT =
  '<script>alert("衢江")</script>\n\n荷花街道以<b>荷花小区</b>改造为试点，建立“老旧小区改造委员会”，<img src=x onerror="alert(1)">将居民自治理念贯穿改造全过程。\n';

let tmp: string;
let out: string;
let good: ReturnType<typeof cli>;
let glossary: Glossary;
let written: Buffer;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'qg-cli-'));
  const seeds = join(tmp, 'seeds');
  mkdirSync(seeds);
  writeFileSync(join(seeds, 'a-gbk.txt'), encodeGbk(GBK_TEXT));
  writeFileSync(join(seeds, 'b-bom.txt'), BOM_TEXT, 'utf8');
  writeFileSync(join(seeds, 'c-script.txt'), SCRIPT_TEXT, 'utf8');
  writeFileSync(join(seeds, 'd-elsewhere.txt'), ELSEWHERE_TEXT, 'utf8');
  out = join(tmp, 'glossary.json');
  good = cli('--seeds', seeds, '--out', out, '--no-curated');
  written = readFileSync(out);
  glossary = JSON.parse(written.toString('utf8')) as Glossary;
}, SPAWN_TIMEOUT);

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Runs the CLI expecting failure, and checks the glossary written before is untouched. */
function failing(...args: string[]): string {
  const r = cli(...args, '--out', out);
  expect(r.status).not.toBe(0);
  expect(r.status).not.toBeNull();
  expect(readFileSync(out).equals(written)).toBe(true);
  return r.stderr;
}

describe('cli', { timeout: SPAWN_TIMEOUT }, () => {
  it('test GBK bytes are GBK, not UTF-8', () => {
    const bytes = encodeGbk(GBK_TEXT);
    expect(new TextDecoder('gb18030').decode(bytes)).toBe(GBK_TEXT);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
  });

  it('writes the match index beside the glossary, one row per entry', () => {
    const index = JSON.parse(readFileSync(join(tmp, 'match-index.json'), 'utf8')) as MatchIndex;
    expect(index.entries.map(([id]) => id)).toEqual(glossary.entries.map((e) => e.id));
    expect(good.stdout).toContain(join(tmp, 'match-index.json'));
  });

  it('writes the glossary from GBK, BOM and UTF-8 seeds', () => {
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toContain(out);
    expect(glossary.sources.map((s) => s.file)).toEqual([
      'a-gbk.txt',
      'b-bom.txt',
      'c-script.txt',
      'd-elsewhere.txt',
    ]);
    const terms = glossary.entries.map((e) => e.term);
    // GBK decoded, not mojibake.
    expect(terms).toContain('衢江区');
    expect(terms).toContain('五城');
    expect(written.toString('utf8')).not.toContain('\ufffd');
    // The BOM file reads like any other: its first name is found, without a BOM glued on.
    expect(terms).toContain('樟潭街道');
    expect(written.toString('utf8')).not.toContain('\ufeff');
    expect(glossary.entries.find((e) => e.term === '衢江区')?.sources[0]?.file).toBe('a-gbk.txt');
  });

  it('says which seed is about somewhere else, and takes none of its terms', () => {
    expect(good.stderr).toContain(`warning: ${join(tmp, 'seeds', 'd-elsewhere.txt')}: `);
    expect(good.stderr).toContain('about somewhere else');
    expect(good.stderr).not.toContain('a-gbk.txt');
    expect(glossary.entries.filter((e) => e.sources.some((s) => s.file === 'd-elsewhere.txt'))).toEqual([]);
  });

  it('lets no markup from the seeds into entries', () => {
    expect(glossary.entries.some((e) => e.sources.some((s) => s.file === 'c-script.txt'))).toBe(true);
    for (const e of glossary.entries) {
      const text = [e.term, e.summary, ...e.aliases, ...e.sources.map((s) => s.excerpt)].join('\n');
      expect(text, e.term).not.toMatch(/[<>]|script|onerror/);
    }
  });

  it('fails on an empty seeds folder, naming it', () => {
    const empty = join(tmp, 'empty');
    mkdirSync(empty);
    expect(failing('--seeds', empty, '--no-curated')).toContain(empty);
  });

  it('fails on a missing seeds folder, naming it', () => {
    const missing = join(tmp, 'missing');
    const err = failing('--seeds', missing, '--no-curated');
    expect(err).toContain(missing);
    expect(err).toContain('not found');
  });

  it('fails on a binary .txt seed, naming the file', () => {
    const dir = join(tmp, 'binary');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), '衢江区廿里镇紧盯目标抓项目。\n', 'utf8');
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64, 1),
    ]);
    writeFileSync(join(dir, 'photo.txt'), png);
    const err = failing('--seeds', dir, '--no-curated');
    expect(err).toContain(join(dir, 'photo.txt'));
    expect(err).toContain('binary');
  });

  it('fails on a malformed curated file, naming file and line', () => {
    const curated = join(tmp, 'curated.json');
    writeFileSync(
      curated,
      '{\n  "version": 1,\n  "add": [{ "term": "五城", "category": "city", "summary": "五个城。" }]\n}\n',
    );
    const err = failing('--seeds', join(tmp, 'seeds'), '--curated', curated);
    expect(err).toContain(`${curated}:3:`);
  });

  it('explains one term without writing anything', () => {
    const before = readFileSync(out);
    const r = cli('--seeds', join(tmp, 'seeds'), '--out', out, '--no-curated', '--explain', '衢江区');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('衢江区: kept as place by rule "register"');
    expect(r.stdout).toContain('330803');
    expect(r.stdout).toMatch(/occurrences: \d+ in \d+ article/);
    expect(readFileSync(out)).toEqual(before);
  });
});
