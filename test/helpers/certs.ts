// Test certificates made at test time with the openssl CLI: a root CA, an intermediate CA and
// leaf certificates for every TLS failure a user meets (expired, self-signed, wrong name,
// unknown CA, missing intermediate, an antivirus-style interception root).
// Certificates are EC P-256 so a whole set takes well under a second.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs'
import { X509Certificate } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { requireExecutable } from './require-tool.js'

/** One certificate as a server serves it: key, the chain it sends, and files for Dovecot. */
export interface ServedCert {
  /** PEM private key. */
  key: string
  /** PEM chain the server sends (leaf first, then intermediates when served). */
  cert: string
  keyFile: string
  certFile: string
  /** SHA-256 fingerprint of the leaf, as Node prints it (AA:BB:...). */
  fingerprint256: string
  subject: string
}

export interface TestCertificates {
  dir: string
  /** PEM of the test root CA: pass as TestRequest.ca (or --ca rootCaFile) to trust the set. */
  rootCa: string
  rootCaFile: string
  intermediateCa: string
  /** Leaf for `names`, served with its intermediate: trusted with rootCa. */
  good: ServedCert
  /** Same chain, validity ended in 2020. */
  expired: ServedCert
  /** Self-signed leaf for `names`. */
  selfSigned: ServedCert
  /** Trusted chain, but made for wrong.example. */
  wrongName: ServedCert
  /** Leaf for `names` from a CA nobody trusts, served with that CA. */
  unknownCa: ServedCert
  /** The good leaf served without its intermediate. */
  noIntermediate: ServedCert
  /** Leaf issued by a root named like an antivirus mail shield (Avast style). */
  intercepted: ServedCert
  cleanup(): void
}

export interface CertOptions {
  /** subjectAltNames of the leaf certificates (default localhost, 127.0.0.1 and 127.0.0.2). */
  names?: string[]
}

const DEFAULT_NAMES = ['DNS:localhost', 'IP:127.0.0.1', 'IP:127.0.0.2']

function openssl(args: string[], cwd: string): void {
  execFileSync(requireExecutable('/usr/bin/openssl', 'apt-get install openssl'), args, {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
}

function newKey(dir: string, name: string): string {
  const file = path.join(dir, `${name}.key`)
  openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', file], dir)
  return file
}

function selfSignedCa(dir: string, name: string, subject: string): { key: string; cert: string } {
  const key = newKey(dir, name)
  const cert = path.join(dir, `${name}.pem`)
  openssl(
    ['req', '-x509', '-new', '-key', key, '-subj', subject, '-days', '3650', '-out', cert,
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'],
    dir,
  )
  return { key, cert }
}

let serial = 1000

/** Signs a CSR with `openssl ca`, which (unlike `x509 -req` in OpenSSL 3.0) takes past dates. */
function sign(
  dir: string,
  csr: string,
  issuer: { key: string; cert: string },
  out: string,
  extensions: string,
  dates: { start: string; end: string },
): void {
  const caDir = mkdtempSync(path.join(dir, 'ca-'))
  writeFileSync(path.join(caDir, 'index.txt'), '')
  writeFileSync(path.join(caDir, 'serial'), `${(serial++).toString(16).padStart(4, '0')}\n`)
  writeFileSync(path.join(caDir, 'ext.cnf'), `[ext]\n${extensions}\n`)
  writeFileSync(
    path.join(caDir, 'ca.cnf'),
    [
      '[ca]', 'default_ca = test', '[test]', `dir = ${caDir}`, 'database = $dir/index.txt',
      'serial = $dir/serial', 'new_certs_dir = $dir', 'default_md = sha256', 'policy = anything',
      'unique_subject = no', 'copy_extensions = none', '[anything]', 'commonName = supplied', '',
    ].join('\n'),
  )
  openssl(
    ['ca', '-batch', '-notext', '-config', path.join(caDir, 'ca.cnf'), '-keyfile', issuer.key, '-cert', issuer.cert,
      '-in', csr, '-out', out, '-startdate', dates.start, '-enddate', dates.end,
      '-extfile', path.join(caDir, 'ext.cnf'), '-extensions', 'ext'],
    dir,
  )
}

const NOW_DATES = { start: '20240101000000Z', end: '20491231000000Z' }

function leaf(
  dir: string,
  name: string,
  issuer: { key: string; cert: string },
  altNames: string[],
  dates = NOW_DATES,
): { key: string; cert: string } {
  const key = newKey(dir, name)
  const csr = path.join(dir, `${name}.csr`)
  const cn = (altNames[0] ?? 'DNS:localhost').replace(/^\w+:/, '')
  openssl(['req', '-new', '-key', key, '-subj', `/O=Mail Settings Inspector tests/CN=${cn}`, '-out', csr], dir)
  const cert = path.join(dir, `${name}.pem`)
  sign(dir, csr, issuer, cert, [
    'basicConstraints=critical,CA:FALSE',
    'keyUsage=critical,digitalSignature',
    'extendedKeyUsage=serverAuth',
    `subjectAltName=${altNames.join(',')}`,
  ].join('\n'), dates)
  return { key, cert }
}

function served(dir: string, name: string, key: string, chain: string[]): ServedCert {
  const pem = chain.map((file) => readFileSync(file, 'utf8').trim()).join('\n') + '\n'
  const certFile = path.join(dir, `${name}.chain.pem`)
  writeFileSync(certFile, pem)
  const x509 = new X509Certificate(readFileSync(chain[0]!, 'utf8'))
  return {
    key: readFileSync(key, 'utf8'),
    cert: pem,
    keyFile: key,
    certFile,
    fingerprint256: x509.fingerprint256,
    subject: x509.subject,
  }
}

/** Makes a fresh set in a temp dir; readable by Dovecot's unprivileged processes. */
export function makeTestCertificates(options: CertOptions = {}): TestCertificates {
  const names = options.names ?? DEFAULT_NAMES
  const dir = mkdtempSync(path.join(os.tmpdir(), 'msi-certs-'))
  chmodSync(dir, 0o755)
  const root = selfSignedCa(dir, 'root', '/O=Mail Settings Inspector tests/CN=MSI Test Root CA')
  const interKey = newKey(dir, 'intermediate')
  const interCsr = path.join(dir, 'intermediate.csr')
  openssl(['req', '-new', '-key', interKey, '-subj', '/O=Mail Settings Inspector tests/CN=MSI Test Intermediate CA', '-out', interCsr], dir)
  const inter = { key: interKey, cert: path.join(dir, 'intermediate.pem') }
  sign(dir, interCsr, root, inter.cert, 'basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign', NOW_DATES)

  const good = leaf(dir, 'good', inter, names)
  const expired = leaf(dir, 'expired', inter, names, { start: '20190101000000Z', end: '20200101000000Z' })
  const wrong = leaf(dir, 'wrong-name', inter, ['DNS:wrong.example'])
  const stranger = selfSignedCa(dir, 'stranger-root', '/O=Nobody You Know/CN=Unknown Root CA')
  const unknown = leaf(dir, 'unknown-ca', stranger, names)
  const shield = selfSignedCa(dir, 'shield-root', '/O=Avast Software s.r.o./CN=Avast Web\\/Mail Shield Root')
  const intercepted = leaf(dir, 'intercepted', shield, names)
  const selfKey = newKey(dir, 'self-signed')
  const selfCert = path.join(dir, 'self-signed.pem')
  const cn = (names[0] ?? 'DNS:localhost').replace(/^\w+:/, '')
  openssl(
    ['req', '-x509', '-new', '-key', selfKey, '-subj', `/CN=${cn}`, '-days', '365', '-out', selfCert,
      '-addext', `subjectAltName=${names.join(',')}`],
    dir,
  )
  for (const file of [good, expired, wrong, unknown, intercepted].map((c) => c.key).concat(selfKey)) chmodSync(file, 0o644)

  return {
    dir,
    rootCa: readFileSync(root.cert, 'utf8'),
    rootCaFile: root.cert,
    intermediateCa: readFileSync(inter.cert, 'utf8'),
    good: served(dir, 'good', good.key, [good.cert, inter.cert]),
    expired: served(dir, 'expired', expired.key, [expired.cert, inter.cert]),
    selfSigned: served(dir, 'self-signed', selfKey, [selfCert]),
    wrongName: served(dir, 'wrong-name', wrong.key, [wrong.cert, inter.cert]),
    unknownCa: served(dir, 'unknown-ca', unknown.key, [unknown.cert, stranger.cert]),
    noIntermediate: served(dir, 'no-intermediate', good.key, [good.cert]),
    intercepted: served(dir, 'intercepted', intercepted.key, [intercepted.cert, shield.cert]),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  }
}

let shared: TestCertificates | null = null

/** One set per test process (a test file runs in its own fork): cheap to ask for again. */
export function sharedTestCertificates(): TestCertificates {
  if (!shared) {
    shared = makeTestCertificates()
    const made = shared
    process.once('exit', () => made.cleanup())
  }
  return shared
}
