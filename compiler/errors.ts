/**
 * An input problem the user must fix; always names the file (and line/field where known).
 *
 * Kept separate from ordinary exceptions so the CLI can print these as plain
 * one-line messages while still surfacing stack traces for genuine bugs.
 */
export class CompileError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly line?: number,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${detail}`);
    this.name = 'CompileError';
  }
}
