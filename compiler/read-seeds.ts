import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CompileError } from './errors.js';

export type SeedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface SeedFile {
  /** Path as the user would name it: join(dirAsGiven, name). */
  file: string;
  /** Basename. */
  name: string;
  /** Decoded, BOM removed, NOT otherwise normalised. */
  text: string;
  encoding: SeedEncoding;
}

export interface SeedWarning {
  file: string;
  message: string;
}

// Checked before any decoding: these formats can slip through a text decoder
// (e.g. a PDF header is plain ASCII), and a named kind tells the user what
// they actually saved.
const MAGIC: ReadonlyArray<{ bytes: readonly number[]; kind: string }> = [
  {
    bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    kind: 'PNG image',
  },
  { bytes: [0xff, 0xd8, 0xff], kind: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'zip archive or Office document' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], kind: 'zip archive' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    kind: 'Word/Office document',
  },
  { bytes: [0x1f, 0x8b], kind: 'gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: '7z archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], kind: 'RAR archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'executable' },
];

const SAVE_AS_TEXT = 'seeds must be plain-text articles saved as UTF-8';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function strictDecode(encoding: string, bytes: Uint8Array): string | undefined {
  let decoder: TextDecoder;
  try {
    // ignoreBOM: BOMs are detected and stripped from the bytes by the caller,
    // so a second U+FEFF in the text is content and must survive.
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    // Node builds without full ICU lack gb18030; treat it as "does not decode".
    return undefined;
  }
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

interface TextStats {
  chars: number;
  nonSpace: number;
  cjk: number;
  /** Characters a Chinese news article plausibly contains. */
  plausible: number;
  control: number;
}

function isCjk(cp: number): boolean {
  return (
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f)
  );
}

function isSpace(cp: number): boolean {
  return (cp >= 0x09 && cp <= 0x0d) || cp === 0x20 || cp === 0xa0 || cp === 0x3000;
}

function isControl(cp: number): boolean {
  return (cp < 0x20 && !isSpace(cp)) || (cp >= 0x7f && cp <= 0x9f);
}

// Ranges beyond ASCII/CJK that real articles use (pinyin tone marks, curly
// quotes, ①, ℃, ㎡, fullwidth punctuation, emoji). A wrong-encoding decode
// lands mostly outside these (Hangul, private use, scattered symbols), which
// is what lets us tell GB18030 from UTF-16 from noise.
const PLAUSIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x300, 0x3ff],
  [0x2000, 0x27bf],
  [0x3000, 0x30ff],
  [0x3200, 0x33ff],
  [0xfe10, 0xfe1f],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef],
  [0x1f300, 0x1faff],
];

function isPlausible(cp: number): boolean {
  return isSpace(cp) || isCjk(cp) || PLAUSIBLE_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi);
}

function textStats(text: string): TextStats {
  const s: TextStats = {
    chars: 0,
    nonSpace: 0,
    cjk: 0,
    plausible: 0,
    control: 0,
  };
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    s.chars++;
    if (!isSpace(cp)) s.nonSpace++;
    if (isCjk(cp)) s.cjk++;
    if (isControl(cp)) s.control++;
    else if (isPlausible(cp)) s.plausible++;
  }
  return s;
}

/** A few stray control characters are tolerated; editors leave them behind. */
function hasManyControls(s: TextStats): boolean {
  return s.control > Math.max(2, s.chars * 0.01);
}

/** Used only for guessed encodings, where a wrong guess must not slip through. */
function looksLikeText(s: TextStats, minCjkShare: number): boolean {
  if (s.chars === 0 || hasManyControls(s)) return false;
  if (s.plausible / s.chars < 0.95) return false;
  return s.nonSpace === 0 ? minCjkShare === 0 : s.cjk / s.nonSpace >= minCjkShare;
}

function binaryError(file: string, why: string): CompileError {
  return new CompileError(file, `looks binary, not text (${why}); ${SAVE_AS_TEXT}`);
}

function checked(
  file: string,
  text: string,
  encoding: SeedEncoding,
): { text: string; encoding: SeedEncoding } {
  if (hasManyControls(textStats(text))) throw binaryError(file, 'many control characters');
  return { text, encoding };
}

function decodeBom(
  bytes: Uint8Array,
  file: string,
  encoding: SeedEncoding,
  bomLength: number,
): { text: string; encoding: SeedEncoding } {
  const text = strictDecode(encoding, bytes.subarray(bomLength));
  if (text === undefined) {
    throw new CompileError(
      file,
      `starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}; re-save it as UTF-8`,
    );
  }
  return checked(file, text, encoding);
}

/**
 * UTF-16 without a BOM shows up as NULs in the high byte of every ASCII
 * character (newlines, digits, punctuation), so the parity with more NULs
 * gives the byte order. That order matters: ASCII read with the wrong byte
 * order turns into U+6100-style CJK and would pass a plausibility check.
 */
function guessUtf16(bytes: Uint8Array): { text: string; encoding: SeedEncoding } | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  let nulEven = 0;
  let nulOdd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) nulEven++;
      else nulOdd++;
    }
  }
  const order: SeedEncoding[] = nulOdd >= nulEven ? ['utf-16le', 'utf-16be'] : ['utf-16be', 'utf-16le'];
  for (const encoding of order) {
    const text = strictDecode(encoding, bytes);
    if (text !== undefined && looksLikeText(textStats(text), 0)) return { text, encoding };
  }
  return undefined;
}

/** Only for choosing between "binary" and "unknown encoding" in the error. */
function bytesLookBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (const b of bytes) {
    if (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) control++;
  }
  return control > Math.max(2, bytes.length * 0.01);
}

/** Decodes one seed article's bytes; throws CompileError for binary or undecodable input. */
export function decodeSeed(bytes: Uint8Array, file: string): { text: string; encoding: SeedEncoding } {
  if (bytes.length === 0) return { text: '', encoding: 'utf-8' };

  for (const { bytes: magic, kind } of MAGIC) {
    if (startsWith(bytes, magic)) throw binaryError(file, kind);
  }

  // Must precede the UTF-16LE BOM test: FF FE 00 00 also starts with FF FE.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw new CompileError(file, 'looks like UTF-32 text, which is not supported; re-save it as UTF-8');
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeBom(bytes, file, 'utf-8', 3);
  if (startsWith(bytes, [0xff, 0xfe])) return decodeBom(bytes, file, 'utf-16le', 2);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeBom(bytes, file, 'utf-16be', 2);

  // NUL is valid UTF-8, so this has to come first or BOM-less UTF-16 of ASCII
  // would "decode" as UTF-8 full of NULs.
  if (bytes.includes(0)) {
    const utf16 = guessUtf16(bytes);
    if (utf16) return utf16;
    throw binaryError(file, 'contains NUL bytes');
  }

  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== undefined) return checked(file, utf8, 'utf-8');

  // GB18030 accepts most byte soups, so demand text that reads like Chinese.
  const gb = strictDecode('gb18030', bytes);
  if (gb !== undefined && looksLikeText(textStats(gb), 0.2)) {
    // The decoder keeps a GB18030 BOM (84 31 95 33) as U+FEFF; strip it like the others.
    return {
      text: gb.startsWith('\ufeff') ? gb.slice(1) : gb,
      encoding: 'gb18030',
    };
  }

  if (bytesLookBinary(bytes)) throw binaryError(file, 'many control bytes');
  throw new CompileError(
    file,
    'not valid UTF-8, and not recognisable as GB18030/GBK or UTF-16 either; re-save it as UTF-8',
  );
}

function osReason(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    // Node appends ", open '<path>'"; the path is already in the CompileError prefix.
    const message = err.message.replace(/, \w+ '.*'$/s, '');
    return code && !message.startsWith(code) ? `${code}: ${message}` : message;
  }
  return String(err);
}

function hasCjk(text: string): boolean {
  for (const ch of text) {
    if (isCjk(ch.codePointAt(0) ?? 0)) return true;
  }
  return false;
}

/** Lists the seed files: regular `.txt` files directly in `dir`, hidden ones excluded. */
function listSeedNames(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    throw new CompileError(dir, `cannot read seeds folder (${osReason(err)})`);
  }
  const names: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || !/\.txt$/i.test(entry.name)) continue;
    if (entry.isFile()) {
      names.push(entry.name);
    } else if (entry.isSymbolicLink()) {
      // Follow links to files; a dangling link is kept so reading it reports
      // the OS error instead of the article silently vanishing.
      try {
        if (statSync(join(dir, entry.name)).isFile()) names.push(entry.name);
      } catch {
        names.push(entry.name);
      }
    }
  }
  // Plain code-unit order (no locale) so output is identical on every machine.
  return names.sort();
}

/** Reads every seed article in `dir`; throws CompileError when there is nothing usable. */
export function readSeeds(dir: string): {
  seeds: SeedFile[];
  warnings: SeedWarning[];
} {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CompileError(dir, 'seeds folder not found');
    throw new CompileError(dir, `cannot open seeds folder (${osReason(err)})`);
  }
  if (!isDir) {
    throw new CompileError(dir, 'not a folder; pass the folder that holds the seed .txt articles');
  }

  const names = listSeedNames(dir);
  if (names.length === 0) throw new CompileError(dir, 'no .txt seed articles in this folder');

  const seeds: SeedFile[] = [];
  const warnings: SeedWarning[] = [];
  for (const name of names) {
    const file = join(dir, name);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      throw new CompileError(file, `cannot read file (${osReason(err)})`);
    }
    const { text, encoding } = decodeSeed(bytes, file);
    // trim() also removes U+3000, so a file of ideographic spaces counts as empty.
    if (text.trim() === '') {
      warnings.push({ file, message: 'empty file, skipped' });
    } else if (!hasCjk(text)) {
      warnings.push({ file, message: 'no Chinese text, skipped' });
    } else {
      seeds.push({ file, name, text, encoding });
    }
  }

  if (seeds.length === 0) {
    const shown = warnings.slice(0, 5).map((w) => `${w.file}: ${w.message}`);
    if (warnings.length > shown.length) shown.push(`and ${warnings.length - shown.length} more`);
    throw new CompileError(dir, `no usable seed articles: ${shown.join('; ')}`);
  }
  return { seeds, warnings };
}
