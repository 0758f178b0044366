// Turning command-line inputs (files, directories, globs, '-') into a list of policies to
// read, and reading each one safely. Problems never throw: each becomes a one-line
// message for stderr, so the other files are still linted.
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import micromatch from 'micromatch';

export const POLICY_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt'];
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const STDIN_NAME = '<stdin>';

/** `order` is the index of the input that produced it, so problems can be told in input order. */
export type Target =
  /** `explicit`: named on the command line, not found in a directory or by a glob. */
  | { kind: 'file'; absolute: string; display: string; order: number; explicit: boolean }
  | { kind: 'stdin'; display: string; order: number };

export interface InputProblem {
  /** The path as shown to the user. */
  path: string;
  message: string;
  /**
   * False for "this directory holds no policies": that only fails the run when nothing
   * at all could be linted.
   */
  fatal: boolean;
  order: number;
  stack?: string;
}

export interface Expansion {
  targets: Target[];
  problems: InputProblem[];
}

/** Paths in output: relative to cwd when inside it, absolute otherwise; '/' separators. */
export function displayPath(cwd: string, absolute: string): string {
  const rel = path.relative(cwd, absolute);
  const shown = rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? absolute : rel;
  return shown.split(path.sep).join('/');
}

export function isPolicyFile(name: string): boolean {
  return POLICY_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

/** A short description of a file-system error, without the syscall noise. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links (a symlink loop?)';
    case 'EISDIR':
      return 'is a directory, expected a file';
    case 'ENOTDIR':
      return 'a component of the path is not a directory';
    case 'ENAMETOOLONG':
      return 'file name too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return (error as Error).message ?? String(error);
  }
}

function notRegularFile(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'is a directory, expected a file';
  if (stats.isFIFO()) return 'is a named pipe (FIFO), not a regular file';
  if (stats.isCharacterDevice()) return 'is a character device, not a regular file';
  if (stats.isBlockDevice()) return 'is a block device, not a regular file';
  if (stats.isSocket()) return 'is a socket, not a regular file';
  return 'is not a regular file';
}

interface Walked {
  files: string[];
  problems: Array<{ absolute: string; message: string }>;
}

/**
 * Every file under `dir`, sorted by name, skipping node_modules and dot-directories.
 * Symlinked directories are not followed (no cycles); symlinked files are.
 */
async function walk(dir: string, accept: (absolute: string) => boolean): Promise<Walked> {
  const out: Walked = { files: [], problems: [] };
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    out.problems.push({ absolute: dir, message: describeFsError(error) });
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const absolute = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const sub = await walk(absolute, accept);
      out.files.push(...sub.files);
      out.problems.push(...sub.problems);
    } else if (entry.isFile()) {
      if (accept(absolute)) out.files.push(absolute);
    } else if (entry.isSymbolicLink() && accept(absolute)) {
      try {
        const stats = await fs.stat(absolute);
        if (!stats.isDirectory()) out.files.push(absolute);
      } catch (error) {
        out.problems.push({ absolute, message: describeFsError(error) });
      }
    }
  }
  return out;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * Expand a glob with micromatch semantics: walk the pattern's static base and keep the
 * policy files whose path below the base matches the glob part.
 */
async function expandGlob(pattern: string, cwd: string): Promise<Walked> {
  const { base, glob } = micromatch.scan(pattern);
  const baseAbsolute = path.resolve(cwd, base);
  const stats = await statOrError(baseAbsolute);
  // A missing base simply means nothing matches; the caller names the pattern.
  if (stats instanceof Error || !stats.isDirectory()) return { files: [], problems: [] };
  return walk(baseAbsolute, (absolute) => {
    const below = toPosix(path.relative(baseAbsolute, absolute));
    return isPolicyFile(absolute) && micromatch.isMatch(below, glob);
  });
}

async function statOrError(absolute: string): Promise<Stats | NodeJS.ErrnoException> {
  try {
    return await fs.stat(absolute);
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}

/**
 * Expand inputs into targets, in input order, each file once (also when it is reached
 * through another spelling, a glob or a symlink).
 */
export async function expandInputs(
  patterns: readonly string[],
  cwd: string,
  stdinFilename: string | undefined,
): Promise<Expansion> {
  const targets: Target[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();

  let order = 0;
  const add = async (absolute: string, explicit = false): Promise<void> => {
    let key = absolute;
    try {
      key = await fs.realpath(absolute);
    } catch {
      // Reading will report the problem; dedupe on the spelling meanwhile.
    }
    if (seen.has(key)) return;
    seen.add(key);
    targets.push({ kind: 'file', absolute, display: displayPath(cwd, absolute), order, explicit });
  };
  const addWalked = async (walked: Walked): Promise<void> => {
    for (const file of walked.files) await add(file);
    for (const p of walked.problems) problems.push({ path: displayPath(cwd, p.absolute), message: p.message, fatal: true, order });
  };

  for (const [index, pattern] of patterns.entries()) {
    order = index;
    if (pattern === '-') {
      if (!seen.has('-')) {
        seen.add('-');
        targets.push({ kind: 'stdin', display: stdinFilename ?? STDIN_NAME, order });
      }
      continue;
    }
    const absolute = path.resolve(cwd, pattern);
    const stats = await statOrError(absolute);
    const exists = !(stats instanceof Error);
    // A path that exists is taken literally, even if it contains glob characters.
    if (!exists && micromatch.scan(pattern).isGlob) {
      const walked = await expandGlob(pattern, cwd);
      if (walked.files.length === 0 && walked.problems.length === 0) {
        problems.push({ path: pattern, message: 'no policy files match this pattern', fatal: true, order });
      }
      await addWalked(walked);
    } else if (exists && stats.isDirectory()) {
      const walked = await walk(absolute, isPolicyFile);
      if (walked.files.length === 0 && walked.problems.length === 0) {
        problems.push({
          path: pattern,
          message: `no policy files (${POLICY_EXTENSIONS.map((e) => `*${e}`).join(', ')}) in this directory`,
          fatal: false,
          order,
        });
      }
      await addWalked(walked);
    } else if (!exists && stats.code !== 'ENOENT') {
      problems.push({ path: pattern, message: describeFsError(stats), fatal: true, order });
    } else {
      // Regular files, missing files and special files: reading reports what is wrong.
      await add(absolute, true);
    }
  }
  return { targets, problems };
}

export type ReadOutcome = { ok: true; text: Uint8Array } | { ok: false; message: string; stack?: string };

/** Read a file's bytes, refusing what is not a regular file or is too large. */
export async function readTargetBytes(absolute: string): Promise<ReadOutcome> {
  try {
    const stats = await fs.stat(absolute);
    const problem = notRegularFile(stats);
    if (problem) return { ok: false, message: problem };
    if (stats.size > MAX_FILE_BYTES) return { ok: false, message: tooLarge(stats.size) };
    return { ok: true, text: await fs.readFile(absolute) };
  } catch (error) {
    return { ok: false, message: describeFsError(error), ...stackOf(error) };
  }
}

export function tooLarge(bytes: number): string {
  // Rounded up, so a file just over the limit never reads as "50 MB; the limit is 50 MB".
  const mb = (n: number) => `${Math.ceil((n / 1024 / 1024) * 10) / 10} MB`;
  return `file is too large (${mb(bytes)}; the limit is ${mb(MAX_FILE_BYTES)})`;
}

/** Standard input as bytes, stopping as soon as it exceeds the size limit. */
export async function readStdinBytes(stdin: AsyncIterable<Uint8Array | string>): Promise<ReadOutcome> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of stdin) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      size += bytes.length;
      if (size > MAX_FILE_BYTES) return { ok: false, message: tooLarge(size) };
      chunks.push(bytes);
    }
  } catch (error) {
    return { ok: false, message: `cannot read standard input: ${describeFsError(error)}`, ...stackOf(error) };
  }
  return { ok: true, text: Buffer.concat(chunks) };
}

function stackOf(error: unknown): { stack?: string } {
  const stack = (error as Error)?.stack;
  return stack ? { stack } : {};
}
