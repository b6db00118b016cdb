/**
 * One version everywhere: package.json is the source, WXT copies it into both manifests, and
 * CHANGELOG.md says what it changed for users. The manifests are checked only where a build
 * exists (`npm test` runs after `npm run build` in CI, so there they always are).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../', import.meta.url);
const read = (relative: string): string => readFileSync(new URL(relative, ROOT), 'utf8');
const { version } = JSON.parse(read('package.json')) as { version: string };

describe('version', () => {
  it('is three numbers, which both stores accept as a manifest version as it is', () => {
    // WXT would move a suffix such as -beta.1 into version_name and ship a different version.
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  for (const build of ['chrome-mv3', 'firefox-mv2']) {
    const manifest = `.output/${build}/manifest.json`;
    it.skipIf(!existsSync(new URL(manifest, ROOT)))(`is the version of ${manifest}`, () => {
      expect((JSON.parse(read(manifest)) as { version?: string }).version).toBe(version);
    });
  }

  it('has a section in CHANGELOG.md', () => {
    const headings = read('CHANGELOG.md')
      .split('\n')
      .filter((line) => line.startsWith('## '));
    // "## 0.1.0", "## 0.1.0 (2025-01-31)" or "## [0.1.0]", but not "## 0.1.01".
    const escaped = version.replaceAll('.', '\\.');
    expect(headings.some((line) => new RegExp(`^## \\[?${escaped}\\]?(\\s|$)`).test(line))).toBe(true);
  });
});
