// Bundles the entry points into dist/main, dist/post and dist/cli (the build-ami command) with ncc,
// as ES modules.
// ssh2's optional native addons (sshcrypto, cpu-features) and its Windows pageant helper are
// left out: they are built for this machine's Node and platform, not the runner's, and ssh2
// falls back to pure JavaScript when they are missing. Leaving them out also keeps dist/
// byte-for-byte reproducible, so CI can check it is not stale.
// ssh2 reads __dirname/__filename at load time, which an ES module does not have, so the
// bundle defines them first (a banner), before any bundled module runs, in each chunk that reads them.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ncc from '@vercel/ncc';
import uglify from 'uglify-js';

const banner =
  "import { fileURLToPath as __bundleFileURLToPath } from 'node:url';\n" +
  "import { dirname as __bundleDirname } from 'node:path';\n" +
  'const __filename = __bundleFileURLToPath(import.meta.url);\n' +
  'const __dirname = __bundleDirname(__filename);\n';

// `node scripts/bundle.mjs cli` bundles only the entries named; `node scripts/bundle.mjs --source
// <file.ts> --out <dir>` bundles another file the same way (the benchmark's cold-start floor).
const [flag, source, outFlag, outDir] = process.argv.slice(2);
const jobs =
  flag === '--source' && outFlag === '--out'
    ? [{ source: resolve(source), out: outDir }]
    : (process.argv.length > 2 ? process.argv.slice(2) : ['main', 'post', 'cli']).map(entry => ({
        source: resolve(`src/${entry}.ts`),
        out: `dist/${entry}`
      }));
for (const { source, out } of jobs) {
  rmSync(out, { recursive: true, force: true });
  // ncc's API rather than its command line, for mainFields: a package's ES build ("module") wins
  // over its CommonJS one, so webpack leaves out what is never imported (sideEffects: false). The
  // AWS SDK's CommonJS builds are one file per package: @aws-sdk/client-ec2's holds every
  // operation and builds the aggregated EC2 class at load, all of it parsed before the first call.
  const { code, assets, stats } = await ncc(source, {
    quiet: true,
    mainFields: ['module', 'main']
  });
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}/index.js`, code);
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(`${out}/${name}`), { recursive: true });
    writeFileSync(`${out}/${name}`, asset.source, { mode: asset.permissions });
  }
  // ncc's --license writes one file per chunk under the same name, so with the front ends loaded on
  // demand (chunks of their own) the last chunk's few licenses overwrote the rest: write them here,
  // for every package in every chunk, in license-webpack-plugin's format.
  writeFileSync(`${out}/licenses.txt`, licensesOf(stats.toJson()));
  for (const extra of ['build', 'lib', 'pagent.exe'])
    rmSync(`${out}/${extra}`, { recursive: true, force: true });
  for (const name of readdirSync(out).filter(name => name.endsWith('.js') && name !== 'index.js')) {
    const source = readFileSync(`${out}/${name}`, 'utf8');
    if (/node_modules\/@aws-sdk\/client-/.test(source))
      writeFileSync(`${out}/${name}`, withoutUnusedCode(name, source));
  }
  // Chunks loaded on demand (ssh2 among them) are modules of their own and need the banner too; the
  // command line's #! line must stay the first line of its entry.
  for (const name of readdirSync(out).filter(name => name.endsWith('.js'))) {
    const file = `${out}/${name}`;
    const source = readFileSync(file, 'utf8');
    const shebang = /^#!.*\n/.exec(source)?.[0] ?? '';
    const code = source.slice(shebang.length);
    if (!code.startsWith(banner) && (name === 'index.js' || /\b__(dirname|filename)\b/.test(code)))
      writeFileSync(file, shebang + banner + code);
    if (shebang) chmodSync(file, 0o755);
  }
}

/**
 * A chunk with an AWS SDK client, less the code nothing uses. webpack marks what is never imported
 * but, without a minifier, keeps it: @aws-sdk/client-ec2's schemas (one module of every operation's
 * shapes) are most of the chunk, parsed and run before the first call. UglifyJS drops the
 * unreferenced declarations and otherwise only lays the code out again (no renaming, no inlining,
 * one statement a line), so dist/ stays readable, and byte-for-byte reproducible.
 */
function withoutUnusedCode(name, source) {
  const { code, error } = uglify.minify(source, {
    module: true,
    mangle: false,
    compress: {
      unused: true,
      dead_code: true,
      reduce_vars: true,
      passes: 1,
      toplevel: false,
      keep_fargs: true,
      keep_fnames: true,
      booleans: false,
      collapse_vars: false,
      comparisons: false,
      conditionals: false,
      evaluate: false,
      hoist_props: false,
      if_return: false,
      inline: false,
      join_vars: false,
      sequences: false
    },
    output: { beautify: true, comments: 'some' }
  });
  if (error) throw new Error(`${name}: ${error.message}`);
  return code;
}

/** Every package bundled (webpack's stats, concatenated modules included), with its license, by name. */
function licensesOf(stats) {
  const packages = new Map();
  const visit = modules => {
    for (const module of modules ?? []) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(
        (module.name ?? '').replace(/ \+ \d+ modules$/, '')
      );
      if (match) packages.set(match[1].replace(/^\.\//, ''), true);
      visit(module.modules);
    }
  };
  visit(stats.modules);
  for (const chunk of stats.chunks ?? []) visit(chunk.modules);
  const entries = [...packages.keys()]
    .map(dir => {
      const manifest = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
      const file = readdirSync(dir).find(name => /^(licen[cs]e|copying)(\.[a-z]+)?$/i.test(name));
      const text = file && existsSync(`${dir}/${file}`) ? readFileSync(`${dir}/${file}`, 'utf8').trim() : '';
      const license =
        typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? '');
      return { name: manifest.name, text: [manifest.name, license, text].filter(Boolean).join('\n') };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return [...new Map(entries.map(entry => [entry.name, entry.text])).values()].join('\n\n') + '\n';
}
