// The certificates trusted when the user adds one CA (`--ca`): Node's `ca` option replaces the
// default store, so the default store is rebuilt here and the extra CA added, never swapped in.
// Node 22.15+ (Electron's Node) says what its default store holds (bundled roots plus
// NODE_EXTRA_CA_CERTS, plus the system's with --use-system-ca); Node 20 has only the bundled
// roots to list, so NODE_EXTRA_CA_CERTS is read the way Node itself reads it at start-up.
import { readFileSync } from 'node:fs'
import tls from 'node:tls'

type GetCaCertificates = (type?: 'default' | 'bundled' | 'system' | 'extra') => string[]

function defaultStore(): string[] {
  const get = (tls as unknown as { getCACertificates?: GetCaCertificates }).getCACertificates
  if (typeof get === 'function') return get('default')
  const roots = [...tls.rootCertificates]
  const extraFile = process.env.NODE_EXTRA_CA_CERTS
  if (extraFile) {
    try {
      roots.push(readFileSync(extraFile, 'utf8'))
    } catch {
      // Node itself only warns when this file is missing; the bundled roots still apply.
    }
  }
  return roots
}

/** The default trust store plus one extra CA (PEM), or undefined for Node's own default. */
export function trustedRootsWith(extraCa: string | undefined): string[] | undefined {
  return extraCa ? [...defaultStore(), extraCa] : undefined
}
