import { describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { main } from '../../../src/cli/main.js'
import type { CliIo } from '../../../src/cli/io.js'
import { runUi } from '../../../src/cli/ui.js'

function captureIo() {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), readStdin: async () => '' }
  return { io, out, err }
}

describe('mail-settings-inspector ui', () => {
  it('prints a loopback URL with a key, serves the app and the API on it, and stops when told', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'msi-ui-home-'))
    const { io, out } = captureIo()
    let stop!: () => void
    const stopped = new Promise<void>((resolve) => (stop = resolve))
    const running = runUi(['--home', home, '--no-open'], io, stopped)
    while (!out.join('').includes('Ctrl-C')) await new Promise((r) => setTimeout(r, 20))
    const url = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(out.join(''))![0]
    const origin = new URL(url).origin
    const token = new URL(url).hash.replace('#token=', '')
    const page = await fetch(`${origin}/`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<div id="root">')
    const scan = await fetch(`${origin}/api/scan`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Inspector-Token': token },
      body: '{"args":[]}',
    })
    const reply = (await scan.json()) as { ok: boolean; value: { accounts: unknown[] } }
    expect(reply.ok).toBe(true)
    expect(reply.value.accounts).toEqual([])
    stop()
    expect(await running).toBe(0)
    expect(out.join('')).toContain('Stopped.')
    await expect(fetch(`${origin}/`)).rejects.toThrow()
    rmSync(home, { recursive: true, force: true })
  })

  it('opens the browser on a private launch page, never with the key in its arguments, and removes it on stop', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'msi-ui-home-'))
    const tempDir = mkdtempSync(path.join(os.tmpdir(), 'msi-ui-launch-'))
    const { io, out } = captureIo()
    const opened: string[] = []
    let stop!: () => void
    const stopped = new Promise<void>((resolve) => (stop = resolve))
    const running = runUi(['--home', home], io, stopped, {
      tempDir,
      openFile: async (file) => {
        opened.push(file)
        return true
      },
    })
    while (opened.length === 0) await new Promise((r) => setTimeout(r, 20))
    const url = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(out.join(''))![0]
    const token = new URL(url).hash.replace('#token=', '')
    const [file] = opened
    expect(path.isAbsolute(file!)).toBe(true)
    expect(file).not.toContain(token)
    expect(path.dirname(path.dirname(file!))).toBe(tempDir)
    expect(readFileSync(file!, 'utf8')).toContain(url)
    if (process.platform !== 'win32') expect(statSync(path.dirname(file!)).mode & 0o777).toBe(0o700)
    stop()
    expect(await running).toBe(0)
    expect(existsSync(path.dirname(file!))).toBe(false)
    expect(readdirSync(tempDir)).toEqual([])
    rmSync(home, { recursive: true, force: true })
    rmSync(tempDir, { recursive: true, force: true })
  })

  it('says to copy the link when no browser opens, and writes no launch page with --no-open', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'msi-ui-home-'))
    const tempDir = mkdtempSync(path.join(os.tmpdir(), 'msi-ui-launch-'))
    const failing = captureIo()
    let stop!: () => void
    let stopped = new Promise<void>((resolve) => (stop = resolve))
    let running = runUi(['--home', home], failing.io, stopped, { tempDir, openFile: async () => false })
    while (!failing.out.join('').includes('Could not open')) await new Promise((r) => setTimeout(r, 20))
    expect(failing.out.join('')).toContain('copy the link above into your browser')
    stop()
    expect(await running).toBe(0)
    expect(readdirSync(tempDir)).toEqual([])

    const quiet = captureIo()
    let asked = false
    stopped = new Promise<void>((resolve) => (stop = resolve))
    running = runUi(['--home', home, '--no-open'], quiet.io, stopped, { tempDir, openFile: async () => (asked = true) })
    while (!quiet.out.join('').includes('Ctrl-C')) await new Promise((r) => setTimeout(r, 20))
    expect(readdirSync(tempDir)).toEqual([])
    stop()
    expect(await running).toBe(0)
    expect(asked).toBe(false)
    rmSync(home, { recursive: true, force: true })
    rmSync(tempDir, { recursive: true, force: true })
  })

  it('refuses a bad port with the usage text', async () => {
    const { io, err } = captureIo()
    expect(await main(['ui', '--port', 'eighty', '--no-open'], io)).toBe(2)
    expect(err.join('')).toContain('--port must be a number from 1 to 65535')
    expect(await main(['ui', '--open-sesame'], io)).toBe(2)
  })
})
