// `npm run bench`: runs every suite in bench/suites/, prints one table, and
// writes bench/results.json and bench/results.md. `--quick` is the smoke mode
// `npm test` runs: small inputs, a few seconds, so the harness never rots.
// `--only NAME` runs the suites whose file name contains NAME.
import { execSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchRow, BenchSuite } from './types';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;

function chromiumVersion(): string {
  try {
    return execSync(`${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'} --version`, { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return 'not installed';
  }
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  return abs >= 100 ? n.toFixed(0) : abs >= 1 ? n.toFixed(2) : n.toFixed(3);
}

async function main(): Promise<void> {
  const dir = resolve('bench/suites');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && (!only || f.includes(only))).sort();
  const results: { suite: string; rows: BenchRow[]; error?: string }[] = [];
  let failures = 0;
  for (const file of files) {
    const suite = basename(file, '.ts');
    const started = performance.now();
    try {
      const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: BenchSuite };
      const rows = await mod.default({ quick });
      if (!Array.isArray(rows) || rows.length === 0) throw new Error('the suite returned no rows');
      results.push({ suite, rows });
      console.log(`✓ ${suite} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    } catch (err) {
      failures++;
      const message = err instanceof Error ? err.message : String(err);
      results.push({ suite, rows: [], error: message });
      console.error(`✗ ${suite}: ${message}`);
    }
  }

  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromiumVersion(),
    date: new Date().toISOString(),
    quick,
  };
  const lines = [
    `# FollowThrough benchmarks${quick ? ' (quick smoke run: not representative)' : ''}`,
    '',
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}. ${machine.date}.`,
    '',
    '| suite | what | median | spread | budget | within | peer (ratio ours/peer) | notes |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    if (r.error) lines.push(`| ${r.suite} | failed: ${r.error.replace(/\|/g, '/')} | | | | | | |`);
    for (const row of r.rows) {
      const spread = row.spread ? `${fmt(row.spread[0])}–${fmt(row.spread[1])}` : '';
      const within = row.withinBudget === undefined ? '' : row.withinBudget ? 'yes' : '**no**';
      const peer = row.peer ? `${row.peer.name}: ${fmt(row.peer.median)} (${fmt(row.peer.ratio)}×)` : '';
      lines.push(`| ${r.suite} | ${row.name} | ${fmt(row.median)} ${row.unit} | ${spread} | ${row.budget ?? ''} | ${within} | ${peer} | ${(row.notes ?? '').replace(/\|/g, '/')} |`);
    }
  }
  const md = lines.join('\n') + '\n';
  writeFileSync('bench/results.md', md);
  writeFileSync('bench/results.json', JSON.stringify({ machine, results }, null, 2) + '\n');
  console.log('\n' + md);
  console.log('Written: bench/results.md, bench/results.json');
  process.exit(failures ? 1 : 0);
}

void main();
