// The built command speaks the language of its environment (LC_ALL > LC_MESSAGES > LANG) or of
// --lang, in a real process, German and French as translated, and the pseudo-locale (en_XA is
// the locale name Android and Chromium give their accented pseudo-locale).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const BIN = path.join(ROOT, 'bin', 'mail-settings-inspector.js')
const ENGLISH_SECURITY = 'Encrypted from the start (SSL/TLS)'
const PSEUDO_SECURITY = '[Éñçŕýþţéð ƒŕöɱ ţĥé šţáŕţ (ŠŠĻ/ŢĻŠ)'

beforeAll(() => {
  expect(existsSync(path.join(ROOT, 'dist', 'cli', 'main.cjs')), 'run npm run build first').toBe(true)
})

function run(args: string[], locale: Record<string, string>) {
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '', ...locale }
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env })
}

describe('the command line in the user’s language', () => {
  it('follows LANG', () => {
    const out = run(['demo'], { LANG: 'en_XA.UTF-8' })
    expect(out.status).toBe(0)
    expect(out.stdout).toContain(PSEUDO_SECURITY)
    expect(out.stdout).not.toContain(ENGLISH_SECURITY)
  })

  it('takes LC_ALL over LANG, and --lang over both', () => {
    expect(run(['demo'], { LC_ALL: 'C', LANG: 'en_XA.UTF-8' }).stdout).toContain(ENGLISH_SECURITY)
    const out = run(['--lang', 'pseudo', 'demo'], { LC_ALL: 'C.UTF-8' })
    expect(out.stdout).toContain(PSEUDO_SECURITY)
    expect(run(['demo', '--lang=en'], { LANG: 'en_XA.UTF-8' }).stdout).toContain(ENGLISH_SECURITY)
  })

  it('speaks German with LANG=de_DE.UTF-8 and French with --lang fr, numbers in their own format', () => {
    const german = run(['demo'], { LANG: 'de_DE.UTF-8' })
    expect(german.status).toBe(0)
    expect(german.stdout).toContain('Von Anfang an verschlüsselt (SSL/TLS)')
    expect(german.stdout).not.toContain(ENGLISH_SECURITY)
    const french = run(['--lang', 'fr', 'demo'], { LANG: 'de_DE.UTF-8' })
    expect(french.stdout).toContain('Chiffrement dès la connexion (SSL/TLS)')
    expect(french.stdout).not.toContain('Von Anfang an verschlüsselt')
  })

  it('keeps the JSON codes stable in every language', () => {
    const english = JSON.parse(run(['demo', '--json'], { LANG: 'C' }).stdout)
    const pseudo = JSON.parse(run(['--lang', 'pseudo', 'demo', '--json'], {}).stdout)
    expect(pseudo.accounts.map((a: { incoming: { security: string } }) => a.incoming.security)).toEqual(
      english.accounts.map((a: { incoming: { security: string } }) => a.incoming.security),
    )
  })

  it('refuses a language it does not have, naming the ones it has', () => {
    const out = run(['--lang', 'klingon', 'demo'], {})
    expect(out.status).toBe(2)
    expect(out.stderr).toContain('en, de, fr, es, pt-BR, it, nl, pseudo')
  })
})
