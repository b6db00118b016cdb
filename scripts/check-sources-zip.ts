/**
 * `npm run check:sources-zip [-- --no-zip] [--keep]`
 *
 * Checks that the sources zip we give addons.mozilla.org rebuilds the Firefox package we give it,
 * byte for byte, as a reviewer would (SOURCE_CODE_REVIEW.md): unzip the sources into an empty
 * folder elsewhere, `npm ci`, `npm run build`, then compare every file of the rebuilt
 * .output/firefox-mv2 with the Firefox zip's. The generated glossary and match index are compared
 * too, since a difference in the extension most likely starts there.
 *
 * First it runs `npm run zip`, so both zips come from the same tree; `--no-zip` checks the zips
 * already in .output. Both zips are unpacked and the glossary copied into a temporary folder before
 * the slow part, so a build in the project meanwhile does not change what is compared. `--keep`
 * keeps that folder (it is always kept when the check fails, to look at).
 *
 * Slow (npm ci compiles nodejieba, then a full build: a minute or two), so it is not part of
 * `npm test`. `npm ci --prefer-offline` takes packages from the local npm cache where it has them.
 * Exits 1 on any difference, missing or extra file.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '..');
/** The compiler's output, compared as well as the extension (relative to the project root). */
const GENERATED = ['data/glossary.json', 'data/match-index.json'];

function run(command: string, args: string[], cwd: string): void {
  const started = Date.now();
  console.log(`\n==> ${command} ${args.join(' ')}   (in ${cwd})`);
  // No stdin: npm and node-gyp must not wait for an answer in a script.
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
  console.log(`    done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Every file under `dir`, as paths relative to it, sorted. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Where two buffers first differ (the shorter one's length if one is a prefix of the other). */
function firstDifference(a: Buffer, b: Buffer): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}

/** A few characters either side of `offset`, for a report that shows what differs. */
function around(buffer: Buffer, offset: number): string {
  return JSON.stringify(buffer.subarray(Math.max(0, offset - 40), offset + 40).toString('utf8'));
}

/**
 * Compares `original` with `rebuilt` (two files, or two folders file by file) and returns the
 * differences found, each named by `label` and the file's path below it.
 */
function compare(label: string, original: string, rebuilt: string): string[] {
  if (!existsSync(rebuilt)) return [`${label}: not produced by the rebuild`];
  const pairs: [string, string, string][] = statSync(original).isDirectory()
    ? [...new Set([...listFiles(original), ...listFiles(rebuilt)])]
        .sort()
        .map((file) => [`${label}/${file}`, path.join(original, file), path.join(rebuilt, file)])
    : [[label, original, rebuilt]];
  const problems: string[] = [];
  for (const [name, a, b] of pairs) {
    if (!existsSync(a)) problems.push(`${name}: only in the rebuild`);
    else if (!existsSync(b)) problems.push(`${name}: missing from the rebuild`);
    else {
      const bytesA = readFileSync(a);
      const bytesB = readFileSync(b);
      if (!bytesA.equals(bytesB)) {
        const at = firstDifference(bytesA, bytesB);
        problems.push(
          `${name}: differs (${bytesA.length} → ${bytesB.length} bytes), first at byte ${at}:\n` +
            `      original ${around(bytesA, at)}\n      rebuilt  ${around(bytesB, at)}`,
        );
      }
    }
  }
  console.log(`    ${label}: ${pairs.length} file(s) compared, ${problems.length} difference(s)`);
  return problems;
}

function main(): number {
  const { values } = parseArgs({
    options: { 'no-zip': { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } },
  });
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  const zipPath = (kind: string) => path.join(ROOT, '.output', `quzhou-glossary-${version}-${kind}.zip`);
  const firefoxZip = zipPath('firefox');
  const sourcesZip = zipPath('sources');

  if (!values['no-zip']) run('npm', ['run', 'zip'], ROOT);
  for (const zip of [firefoxZip, sourcesZip]) {
    if (!existsSync(zip)) {
      console.error(`No ${path.relative(ROOT, zip)}: run npm run zip first.`);
      return 1;
    }
  }

  // Outside the project, so nothing of ours (node_modules, .wxt, a parent package.json) can leak
  // in, and at another absolute path, so a build that embeds its own location shows up.
  const work = mkdtempSync(path.join(tmpdir(), 'quzhou-sources-'));
  const submitted = path.join(work, 'submitted');
  const generated = path.join(work, 'generated');
  const sources = path.join(work, 'sources');
  let problems: string[] = [];
  try {
    // python3 is required anyway (nodejieba's native build); its zipfile module spares us
    // depending on an unzip binary.
    run('python3', ['-m', 'zipfile', '-e', firefoxZip, submitted], ROOT);
    mkdirSync(generated);
    for (const file of GENERATED) {
      copyFileSync(path.join(ROOT, file), path.join(generated, path.basename(file)));
    }
    run('python3', ['-m', 'zipfile', '-e', sourcesZip, sources], ROOT);
    run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], sources);
    run('npm', ['run', 'build'], sources);
    console.log('\n==> Comparing with what was zipped');
    problems = [
      ...compare(path.basename(firefoxZip), submitted, path.join(sources, '.output/firefox-mv2')),
      ...GENERATED.flatMap((file) =>
        compare(file, path.join(generated, path.basename(file)), path.join(sources, file)),
      ),
    ];
  } catch (error) {
    console.error(`\nThe rebuild failed: ${(error as Error).message}\nKept ${work} to look at.`);
    return 1;
  }

  if (problems.length) {
    console.error(
      `\n${problems.length} difference(s):\n  ${problems.join('\n  ')}\nKept ${work} to look at.`,
    );
    return 1;
  }
  console.log(
    `\nThe sources zip rebuilds ${path.basename(firefoxZip)} and ${GENERATED.join(', ')} byte for byte.`,
  );
  if (values.keep) console.log(`Kept ${work}.`);
  else rmSync(work, { recursive: true, force: true });
  return 0;
}

process.exitCode = main();
