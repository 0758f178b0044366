#!/usr/bin/env node
// The executable: wires the process to run() and sets the exit code. Nothing else.
import '../engine/eager-regexps.js'; // first: before any pattern runs
import { run } from './run.js';

// `policylint … | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // Lazy: touching process.stdin when no '-' was given would be wasted work.
  stdin: { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() },
  cwd: process.cwd(),
  env: process.env,
});
