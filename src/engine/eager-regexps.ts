// Imported for its side effect, first, by the executables (the CLI, whose worker threads
// share the process's V8 flags, and the language server) — never by the library, whose
// host process keeps its own V8 settings.
//
// V8 runs a regular expression in its bytecode interpreter first and compiles it to
// machine code on a later run ("tier-up"). Linting 493 policies triggered about 66,000
// such tier-ups; compiling each pattern on its first run instead made the CLI about 15%
// faster on the benchmark's 505 Markdown files (26 s instead of 30.5 s, BENCHMARKS.md),
// for about 100 MB more peak memory.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
