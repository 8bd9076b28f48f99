// The offline catalog: Mozilla's ISPDB, converted by scripts/generate-catalog.ts into
// ispdb-catalog.json (MPL-2.0, see ispdb-catalog.NOTICE.md beside it). A static JSON import,
// so the build bundles it into the command and Electron's main process.
import { readFileSync } from 'node:fs'
import { packagePath } from '../package-root.js'
import catalogJson from './ispdb-catalog.json' with { type: 'json' }
import type { ProviderConfig } from './clientconfig-xml.js'
import { domainChain, normalizeHost } from './registrable-domain.js'

export interface CatalogFile {
  source: { repository: string; commit: string; licence: string }
  /** Provider id (the ISPDB file name without .xml) -> its settings. */
  providers: Record<string, Omit<ProviderConfig, 'domains'>>
  /** Every <domain> of every file (MX domains included) -> provider id. */
  domains: Record<string, string>
}

/** The catalog file in the source tree (the generator writes it; the bench reads it). */
export const catalogFile = (): string => packagePath('src', 'providers', 'ispdb-catalog.json')

let cached: CatalogFile | null = null

/** Reads and parses the file (the bench measures this; the app uses the bundled import). */
export function readCatalogFile(): CatalogFile {
  return JSON.parse(readFileSync(catalogFile(), 'utf8')) as CatalogFile
}

export function loadCatalog(): CatalogFile {
  if (!cached) cached = catalogJson as unknown as CatalogFile
  return cached
}

export interface CatalogEntry {
  /** The ISPDB provider id, e.g. "googlemail.com". */
  id: string
  /** The <domain> that matched. */
  domain: string
  config: Omit<ProviderConfig, 'domains'>
}

/** Exact match on a <domain> element, as the live ISPDB serves one file per domain. */
export function catalogByDomain(domain: string, catalog: CatalogFile = loadCatalog()): CatalogEntry | null {
  const d = normalizeHost(domain)
  if (!d) return null
  const id = Object.hasOwn(catalog.domains, d) ? catalog.domains[d] : undefined
  const config = id !== undefined && Object.hasOwn(catalog.providers, id) ? catalog.providers[id] : undefined
  return id !== undefined && config ? { id, domain: d, config } : null
}

/** By ISPDB provider id (the file name), e.g. "wildwestdomains.com". */
export function catalogById(id: string, catalog: CatalogFile = loadCatalog()): CatalogEntry | null {
  const config = Object.hasOwn(catalog.providers, id) ? catalog.providers[id] : undefined
  return config ? { id, domain: id, config } : null
}

/**
 * For a server or MX host: the most specific of the host's parent domains that the catalog
 * knows ("x.mail.protection.outlook.com" -> "mail.protection.outlook.com").
 */
export function catalogByHost(host: string, catalog: CatalogFile = loadCatalog()): CatalogEntry | null {
  for (const domain of domainChain(host)) {
    const entry = catalogByDomain(domain, catalog)
    if (entry) return entry
  }
  return null
}
