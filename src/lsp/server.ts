// The Language Server: lints Markdown and plain-text policies as they are edited and
// publishes the findings as LSP diagnostics. The same pipeline as the CLI (configuration
// looked up from the file's folder, readDocument chosen by extension, lintDocument), but
// on the editor's text instead of the file on disk. It takes a ready connection, so the
// transport (stdio, IPC, socket) and the process are bin.ts's business.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type InitializeResult,
  type Position,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtinRules } from '../../rules/index.js';
import { ConfigError } from '../config/errors.js';
import { CONFIG_FILES, ConfigResolver } from '../config/load.js';
import { lintDocument } from '../engine/linter.js';
import type { Diagnostic, Severity } from '../engine/types.js';
import { InputError, readDocument, type SourceFormat } from '../model/index.js';

export const SOURCE = 'policylint';
/** Codes of the diagnostics the server itself reports (not from a rule). */
export const CONFIG_ERROR = 'config-error';
export const INPUT_ERROR = 'input-error';
export const SERVER_ERROR = 'internal-error';

export interface ServerOptions {
  /** The date date-based rules compare with (default: today's calendar date). */
  today?: () => Date;
  /** Quiet time after an edit before the document is linted again, in milliseconds. */
  debounceMs?: number;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Language ids editors give Markdown and plain text (VS Code, Neovim, Helix, …). */
const LANGUAGES = new Set(['markdown', 'plaintext', 'text', 'txt']);
/** The extensions the CLI lints in folders, plus the Markdown variants the reader knows. */
const EXTENSIONS = /\.(?:md|markdown|mdown|mkdn|mkd|txt|text)$/i;
const CONFIG_NAMES = new Set(CONFIG_FILES);

/** Today's calendar date (local), as a UTC midnight: what `--today` defaults to in the CLI. */
function calendarToday(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/** The file system path of a `file:` URI, else undefined. */
function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The last path segment of any URI ("untitled:Untitled-1" → "Untitled-1"). */
function uriName(uri: string): string {
  const rest = uri.replace(/^[a-z][a-z0-9+.-]*:/i, '').replace(/[?#].*$/, '');
  const name = rest.split('/').pop() ?? '';
  try {
    return decodeURIComponent(name) || 'untitled';
  } catch {
    return name || 'untitled';
  }
}

function isLintable(document: TextDocument): boolean {
  return LANGUAGES.has(document.languageId) || EXTENSIONS.test(uriName(document.uri));
}

/** A diagnostic for the whole document's first line: configuration and input problems. */
function problemAtTop(code: string, message: string): LspDiagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code,
    message,
  };
}

/** The message as the editor shows it: with the legal reference, unless the text already cites it. */
function messageWithReference(d: Diagnostic): string {
  return d.reference === '' || d.message.includes(d.reference) ? d.message : `${d.message} (${d.reference})`;
}

/**
 * Our 1-based line/column (UTF-16 code units, after a BOM) to LSP's 0-based position.
 * `bom` is 1 when the editor's text starts with a BOM that the linter did not see.
 */
function toPosition(line: number, column: number, bom: number): Position {
  return { line: Math.max(0, line - 1), character: Math.max(0, column - 1 + (line === 1 ? bom : 0)) };
}

export function toLspDiagnostic(d: Diagnostic, bom = 0): LspDiagnostic {
  return {
    range: { start: toPosition(d.line, d.column, bom), end: toPosition(d.endLine, d.endColumn, bom) },
    severity: SEVERITY[d.severity],
    source: SOURCE,
    code: d.ruleId,
    codeDescription: { href: d.url },
    message: messageWithReference(d),
  };
}

interface LintTarget {
  /** Picks the reader (by extension) and the configuration. */
  path: string;
  /** Whether configuration files are looked up from the path's folder. */
  lookup: boolean;
  format?: SourceFormat;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const today = options.today ?? calendarToday;
  const debounceMs = options.debounceMs ?? 200;
  const documents = new TextDocuments(TextDocument);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Bumped on every request to lint a document: a result for an older one is dropped. */
  const generations = new Map<string, number>();
  /** Opened, not yet linted: the change event that follows an open lints at once. */
  const justOpened = new Set<string>();
  let workspaceRoot: string | undefined;
  let watchConfigFiles = false;

  const log = (message: string): void => {
    try {
      connection.console.error(message);
    } catch {
      // The connection is gone; nothing to tell.
    }
  };

  function publish(uri: string, diagnostics: LspDiagnostic[], version?: number): void {
    connection.sendDiagnostics({ uri, diagnostics, ...(version !== undefined ? { version } : {}) }).catch((error: unknown) => {
      log(`policylint: cannot publish diagnostics for ${uri}: ${String(error)}`);
    });
  }

  function targetFor(document: TextDocument): LintTarget {
    const file = filePath(document.uri);
    // Not a file (an unsaved buffer): the workspace's configuration, if there is a workspace.
    const target: LintTarget = file
      ? { path: file, lookup: true }
      : workspaceRoot
        ? { path: path.join(workspaceRoot, uriName(document.uri)), lookup: true }
        : { path: uriName(document.uri), lookup: false };
    // An extensionless buffer the editor calls Markdown is read as Markdown.
    if (document.languageId === 'markdown' && path.extname(target.path) === '') target.format = 'markdown';
    return target;
  }

  /** Lints the document's current text; never throws. */
  async function diagnose(document: TextDocument): Promise<LspDiagnostic[]> {
    const target = targetFor(document);
    let text = document.getText();
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (bom) text = text.slice(1);
    try {
      // A fresh resolver each time: edits to configuration files apply at the next lint.
      const resolver = new ConfigResolver({ builtinRules, lookup: target.lookup });
      const config = await resolver.forFile(target.path);
      if (config.ignored || text.trim() === '') return [];
      const doc = readDocument(target.path, text, target.format ? { format: target.format } : {});
      const result = lintDocument(doc, {
        rules: config.rules,
        settings: config.settings,
        jurisdictions: config.jurisdictions,
        today: today(),
      });
      return result.messages.map((d) => toLspDiagnostic(d, bom));
    } catch (error) {
      if (error instanceof ConfigError) return [problemAtTop(CONFIG_ERROR, `policylint configuration error: ${error.message}`)];
      if (error instanceof InputError) return [problemAtTop(INPUT_ERROR, `policylint cannot read this document: ${error.message}`)];
      const err = error instanceof Error ? error : new Error(String(error));
      log(`policylint: internal error while linting ${document.uri}: ${err.stack ?? err.message}`);
      return [problemAtTop(SERVER_ERROR, `policylint internal error: ${err.message}`)];
    }
  }

  async function validate(uri: string, generation: number): Promise<void> {
    const document = documents.get(uri);
    if (!document || !isLintable(document)) return;
    const diagnostics = await diagnose(document);
    // Closed, edited or re-linted meanwhile: a newer run publishes.
    if (generations.get(uri) !== generation || !documents.get(uri)) return;
    publish(uri, diagnostics, document.version);
  }

  /** Lints after `delay` ms of quiet (0: now), replacing any lint already waiting. */
  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    const generation = (generations.get(uri) ?? 0) + 1;
    generations.set(uri, generation);
    const run = (): void => {
      timers.delete(uri);
      validate(uri, generation).catch((error: unknown) => log(`policylint: ${String(error)}`));
    };
    if (delay <= 0) run();
    else timers.set(uri, setTimeout(run, delay));
  }

  function relintAll(): void {
    for (const document of documents.all()) schedule(document.uri, 0);
  }

  const isConfigFile = (uri: string): boolean => CONFIG_NAMES.has(uriName(uri));

  connection.onInitialize((params): InitializeResult => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    workspaceRoot = folder ? filePath(folder) : undefined;
    watchConfigFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: {
          openClose: true,
          change: TextDocumentSyncKind.Incremental,
          save: { includeText: false },
        },
      },
      serverInfo: { name: 'policylint' },
    };
  });

  connection.onInitialized(() => {
    if (!watchConfigFiles) return;
    connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/{${CONFIG_FILES.join(',')}}` }] })
      .catch((error: unknown) => log(`policylint: cannot watch configuration files: ${String(error)}`));
  });

  // A configuration file changed on disk: every open policy may lint differently now.
  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => isConfigFile(c.uri))) relintAll();
  });

  documents.onDidOpen((event) => justOpened.add(event.document.uri));

  documents.onDidChangeContent((event) => {
    const { uri } = event.document;
    if (justOpened.delete(uri)) schedule(uri, 0);
    else schedule(uri, debounceMs);
  });

  documents.onDidSave((event) => {
    if (isConfigFile(event.document.uri)) relintAll();
    else schedule(event.document.uri, 0);
  });

  documents.onDidClose((event) => {
    const { uri } = event.document;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    generations.delete(uri);
    justOpened.delete(uri);
    publish(uri, []);
  });

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
    generations.clear();
  });

  documents.listen(connection);
  connection.listen();
}
