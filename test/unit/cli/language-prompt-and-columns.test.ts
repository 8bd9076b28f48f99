// The command's own prompt and aligned columns in every language: the yes/no question shows the
// language's letters and takes its yes (and English's), Ctrl-C says "Cancelled." in the
// language, and the label column of scan and lookup is as wide as the longest label in use,
// with at least two spaces before the value, however long the labels are in the language.
import { afterAll, describe, expect, it } from 'vitest'
import { setLanguage, t } from '../../../src/i18n/i18n.js'
import { LANGUAGES, PSEUDO_LANGUAGE, type UiLanguage } from '../../../src/i18n/languages.js'
import { isYes } from '../../../src/cli/yes-no.js'
import { CancelledError } from '../../../src/cli/terminal-prompt.js'
import { main } from '../../../src/cli/main.js'
import type { CliIo } from '../../../src/cli/io.js'
import { formatScan } from '../../../src/cli/format-scan.js'
import { formatLookup } from '../../../src/cli/lookup.js'
import { STAGES, type MailAccount, type ScanResult, type TestResult } from '../../../src/model.js'
import { formatTest } from '../../../src/cli/format-test.js'
import { stageWords } from '../../../src/words/words.js'

afterAll(() => setLanguage('en'))

const YES: Record<(typeof LANGUAGES)[number], { choices: string; yes: string[]; no: string[] }> = {
  en: { choices: '[y/N]', yes: ['y', 'Y', 'yes', ' YES '], no: ['', 'n', 'no', 'j', 'ja', 'oui'] },
  de: { choices: '[j/N]', yes: ['j', 'J', 'ja', 'Ja', 'y'], no: ['', 'n', 'nein', 'o'] },
  fr: { choices: '[o/N]', yes: ['o', 'O', 'oui', 'Oui', 'y'], no: ['', 'n', 'non', 'j'] },
  es: { choices: '[s/N]', yes: ['s', 'sí', 'Sí', 'si', 'y'], no: ['', 'n', 'no', 'o'] },
  'pt-BR': { choices: '[s/N]', yes: ['s', 'sim', 'SIM', 'y'], no: ['', 'n', 'não', 'nao'] },
  it: { choices: '[s/N]', yes: ['s', 'sì', 'si', 'Sì', 'y'], no: ['', 'n', 'no', 'j'] },
  nl: { choices: '[j/N]', yes: ['j', 'ja', 'JA', 'y'], no: ['', 'n', 'nee', 'o'] },
}

describe.each(LANGUAGES)('the yes/no prompt in %s', (language) => {
  it('shows the language’s letters, takes its yes and English’s, and anything else as no', async () => {
    await setLanguage(language)
    expect(t('cli:prompt.choices')).toBe(YES[language].choices)
    for (const answer of YES[language].yes) expect(isYes(answer), JSON.stringify(answer)).toBe(true)
    for (const answer of YES[language].no) expect(isYes(answer), JSON.stringify(answer)).toBe(false)
  })
})

describe('Ctrl-C at a prompt', () => {
  it('says so in the language, and the command ends with 130', async () => {
    for (const [lang, said] of [['de', 'Abgebrochen.\n'], ['fr', 'Annulé.\n'], ['en', 'Cancelled.\n']] as const) {
      let stderr = ''
      const io: CliIo = {
        stdout: () => {},
        stderr: (text) => void (stderr += text),
        readStdin: async () => '',
        // The user presses Ctrl-C at the password prompt.
        promptHidden: async () => Promise.reject(new CancelledError()),
      }
      const code = await main(['--lang', lang, 'test', '--protocol', 'imap', '--host', '127.0.0.1', '--port', '9', '--security', 'tls', '--user', 'sam'], io)
      expect(code).toBe(130)
      expect(stderr).toBe(said)
    }
  })

  it('names the test in French as French puts it (not "Test de IMAP", which wants an elision)', async () => {
    let stdout = ''
    const io: CliIo = { stdout: (text) => void (stdout += text), stderr: () => {}, readStdin: async () => 'pw\n' }
    const code = await main(['--lang', 'fr', 'test', '--protocol', 'imap', '--host', '127.0.0.1', '--port', '9', '--security', 'tls', '--user', 'sam', '--password-stdin'], io)
    expect(code).toBe(1)
    expect(stdout.split('\n')[0]).toBe('Test IMAP sur 127.0.0.1:9 (tls) en tant que sam')
  })
})

const ACCOUNT: MailAccount = {
  id: 'thunderbird-1',
  client: 'thunderbird',
  profile: 'default',
  name: 'Work',
  email: 'sam@example.com',
  incoming: { protocol: 'pop3', host: 'pop.example.com', port: 995, security: 'tls', username: 'sam@example.com', auth: 'password' },
  outgoing: { protocol: 'smtp', host: 'smtp.example.com', port: 465, security: 'tls', username: 'sam@example.com', auth: 'password' },
  provider: null,
  pop3: { leaveOnServer: false },
  localMail: { messages: 3, bytes: 4096, folders: 1 },
  warnings: [],
}
const SCAN: ScanResult = { accounts: [ACCOUNT], sources: [] }

/**
 * The column where the given values start (one for all of them), and the least gap before a
 * value in that column over every line of the text: the longest label's.
 */
function column(text: string, values: string[]): { starts: Set<number>; gap: number } {
  const lines = text.split('\n').map((l) => [...l])
  const starts = new Set(
    values.map((value) => {
      const line = lines.find((l) => l.join('').endsWith(`  ${value}`))
      expect(line, `a row ending with ${value}`).toBeDefined()
      return line!.length - [...value].length
    }),
  )
  const [start] = starts
  // The rows: indented, a label and its colon (the pseudo-locale's in brackets), spaces, the value.
  const gaps = lines
    .map((l) => l.slice(0, start).join(''))
    .filter((head, i) => /^ +\S.*[:\]] *$/.test(head) && lines[i]![start!] !== ' ')
    .map((head) => head.length - head.trimEnd().length)
  return { starts, gap: Math.min(...gaps) }
}

describe.each([...LANGUAGES, PSEUDO_LANGUAGE] as UiLanguage[])('the aligned columns in %s', (language) => {
  it('scan: every value in one column, two spaces or more after the longest label', async () => {
    await setLanguage(language)
    const { starts, gap } = column(formatScan(SCAN), ['995', '465', 'sam@example.com'])
    expect(starts.size).toBe(1)
    expect(gap).toBe(2)
  })

  it('lookup: every value in one column, two spaces or more after the longest label', async () => {
    await setLanguage(language)
    const text = formatLookup({
      email: 'sam@example.com',
      domain: 'example.com',
      provider: null,
      source: 'catalog',
      incoming: [{ protocol: 'imap', host: 'imap.example.com', port: 993, security: 'tls', username: 'sam@example.com', auth: 'password' }],
      outgoing: [{ protocol: 'smtp', host: 'smtp.example.com', port: 587, security: 'starttls', username: 'sam@example.com', auth: 'password-encrypted' }],
      notes: [],
    })
    const { starts, gap } = column(text, ['imap.example.com', '993', 'smtp.example.com', '587', 'sam@example.com'])
    expect(starts.size).toBe(1)
    expect(gap).toBe(2)
  })
})

describe('a label before its value on a line of its own', () => {
  afterAll(() => setLanguage('en'))

  it('writes the colon as the language does (French puts a space before it)', async () => {
    const result = {
      email: 'sam@gmx.de',
      domain: 'gmx.de',
      provider: { id: 'gmx', name: 'GMX' },
      source: 'catalog' as const,
      incoming: [],
      outgoing: [],
      notes: [],
    }
    await setLanguage('fr')
    expect(formatLookup(result)).toMatch(/^Fournisseur\s: GMX$/m) // a no-break space before the colon
    await setLanguage('en')
    expect(formatLookup(result)).toMatch(/^Provider: GMX$/m)
  })
})

describe('the login test’s step lines', () => {
  const result: TestResult = {
    ok: false,
    verdict: 'unknown',
    stage: 'logout',
    steps: STAGES.map((stage, i) => ({ stage, ok: i < STAGES.length - 1, ms: 10 ** (i % 5), detail: 'x' })),
    server: { protocol: 'imap', host: 'mail.example.com', port: 993, security: 'tls', username: 'sam' },
    serverResponse: null,
    advice: { verdict: 'unknown', title: 'T', what: 'W', why: 'Y', next: [], links: [] },
    durationMs: 5,
  }

  it.each([...LANGUAGES, PSEUDO_LANGUAGE] as UiLanguage[])('keep the times in one column after the longest stage name in %s', async (language) => {
    await setLanguage(language)
    const longest = Math.max(...STAGES.map((stage) => [...stageWords(stage)].length))
    const lines = formatTest(result).split('\n')
    // Each step's line, where its stage name starts, and where its time starts (the time is
    // right-aligned in its own five places).
    const placed = result.steps.map((step) => {
      const line = lines.find((l) => l.includes(stageWords(step.stage))) ?? ''
      return { name: line.indexOf(stageWords(step.stage)), time: line.lastIndexOf(t('cli:test.ms', { ms: String(step.ms).padStart(5) })) }
    })
    const times = new Set(placed.map((p) => p.time))
    expect(times.size).toBe(1)
    for (const p of placed) expect(p.name + longest).toBeLessThan([...times][0] ?? 0)
  })
})
