import { describe, expect, it } from 'vitest'
import { PrefStore } from '../../../../src/sources/thunderbird/pref-store.js'
import { parsePrefs } from '../../../../src/sources/thunderbird/prefs-parser.js'

const store = (...files: string[]) => new PrefStore(files.map((f) => parsePrefs(f)))

describe('PrefStore: the prefs Thunderbird sees', () => {
  it('lets a user value beat a default, whatever the order', () => {
    expect(store('user_pref("a", 1); pref("a", 2);').get('a')).toBe(1)
    expect(store('pref("a", 2);', 'user_pref("a", 3);').get('a')).toBe(3)
  })

  it('lets user.js override prefs.js', () => {
    expect(store('user_pref("a", "prefs.js");', 'user_pref("a", "user.js");').get('a')).toBe('user.js')
  })

  it('lets a locked default beat any user value', () => {
    expect(store('lock_pref("a", "locked");', 'user_pref("a", "user");').get('a')).toBe('locked')
  })

  it('treats a value of the wrong type as absent, as Gecko\'s typed getters do', () => {
    const s = store('user_pref("port", "993"); user_pref("on", 1); user_pref("name", true);')
    expect(s.int('port')).toBeUndefined()
    expect(s.bool('on')).toBeUndefined()
    expect(s.string('name')).toBeUndefined()
  })

  it('splits key lists on commas and drops spaces and empty keys', () => {
    expect(store('user_pref("l", " a , b,,c ,");').list('l')).toEqual(['a', 'b', 'c'])
    expect(store('').list('l')).toEqual([])
  })

  it('treats an empty string as not set', () => {
    expect(store('user_pref("h", "");').text('h')).toBeUndefined()
  })
})
