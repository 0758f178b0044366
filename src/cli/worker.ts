// A worker thread of `--concurrency`: resolves each file's configuration itself (plugins
// and custom rules cannot cross threads), lints the bytes it is sent and sends back a
// plain LintResult, or the problem the main thread would have reported.
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigError } from '../config/errors.js';
import { configResolver, lintBytes } from './lint-file.js';
import type { WorkerInit, WorkerJob, WorkerReply } from './workers.js';

const { options, cwd } = workerData as WorkerInit;
const port = parentPort;
if (!port) throw new Error('worker.js runs as a worker thread of the policylint CLI');
const resolver = configResolver(options, cwd);
// Never rejected unhandled: each job awaits it and reports the error.
resolver.catch(() => undefined);

port.on('message', (job: WorkerJob) => {
  void (async () => {
    let reply: WorkerReply;
    try {
      const config = await (await resolver).forFile(job.absolute);
      reply = { id: job.id, outcome: lintBytes(job.bytes, job.display, config, options) };
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      reply = { id: job.id, failure: { configError: err instanceof ConfigError, message: err.message, ...(err.stack ? { stack: err.stack } : {}) } };
    }
    port.postMessage(reply);
  })();
});
