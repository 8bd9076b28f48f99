// On Windows: the same registry tree, from the live registry through reg.exe (built into
// Windows, no native module). Only fixed key paths go into argv; nothing of the user's.
import { parseRegQuery } from './reg-query.js'
import { RegistryTree } from './registry-tree.js'
import { appendAll } from '../append-all.js'
import type { Note } from '../../model.js'

export const LIVE_ROOTS = [
  'HKCU\\Software\\Microsoft\\Office\\16.0\\Outlook',
  'HKCU\\Software\\Microsoft\\Office\\15.0\\Outlook',
  'HKCU\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles',
] as const

export type RegQueryRunner = (key: string) => Promise<string | null>

/** `reg query KEY /s`; null when the key does not exist (reg.exe exits 1). */
// node:child_process loads only here, on Windows: every scan elsewhere would pay its start-up.
export const runRegQuery: RegQueryRunner = async (key) => {
  const { execFile } = await import('node:child_process')
  return new Promise((resolve, reject) => {
    execFile('reg.exe', ['query', key, '/s'], { windowsHide: true, maxBuffer: 64 * 1024 * 1024, timeout: 20_000 }, (error, stdout) => {
      if (error && (error as { code?: unknown }).code === 1) return resolve(null)
      if (error) return reject(error)
      resolve(stdout)
    })
  })
}

export async function readLiveRegistry(run: RegQueryRunner = runRegQuery): Promise<{ tree: RegistryTree; problems: Note[] }> {
  const tree = new RegistryTree()
  const problems: Note[] = []
  for (const root of LIVE_ROOTS) {
    const text = await run(root)
    if (text === null) continue
    const parsed = parseRegQuery(text)
    tree.merge(parsed.tree)
    appendAll(problems, parsed.problems)
  }
  return { tree, problems }
}
