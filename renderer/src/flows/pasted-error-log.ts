// The last error text pasted into "I got an error", for the admin report (which masks it like
// everything else). Kept in this window's memory only, like the test log.
let pasted: string | null = null
const listeners = new Set<() => void>()

export function recordPastedError(text: string): void {
  pasted = text
  for (const listener of listeners) listener()
}

export function lastPastedError(): string | null {
  return pasted
}

/** For useSyncExternalStore: returns the unsubscribe function. */
export function subscribeToPastedError(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
