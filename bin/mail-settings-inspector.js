#!/usr/bin/env node
// The command-line entry: runs the built command in dist/cli/ (`npm run build`, which
// `npm install` and `npm ci` run through the `prepare` script). No compiler at run time.
import module from 'node:module'

// Node 22.1+ keeps V8's compiled code between runs (in the OS temp folder): later starts skip
// compiling the command's JavaScript. Older Node has no such call and compiles as before.
module.enableCompileCache?.()

let cli
try {
  cli = await import('../dist/cli/main.js')
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli/main.js')) throw error
  process.stderr.write('mail-settings-inspector is not built yet: run "npm run build" in its folder (npm install does it too).\n')
  process.exit(1)
}
process.exitCode = await cli.main(process.argv.slice(2))
