// `npm test`: every suite, then one closing line with the totals.
//   0. type checks (the whole project; the core alone, with no DOM or browser types)
//   1. unit tests (vitest: the core in node, readers and components in happy-dom)
//   2. the build (vite build → dist/)
//   3. end-to-end tests (the built extension in Chromium on fixture mail pages)
//   4. Firefox: the Firefox build (dist-firefox/), `web-ext lint` with no
//      errors, and the end-to-end tests in Firefox ESR
//   5. the benchmark harness in smoke mode (so it never rots)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = 'test/artifacts';
mkdirSync(out, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function vitest(name, args) {
  const report = `${out}/${name}-results.json`;
  rmSync(report, { force: true });
  const ok = run('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    console.error(`${name}: vitest wrote no report`);
    totals.failed += 1;
    return;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests + (ok || r.numFailedTests > 0 ? 0 : 1);
  totals.skipped += r.numPendingTests + r.numTodoTests;
  console.log(`${name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
}

function step(name, cmd, args, env) {
  const ok = run(cmd, args, env);
  if (ok) totals.passed += 1;
  else totals.failed += 1;
  console.log(`${name}: ${ok ? 'passed' : 'FAILED'}`);
  return ok;
}

if (wanted('typecheck')) {
  step('typecheck (whole project)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  step('typecheck (src/core without DOM or browser types)', 'npx', ['tsc', '--noEmit', '-p', 'src/core/tsconfig.json']);
}
if (wanted('unit')) vitest('unit', ['--project', 'unit']);
let built = true;
if (wanted('e2e') || wanted('build')) built = step('build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
if (wanted('e2e')) {
  if (built) vitest('e2e', ['--project', 'e2e', '--no-file-parallelism']);
  else {
    console.error('e2e: skipped, the build failed');
    totals.failed += 1;
  }
}
if (wanted('firefox')) {
  const ff = step('build (Firefox)', 'npx', ['vite', 'build', '--logLevel', 'warn'], { TARGET_BROWSER: 'firefox' });
  if (ff) {
    // Warnings (library code, keys newer than Firefox 128) are fine; errors are not.
    step('web-ext lint (Firefox, 0 errors)', 'npx', ['web-ext', 'lint', '--source-dir', 'dist-firefox', '--output', 'text', '--no-input']);
    vitest('e2e-firefox', ['--project', 'firefox', '--no-file-parallelism']);
  } else {
    console.error('e2e-firefox: skipped, the Firefox build failed');
    totals.failed += 1;
  }
}
if (wanted('bench')) step('bench --quick', 'npx', ['tsx', 'bench/run.ts', '--quick']);

console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed === 0 ? 0 : 1);
