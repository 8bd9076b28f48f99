// Counts the messages of one mbox file the way Thunderbird writes and reads them, from the
// separators alone: no message is parsed or kept, the file is read in large chunks and searched
// with Buffer.indexOf.
//
// Thunderbird writes each message as "From <sender> <date>\r\n", the message with every line
// that starts with "From " (after any '>'s) escaped by one more '>', then a blank line
// (comm-central mailnews/base/src/MboxMsgOutputStream.cpp: buildFromLine, DecideEscaping,
// Finish). So a separator is "From " at the start of the file or right after a blank line
// (LF or CRLF). Its reader takes a "From " line as a separator only when the next lines look
// like headers ("name:"), so an unescaped body line such as "From the desk of ..." after a
// paragraph break is not a message (MboxMsgInputStream.cpp: MboxParser::IsReallyReallyFromLine).
// A message deleted but not yet compacted away keeps its place in the file with the Expunged
// flag (0x0008) in its X-Mozilla-Status header (nsMsgMessageFlags.idl; nsMsgLocalStoreUtils.cpp
// FindXMozillaStatusHeaders reads it from the first bytes after the separator): not counted.
import { openRegular } from '../regular-file.js'

/** Large reads keep the count near the speed of the page cache (bench/local-mail.bench.ts). */
const CHUNK_BYTES = 4 * 1024 * 1024
/** Bytes after a separator that the header check may look at (MboxParser's MinChunk is 512). */
const LOOKAHEAD = 1024
const SEPARATOR = Buffer.from('\nFrom ')
const FROM = Buffer.from('From ')
const LF = 0x0a
const CR = 0x0d
const COLON = 0x3a
const EXPUNGED = 0x0008
const STATUS_HEADER = Buffer.from('x-mozilla-status:')

export interface MboxCount {
  messages: number
  bytes: number
}

/** RFC 5322 field-name characters: printable US-ASCII except colon. */
function isFieldNameByte(b: number): boolean {
  return b >= 33 && b <= 126 && b !== COLON
}

function isStatusHeader(data: Buffer, at: number, end: number): boolean {
  if (end - at < STATUS_HEADER.length) return false
  for (let k = 0; k < STATUS_HEADER.length; k++) {
    const b = data[at + k]!
    // ASCII lower-casing; the colon stays itself.
    if ((b >= 0x41 && b <= 0x5a ? b + 32 : b) !== STATUS_HEADER[k]) return false
  }
  return true
}

function statusFlags(data: Buffer, valueStart: number, end: number): number {
  let i = valueStart
  while (i < end && (data[i] === 0x20 || data[i] === 0x09)) i++
  let value = 0
  let digits = 0
  for (; i < end && digits < 8; i++, digits++) {
    const b = data[i]!
    const d = b >= 0x30 && b <= 0x39 ? b - 0x30 : b >= 0x61 && b <= 0x66 ? b - 87 : b >= 0x41 && b <= 0x46 ? b - 55 : -1
    if (d < 0) break
    value = value * 16 + d
  }
  return digits > 0 ? value : 0
}

/**
 * After the separator's "From " at `start`: is this a message Thunderbird would show? Two header
 * lines must follow, as MboxParser::IsReallyReallyFromLine requires (with its benefit of the doubt
 * when the data runs out), and the message must not be marked expunged.
 */
function isLiveMessage(data: Buffer, start: number, end: number, eof: boolean): boolean {
  const stop = Math.min(end, start + LOOKAHEAD)
  // Out of data: at the true end of the file the "From " line has no headers after it, so it
  // is no message; cut off by the look-ahead window, it gets the benefit of the doubt.
  const cut = stop < end || !eof
  let i = data.indexOf(LF, start)
  if (i === -1 || i + 1 >= stop) return cut
  i++
  for (let header = 0; header < 8; header++) {
    if (i >= stop) return cut || header >= 2
    const b = data[i]!
    if (b === LF || (b === CR && data[i + 1] === LF)) return header >= 2 // end of the header block
    const nameStart = i
    while (i < stop && isFieldNameByte(data[i]!)) i++
    if (i >= stop) return cut || header >= 2
    if (data[i] !== COLON) return header >= 2
    if (isStatusHeader(data, nameStart, stop) && statusFlags(data, i + 1, stop) & EXPUNGED) return false
    // To the next line, past folded continuation lines.
    do {
      i = data.indexOf(LF, i)
      if (i === -1 || i + 1 >= stop) return cut || header >= 1
      i++
    } while (data[i] === 0x20 || data[i] === 0x09)
  }
  return true
}

/** Is the '\n' at `i` the end of a blank line (LF or CRLF)? */
function endsBlankLine(data: Buffer, i: number): boolean {
  const before = data[i - 1]
  return before === LF || (before === CR && data[i - 2] === LF)
}

/** Counts one mbox file. Refuses anything that is not an ordinary file (NotRegularFileError). */
export async function countMbox(file: string): Promise<MboxCount> {
  const handle = await openRegular(file)
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES + LOOKAHEAD + 2)
    let filled = 0
    let searchFrom = 0
    let total = 0
    let messages = 0
    let atStart = true
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null)
      filled += bytesRead
      total += bytesRead
      const eof = bytesRead === 0
      const data = buffer.subarray(0, filled)
      if (atStart && (filled >= FROM.length || eof)) {
        atStart = false
        if (data.subarray(0, FROM.length).equals(FROM) && isLiveMessage(data, 0, filled, eof)) messages++
      }
      // Separators this close to the end wait for the next chunk, which brings their headers.
      const limit = eof ? filled : filled - LOOKAHEAD
      let i = searchFrom < limit ? data.indexOf(SEPARATOR, searchFrom) : -1
      while (i !== -1 && i < limit) {
        if (endsBlankLine(data, i) && isLiveMessage(data, i + 1, filled, eof)) messages++
        i = data.indexOf(SEPARATOR, i + 1)
      }
      if (eof) break
      if (limit <= searchFrom) continue // a short read: fill the buffer further
      // Keep two bytes before `limit` so the blank-line check still sees them.
      const keepFrom = Math.max(0, limit - 2)
      buffer.copy(buffer, 0, keepFrom, filled)
      filled -= keepFrom
      searchFrom = limit - keepFrom
    }
    return { messages, bytes: total }
  } finally {
    await handle.close()
  }
}
