import autocannon from 'autocannon';

export interface Stat {
  median: number;
  p99: number;
  runs: number;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

export function stat(samples: number[]): Stat {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p99: percentile(sorted, 99), runs: samples.length };
}

/** One call of `fn`, in milliseconds. */
async function sampleMs(fn: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Times `fn` `iterations` times (after a warm-up), in milliseconds. */
export async function timeIt(iterations: number, fn: () => Promise<unknown>, warmup = Math.min(50, iterations)): Promise<Stat> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) samples.push(await sampleMs(fn));
  return stat(samples);
}

/** Times `a` and `b` alternately (after a warm-up of both), so that drift weighs on both alike. */
export async function timeAlternately(iterations: number, a: () => Promise<unknown>, b: () => Promise<unknown>, warmup = 50): Promise<[Stat, Stat]> {
  for (let i = 0; i < warmup; i++) await Promise.all([a(), b()]);
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < iterations; i++) {
    samples[0].push(await sampleMs(a));
    samples[1].push(await sampleMs(b));
  }
  return [stat(samples[0]), stat(samples[1])];
}

export interface LoadResult {
  requestsPerSecond: number;
  latencyMedianMs: number;
  latencyP99Ms: number;
  /** autocannon keeps percentiles in whole milliseconds; the mean has the precision a 2 ms request needs. */
  latencyMeanMs: number;
  total: number;
  non2xx: number;
  errors: number;
}

/** A real load generator (autocannon) against the running API. */
export async function load(options: {
  url: string;
  connections: number;
  duration: number;
  method: 'POST' | 'GET';
  headers: Record<string, string>;
  body: () => string;
}): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.duration,
    method: options.method,
    headers: { 'content-type': 'application/json', ...options.headers },
    requests: [{ setupRequest: (request) => ({ ...request, body: options.body() }) }],
  });
  return {
    requestsPerSecond: result.requests.average,
    latencyMedianMs: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMeanMs: result.latency.mean,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

export function median(values: number[]): number {
  return stat(values).median;
}

/** Several load runs as one: medians of rate and latencies (with every run's rate kept), sums of counts. */
export function combine(runs: LoadResult[]): LoadResult & { runs: number[] } {
  return {
    requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
    latencyMedianMs: median(runs.map((r) => r.latencyMedianMs)),
    latencyP99Ms: median(runs.map((r) => r.latencyP99Ms)),
    latencyMeanMs: median(runs.map((r) => r.latencyMeanMs)),
    total: runs.reduce((s, r) => s + r.total, 0),
    non2xx: runs.reduce((s, r) => s + r.non2xx, 0),
    errors: runs.reduce((s, r) => s + r.errors, 0),
    runs: runs.map((r) => Math.round(r.requestsPerSecond)),
  };
}

/** `load` `runs` times in a row, combined. */
export async function loadRuns(runs: number, options: Parameters<typeof load>[0]): Promise<ReturnType<typeof combine>> {
  const results: LoadResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await load(options));
  return combine(results);
}
