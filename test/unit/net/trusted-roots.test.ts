import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import tls from 'node:tls'
import { afterEach, describe, expect, it } from 'vitest'
import { trustedRootsWith } from '../../../src/net/trusted-roots.js'

const EXTRA = '-----BEGIN CERTIFICATE-----\nTEST-EXTRA-CA\n-----END CERTIFICATE-----\n'
const USER_CA = '-----BEGIN CERTIFICATE-----\nTEST-USER-CA\n-----END CERTIFICATE-----\n'

describe('trustedRootsWith (--ca)', () => {
  const saved = process.env.NODE_EXTRA_CA_CERTS
  let dir: string | undefined
  afterEach(() => {
    if (saved === undefined) delete process.env.NODE_EXTRA_CA_CERTS
    else process.env.NODE_EXTRA_CA_CERTS = saved
    if (dir) rmSync(dir, { recursive: true, force: true })
    dir = undefined
  })

  it("leaves Node's own default store alone when no CA is added", () => {
    expect(trustedRootsWith(undefined)).toBeUndefined()
  })

  it('adds the CA to the public roots instead of replacing them', () => {
    const roots = trustedRootsWith(USER_CA)!
    expect(roots.at(-1)).toBe(USER_CA)
    for (const root of tls.rootCertificates.slice(0, 5)) expect(roots).toContain(root)
  })

  it("keeps the CAs a company added through NODE_EXTRA_CA_CERTS on Node versions that cannot list them", () => {
    const hasApi = typeof (tls as unknown as { getCACertificates?: unknown }).getCACertificates === 'function'
    dir = mkdtempSync(path.join(os.tmpdir(), 'msi-ca-'))
    const file = path.join(dir, 'extra.pem')
    writeFileSync(file, EXTRA)
    process.env.NODE_EXTRA_CA_CERTS = file
    const roots = trustedRootsWith(USER_CA)!
    // Node 22.15+ lists the extra certificates it loaded at start-up itself; Node 20 reads the file.
    if (!hasApi) expect(roots).toContain(EXTRA)
    expect(roots).toContain(USER_CA)
  })
})
