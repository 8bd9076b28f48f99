#!/usr/bin/env node
// The command-line entry: runs the built command in dist/cli/ (`npm run build`, which
// `npm install` and `npm ci` run through the `prepare` script). No compiler at run time.
// CommonJS, like the command it loads: Node's CommonJS loader reads and links the command's
// files in one synchronous pass, where its ES module loader pays per file for resolving,
// linking and promise turns (about 30 ms of a scan's start here: bench/cli.bench.ts).
// bin/package.json makes this file CommonJS under the name npm and npx have always linked
// (npx's cache keeps its links to the old name when a bin is renamed).
'use strict'
const { enableCompileCache } = require('node:module')

// Node 22.1+ keeps V8's compiled code between runs (in the OS temp folder): later starts skip
// compiling the command's JavaScript. Older Node has no such call and compiles as before.
enableCompileCache?.()

let cli
try {
  cli = require('../dist/cli/main.cjs')
} catch (error) {
  if (error?.code !== 'MODULE_NOT_FOUND' || !String(error.message).includes('main.cjs')) throw error
  process.stderr.write('mail-settings-inspector is not built yet: run "npm run build" in its folder (npm install does it too).\n')
  process.exit(1)
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
