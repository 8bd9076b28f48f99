// Does a POP account leave mail on the server? Mail's MessageDeletionPolicy: 0 never
// removes, 1 removes right away, 2 after DelayedMessageDeletionInterval (days; Mail's
// default policy, one week), 3 when the message is moved out of the inbox (Mail's
// MailAccount messageDeletionPolicy / AppleScript "delete mail on server" properties).
import type { Note } from '../../model.js'
import { note } from '../../words/words.js'
import { asPort } from './mail-values.js'

function asInt(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value)) return value
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value)
  return null
}

export function pop3Deletion(properties: Record<string, unknown>, warnings: Note[]): { leaveOnServer: boolean } {
  const policy = asInt(properties.MessageDeletionPolicy) ?? 2
  if (policy === 0) return { leaveOnServer: true }
  if (policy === 2) {
    const days = asPort(properties.DelayedMessageDeletionInterval) ?? 7
    warnings.push(note('notes:appleMail.removedAfterDays', { days }))
  } else if (policy === 3) {
    warnings.push(note('notes:appleMail.removedWhenMoved'))
  } else {
    warnings.push(note('notes:appleMail.removedAtOnce'))
  }
  return { leaveOnServer: false }
}
