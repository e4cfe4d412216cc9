/**
 * `npm run bench` — the performance goals of the product, measured (never by timed unit tests).
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench
 *
 * Makes a fresh database on that PostgreSQL server (the embedded database is refused), loads the data set with
 * set-based SQL, then measures: credit check (HTTP and in-process) for a 10-document and a 100k-document
 * customer, the same check computed the naive way, order throughput over HTTP with 50 clients (many customers,
 * then one customer), the daily recap and the full exposure rebuild. Prints one table and writes the same as
 * JSON to bench-results/. Sizes: BENCH_CUSTOMERS (1000000), BENCH_HEAVY (100000), BENCH_GROUPS (50),
 * BENCH_RUNS (3), BENCH_DURATION seconds per load run (10). BENCH_KEEP=1 keeps the database.
 */
import 'reflect-metadata';
import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CoreModule, coreMigrations, loadConfig, TransactionService } from '@niaga/api/core';
import { CreditEvaluator, CreditLedger, CreditLimitModule, creditLimitMigrations } from '@niaga/api/credit-limit';
import { CustomerModule, customerMigrations } from '@niaga/api/customer';
import { CreditRecapService, NotificationModule, notificationMigrations } from '@niaga/api/notification';
import { TransactionModule, transactionMigrations } from '@niaga/api/transaction';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { generate } from './generate';
import { combine, load, type LoadResult, loadRuns, type Stat, stat, timeAlternately, timeIt } from './measure';

const root = join(__dirname, '..', '..');
const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const size = {
  customers: num('BENCH_CUSTOMERS', 1_000_000),
  heavyDocuments: num('BENCH_HEAVY', 100_000),
  groups: num('BENCH_GROUPS', 50),
  runs: num('BENCH_RUNS', 3),
  duration: num('BENCH_DURATION', 10),
};
const ADMIN = { email: 'bench@niaga.local', password: 'bench-password-1' };
const log = (s: string) => process.stdout.write(`${s}\n`);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = Date.now();
  const value = await fn();
  return [value, Date.now() - started];
}

async function startApi(url: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      DB_POOL_SIZE: '20',
      LOG_LEVEL: 'warn',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'niaga-bench-api-')),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { child, base };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error('the API did not start (is it built? npm run bench builds it first)');
}

async function main(): Promise<void> {
  const server = process.env['DATABASE_URL'];
  if (!server) {
    throw new Error('npm run bench needs DATABASE_URL pointing at a real PostgreSQL server; the embedded database is refused for these sizes.');
  }
  const name = `niaga_bench_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const dbUrl = new URL(server);
  dbUrl.pathname = `/${name}`;
  const url = dbUrl.toString();
  log(`Niaga bench — ${size.customers.toLocaleString('en')} customers, heavy customer with ${size.heavyDocuments.toLocaleString('en')} documents, database ${name}`);

  const config = loadConfig({
    DATABASE_URL: url,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'niaga-bench-')),
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-00',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'warn',
  });
  const benchModule: DynamicModule = {
    module: class BenchModule {},
    imports: [
      CoreModule.forRoot({
        config,
        migrations: [...coreMigrations, ...customerMigrations, ...creditLimitMigrations, ...transactionMigrations, ...notificationMigrations],
      }),
      CustomerModule,
      CreditLimitModule,
      TransactionModule,
      NotificationModule,
    ],
  };
  const ctx = await NestFactory.createApplicationContext(benchModule, { logger: ['error', 'warn'] });
  let api: { child: ChildProcess; base: string } | undefined;
  const results: Record<string, unknown> = { size, startedAt: new Date().toISOString() };
  try {
    const tx = ctx.get(TransactionService);
    const sql = (text: string, params: unknown[] = []) => tx.manager.query(text, params);

    log('Loading data (set-based SQL):');
    const [counts, loadMs] = await timed(() => generate(tx.manager, size, log));
    results['data'] = { ...counts, loadSeconds: loadMs / 1000 };
    log(`  loaded ${counts['documents'].toLocaleString('en')} documents for ${counts['customers'].toLocaleString('en')} customers in ${(loadMs / 1000).toFixed(1)} s`);

    const ledger = ctx.get(CreditLedger);
    const rebuildMs: number[] = [];
    for (let i = 0; i < size.runs; i++) rebuildMs.push((await timed(() => ledger.rebuild(null)))[1]);
    results['rebuild'] = stat(rebuildMs);

    await sql(`UPDATE credit_settings SET enforcement_mode = 'blocking', warning_threshold_percent = 80`);
    const recaps = ctx.get(CreditRecapService);
    const recapMs: number[] = [];
    let recapRows = 0;
    for (let i = 0; i < size.runs; i++) {
      const [recap, ms] = await timed(() => recaps.build('manual'));
      recapMs.push(ms);
      recapRows = (recap?.warning.length ?? 0) + (recap?.overlimit.length ?? 0);
    }
    results['recap'] = { ...stat(recapMs), customersListed: recapRows };

    const [{ light, heavy, one }] = await sql(
      `SELECT (SELECT id FROM customer WHERE code = 'LIGHT') AS light, (SELECT id FROM customer WHERE code = 'HEAVY') AS heavy, (SELECT id FROM customer WHERE code = 'ONE') AS one`,
    );
    const evaluator = ctx.get(CreditEvaluator);
    const projection = { documents: 1, amount: '1000.00' };
    const [evalLight, evalHeavy] = await timeAlternately(1000, () => evaluator.forCustomer(light, projection), () => evaluator.forCustomer(heavy, projection));
    // The naive way many ERPs check: sum the customer's documents at every check.
    const naive = () =>
      sql(
        `SELECT
           (SELECT count(*) FROM sales_order WHERE customer_id = $1 AND status IN ('open', 'partially_invoiced'))
           + (SELECT count(*) FROM sales_invoice WHERE customer_id = $1 AND status IN ('unpaid', 'partially_paid')) AS open_documents,
           (SELECT COALESCE(sum(uninvoiced_amount), 0) FROM sales_order WHERE customer_id = $1 AND status <> 'cancelled')
           + (SELECT COALESCE(sum(total), 0) FROM sales_invoice WHERE customer_id = $1 AND status <> 'void')
           - (SELECT COALESCE(sum(amount), 0) FROM payment WHERE customer_id = $1) AS outstanding`,
        [heavy],
      );
    const naiveHeavy = await timeIt(100, naive, 5);
    results['evaluatorInProcess'] = { light: evalLight, heavy: evalHeavy, ratio: evalHeavy.median / evalLight.median };
    results['naiveCheck'] = { heavy: naiveHeavy, speedup: naiveHeavy.median / evalHeavy.median };

    api = await startApi(url);
    const login = await fetch(`${api.base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    const headers = { authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
    const check = (customerId: () => string, duration = Math.max(3, Math.round(size.duration / 2))) =>
      load({
        url: `${api?.base}/api/v1/credit/check`,
        connections: 10,
        duration,
        method: 'POST',
        headers,
        body: () => JSON.stringify({ customerId: customerId(), documentType: 'sales_order', amount: '1000.00' }),
      });
    // Warm-up, not measured: the check path compiled, its statements prepared on the pooled connections.
    await check(() => (Math.random() < 0.5 ? light : heavy), 3);
    // Light and heavy runs alternate, so that whatever else the machine does weighs on both alike.
    const lightRuns: LoadResult[] = [];
    const heavyRuns: LoadResult[] = [];
    for (let i = 0; i < size.runs; i++) {
      lightRuns.push(await check(() => light));
      heavyRuns.push(await check(() => heavy));
    }
    const httpLight = combine(lightRuns);
    const httpHeavy = combine(heavyRuns);
    results['creditCheckHttp'] = { light: httpLight, heavy: httpHeavy, ratio: httpHeavy.latencyMeanMs / httpLight.latencyMeanMs };

    const customers: { id: string }[] = await sql(`SELECT id FROM customer WHERE outstanding_amount_mode = 'inherit' AND code LIKE 'C%' LIMIT 20000`);
    const products: { id: string }[] = await sql(`SELECT id FROM product LIMIT 100`);
    const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)];
    const order = (customerId: () => string) => () =>
      JSON.stringify({ customerId: customerId(), lines: [{ productId: pick(products).id, quantity: '2' }, { productId: pick(products).id, quantity: '1.5' }] });
    const orders = { url: `${api.base}/api/v1/sales-orders`, connections: 50, method: 'POST' as const, headers };
    // Warm-up, not measured: the order path compiled, its statements prepared on every pooled connection.
    await load({ ...orders, duration: 3, body: order(() => pick(customers).id) });
    const many = await loadRuns(size.runs, { ...orders, duration: size.duration, body: order(() => pick(customers).id) });
    const before: { n: number }[] = await sql(`SELECT count(*)::int AS n FROM sales_order WHERE customer_id = $1`, [one]);
    const single = await loadRuns(size.runs, { ...orders, duration: Math.max(3, Math.round(size.duration / 2)), body: order(() => one) });
    // One statement, so one snapshot: orders still in flight when the load stops are either wholly in
    // (document and exposure) or wholly out — reading them in separate statements could split one.
    const [figures] = await sql(
      `SELECT e.open_documents, e.outstanding_amount,
         (SELECT count(*)::int FROM sales_order WHERE customer_id = $1) AS orders,
         (SELECT count(*)::int FROM sales_order WHERE customer_id = $1 AND status = 'open' AND uninvoiced_amount > 0) AS documents_open,
         (SELECT COALESCE(sum(uninvoiced_amount), 0) FROM sales_order WHERE customer_id = $1 AND status = 'open') AS documents_outstanding
       FROM customer_exposure e WHERE e.customer_id = $1`,
      [one],
    );
    const maintained = { open_documents: figures.open_documents, outstanding_amount: figures.outstanding_amount };
    const fromDocuments = { open_documents: figures.documents_open, outstanding_amount: figures.documents_outstanding };
    results['orderThroughput'] = {
      manyCustomers: many,
      oneCustomer: {
        ...single,
        created: figures.orders - before[0].n,
        exposure: maintained,
        fromDocuments,
        exact: maintained.open_documents === fromDocuments.open_documents && maintained.outstanding_amount === fromDocuments.outstanding_amount,
      },
    };
    report(results);
  } finally {
    api?.child.kill();
    await ctx.close();
    if (process.env['BENCH_KEEP'] !== '1') await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

function report(r: Record<string, unknown>): void {
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  const s = (v: Stat) => `${ms(v.median)} / ${ms(v.p99)}`;
  const sec = (v: Stat) => `${(v.median / 1000).toFixed(1)} s / ${(v.p99 / 1000).toFixed(1)} s`;
  const data = r['data'] as Record<string, number>;
  const ev = r['evaluatorInProcess'] as { light: Stat; heavy: Stat; ratio: number };
  const naive = r['naiveCheck'] as { heavy: Stat; speedup: number };
  const http = r['creditCheckHttp'] as { light: LoadResult; heavy: LoadResult; ratio: number };
  const tp = r['orderThroughput'] as { manyCustomers: LoadResult & { runs: number[] }; oneCustomer: LoadResult & { runs: number[]; created: number; exact: boolean } };
  const recap = r['recap'] as Stat & { customersListed: number };
  const rebuild = r['rebuild'] as Stat;
  const ok = (pass: boolean) => (pass ? 'met' : 'NOT MET');
  const rows: [string, string, string, string][] = [
    ['data load', `${data['customers'].toLocaleString('en')} customers, ${data['documents'].toLocaleString('en')} documents`, `${data['loadSeconds'].toFixed(1)} s`, 'minutes, not hours: ' + ok(data['loadSeconds'] < 1800)],
    [
      'credit check, HTTP, 10 docs (median / p99, mean)',
      `${http.light.requestsPerSecond.toFixed(0)} req/s`,
      `${ms(http.light.latencyMedianMs)} / ${ms(http.light.latencyP99Ms)}, ${ms(http.light.latencyMeanMs)}`,
      '',
    ],
    [
      'credit check, HTTP, 100k docs (median / p99, mean)',
      `${http.heavy.requestsPerSecond.toFixed(0)} req/s`,
      `${ms(http.heavy.latencyMedianMs)} / ${ms(http.heavy.latencyP99Ms)}, ${ms(http.heavy.latencyMeanMs)}`,
      `ratio of means ${http.ratio.toFixed(2)} ≤ 1.2: ${ok(http.ratio <= 1.2)}`,
    ],
    ['evaluator in-process, 10 docs', '', s(ev.light), ''],
    ['evaluator in-process, 100k docs', '', s(ev.heavy), `ratio ${ev.ratio.toFixed(2)} ≤ 1.2: ${ok(ev.ratio <= 1.2)}`],
    ['naive check (sum documents), 100k docs', '', s(naive.heavy), `ours ${naive.speedup.toFixed(1)}× faster ≥ 20×: ${ok(naive.speedup >= 20)}`],
    [
      'SO creation, 50 clients, many customers (median of runs)',
      `${tp.manyCustomers.total} orders, ${tp.manyCustomers.non2xx + tp.manyCustomers.errors} errors`,
      `${tp.manyCustomers.requestsPerSecond.toFixed(0)} /s [${tp.manyCustomers.runs.join(', ')}] (p99 ${ms(tp.manyCustomers.latencyP99Ms)})`,
      `≥ 500/s: ${ok(tp.manyCustomers.requestsPerSecond >= 500)}`,
    ],
    [
      'SO creation, 50 clients, one customer (median of runs)',
      `${tp.oneCustomer.created} orders, ${tp.oneCustomer.non2xx + tp.oneCustomer.errors} errors`,
      `${tp.oneCustomer.requestsPerSecond.toFixed(0)} /s [${tp.oneCustomer.runs.join(', ')}] (p99 ${ms(tp.oneCustomer.latencyP99Ms)})`,
      `zero errors, figures exact: ${ok(tp.oneCustomer.non2xx + tp.oneCustomer.errors === 0 && tp.oneCustomer.exact)}`,
    ],
    [`daily recap, ${data['customers'].toLocaleString('en')} customers (median / max)`, `${recap.customersListed.toLocaleString('en')} listed`, sec(recap), `< 30 s: ${ok(recap.median < 30000)}`],
    [`full exposure rebuild (median / max)`, `${data['customers'].toLocaleString('en')} customers`, sec(rebuild), `< 120 s: ${ok(rebuild.median < 120000)}`],
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i].length), 8));
  const line = (row: string[]) => `| ${row.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  log('');
  log(line(['measure', 'what', 'result', 'goal']));
  log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) log(line(row));
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  const file = join(root, 'bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ ...r, table: rows }, null, 2));
  log(`\nJSON: ${file}`);
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
