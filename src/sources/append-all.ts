// `target.push(...items)` passes every item as an argument: past ~100k items (a prefs.js with
// 130k accounts) V8 throws "Maximum call stack size exceeded". This appends one by one.
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item)
  return target
}
