import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { CONTENT_SECURITY_POLICY } from '../../../src/web/csp.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  )
}

function metaPolicy(html: string): string {
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)
  if (!match?.[1]) throw new Error('no CSP meta tag')
  return match[1]
}

/** What the page really gets in Electron: a file:// page has no headers, only the meta tag. */
function expectSameAsHeader(html: string) {
  const header = directives(CONTENT_SECURITY_POLICY)
  // A meta tag cannot carry frame-ancestors (the browser ignores it there); the header does.
  header.delete('frame-ancestors')
  expect(directives(metaPolicy(html))).toEqual(header)
}

describe('the content security policy', () => {
  it('allows no eval, no inline script or style, and nothing from the network', () => {
    const policy = directives(CONTENT_SECURITY_POLICY)
    expect(policy.get('default-src')).toEqual(["'none'"])
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('style-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).not.toMatch(/unsafe|\*|^https?:|^ws|^blob:/)
      }
    }
  })

  it('is repeated exactly in renderer/index.html, where Electron reads it', () => {
    expectSameAsHeader(readFileSync(`${root}renderer/index.html`, 'utf8'))
  })

  it('holds in the built page: the same meta tag and no inline script', () => {
    const built = `${root}dist/renderer/index.html`
    // `npm test` builds the renderer before vitest runs.
    expect(existsSync(built), 'run npm run build').toBe(true)
    const html = readFileSync(built, 'utf8')
    expectSameAsHeader(html)
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    expect(scripts.length).toBeGreaterThan(0)
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\.\/assets\/[^"]+\.js"/)
      expect(body!.trim()).toBe('')
    }
    expect(html).not.toMatch(/\son[a-z]+="/i) // no inline event handlers
    expect(html).not.toMatch(/<style\b/i)
  })
})
