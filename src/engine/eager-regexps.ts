// Imported for its side effect, first, by the executables (the CLI, whose worker threads
// share the process's V8 flags, and the language server) — never by the library, whose
// host process keeps its own V8 settings.
//
// V8 runs a regular expression in its bytecode interpreter first and compiles it to
// machine code on a later run ("tier-up"). Linting 493 policies triggered about 66,000
// such tier-ups; compiling each pattern on its first run instead made the CLI about 16%
// faster on the benchmark's 505 Markdown files (24.8 s instead of 29.6 s, BENCHMARKS.md)
// and in-process linting about 25% faster.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
