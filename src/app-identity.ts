// The app's own name and version, as the About screen and the IMAP ID command (RFC 2971)
// give them. Read once from package.json, the one place the version is written.
import { readFileSync } from 'node:fs'
import { packagePath } from './package-root.js'

export const APP_NAME = 'Mail Settings Inspector'

let version: string | null = null

export function appVersion(): string {
  version ??= (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version
  return version
}
