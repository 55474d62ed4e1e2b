#!/usr/bin/env node
// The `plan` command. `npm install` (prepare) compiles the sources to dist/ and bundles the
// command-line program into dist/plan.cjs, with a V8 code cache made from a warm-up parse
// (scripts/bundle-cli.mjs). Running the bundle from its cache is what makes `plan` start fast;
// this file is CommonJS for the same reason (an ES module entry costs the loader's start-up).
'use strict';
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const dist = join(__dirname, '..', 'dist');
const bundle = join(dist, 'plan.cjs');

/** Compiles the bundle from its code cache and runs its top level; returns its exports and the script. */
function loadBundle() {
  // A regular expression is by default interpreted on its first run and compiled to machine code
  // on its second; a parse runs some 250 of them, nearly all more than once, so a one-notice run
  // paid for two compilations of each (9 ms of its start, measured). Compiled at once instead.
  // Set before the bundle is compiled: V8 keeps a code cache only for the flags it was made under,
  // and the build's warm-up run (scripts/bundle-cli.mjs) comes through here too.
  require('node:v8').setFlagsFromString('--no-regexp-tier-up');
  const { Script } = require('node:vm');
  const source = readFileSync(bundle, 'utf8');
  // The first line, `// plan <id>`, names the build; its code cache carries the same name.
  const id = /^\/\/ plan ([0-9a-f]+)\n/.exec(source)?.[1];
  const cacheFile = id ? join(dist, `plan.${id}.cache`) : null;
  let cachedData;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    // No cache, or an unreadable one: V8 compiles the bundle as it goes, only more slowly.
  }
  // A cache from another Node.js version or other V8 flags is rejected by V8 and simply unused.
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __planImport) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  const module = { exports: {} };
  // Packages left out of the bundle are imported from here, so they resolve from this package.
  script.runInThisContext()(module.exports, require, module, bundle, dist, (specifier) => import(specifier));
  return { exports: module.exports, script, cacheFile, cached: cachedData !== undefined && !script.cachedDataRejected };
}

function run() {
  if (existsSync(bundle)) {
    const { exports, script } = loadBundle();
    return exports.main(process.argv).then(() => {
      // The build's warm-up parse records what it compiled (scripts/bundle-cli.mjs).
      if (process.env.PLAN_CODE_CACHE_OUT) writeFileSync(process.env.PLAN_CODE_CACHE_OUT, script.createCachedData());
    });
  }
  if (existsSync(join(dist, 'cli', 'main.js'))) {
    return import(pathToFileURL(join(dist, 'cli', 'main.js')).href).then(({ main }) => main(process.argv));
  }
  process.stderr.write('plan: the program is not built yet; run `npm install` (or `npm run build`) first\n');
  process.exit(2);
}

if (require.main === module) run();
else module.exports = { loadBundle };
