/**
 * An automaton (lib/matching/automaton.ts) as text, so the build can compile the shipped
 * glossary's once and every frame load it instead of compiling it: compiling 2,000 entries is
 * 15–20 ms of cold script per frame (npm run bench:startup), loading is a base64 decode.
 *
 * Each integer array is written as `width:base64`, its values (plus an offset that makes them
 * non-negative: entryOf holds -1) in 1, 2 or 4 little-endian bytes each, the narrowest that holds
 * them all. Decoding reads the bytes one by one, so it does not depend on the platform's byte order.
 */
import type { Automaton } from './automaton';

export const AUTOMATON_DATA_VERSION = 1;

export interface AutomatonData {
  version: number;
  blockerEntry: number;
  maxLength: number;
  folded: string;
  depth: string;
  entryOf: string;
  flags: string;
  fail: string;
  edgeStart: string;
  edgeSymbol: string;
  edgeTarget: string;
}

function pack(values: ArrayLike<number>, offset = 0): string {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i]! + offset);
  const width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  let binary = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i]! + offset;
    for (let b = 0; b < width; b++) binary += String.fromCharCode((v >>> (8 * b)) & 0xff);
  }
  return `${width}:${btoa(binary)}`;
}

function unpack(text: string, offset = 0): Int32Array {
  const width = Number(text.slice(0, text.indexOf(':')));
  if (width !== 1 && width !== 2 && width !== 4) throw new Error(`automaton data: bad width ${width}`);
  const binary = atob(text.slice(text.indexOf(':') + 1));
  const values = new Int32Array(binary.length / width);
  for (let i = 0, p = 0; i < values.length; i++) {
    let v = 0;
    for (let b = 0; b < width; b++) v |= binary.charCodeAt(p++) << (8 * b);
    values[i] = (v >>> 0) - offset;
  }
  return values;
}

export function encodeAutomaton(automaton: Automaton): AutomatonData {
  return {
    version: AUTOMATON_DATA_VERSION,
    blockerEntry: automaton.blockerEntry,
    maxLength: automaton.maxLength,
    folded: pack(automaton.folded),
    depth: pack(automaton.depth),
    entryOf: pack(automaton.entryOf, 1),
    flags: pack(automaton.flags),
    fail: pack(automaton.fail),
    edgeStart: pack(automaton.edgeStart),
    edgeSymbol: pack(automaton.edgeSymbol),
    edgeTarget: pack(automaton.edgeTarget),
  };
}

/** Throws on data of another version or shape: the caller compiles instead. */
export function decodeAutomaton(data: AutomatonData): Automaton {
  if (data.version !== AUTOMATON_DATA_VERSION) throw new Error(`automaton data: version ${data.version}`);
  const automaton: Automaton = {
    folded: Uint16Array.from(unpack(data.folded)),
    depth: unpack(data.depth),
    entryOf: unpack(data.entryOf, 1),
    flags: Uint8Array.from(unpack(data.flags)),
    fail: unpack(data.fail),
    edgeStart: unpack(data.edgeStart),
    edgeSymbol: Uint16Array.from(unpack(data.edgeSymbol)),
    edgeTarget: unpack(data.edgeTarget),
    blockerEntry: data.blockerEntry,
    maxLength: data.maxLength,
  };
  const states = automaton.fail.length;
  if (
    automaton.depth.length !== states ||
    automaton.entryOf.length !== states ||
    automaton.flags.length !== states ||
    automaton.edgeStart.length !== states + 1 ||
    automaton.edgeSymbol.length !== automaton.edgeTarget.length
  )
    throw new Error('automaton data: arrays of different lengths');
  return automaton;
}
