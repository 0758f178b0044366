// Reports give 1-based lines and UTF-16 columns; tests turn them back into offsets of the
// source to read the text there, splitting lines as the model does (\n, \r\n, \r).

/** The offset of a line and column; a column past the end of its line stops at that end. */
export function offsetOf(source: string, line: number, column: number): number {
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let l = 1; l < line; l++) {
    const m = re.exec(source);
    if (!m) return source.length;
    start = m.index + m[0].length;
  }
  const end = source.slice(start).search(/\r\n|\r|\n/);
  return Math.min(start + column - 1, end === -1 ? source.length : start + end);
}
