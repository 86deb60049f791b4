// `npm test`: every suite, then one closing line with the totals.
//   0. type checks (the whole project; the core alone, with no DOM or browser types)
//   1. unit tests (vitest: the core in node, readers and components in happy-dom),
//      then the ones that read the clock again at three faked instants and zones
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

// `asStep`: a repeat of tests already counted (the faked clocks) counts once,
// as one step that passes only when every test in it passes.
function vitest(name, args, { prefix = [], env = {}, asStep = false } = {}) {
  const report = `${out}/${name}-results.json`;
  rmSync(report, { force: true });
  const cmd = [...prefix, 'npx', 'vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  const ok = run(cmd[0], cmd.slice(1), env);
  if (!existsSync(report)) {
    console.error(`${name}: vitest wrote no report`);
    totals.failed += 1;
    return;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  if (asStep) {
    const passed = ok && r.numFailedTests === 0 && r.numPassedTests > 0;
    totals[passed ? 'passed' : 'failed'] += 1;
    console.log(`${name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed (counted as one step)`);
    return;
  }
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
// The tests that read the clock, again at instants and zones where a test that
// assumes "now" would break: before the due hour on a Monday at the far east
// of the date line, a Saturday in California, and the last minutes of the year
// (#14). libfaketime (Debian's faketime) moves the clock of node and of every
// browser it starts; the clock runs on from the given local time.
const INSTANTS = [
  { name: 'kiritimati-monday-0030', tz: 'Pacific/Kiritimati', at: '2026-12-07 00:30:00' },
  { name: 'los-angeles-saturday-noon', tz: 'America/Los_Angeles', at: '2026-12-05 12:00:00' },
  { name: 'utc-new-year-eve-2350', tz: 'UTC', at: '2026-12-31 23:50:00' },
];
const CLOCK_TESTS = ['test/unit/core/cadence', 'test/unit/core/timeline', 'test/unit/background', 'test/unit/db', 'test/unit/ui', 'test/unit/content', 'test/unit/hardening/background.test.ts', 'test/unit/hardening/schema-upgrade.test.ts'];
if (wanted('clock')) {
  if (spawnSync('faketime', ['-h'], { stdio: 'ignore' }).error) {
    console.error('clock: faketime is not installed (apt-get install -y faketime)');
    totals.failed += 1;
  } else {
    for (const i of INSTANTS) vitest(`unit-at-${i.name}`, ['--project', 'unit', ...CLOCK_TESTS], { prefix: ['faketime', i.at], env: { TZ: i.tz }, asStep: true });
  }
}
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
