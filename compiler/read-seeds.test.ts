import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompileError } from './errors.js';
import { decodeSeed, readSeeds } from './read-seeds.js';

const SENTENCE = '衢州市柯城区今天举行垃圾分类工作会议。';
// Node has no GBK encoder, so these are SENTENCE's GBK bytes written out by hand
// (verified below, so a typo fails loudly instead of silently testing nothing).
const SENTENCE_GBK = Buffer.from(
  'e1e9d6ddcad0bfc2b3c7c7f8bdf1ccecbed9d0d0c0acbbf8b7d6c0e0b9a4d7f7bbe1d2e9a1a3',
  'hex',
);
const ARTICLE = `${SENTENCE}\r\n记者 王五 报道 2024-05-01\n`;

const isRoot = process.getuid?.() === 0;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'qg-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function put(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

/** Runs fn, asserts it threw a CompileError that names `file`, and returns the message. */
function compileErrorOf(fn: () => unknown, file: string): string {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(CompileError);
  const err = caught as CompileError;
  expect(err.name).toBe('CompileError');
  expect(err.file).toBe(file);
  expect(err.message).toContain(file);
  return err.message;
}

describe('CompileError', () => {
  it('formats file, optional line and detail', () => {
    expect(new CompileError('seeds/x.txt', 'bad').message).toBe('seeds/x.txt: bad');
    expect(new CompileError('data/curated.json', 'bad', 12).message).toBe('data/curated.json:12: bad');
  });
});

describe('decodeSeed', () => {
  it('test GBK bytes really are the sentence', () => {
    expect(new TextDecoder('gb18030').decode(SENTENCE_GBK)).toBe(SENTENCE);
  });

  it('decodes UTF-8 without normalising it', () => {
    expect(decodeSeed(Buffer.from(ARTICLE), 'a.txt')).toEqual({
      text: ARTICLE,
      encoding: 'utf-8',
    });
  });

  it('strips a UTF-8 BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]);
    expect(decodeSeed(bytes, 'a.txt')).toEqual({
      text: ARTICLE,
      encoding: 'utf-8',
    });
  });

  it('decodes UTF-16LE and UTF-16BE by BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(ARTICLE)]);
    expect(decodeSeed(le, 'a.txt')).toEqual({
      text: ARTICLE,
      encoding: 'utf-16le',
    });
    expect(decodeSeed(be, 'a.txt')).toEqual({
      text: ARTICLE,
      encoding: 'utf-16be',
    });
  });

  it('detects UTF-16 without a BOM from the NUL pattern', () => {
    expect(decodeSeed(Buffer.from(ARTICLE, 'utf16le'), 'a.txt')).toEqual({
      text: ARTICLE,
      encoding: 'utf-16le',
    });
    expect(decodeSeed(utf16be(ARTICLE), 'a.txt')).toEqual({
      text: ARTICLE,
      encoding: 'utf-16be',
    });
  });

  it('falls back to GB18030 for GBK bytes', () => {
    const bytes = Buffer.concat([SENTENCE_GBK, Buffer.from('\r\n2024\n')]);
    expect(decodeSeed(bytes, 'a.txt')).toEqual({
      text: `${SENTENCE}\r\n2024\n`,
      encoding: 'gb18030',
    });
  });

  it('rejects invalid UTF-8 that is not Chinese in any encoding', () => {
    // Latin-1 "café au lait" bytes: not UTF-8, and GB18030 would make it non-Chinese.
    const bytes = Buffer.from('caf\xe9 au lait, cr\xe8me br\xfbl\xe9e', 'latin1');
    expect(compileErrorOf(() => decodeSeed(bytes, 'x.txt'), 'x.txt')).toMatch(/UTF-8/);
  });

  it('rejects a file with a UTF-16 BOM but broken content', () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42]);
    expect(compileErrorOf(() => decodeSeed(bytes, 'x.txt'), 'x.txt')).toMatch(/UTF-16LE/);
  });
});

describe('readSeeds', () => {
  it('reads UTF-8, BOM, UTF-16 and GB18030 seeds with their encodings', () => {
    put('a-utf8.txt', ARTICLE);
    put('b-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]));
    put('c-le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]));
    put('d-be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(ARTICLE)]));
    put('e-le-nobom.txt', Buffer.from(ARTICLE, 'utf16le'));
    put('f-gbk.txt', SENTENCE_GBK);

    const { seeds, warnings } = readSeeds(dir);
    expect(warnings).toEqual([]);
    expect(seeds.map((s) => [s.name, s.encoding])).toEqual([
      ['a-utf8.txt', 'utf-8'],
      ['b-bom.txt', 'utf-8'],
      ['c-le.txt', 'utf-16le'],
      ['d-be.txt', 'utf-16be'],
      ['e-le-nobom.txt', 'utf-16le'],
      ['f-gbk.txt', 'gb18030'],
    ]);
    expect(seeds.slice(0, 5).every((s) => s.text === ARTICLE)).toBe(true);
    expect(seeds[5]?.text).toBe(SENTENCE);
    expect(seeds[0]?.file).toBe(join(dir, 'a-utf8.txt'));
  });

  it('sorts by code unit and ignores hidden files, sub-folders and other extensions', () => {
    for (const name of ['b.txt', 'a.txt', 'C.TXT', '_u.txt', '.hidden.txt', 'notes.md', 'a.txt.bak']) {
      put(name, ARTICLE);
    }
    mkdirSync(join(dir, 'sub.txt'));
    writeFileSync(join(dir, 'sub.txt', 'inner.txt'), ARTICLE);

    expect(readSeeds(dir).seeds.map((s) => s.name)).toEqual(['C.TXT', '_u.txt', 'a.txt', 'b.txt']);
  });

  it('skips empty, whitespace-only and non-Chinese files with warnings', () => {
    put('a.txt', ARTICLE);
    const empty = put('b-empty.txt', '');
    const blank = put('c-blank.txt', ' \r\n\t\u3000\n');
    const english = put('d-english.txt', 'Quzhou news in English only.\n');

    const { seeds, warnings } = readSeeds(dir);
    expect(seeds.map((s) => s.name)).toEqual(['a.txt']);
    expect(warnings).toEqual([
      { file: empty, message: 'empty file, skipped' },
      { file: blank, message: 'empty file, skipped' },
      { file: english, message: 'no Chinese text, skipped' },
    ]);
  });

  it('rejects a PNG renamed to .txt as binary', () => {
    const file = put('photo.txt', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    expect(compileErrorOf(() => readSeeds(dir), file)).toMatch(/looks binary.*PNG/);
  });

  it('rejects random bytes with NULs as binary', () => {
    // Deterministic pseudo-random bytes, so a failure is reproducible.
    const bytes = new Uint8Array(4097);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      bytes[i] = i % 37 === 5 ? 0 : x >>> 24;
    }
    bytes[0] = 0x41; // keep clear of any BOM or magic number
    const file = put('blob.txt', bytes);
    expect(compileErrorOf(() => readSeeds(dir), file)).toMatch(/looks binary/);
  });

  it('rejects text riddled with control characters as binary', () => {
    const file = put('ctl.txt', `${SENTENCE}\x01\x02\x03\x04\x05\x06\x07\x08`);
    expect(compileErrorOf(() => readSeeds(dir), file)).toMatch(/looks binary/);
  });

  it('reports a missing folder', () => {
    const missing = join(dir, 'nope');
    expect(compileErrorOf(() => readSeeds(missing), missing)).toBe(`${missing}: seeds folder not found`);
  });

  it('reports a file given as the folder', () => {
    const file = put('a.txt', ARTICLE);
    expect(compileErrorOf(() => readSeeds(file), file)).toMatch(/not a folder/);
  });

  it('reports a folder without .txt files', () => {
    put('notes.md', ARTICLE);
    put('.hidden.txt', ARTICLE);
    mkdirSync(join(dir, 'sub'));
    expect(compileErrorOf(() => readSeeds(dir), dir)).toBe(`${dir}: no .txt seed articles in this folder`);
  });

  it('reports when every seed was skipped, saying why', () => {
    put('a.txt', '');
    put('b.txt', 'hello\n');
    const message = compileErrorOf(() => readSeeds(dir), dir);
    expect(message).toContain('no usable seed articles');
    expect(message).toContain('a.txt: empty file, skipped');
    expect(message).toContain('b.txt: no Chinese text, skipped');
  });

  it.skipIf(isRoot)('reports an unreadable file with the OS reason (chmod 000)', () => {
    const file = put('locked.txt', ARTICLE);
    chmodSync(file, 0o000);
    try {
      expect(compileErrorOf(() => readSeeds(dir), file)).toMatch(/cannot read file.*EACCES/);
    } finally {
      chmodSync(file, 0o644);
    }
  });

  // Works even as root, where chmod 000 does not stop reads.
  it.skipIf(process.platform === 'win32')(
    'reports an unreadable file with the OS reason (dangling link)',
    () => {
      const file = join(dir, 'gone.txt');
      symlinkSync(join(dir, 'does-not-exist'), file);
      put('a.txt', ARTICLE);
      expect(compileErrorOf(() => readSeeds(dir), file)).toMatch(/cannot read file.*ENOENT/);
    },
  );
});
