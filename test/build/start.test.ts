import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))

describe('npm start where Electron cannot run', () => {
  it('says so in one line and points to browser mode', () => {
    // An empty Electron dist folder and no download: as on a machine that cannot fetch it.
    const empty = mkdtempSync(path.join(os.tmpdir(), 'msi-no-electron-'))
    try {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ELECTRON_OVERRIDE_DIST_PATH: empty },
      })
      expect(run.status).toBe(1)
      expect(run.stdout).toBe('')
      const lines = run.stderr.trim().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(/cannot run here/)
      expect(lines[0]).toContain('npx mail-settings-inspector ui')
    } finally {
      rmSync(empty, { recursive: true, force: true })
    }
  }, 60_000)
})
