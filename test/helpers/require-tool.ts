import { existsSync } from 'node:fs'

/**
 * Real servers and browsers are required, not optional. Under CI=true a missing one fails
 * the suite loudly; on a developer's machine it fails too, with the install line to run.
 */
export function requireExecutable(path: string, installHint: string): string {
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: ${installHint} (.ci/run installs it)`)
  }
  return path
}
