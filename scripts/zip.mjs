// `npm run zip`: the store packages, from fresh production builds, into
// web-ext-artifacts/:
//   followthrough-chrome-<version>.zip   Chrome Web Store (dist/)
//   followthrough-firefox-<version>.zip  addons.mozilla.org (dist-firefox/)
//   followthrough-source-<version>.zip   the committed source, which AMO asks
//                                        for because the build is minified
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = 'web-ext-artifacts';
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });

run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--logLevel', 'warn'], { TARGET_BROWSER: 'firefox' });
for (const [browser, dir] of [['chrome', 'dist'], ['firefox', 'dist-firefox']]) {
  run('npx', ['web-ext', 'build', '--source-dir', dir, '--artifacts-dir', out, '--filename', `followthrough-${browser}-${version}.zip`, '--overwrite-dest']);
}
run('git', ['archive', '--format=zip', '--prefix=followthrough/', '-o', `${out}/followthrough-source-${version}.zip`, 'HEAD']);
console.log(`Packages in ${out}/`);
