// Commands the CLI prints for the user to paste (a scan's `connect --account ID`, connect's
// `test ...`): each word quoted so that a shell gives it back unchanged.

/**
 * A word as a shell takes it back unchanged: Apple Mail's ids hold a space ("Mail V2") and
 * folders may hold anything. Single quotes in POSIX shells; double quotes on Windows, where
 * cmd.exe and PowerShell both take them (a Windows path cannot hold a double quote).
 */
export function shellWord(word: string, platform: NodeJS.Platform = process.platform): string {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word
  if (platform === 'win32') return `"${word}"`
  return `'${word.replaceAll("'", `'\\''`)}'`
}

/** A whole command, ready to paste. */
export function shellCommand(words: string[]): string {
  return words.map((w) => shellWord(w)).join(' ')
}
