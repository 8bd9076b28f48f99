// Thunderbird's "promiseFirstSuccessful" (AccountCreationUtils.sys.mjs): attempts run in
// parallel; the winner is the highest-priority one that succeeds after every attempt above
// it has failed. A low-priority answer that arrives first waits for the ones above it.

export interface Attempt<T> {
  promise: Promise<T>
  state: 'pending' | 'fulfilled' | 'rejected'
  value?: T
  error?: unknown
}

export function track<T>(promise: Promise<T>): Attempt<T> {
  const attempt: Attempt<T> = { promise, state: 'pending' }
  promise.then(
    (value) => {
      attempt.state = 'fulfilled'
      attempt.value = value
    },
    (error: unknown) => {
      attempt.state = 'rejected'
      attempt.error = error
    },
  )
  return attempt
}

/** Resolves with the winner by priority (lowest index), or rejects when every attempt failed. */
export async function firstByPriority<T>(attempts: readonly Attempt<T>[]): Promise<{ value: T; index: number }> {
  const errors: unknown[] = []
  for (const [index, attempt] of attempts.entries()) {
    try {
      return { value: await attempt.promise, index }
    } catch (error) {
      errors.push(error)
    }
  }
  throw new AggregateError(errors, 'every attempt failed')
}

/** The best answer available right now (for the deadline): the lowest-index fulfilled attempt. */
export function bestSoFar<T>(attempts: readonly Attempt<T>[]): { value: T; index: number } | null {
  const index = attempts.findIndex((a) => a.state === 'fulfilled')
  return index >= 0 ? { value: attempts[index]!.value as T, index } : null
}

/** Waits `ms`, or rejects as soon as the signal aborts. */
export function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason)
    if (ms <= 0) return resolve()
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal.reason)
    }
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

export interface LinkedSignal {
  signal: AbortSignal
  /** Aborts the child only (e.g. to stop the losers once a winner is known). */
  abort(reason: Error): void
  /** Removes the listener from the parent and clears the timer. */
  dispose(): void
}

/**
 * A child signal that aborts with its parent or after `timeoutMs`. Explicit listeners, removed
 * by dispose() when a step or probe ends, rather than AbortSignal.any(), whose listeners on
 * the deadline signal stay until garbage collection (Node warns at 11 of them).
 */
export function linkedSignal(parent: AbortSignal, timeoutMs?: number): LinkedSignal {
  const controller = new AbortController()
  const onAbort = () => controller.abort(parent.reason)
  let timer: NodeJS.Timeout | undefined
  if (parent.aborted) controller.abort(parent.reason)
  else parent.addEventListener('abort', onAbort, { once: true })
  if (timeoutMs !== undefined && !controller.signal.aborted) {
    timer = setTimeout(() => controller.abort(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs)
    timer.unref()
  }
  return {
    signal: controller.signal,
    abort: (reason) => controller.abort(reason),
    dispose: () => {
      parent.removeEventListener('abort', onAbort)
      clearTimeout(timer)
    },
  }
}

/** Runs `fn` with a child signal and always disposes of it afterwards. */
export async function withSignal<T>(parent: AbortSignal, timeoutMs: number | undefined, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const link = linkedSignal(parent, timeoutMs)
  try {
    return await fn(link.signal)
  } finally {
    link.dispose()
  }
}

/** Rejects as soon as `signal` aborts, for work that cannot be cancelled itself (a DNS query). */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason)
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(error)
      },
    )
  })
}
