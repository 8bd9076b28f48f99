// Failure texts as people paste them are wrapped: SMTP replies split over continuation lines
// ("534-5.7.14 ..." then "534 5.7.14 ...", RFC 5321 section 4.2.1), log prefixes ("S: ",
// "Imap.S: ", "<= '", "<-- b'"), Python's bytes and escaped line breaks (b'...\r\n'), and
// K-9 Mail's "(Command: *sensitive*; response: #3# [NO, LOGIN failed.])". The classifier matches
// the server's words after these are peeled off, so one rule covers every client that wraps them.

/** The SMTP reply code and enhanced status code at the start of a reply line. */
const SMTP_REPLY = /\b([2-5]\d\d)[- ]([245]\.\d{1,3}\.\d{1,3})\b/

const LOG_PREFIX = /^(?:\d{4}-\d\d-\d\d[T ][\d:.]+Z?\s+)?(?:(?:Imap|Smtp|Pop3?)\.[SC]:|[SC]:|<=|=>|<--|-->|SERVER -> CLIENT:|CLIENT -> SERVER:|DEBUG:?|Read:)\s*/i

function unescape(text: string): string {
  return (
    text
      // Line breaks written out by JSON, Python reprs and log dumps.
      .replace(/\\r\\n|\\n|\\r/g, '\n')
      .replace(/\\"/g, '"')
      .replace(/↵/g, '\n')
      // Python bytes reprs: b'...' / b"..." (the quotes only; the words stay).
      .replace(/\bb(['"])/g, '$1')
  )
}

// K-9 Mail (thunderbird-android) shows "response: #3# [NO, [AUTHENTICATIONFAILED],Invalid
// credentials (Failure)]": the server's tagged reply as a bracketed, comma-separated list.
function unwrapK9(text: string): string {
  return text.replace(/response: #\d+# \[(NO|BAD|OK),\s*(.*?)\]\)?(?=\s|$)/g, (_m, status: string, rest: string) => `${status} ${rest.replace(/\],\s*/g, '] ').replace(/,\s*/g, ' ')}`)
}

/**
 * One line of plain server words: continuation lines of an SMTP reply joined into one reply
 * that starts with its code ("534 5.7.14 ... Please log in via your web browser ..."), log
 * prefixes and escapes removed. Used for matching only; the user still sees the original.
 */
export function normalizeFailureText(raw: string): string {
  const lines = unwrapK9(unescape(raw))
    .split(/\r?\n/)
    .map((line) => line.trim().replace(LOG_PREFIX, ''))
    .filter((line) => line.length > 0)
  let joined = lines.join(' ').replace(/\s+/g, ' ').trim()
  const reply = SMTP_REPLY.exec(joined)
  if (reply) {
    const [, code, enhanced] = reply
    // Every "534-5.7.14 " / "534 5.7.14 " piece belongs to the same reply: say it once, first.
    const piece = new RegExp(`\\b${code}[- ]${enhanced!.replace(/\./g, '\\.')}\\s*`, 'g')
    joined = `${code} ${enhanced} ${joined.replace(piece, '').replace(/\s+/g, ' ').trim()}`
  }
  return joined
}
