// Our labels for what a mail client leaves unnamed are words of the catalogue, not English data:
// Outlook's default profile, an account without a name, the accounts Apple Mail told us about.
// The model's string holds them in the scan's language; the Note lets every surface say them
// in its own (a language change re-renders them without a new scan), and --json keeps the code.
import { fileURLToPath } from 'node:url'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readOutlook } from '../../../src/sources/outlook/reader.js'
import { parseAppleMailAnswer } from '../../../src/sources/apple-mail/applescript.js'
import { setLanguage } from '../../../src/i18n/i18n.js'
import { accountNameWords, profileWords, withNoteText } from '../../../src/words/words.js'
import { redactAccount } from '../../../src/redact/redact-scan.js'

const registryFile = fileURLToPath(new URL('../../fixtures/outlook/outlook-2016.reg', import.meta.url))
const UNNAMED = ['type\timap', 'server\timap.example.com', 'port\t993', 'ssl\ttrue', 'user\tsam', 'auth\tpassword', 'end'].join('\n')

afterAll(() => setLanguage('en'))

describe('labels for what a mail client leaves unnamed', () => {
  it('names Outlook’s default profile in the scan’s language and again in the reader’s', async () => {
    await setLanguage('de')
    const { accounts } = await readOutlook({ home: mkdtempSync(path.join(os.tmpdir(), 'msi-labels-')), registryFile })
    const imap = accounts.find((a) => a.incoming.protocol === 'imap')!
    expect(imap.profile).toBe('Outlook (Standardprofil)')
    expect(imap.profileNote).toEqual({ code: 'notes:account.defaultProfile', params: { profile: 'Outlook' } })
    // The id names the profile by its own name, the same in every language.
    expect(imap.id).toMatch(/^outlook:Outlook:/)
    await setLanguage('fr')
    expect(profileWords(imap)).toBe('Outlook (profil par défaut)')
    expect(JSON.parse(JSON.stringify(imap, withNoteText)).profileNote.text).toBe('Outlook (profil par défaut)')
  })

  it('calls an account Apple Mail gives no name “Mail account” in the language, with an id that does not follow the language', async () => {
    await setLanguage('es')
    const [spanish] = parseAppleMailAnswer(UNNAMED).accounts
    expect([spanish!.name, spanish!.profile]).toEqual(['Cuenta de correo', 'Consultado a Apple Mail'])
    expect(spanish!.nameNote).toEqual({ code: 'notes:account.unnamed' })
    await setLanguage('it')
    expect([accountNameWords(spanish!), profileWords(spanish!)]).toEqual(['Account di posta', 'Chiesto ad Apple Mail'])
    const [italian] = parseAppleMailAnswer(UNNAMED).accounts
    expect(italian!.id).toBe(spanish!.id)
  })

  it('masks the values a label names when the scan is redacted', async () => {
    await setLanguage('en')
    const { accounts } = await readOutlook({ home: mkdtempSync(path.join(os.tmpdir(), 'msi-labels-')), registryFile })
    const imap = accounts.find((a) => a.incoming.protocol === 'imap')!
    const named = { ...imap, profileNote: { code: 'notes:account.defaultProfile', params: { profile: 'jane@example.com' } } }
    expect(redactAccount(named).profileNote?.params?.profile).not.toContain('jane')
  })
})
