// Bundles the compiled command-line program (dist/cli/main.js and what it imports, commander
// included) into one script, dist/plan.cjs, and records a V8 code cache for it from a warm-up
// run. bin/plan.cjs runs the bundle from that cache: one file to read instead of some fifty
// modules to resolve and compile, and no compiling of the functions a parse needs. Part of
// `npm run build`, after tsc.
//
// The heavy packages (cheerio, unified, opencc-js, chalk, cli-table3, …) stay outside the bundle
// and are still loaded only when a command needs them: their dynamic imports become calls to
// `__planImport`, which bin/plan.cjs provides as its own import(), so they resolve as before.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const outfile = join(dist, 'plan.cjs');

/** Packages bundled into the program; every other package is loaded at run time, when needed. */
const BUNDLED = new Set(['commander']);

const rewrite = {
  name: 'plan-bundle',
  setup(b) {
    // commander requires child_process at start-up for a feature plan does not use (executable
    // subcommands); loading it costs more than the rest of commander. It is loaded on first use.
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${sep}commander${sep}`) ? { path: 'lazy-child-process', namespace: 'plan-lazy' } : { path: args.path, external: true },
    );
    b.onLoad({ filter: /.*/, namespace: 'plan-lazy' }, () => ({
      contents: 'module.exports = new Proxy({}, { get: (_, key) => require("node:child_process")[key] });',
      loader: 'js',
    }));
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
      return BUNDLED.has(name) ? undefined : { path: args.path, external: true };
    });
    b.onLoad({ filter: /\.js$/ }, (args) => {
      let contents = readFileSync(args.path, 'utf8');
      if (args.path.startsWith(dist)) {
        // A module that finds files beside itself (the worker script, package.json) keeps
        // finding them from its place in dist/, not from the bundle's.
        const file = relative(dist, args.path).split('\\').join('/');
        contents = contents.replaceAll('import.meta.url', `__planModuleUrl(${JSON.stringify(file)})`);
        // Dynamic imports of packages leave the bundle as they are written.
        contents = contents.replace(/\bimport\((['"])([^'"./][^'"]*)\1\)/g, (_, _q, spec) => `__planImport(${JSON.stringify(spec)})`);
      }
      return { contents, loader: 'js' };
    });
  },
};

const result = await build({
  entryPoints: [join(dist, 'cli/main.js')],
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile,
  write: false,
  metafile: true,
  plugins: [rewrite],
  logLevel: 'warning',
  minifyWhitespace: true,
  minifySyntax: true,
  // Short local names: a third less source to read and hash on every start (the code cache holds
  // the compiled functions, not their names' length, so it shrinks less).
  minifyIdentifiers: true,
  banner: {
    js: 'const __planModuleUrl = (file) => require("node:url").pathToFileURL(require("node:path").join(__dirname, file)).href;',
  },
});

// esbuild escapes non-ASCII characters in strings but not in regular expressions. One of them left
// makes the whole bundle a two-byte string for V8, which Node reads from disk at half the speed;
// written as \uXXXX (the same character in a pattern, with or without the u flag) it stays one-byte.
const code = toAscii(result.outputFiles[0].text);
// Anything left that esbuild could not bundle would fail at run time inside the loader.
for (const left of ['import.meta', 'import(']) {
  if (code.includes(left)) throw new Error(`bundle-cli: "${left}" is left in the bundle`);
}
// The first line names the build; the code cache is kept under that name, so a cache never
// meets a bundle other than the one it was made from.
const id = createHash('sha256').update(code).digest('hex').slice(0, 16);
writeFileSync(outfile, `// plan ${id}\n${code}`);
// What went into the bundle, for the tests that check nothing heavy did.
writeFileSync(join(dist, 'plan.meta.json'), JSON.stringify(result.metafile, null, 1));
for (const f of readdirSync(dist)) if (/^plan\.[0-9a-f]+\.cache$/.test(f)) unlinkSync(join(dist, f));

// Warm-up: a parse of the bundled notice through the bundle, recording the code cache as it ends.
// Only the main job: a cache that also held what validate or report compile would take longer to
// read in on every start than it saves those commands. The output goes to a scratch file.
const scratch = mkdtempSync(join(tmpdir(), 'plan-bundle-'));
try {
  const seed = join(root, 'fixtures/hedong-2022.txt');
  const run = spawnSync(process.execPath, [join(root, 'bin/plan.cjs'), 'parse', seed, '-o', join(scratch, 'seed.json')], {
    env: { ...process.env, PLAN_CODE_CACHE_OUT: join(dist, `plan.${id}.cache`) },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`bundle-cli: the warm-up parse failed: ${run.stderr}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** The code with every non-ASCII UTF-16 unit written as an escape; `\。` (an identity escape) becomes `\u3002`. */
function toAscii(text) {
  return text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, char) => {
    const escape = `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + escape;
  });
}
