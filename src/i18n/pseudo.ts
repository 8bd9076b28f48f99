// The pseudo-locale: every English message with its letters accented, ~40 % longer and in
// brackets, "[Ŝéţţîñĝš ·········]". Text still in English stands out, and a German or French
// sentence (often 30-40 % longer than English) that would overflow shows its overflow in
// English builds already. Only the text is changed: placeholders, plural and select arguments
// stay exactly as they are, so the message formats the same way (the ICU syntax is parsed and
// printed back with FormatJS's own parser, github.com/formatjs/formatjs).
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js'

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
}

/** How much longer a pseudo message is than its English (German runs ~30-35 % longer). */
export const PSEUDO_EXPANSION = 0.4

function accent(text: string): string {
  let out = ''
  for (const ch of text) out += ACCENTED[ch] ?? ch
  return out
}

function literalLength(elements: MessageFormatElement[]): number {
  let n = 0
  for (const el of elements) {
    if (el.type === TYPE.literal) n += el.value.length
    else if (el.type === TYPE.plural || el.type === TYPE.select) {
      n += Math.max(0, ...Object.values(el.options).map((o) => literalLength(o.value)))
    } else if (el.type === TYPE.tag) n += literalLength(el.children)
    else n += 4
  }
  return n
}

function accentAll(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((el) => {
    if (el.type === TYPE.literal) return { ...el, value: accent(el.value) }
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      const options = Object.fromEntries(Object.entries(el.options).map(([k, o]) => [k, { ...o, value: accentAll(o.value) }]))
      return { ...el, options }
    }
    if (el.type === TYPE.tag) return { ...el, children: accentAll(el.children) }
    return el
  })
}

/**
 * One English message in the pseudo-locale. Padding is dots after a space, so it can wrap
 * like a real word would instead of forcing an unbreakable run.
 */
export function pseudoLocalize(message: string): string {
  let ast: MessageFormatElement[]
  try {
    ast = parse(message, { ignoreTag: true })
  } catch {
    // Not valid ICU (the catalogue test reports it): still visibly pseudo, never a crash.
    return `[${accent(message)}]`
  }
  const padding = Math.ceil(literalLength(ast) * PSEUDO_EXPANSION)
  const pad = padding > 1 ? ` ${'·'.repeat(padding - 1)}` : ''
  return `[${printAST(accentAll(ast))}${pad}]`
}

/** A whole namespace (nested keys) in the pseudo-locale. */
export function pseudoCatalogue(catalogue: Catalogue): Catalogue {
  const out: Catalogue = {}
  for (const [key, value] of Object.entries(catalogue)) out[key] = typeof value === 'string' ? pseudoLocalize(value) : pseudoCatalogue(value)
  return out
}

export interface Catalogue {
  [key: string]: string | Catalogue
}
