import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from './write-atomic.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'qg-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const tempFiles = (folder: string): string[] => readdirSync(folder).filter((n) => n.endsWith('.tmp'));

describe('writeFileAtomic', () => {
  it('writes new content and leaves no temp file', () => {
    const target = join(dir, 'glossary.json');
    writeFileAtomic(target, '{"衢州":1}\n');
    expect(readFileSync(target, 'utf8')).toBe('{"衢州":1}\n');
    expect(readdirSync(dir)).toEqual(['glossary.json']);
  });

  it('replaces an existing file', () => {
    const target = join(dir, 'glossary.json');
    writeFileSync(target, 'old');
    writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(tempFiles(dir)).toEqual([]);
  });

  it('creates missing parent folders', () => {
    const target = join(dir, 'a', 'b', 'glossary.json');
    writeFileAtomic(target, 'x');
    expect(readFileSync(target, 'utf8')).toBe('x');
  });

  it('on failure rethrows, keeps what was there and removes the temp file', () => {
    // Renaming a file over a non-empty directory fails on every platform.
    const target = join(dir, 'glossary.json');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'previous');

    expect(() => writeFileAtomic(target, 'new')).toThrow();
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('previous');
    expect(tempFiles(dir)).toEqual([]);
    expect(readdirSync(dir)).toEqual(['glossary.json']);
  });

  it('fails cleanly when the parent path is a file', () => {
    const blocker = join(dir, 'out');
    writeFileSync(blocker, 'previous');
    expect(() => writeFileAtomic(join(blocker, 'glossary.json'), 'new')).toThrow();
    expect(readFileSync(blocker, 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['out']);
  });
});
