// Finding and loading configuration: cosmiconfig from each linted file's folder upward
// (or the one `--config` file), `extends` chains (presets, paths, packages) with cycle
// detection, and plugins that add rules. The result is per file: which laws, which rule
// settings, and whether the file is ignored.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cosmiconfig } from 'cosmiconfig';
import micromatch from 'micromatch';
import type { Jurisdiction, Rule, RuleSetting } from '../engine/types.js';
import { compileCustomRules } from './custom-rules.js';
import { ConfigError } from './errors.js';
import { PRESETS, PRESET_PREFIX } from './presets.js';
import { readLinks, validateConfig, type ConfigData, type JurisdictionSetting } from './validate.js';

export const CONFIG_FILES = [
  'package.json',
  '.policylintrc',
  '.policylintrc.json',
  '.policylintrc.yaml',
  '.policylintrc.yml',
  'policylint.config.js',
  'policylint.config.mjs',
  'policylint.config.cjs',
];

/** Namespaces that belong to the built-in rule packs. */
const RESERVED_NAMESPACES = new Set(['gdpr', 'popia', 'ccpa']);

/** A configuration object and the folder its patterns are relative to. */
interface Layer {
  data: ConfigData;
  dir: string;
}

interface LoadedConfig {
  file: string;
  layers: Layer[];
  rules: readonly Rule[];
}

export interface FileConfig {
  jurisdictions: JurisdictionSetting;
  settings: Map<string, RuleSetting>;
  /** Built-in rules plus the configuration's plugins. */
  rules: readonly Rule[];
  /** Matched by an `ignores` pattern. */
  ignored: boolean;
  /** The configuration file in force, if any. */
  configFile?: string;
}

export interface ResolverOptions {
  builtinRules: readonly Rule[];
  /** `--config FILE`: use this file for every policy, no lookup. */
  configFile?: string;
  /** False with `--no-config-lookup`. */
  lookup: boolean;
  /** Applied last: `--rule` flags and `--jurisdiction`. */
  cliSettings?: ReadonlyMap<string, RuleSetting>;
  cliJurisdictions?: Jurisdiction[];
}

/** A later setting replaces severity; options given before survive a severity-only change. */
function mergeSetting(before: RuleSetting | undefined, after: RuleSetting): RuleSetting {
  return { ...before, ...after, ...(after.options ? {} : before?.options ? { options: before.options } : {}) };
}

const posix = (p: string): string => p.split(path.sep).join('/');

export class ConfigResolver {
  private readonly explorer = cosmiconfig('policylint', {
    searchPlaces: CONFIG_FILES,
    searchStrategy: 'global',
    stopDir: path.parse(process.cwd()).root,
  });
  private readonly loaded = new Map<string, Promise<LoadedConfig>>();
  private readonly searched = new Map<string, Promise<string | null>>();

  constructor(private readonly options: ResolverOptions) {}

  /** Everything that configures the linting of the file at `absolute`. */
  async forFile(absolute: string): Promise<FileConfig> {
    const file = await this.configFileFor(path.dirname(absolute));
    const config = file ? await this.load(file) : { file: '', layers: [], rules: this.options.builtinRules };
    const result: FileConfig = { jurisdictions: 'auto', settings: new Map(), rules: config.rules, ignored: false };
    if (file) result.configFile = file;
    const apply = (part: { jurisdictions?: JurisdictionSetting; rules?: Record<string, RuleSetting> }): void => {
      if (part.jurisdictions) result.jurisdictions = part.jurisdictions;
      for (const [id, setting] of Object.entries(part.rules ?? {})) result.settings.set(id, mergeSetting(result.settings.get(id), setting));
    };
    for (const layer of config.layers) {
      const relative = posix(path.relative(layer.dir, absolute));
      const matches = (patterns: string[]): boolean => patterns.length > 0 && micromatch.isMatch(relative, patterns, { dot: true });
      if (matches(layer.data.ignores)) result.ignored = true;
      apply(layer.data);
      for (const o of layer.data.overrides) if (matches(o.files) && !matches(o.excludedFiles)) apply(o);
    }
    for (const [id, setting] of this.options.cliSettings ?? []) result.settings.set(id, mergeSetting(result.settings.get(id), setting));
    if (this.options.cliJurisdictions) result.jurisdictions = this.options.cliJurisdictions;
    return result;
  }

  private configFileFor(dir: string): Promise<string | null> {
    if (this.options.configFile) return Promise.resolve(this.options.configFile);
    if (!this.options.lookup) return Promise.resolve(null);
    let found = this.searched.get(dir);
    if (!found) {
      found = this.explorer.search(dir).then(
        (r) => (r && !r.isEmpty ? r.filepath : null),
        (error: unknown) => {
          throw asConfigError(error);
        },
      );
      this.searched.set(dir, found);
    }
    return found;
  }

  private load(file: string, chain: readonly string[] = []): Promise<LoadedConfig> {
    // Before the cache: a file that extends itself would otherwise wait on its own load.
    if (chain.includes(file)) {
      return Promise.reject(new ConfigError(`${shortPath(chain[0] as string)}: "extends" forms a cycle: ${[...chain, file].map(shortPath).join(' → ')}.`));
    }
    let loaded = this.loaded.get(file);
    if (!loaded) {
      loaded = this.read(file, chain);
      // Only top-level loads are cached: a cycle must be seen through its chain.
      if (chain.length === 0) this.loaded.set(file, loaded);
    }
    return loaded;
  }

  private async read(file: string, chain: readonly string[]): Promise<LoadedConfig> {
    let raw: unknown;
    try {
      const result = await this.explorer.load(file);
      raw = result?.config ?? {};
    } catch (error) {
      throw asConfigError(error, file);
    }
    const where = shortPath(file);
    const links = readLinks(raw, where);
    const dir = path.dirname(file);
    let rules = [...this.options.builtinRules];
    const pluginPresets = new Map<string, unknown>();
    for (const ref of links.plugins) {
      const plugin = await loadPlugin(ref, file, rules);
      rules = [...rules, ...plugin.rules];
      for (const [name, preset] of Object.entries(plugin.presets)) pluginPresets.set(`${plugin.namespace}:${name}`, preset);
    }
    rules = [...rules, ...compileCustomRules((raw as Record<string, unknown>)['custom'], where, rules)];
    const layers: Layer[] = [];
    for (const ref of links.extends) {
      if (ref.startsWith(PRESET_PREFIX)) {
        const preset = PRESETS[ref.slice(PRESET_PREFIX.length)];
        if (!preset) {
          throw new ConfigError(
            `${where}: "extends": unknown preset "${ref}" (expected one of: ${Object.keys(PRESETS).map((p) => PRESET_PREFIX + p).join(', ')}).`,
          );
        }
        layers.push({ data: preset(rules), dir });
        continue;
      }
      if (PLUGIN_PRESET.test(ref)) {
        const preset = pluginPresets.get(ref);
        if (preset === undefined) {
          throw new ConfigError(`${where}: "extends": no plugin in "plugins" provides the preset "${ref}".`);
        }
        layers.push({ data: validateConfig(preset, `${where}: preset "${ref}"`, rules), dir });
        continue;
      }
      const base = await this.load(resolveModule(ref, file, '"extends"'), [...chain, file]);
      rules = [...rules, ...base.rules.filter((r) => !rules.includes(r))];
      layers.push(...base.layers);
    }
    layers.push({ data: validateConfig(raw, where, rules), dir });
    return { file, layers, rules };
  }
}

function shortPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? posix(rel) : posix(file);
}

/** A path (relative to the configuration file) or a package name, resolved to a file. */
function resolveModule(ref: string, from: string, key: string): string {
  if (ref.startsWith('.') || path.isAbsolute(ref)) return path.resolve(path.dirname(from), ref);
  try {
    return createRequire(from).resolve(ref);
  } catch {
    throw new ConfigError(`${shortPath(from)}: ${key}: cannot find package "${ref}" (is it installed?).`);
  }
}

function isRule(value: unknown): value is Rule {
  const v = value as Rule;
  return typeof v === 'object' && v !== null && typeof v.check === 'function' && typeof v.meta?.id === 'string';
}

/** `namespace:preset`, a preset exported by a plugin (not a path: no slash or dot first). */
const PLUGIN_PRESET = /^[a-z][\w-]*:[\w-]+$/;

interface Plugin {
  /** The namespace of its rule ids, which also names its presets (`acme:strict`). */
  namespace: string;
  rules: Rule[];
  presets: Record<string, unknown>;
}

/** A plugin exports `rules` (an array of rules, as built with defineRule) and may export `presets`. */
async function loadPlugin(ref: string, from: string, known: readonly Rule[]): Promise<Plugin> {
  const where = `${shortPath(from)}: "plugins": "${ref}"`;
  const resolved = resolveModule(ref, from, '"plugins"');
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(resolved).href)) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError(`${where}: cannot load it: ${(error as Error).message.split('\n')[0]}`);
  }
  const exported = (mod['rules'] ?? (mod['default'] as Record<string, unknown> | undefined)?.['rules']) as unknown;
  if (!Array.isArray(exported) || !exported.every(isRule)) {
    throw new ConfigError(`${where}: a plugin must export "rules", an array of rules made with defineRule.`);
  }
  for (const rule of exported) {
    const [namespace, name] = rule.meta.id.split('/');
    if (!name || RESERVED_NAMESPACES.has(namespace as string)) {
      throw new ConfigError(`${where}: rule id "${rule.meta.id}" must be namespaced ("acme/rule-name"), not in gdpr/, popia/ or ccpa/.`);
    }
    if (known.some((r) => r.meta.id === rule.meta.id)) throw new ConfigError(`${where}: rule "${rule.meta.id}" is defined twice.`);
  }
  const presets = mod['presets'] ?? (mod['default'] as Record<string, unknown> | undefined)?.['presets'] ?? {};
  if (typeof presets !== 'object' || presets === null || Array.isArray(presets)) {
    throw new ConfigError(`${where}: "presets" must be an object of configurations.`);
  }
  const namespace = exported[0]?.meta.id.split('/')[0] ?? path.basename(ref);
  return { namespace, rules: exported, presets: presets as Record<string, unknown> };
}

function asConfigError(error: unknown, file?: string): ConfigError {
  if (error instanceof ConfigError) return error;
  const message = (error as Error)?.message ?? String(error);
  // cosmiconfig's messages already name the file; keep the first line only.
  const first = message.split('\n')[0] ?? message;
  return new ConfigError(file && !first.includes(path.basename(file)) ? `${shortPath(file)}: ${first}` : first);
}
