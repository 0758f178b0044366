// End-to-end test of the BUILT language server (npm test builds first; by hand:
// npx tsc -p tsconfig.build.json), spoken to over stdio by a real JSON-RPC client, as an
// editor would. No timing assertions: waits are generous for slow shared machines.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'dist/src/lsp/bin.js');
const SEED = path.join(ROOT, 'fixtures/seeds/001_5d45be2437642316.txt');
const WAIT_MS = 20_000;

interface Position {
  line: number;
  character: number;
}
interface LspDiagnostic {
  range: { start: Position; end: Position };
  severity: number;
  source: string;
  code: string;
  codeDescription?: { href: string };
  message: string;
}
interface Published {
  uri: string;
  version?: number;
  diagnostics: LspDiagnostic[];
}

class Client {
  readonly child: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  readonly stderr: string[] = [];
  private readonly published: Published[] = [];
  private waiters: Array<() => void> = [];

  constructor(args: string[]) {
    this.child = spawn(process.execPath, [BIN, '--stdio', ...args], { cwd: ROOT });
    this.child.stderr.on('data', (c: Buffer) => this.stderr.push(c.toString('utf8')));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: Published) => {
      this.published.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.listen();
  }

  async initialize(rootUri: string | null = null): Promise<Record<string, unknown>> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      capabilities: {},
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'workspace' }] : null,
    });
    await this.connection.sendNotification('initialized', {});
    return result as Record<string, unknown>;
  }

  /** The next publication for `uri` (after those already seen) that satisfies `test`. */
  async diagnostics(uri: string, test: (p: Published) => boolean = () => true): Promise<Published> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const index = this.published.findIndex((p) => p.uri === uri && test(p));
      if (index >= 0) return this.published.splice(0, index + 1).pop() as Published;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri} within ${WAIT_MS} ms; stderr: ${this.stderr.join('')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await Promise.race([exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), WAIT_MS))]);
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
    return code;
  }
}

const open = (uri: string, text: string, languageId = 'plaintext', version = 1) => ({
  textDocument: { uri, languageId, version, text },
});

const find = (p: Published, code: string) => p.diagnostics.filter((d) => d.code === code);

describe('policylint-lsp over stdio', () => {
  let client: Client;
  let text: string;
  const uri = pathToFileURL(SEED).href;

  beforeAll(async () => {
    text = await readFile(SEED, 'utf8');
    client = new Client(['--today', '2026-11-27']);
  });
  afterAll(() => {
    if (client.child.exitCode === null) client.child.kill();
  });

  it('initializes with document sync', async () => {
    const result = await client.initialize(pathToFileURL(ROOT).href);
    const capabilities = result.capabilities as { textDocumentSync: { openClose: boolean; change: number } };
    expect(capabilities.textDocumentSync.openClose).toBe(true);
    expect(capabilities.textDocumentSync.change).toBeGreaterThan(0);
  });

  it('publishes the findings of seed 001 when it is opened', async () => {
    await client.connection.sendNotification('textDocument/didOpen', open(uri, text));
    const published = await client.diagnostics(uri);
    expect(published.version).toBe(1);

    const [lastUpdated, ...more] = find(published, 'last-updated');
    expect(more).toEqual([]);
    expect(lastUpdated).toMatchObject({
      range: { start: { line: 2, character: 0 } },
      severity: 1,
      source: 'policylint',
      code: 'last-updated',
      codeDescription: { href: expect.stringMatching(/\/docs\/rules\/last-updated\.md$/) as unknown },
    });
    // The message carries the legal reference.
    expect(lastUpdated!.message).toMatch(/^The "Last updated" line has no date\. \(.*GDPR Art\. 12\(1\)\)$/);

    const glued = find(published, 'contact-details');
    expect(glued.map((d) => d.range.start.line)).toContain(57);
    const email = glued.find((d) => d.range.start.line === 57)!;
    // Columns 30–53 (1-based) in the JSON output: 29–52 here, UTF-16 and 0-based.
    expect(email.range).toEqual({ start: { line: 57, character: 29 }, end: { line: 57, character: 52 } });
    expect(email.message).toContain('dpo@leadconneqt.com');
    // Warnings map to 2.
    expect(find(published, 'breach-notification')[0]?.severity).toBe(2);
  });

  it('re-lints after a change: the fixed date clears the last-updated finding', async () => {
    const fixed = text.replace(/^Last updated:\s*$/m, 'Last updated: 2026-11-01');
    expect(fixed).not.toBe(text);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: fixed }],
    });
    const published = await client.diagnostics(uri, (p) => p.version === 2);
    expect(find(published, 'last-updated')).toEqual([]);
    expect(find(published, 'contact-details').map((d) => d.range.start.line)).toContain(57);
  });

  it('lints a burst of edits once the typing stops, on the last text', async () => {
    const base = text.replace(/^Last updated:\s*$/m, 'Last updated: 2026-11-01');
    for (let version = 3; version <= 6; version++) {
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ text: version === 6 ? text : base }],
      });
    }
    const published = await client.diagnostics(uri, (p) => p.version === 6);
    expect(find(published, 'last-updated')).toHaveLength(1);
  });

  it('clears the diagnostics when the document is closed', async () => {
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const published = await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
    expect(published.diagnostics).toEqual([]);
  });

  it('survives an empty document and a non-file URI', async () => {
    const empty = pathToFileURL(path.join(ROOT, 'fixtures/does-not-exist.md')).href;
    await client.connection.sendNotification('textDocument/didOpen', open(empty, '', 'markdown'));
    expect((await client.diagnostics(empty)).diagnostics).toEqual([]);

    const untitled = 'untitled:Untitled-1';
    await client.connection.sendNotification('textDocument/didOpen', open(untitled, text));
    expect(find(await client.diagnostics(untitled), 'last-updated')).toHaveLength(1);
  });

  it('shuts down and exits cleanly', async () => {
    expect(await client.stop()).toBe(0);
  });
});

describe('policylint-lsp with a workspace configuration', () => {
  let dir: string;
  let client: Client;
  let text: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'policylint-lsp-'));
    text = await readFile(SEED, 'utf8');
    client = new Client(['--today', '2026-11-27']);
    await client.initialize(pathToFileURL(dir).href);
  });
  afterAll(async () => {
    if (client.child.exitCode === null) client.child.kill();
    await rm(dir, { recursive: true, force: true });
  });

  it('honours the rules and ignores of the configuration found from the file', async () => {
    await writeFile(
      path.join(dir, '.policylintrc.json'),
      JSON.stringify({ rules: { 'last-updated': 'off', 'contact-details': 'warning' }, ignores: ['drafts/**'] }),
    );
    const uri = pathToFileURL(path.join(dir, 'privacy.txt')).href;
    await client.connection.sendNotification('textDocument/didOpen', open(uri, text));
    const published = await client.diagnostics(uri);
    expect(find(published, 'last-updated')).toEqual([]);
    expect(find(published, 'contact-details').every((d) => d.severity === 2)).toBe(true);
    expect(find(published, 'contact-details').length).toBeGreaterThan(0);

    const draft = pathToFileURL(path.join(dir, 'drafts', 'privacy.md')).href;
    await client.connection.sendNotification('textDocument/didOpen', open(draft, text, 'markdown'));
    expect((await client.diagnostics(draft)).diagnostics).toEqual([]);
  });

  it('turns a configuration error into one diagnostic at line 0 and keeps serving', async () => {
    await writeFile(path.join(dir, '.policylintrc.json'), JSON.stringify({ rules: { 'no-such-rule': 'error' } }));
    const uri = pathToFileURL(path.join(dir, 'other.txt')).href;
    await client.connection.sendNotification('textDocument/didOpen', open(uri, text));
    const published = await client.diagnostics(uri);
    expect(published.diagnostics).toHaveLength(1);
    expect(published.diagnostics[0]).toMatchObject({ range: { start: { line: 0, character: 0 } }, severity: 1, code: 'config-error' });
    expect(published.diagnostics[0]!.message).toContain('no-such-rule');

    // Fixed on disk and saved: the next lint uses the new configuration.
    await writeFile(path.join(dir, '.policylintrc.json'), JSON.stringify({ rules: {} }));
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const after = await client.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'config-error'));
    expect(find(after, 'last-updated')).toHaveLength(1);
  });

  it('shuts down and exits cleanly', async () => {
    expect(await client.stop()).toBe(0);
  });
});
