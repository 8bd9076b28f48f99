// The arguments of an ICU message, for comparing a translation with its English source:
// "{count, plural, one {# message} other {# messages}} in {client}" -> count:plural, client:text.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'

const KIND: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: 'text',
  [TYPE.number]: 'number',
  [TYPE.date]: 'date',
  [TYPE.time]: 'time',
  [TYPE.plural]: 'plural',
  [TYPE.select]: 'select',
}

function collect(elements: MessageFormatElement[], into: Set<string>): void {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue
    if (el.type === TYPE.tag) {
      collect(el.children, into)
      continue
    }
    into.add(`${el.value}:${KIND[el.type]}`)
    if (el.type === TYPE.select) into.add(`${el.value}:options=${Object.keys(el.options).sort().join('|')}`)
    if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) collect(option.value, into)
  }
}

/** The sorted arguments of a message; throws on a message that is not valid ICU. */
export function messageArguments(message: string): string[] {
  const found = new Set<string>()
  collect(parse(message, { ignoreTag: true }), found)
  return [...found].sort()
}

/** Every plural argument has an "other" case (the one ICU requires in every language). */
export function pluralsHaveOther(message: string): boolean {
  const check = (elements: MessageFormatElement[]): boolean =>
    elements.every((el) => {
      if (el.type === TYPE.plural) return 'other' in el.options && Object.values(el.options).every((o) => check(o.value))
      if (el.type === TYPE.select) return 'other' in el.options && Object.values(el.options).every((o) => check(o.value))
      if (el.type === TYPE.tag) return check(el.children)
      return true
    })
  return check(parse(message, { ignoreTag: true }))
}
