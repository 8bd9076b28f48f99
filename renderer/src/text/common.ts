// Words shared by every screen, in one place so they can be translated later. The words for
// the model's values live in src/words/words.ts (shared with the CLI and the report).
import type { Protocol, Security } from '../../../src/model.js'
import { notKnown, protocolBadge as badgeWords, securityWords } from '../../../src/words/words.js'

export const appText = {
  name: 'Mail Settings Inspector',
  skipToContent: 'Skip to main content',
  mainNav: 'Main',
  notYetTitle: 'Not in this version yet',
  notYet: (what: string) => `${what}: this version of the app cannot do that yet.`,
  somethingWrong: 'Something went wrong',
  tryAgain: 'Try again',
  back: 'Back',
  linkNotOpened: 'Could not open your browser. Type this address into it:',
} as const

export const copyText = {
  copy: 'Copy',
  copied: 'Copied',
  copyLabel: (what: string) => `Copy ${what}`,
  copiedAnnouncement: (what: string) => `${what} copied`,
  copyFailed: 'Could not copy. Select the text and copy it yourself.',
} as const

/** The badge on a card: what kind of account this is. */
export function protocolBadge(protocol: Protocol): string {
  return badgeWords(protocol)
}

/** Security in words; the technical name follows in brackets. */
export function securityInWords(security: Security | null): string {
  return security ? securityWords(security) : notKnown()
}
