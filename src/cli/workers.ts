// `--concurrency`: linting in worker threads. The main thread reads the files (and
// consults the cache); the files still to lint go to a pool of workers (worker.ts), one
// file per worker at a time, so a worker that dies costs exactly the file it held.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ConfigError } from '../config/errors.js';
import type { CliOptions, Concurrency } from './args.js';
import type { LintOutcome } from './lint-file.js';

/** What every worker is started with. */
export interface WorkerInit {
  options: CliOptions;
  cwd: string;
}

export interface LintJob {
  absolute: string;
  display: string;
  bytes: Uint8Array;
}

export interface WorkerJob extends LintJob {
  id: number;
}

/** A failure outside linting (resolving the configuration): it ends the run, as in the main thread. */
export interface WorkerFailure {
  configError: boolean;
  message: string;
  stack?: string;
}

export type WorkerReply = { id: number; outcome: LintOutcome } | { id: number; failure: WorkerFailure };

/**
 * `auto` starts workers only from this many files to lint. Measured on the seeds and
 * corpus policies: a policy takes ~0.06 s of CPU, starting a worker 0.1–0.4 s (it loads
 * the rules, and its first files run cold), so two workers break even at 10–20 files;
 * 32 leaves a margin for busy machines.
 */
export const AUTO_MIN_FILES = 32;

const WORKER_URL = new URL('./worker.js', import.meta.url);

/** The number of workers for `concurrency` and this many files to lint; 0 lints in the main thread. */
export function workerCount(concurrency: Concurrency, files: number, cpus = availableParallelism()): number {
  if (concurrency === 'off' || files === 0) return 0;
  if (concurrency === 'auto') return files >= AUTO_MIN_FILES && cpus > 1 ? cpus : 0;
  return Math.min(concurrency, files);
}

interface Pending {
  job: WorkerJob;
  resolve: (outcome: LintOutcome) => void;
  reject: (error: Error) => void;
}

class WorkerPool {
  private readonly queue: Pending[] = [];
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly workers = new Set<Worker>();
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly init: WorkerInit,
  ) {}

  lint(job: LintJob): Promise<LintOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { ...job, id: this.nextId++ }, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.workers].map((w) => w.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      const worker = this.idle.pop() ?? (this.workers.size < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const pending = this.queue.shift() as Pending;
      this.busy.set(worker, pending);
      worker.postMessage(pending.job);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_URL, { workerData: this.init });
    this.workers.add(worker);
    worker.on('message', (reply: WorkerReply) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      if (pending) {
        if ('outcome' in reply) pending.resolve(reply.outcome);
        else pending.reject(failureError(reply.failure));
      }
      this.pump();
    });
    // A worker that dies (out of memory, process.exit in a plugin) fails only its file;
    // 'exit' always follows 'error', and a fresh worker takes the remaining files.
    worker.on('error', (error) => this.crashed(worker, error));
    worker.on('exit', (code) => {
      this.crashed(worker, new Error(`worker thread stopped with exit code ${code}`));
      this.workers.delete(worker);
      const i = this.idle.indexOf(worker);
      if (i >= 0) this.idle.splice(i, 1);
      this.pump();
    });
    return worker;
  }

  private crashed(worker: Worker, error: Error): void {
    const pending = this.busy.get(worker);
    if (!pending) return;
    this.busy.delete(worker);
    const debug = this.init.options.debug;
    pending.resolve({
      problem: { message: `internal error: ${error.message}${debug ? '' : ' (run with --debug for details)'}`, ...(error.stack ? { stack: error.stack } : {}) },
    });
  }
}

function failureError(failure: WorkerFailure): Error {
  const error = failure.configError ? new ConfigError(failure.message) : new Error(failure.message);
  if (failure.stack) error.stack = failure.stack;
  return error;
}

/**
 * Lints files in the main thread or in workers, as `--concurrency` says. With `auto` the
 * first files wait until it is clear there are enough to pay for workers; `finish` lints
 * what is still waiting in the main thread.
 */
export class LintScheduler {
  private pool: WorkerPool | undefined;
  private readonly waiting: Array<{
    job: LintJob;
    here: () => LintOutcome;
    resolve: (outcome: LintOutcome) => void;
    reject: (error: unknown) => void;
  }> = [];
  private readonly canUseWorkers: boolean;

  constructor(
    private readonly concurrency: Concurrency,
    private readonly init: WorkerInit,
  ) {
    // Run from the TypeScript sources (in-process tests), there is no worker.js to start.
    this.canUseWorkers = concurrency !== 'off' && existsSync(fileURLToPath(WORKER_URL));
  }

  /** `here` lints the file in the main thread, if it comes to that. */
  lint(job: LintJob, here: () => LintOutcome): Promise<LintOutcome> {
    if (!this.canUseWorkers) return Promise.resolve(here());
    if (this.pool) return this.pool.lint(job);
    const promise = new Promise<LintOutcome>((resolve, reject) => this.waiting.push({ job, here, resolve, reject }));
    // A number of workers is known now; `auto` decides once enough files are waiting.
    const count = workerCount(this.concurrency, this.concurrency === 'auto' ? this.waiting.length : Number.MAX_SAFE_INTEGER);
    if (count > 0) {
      const pool = new WorkerPool(count, this.init);
      this.pool = pool;
      for (const w of this.waiting.splice(0)) pool.lint(w.job).then(w.resolve, w.reject);
    }
    return promise;
  }

  /** Lints the files still waiting (too few for workers) in the main thread. */
  finish(): void {
    for (const w of this.waiting.splice(0)) w.resolve(w.here());
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}
