/** Latency samples (ms) and throughput of one bounded run. */
export type RunResult = {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
};

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function summarize(latencies: number[], errors: number, seconds: number): RunResult {
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

/**
 * Closed loop: `concurrency` workers send one request after another until `durationMs` has passed or
 * `maxRequests` were sent, whichever comes first. Bounded both ways, so a slow system cannot hang the run.
 * `call(i)` sends the i-th request and throws on a failed one.
 */
export async function closedLoop(
  call: (i: number) => Promise<void>,
  { concurrency, durationMs, maxRequests }: { concurrency: number; durationMs: number; maxRequests: number },
): Promise<RunResult> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async () => {
    while (performance.now() < deadline && next < maxRequests) {
      const i = next++;
      const t = performance.now();
      try {
        await call(i);
        latencies.push(performance.now() - t);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return summarize(latencies, errors, (performance.now() - started) / 1000);
}

/**
 * Open loop at a fixed rate: requests start on schedule whether or not earlier ones finished (as real clients
 * do), so latency includes queueing; at most `maxInFlight` are outstanding, beyond that a request counts as an
 * error rather than piling up without bound.
 */
export async function fixedRate(
  call: (i: number) => Promise<void>,
  { rate, durationMs, maxInFlight }: { rate: number; durationMs: number; maxInFlight: number },
): Promise<RunResult> {
  const latencies: number[] = [];
  let errors = 0;
  let inFlight = 0;
  const total = Math.floor((rate * durationMs) / 1000);
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (inFlight >= maxInFlight) {
      errors += 1;
      continue;
    }
    inFlight += 1;
    const t = performance.now();
    pending.push(
      call(i)
        .then(
          () => {
            latencies.push(performance.now() - t);
          },
          () => {
            errors += 1;
          },
        )
        .finally(() => {
          inFlight -= 1;
        }),
    );
  }
  await Promise.all(pending);
  return summarize(latencies, errors, (performance.now() - started) / 1000);
}
