// Turning bytes into text, and offsets into lines and columns.
import type { Point, Range } from './types.js';

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decode a policy file. Refuses what is not text: NUL bytes (binary files) and invalid
 * UTF-8, each with a message that says so. A UTF-8 BOM is dropped so that columns match
 * what editors show.
 */
export function decodeSource(bytes: Uint8Array): string {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    throw new InputError('binary file (contains NUL bytes), not a text policy');
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new InputError('not valid UTF-8 text');
  }
  if (bytes.length > 8192 && text.includes('\u0000')) {
    throw new InputError('binary file (contains NUL bytes), not a text policy');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Line starts of a text, for offset → line/column. Handles \n, \r\n and lone \r. */
export class LineIndex {
  readonly starts: number[];
  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  pointAt(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (this.starts[lo] as number) + 1, offset: o };
  }

  rangeAt(start: number, end: number): Range {
    return { start: this.pointAt(start), end: this.pointAt(Math.max(start, end)) };
  }

  /** Offset of the end of the line (before its line break) that holds `offset`. */
  lineEnd(offset: number): number {
    const line = this.pointAt(offset).line;
    const next = this.starts[line];
    if (next === undefined) return this.text.length;
    let end = next;
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}
