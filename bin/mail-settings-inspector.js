#!/usr/bin/env node
// The command-line entry. The core is TypeScript; tsx runs it without a build step, so the
// command works right after `npm install`.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
