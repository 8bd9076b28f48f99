// t() keeps each key's compiled message (src/i18n/i18n.ts) instead of going through i18next's
// own t() on every call; it must print exactly what i18next prints, in every language, for
// every message, with its plural branches and select options.
import { afterAll, describe, expect, it } from 'vitest'
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { ENGLISH, NAMESPACES } from '../../../src/i18n/catalogues.js'
import { i18n, setLanguage, t, type MessageKey } from '../../../src/i18n/i18n.js'
import { LANGUAGES, PSEUDO_LANGUAGE, SOURCE_LANGUAGE, type UiLanguage } from '../../../src/i18n/languages.js'
import type { Catalogue } from '../../../src/i18n/pseudo.js'

function keys(catalogue: Catalogue, prefix = ''): [string, string][] {
  return Object.entries(catalogue).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : keys(v, `${prefix}${k}.`)))
}

/** Parameter sets that walk a message's branches: each plural at 0, 1, 2 and 21, each select option. */
function paramSets(message: string): Record<string, string | number>[] {
  const args = new Map<string, (string | number)[]>()
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue
      if (el.type === TYPE.tag) {
        walk(el.children)
        continue
      }
      if (el.type === TYPE.plural) args.set(el.value, [0, 1, 2, 21])
      else if (el.type === TYPE.select) args.set(el.value, Object.keys(el.options))
      else if (el.type === TYPE.number) args.set(el.value, [1204.5])
      else if (!args.has(el.value)) args.set(el.value, [`‹${el.value}›`])
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) walk(option.value)
    }
  }
  walk(parse(message, { ignoreTag: true }))
  const sets: Record<string, string | number>[] = [{}]
  for (const [name, values] of args) {
    const base = sets.splice(0)
    for (const set of base) for (const value of values.slice(0, 4)) sets.push({ ...set, [name]: value })
    if (sets.length > 64) sets.length = 64
  }
  return sets
}

/** Every key with the parameter sets its English message asks for (the same in each language). */
const CASES = NAMESPACES.flatMap((ns) =>
  keys(ENGLISH[ns]!).map(([path, english]) => ({ key: `${ns}:${path}` as MessageKey, sets: paramSets(english) })),
)

afterAll(() => setLanguage(SOURCE_LANGUAGE))

describe.each([...LANGUAGES, PSEUDO_LANGUAGE] as UiLanguage[])('t() in %s', (language) => {
  it('prints what i18next prints for every message', async () => {
    await setLanguage(language)
    let compared = 0
    // Every difference is collected and asserted once: one expect per comparison cost as
    // much as the comparisons themselves, and the list names each key that differs.
    const differences: { key: MessageKey; params: Record<string, string | number>; ours: string; i18next: string }[] = []
    for (const { key, sets } of CASES) {
      for (const params of sets) {
        const ours = t(key, params)
        const theirs = i18n.t(key, params)
        if (ours !== theirs) differences.push({ key, params, ours, i18next: theirs })
        compared++
      }
    }
    expect(differences).toEqual([])
    expect(compared).toBeGreaterThan(100)
  })
})
