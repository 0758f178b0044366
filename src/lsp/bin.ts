#!/usr/bin/env node
// The language server's executable: `policylint-lsp --stdio` (the default), `--node-ipc`
// or `--socket=PORT`, as vscode-languageserver reads them. `--today YYYY-MM-DD` pins the
// date date-based rules compare with, as in the CLI. Wires the process to startServer().
import '../engine/eager-regexps.js'; // first: before any pattern runs
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer, type ServerOptions } from './server.js';

const args = process.argv.slice(2);

if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    'Usage: policylint-lsp [--stdio | --node-ipc | --socket=PORT] [--today YYYY-MM-DD]\n' +
      'The policylint Language Server: diagnostics for Markdown and plain-text privacy policies.\n',
  );
  process.exit(0);
}

function parseToday(value: string | undefined): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    process.stderr.write(`policylint-lsp: --today "${value ?? ''}": expected a calendar date as YYYY-MM-DD, e.g. 2025-06-30.\n`);
    process.exit(2);
  }
  return date;
}

const options: ServerOptions = {};
const todayAt = args.findIndex((a) => a === '--today' || a.startsWith('--today='));
if (todayAt >= 0) {
  const arg = args[todayAt] as string;
  const date = parseToday(arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[todayAt + 1]);
  options.today = () => date;
}

// The server must outlive a bug in one lint: log it where the protocol is not (stderr).
const report = (error: unknown): void => {
  const err = error instanceof Error ? error : new Error(String(error));
  process.stderr.write(`policylint-lsp: internal error: ${err.stack ?? err.message}\n`);
};
process.on('uncaughtException', report);
process.on('unhandledRejection', report);

const transport = args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'));
// Without a transport flag, stdio: what every editor client uses.
const connection = transport ? createConnection(ProposedFeatures.all) : createConnection(ProposedFeatures.all, process.stdin, process.stdout);
startServer(connection, options);
