// Where this package is installed: the folder holding its package.json, found by walking up
// from this module. The same answer from the TypeScript source (src/), from a bundle in
// dist/cli/ or dist/main/, and from inside Electron's app.asar (its fs reads the archive), so
// samples/, dist/renderer/ and package.json are found the same way by every build.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

let found: string | null = null

export function packageRoot(): string {
  if (found) return found
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return (found = dir)
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error(`No package.json above ${fileURLToPath(import.meta.url)}`)
    dir = parent
  }
}

/** A path inside the package, e.g. packagePath('samples', 'home'). */
export function packagePath(...parts: string[]): string {
  return path.join(packageRoot(), ...parts)
}
