// Bundles the two entry points into dist/main and dist/post with ncc, as ES modules.
// ssh2's optional native addons (sshcrypto, cpu-features) and its Windows pageant helper are
// left out: they are built for this machine's Node and platform, not the runner's, and ssh2
// falls back to pure JavaScript when they are missing. Leaving them out also keeps dist/
// byte-for-byte reproducible, so CI can check it is not stale.
// ssh2 reads __dirname/__filename at load time, which an ES module does not have, so the
// bundle defines them first (a banner), before any bundled module runs.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';

const banner =
  "import { fileURLToPath as __bundleFileURLToPath } from 'node:url';\n" +
  "import { dirname as __bundleDirname } from 'node:path';\n" +
  'const __filename = __bundleFileURLToPath(import.meta.url);\n' +
  'const __dirname = __bundleDirname(__filename);\n';

for (const entry of ['main', 'post']) {
  const out = `dist/${entry}`;
  rmSync(out, { recursive: true, force: true });
  execFileSync('npx', ['ncc', 'build', `src/${entry}.ts`, '-o', out, '--license', 'licenses.txt', '-q'], {
    stdio: 'inherit'
  });
  for (const extra of ['build', 'lib', 'pagent.exe'])
    rmSync(`${out}/${extra}`, { recursive: true, force: true });
  const file = `${out}/index.js`;
  const code = readFileSync(file, 'utf8');
  if (!code.startsWith(banner)) writeFileSync(file, banner + code);
}
