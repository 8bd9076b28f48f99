// The CLI's way to the core: the same InspectorApi as the app's screens (createInspector),
// behind the same validator (api-validation.ts). A refused argument is a usage error (exit 2).
import type { InspectorApi } from '../api.js'
import { validatedInspector } from '../api-dispatch.js'
import { createInspector, type InspectorOptions } from '../inspector.js'
import { UsageError } from './io.js'

export function cliInspector(options: Omit<InspectorOptions, 'shell'> = {}): InspectorApi {
  return validatedInspector(createInspector({ ...options, shell: 'cli' }))
}

/** Awaits a core call; the validator's refusal becomes a usage error with its message. */
export async function orUsageError<T>(call: Promise<T>): Promise<T> {
  try {
    return await call
  } catch (error) {
    if (error instanceof Error && error.name === 'InvalidArgumentError') throw new UsageError(error.message)
    throw error
  }
}
