// `--cache`: a file's result is reused when nothing that decides it has changed — its
// bytes, its effective configuration, the date, the flags that change results, and
// policylint itself (its code and its dependencies' versions). One JSON file holds the
// results by absolute path; it is replaced atomically, and a cache that cannot be read
// or written only costs time, never a result.
import { createHash, type Hash } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../../rules/index.js';
import { customRuleDefinition } from '../config/custom-rules.js';
import type { FileConfig } from '../config/load.js';
import type { LintResult } from '../engine/types.js';
import { describeFsError } from './files.js';
import { packageRoot, version } from './help.js';
import type { LintFlags } from './lint-file.js';

export const DEFAULT_CACHE_FILE = '.policylintcache';
/** Bumped when the file's layout changes; a cache of another format is rebuilt. */
const FORMAT = 1;

/** A result without its path: the path in the report depends on the working directory. */
/** The path is this run's; the text is the file itself, read again on a hit (it would double the cache). */
type StoredResult = Omit<LintResult, 'filePath' | 'source'>;

interface Entry {
  key: string;
  result: StoredResult;
}

interface CacheData {
  format: number;
  entries: Record<string, Entry>;
}

/**
 * Where the cache lives: `--cache-location` (default `.policylintcache` in the working
 * directory); a directory, or a path ending in a separator, gets `.policylintcache` inside.
 */
export async function cacheFilePath(location: string | undefined, cwd: string): Promise<string> {
  if (location === undefined) return path.resolve(cwd, DEFAULT_CACHE_FILE);
  const resolved = path.resolve(cwd, location);
  if (/[\\/]$/.test(location)) return path.join(resolved, DEFAULT_CACHE_FILE);
  const stats = await fs.stat(resolved).catch(() => undefined);
  return stats?.isDirectory() ? path.join(resolved, DEFAULT_CACHE_FILE) : resolved;
}

let fingerprint: string | undefined;

/**
 * What policylint itself contributes to a result. The version alone would miss a rebuilt
 * checkout or a patched install, and mtimes change on every build: so a hash of the code
 * that runs (every module under src/ and rules/ beside this one — dist/ when built, the
 * TypeScript sources under tests) and of the installed versions of the dependencies,
 * whose parsers shape the document model.
 */
export async function toolFingerprint(): Promise<string> {
  if (fingerprint !== undefined) return fingerprint;
  const here = fileURLToPath(import.meta.url);
  const ext = path.extname(here);
  const root = path.resolve(path.dirname(here), '..', '..');
  const hash = createHash('sha256').update(`policylint ${version()}\0`);
  for (const dir of ['src', 'rules']) {
    const files = (await fs.readdir(path.join(root, dir), { recursive: true }))
      .filter((f) => f.endsWith(ext) && !f.endsWith(`.d${ext}`))
      .sort();
    for (const file of files) {
      hash.update(`${dir}/${file}\0`).update(await fs.readFile(path.join(root, dir, file))).update('\0');
    }
  }
  hash.update(JSON.stringify(dependencyVersions()));
  fingerprint = hash.digest('hex');
  return fingerprint;
}

function dependencyVersions(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return Object.fromEntries(Object.keys(pkg.dependencies ?? {}).map((name) => [name, installedVersion(name)]));
}

/** The version in a dependency's package.json, found upward from its entry point. */
function installedVersion(name: string): string {
  try {
    let dir = path.dirname(fileURLToPath(import.meta.resolve(name)));
    for (;;) {
      try {
        const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name) return pkg.version ?? 'unknown';
      } catch {
        // No package.json here (or not JSON): keep climbing.
      }
      const parent = path.dirname(dir);
      if (parent === dir) return 'unknown';
      dir = parent;
    }
  } catch {
    return 'unknown';
  }
}

const builtins = new Set(builtinRules);

/**
 * The key of a file's entry, or undefined when its result cannot be cached: a plugin's
 * rules are code we cannot fingerprint (it may read files, the clock, anything), so files
 * configured with plugins are linted every time.
 */
export function cacheKey(tool: string, bytes: Uint8Array, config: FileConfig, flags: LintFlags): string | undefined {
  const rules: string[] = [];
  for (const rule of config.rules) {
    if (builtins.has(rule)) rules.push(rule.meta.id);
    else {
      const definition = customRuleDefinition(rule);
      if (definition === undefined) return undefined;
      rules.push(definition);
    }
  }
  const settings = [...config.settings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const hash: Hash = createHash('sha256');
  hash.update(
    JSON.stringify({
      tool,
      format: FORMAT,
      today: flags.today.toISOString(),
      requireDisableReason: flags.requireDisableReason,
      reportUnusedDisableDirectives: flags.reportUnusedDisableDirectives,
      jurisdictions: config.jurisdictions,
      rules,
      settings,
    }),
  );
  return hash.update('\0').update(bytes).digest('hex');
}

function isCacheData(value: unknown): value is CacheData {
  const v = value as CacheData;
  return typeof v === 'object' && v !== null && typeof v.entries === 'object' && v.entries !== null && !Array.isArray(v.entries);
}

function isEntry(value: unknown): value is Entry {
  const v = value as Entry;
  return typeof v === 'object' && v !== null && typeof v.key === 'string' && typeof v.result === 'object' && v.result !== null;
}

export class LintCache {
  private changed = false;
  private readonly seen = new Set<string>();

  private constructor(
    readonly file: string,
    /** The file as shown in warnings. */
    private readonly name: string,
    private readonly entries: Map<string, Entry>,
    /** False when the cache file is something we must not replace. */
    private readonly writable: boolean,
    private readonly warn: (message: string) => void,
  ) {}

  /**
   * Reads the cache file. Missing, or written by another format: start afresh quietly.
   * Corrupt or truncated: start afresh with a notice. Unreadable: a warning, and no cache.
   * `linted` are the files of this run, which the cache must never replace
   * (`--cache-location policy.md`).
   */
  static async open(file: string, name: string, linted: readonly string[], warn: (message: string) => void): Promise<LintCache> {
    const empty = (writable: boolean): LintCache => new LintCache(file, name, new Map(), writable, warn);
    const real = (f: string): Promise<string> => fs.realpath(f).catch(() => f);
    const own = await real(file);
    if ((await Promise.all(linted.map(real))).includes(own)) {
      warn(`cannot use ${name} as the cache file: it is one of the files being linted`);
      return empty(false);
    }
    let text: string;
    try {
      const stats = await fs.stat(file);
      // Reading a FIFO would hang, and replacing a device or socket is not ours to do.
      if (!stats.isFile()) {
        warn(`cannot use ${name} as the cache file: it is not a regular file`);
        return empty(false);
      }
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      // No cache yet (or it cannot exist there: writing will say so).
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return empty(true);
      warn(`cannot read the cache file ${name}: ${describeFsError(error)}`);
      return empty(true);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    if (!isCacheData(data)) {
      warn(`the cache file ${name} is corrupt; rebuilding it`);
      return empty(true).touched();
    }
    if (data.format !== FORMAT) return empty(true).touched();
    const entries = new Map<string, Entry>();
    for (const [absolute, entry] of Object.entries(data.entries)) if (isEntry(entry)) entries.set(absolute, entry);
    return new LintCache(file, name, entries, true, warn);
  }

  private touched(): this {
    this.changed = true;
    return this;
  }

  /** The cached result for this file and key, with the path it has in this run's report. */
  get(absolute: string, key: string, display: string): LintResult | undefined {
    this.seen.add(absolute);
    const entry = this.entries.get(absolute);
    return entry?.key === key ? { filePath: display, ...entry.result } : undefined;
  }

  set(absolute: string, key: string, result: LintResult): void {
    const { filePath: _path, source: _source, ...stored } = result;
    this.seen.add(absolute);
    this.entries.set(absolute, { key, result: stored });
    this.changed = true;
  }

  /**
   * Drops entries of files that no longer exist (entries of files merely not linted this
   * time are kept, as ESLint does), then replaces the cache file atomically: a temp file
   * in the same directory, renamed over it. Failing to write is a warning.
   */
  async save(): Promise<void> {
    if (!this.writable) return;
    const unseen = [...this.entries.keys()].filter((name) => !this.seen.has(name));
    const exists = await Promise.all(unseen.map((name) => fs.stat(name).then(() => true, () => false)));
    unseen.forEach((name, i) => {
      if (!exists[i]) {
        this.entries.delete(name);
        this.changed = true;
      }
    });
    if (!this.changed) return;
    const data: CacheData = { format: FORMAT, entries: Object.fromEntries(this.entries) };
    const temp = `${this.file}.tmp-${process.pid}-${Date.now()}`;
    try {
      // Like ESLint's cache, `--cache-location .cache/policylint/` may name a folder to create.
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      await fs.writeFile(temp, JSON.stringify(data), { flag: 'wx' });
      await fs.rename(temp, this.file);
    } catch (error) {
      await fs.rm(temp, { force: true }).catch(() => undefined);
      this.warn(`cannot write the cache file ${this.name}: ${describeFsError(error)}; results were not cached`);
    }
  }
}
