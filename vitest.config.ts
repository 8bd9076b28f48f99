// Tests in tiers (vitest projects), so the quick ones can run alone:
//   unit         test/unit/: in-process only, no servers, no browser, in Node
//   unit-dom     test/unit/: the same, for files that need a DOM (React screens), in happy-dom
//                (`npm run test:unit` runs unit and unit-dom)
//   integration  test/integration/: real Dovecot, SMTP, DNS and HTTPS servers on loopback
//   e2e          test/e2e/: the UI in Debian's Chromium through browser mode
//   build        test/build/: the Vite build, packaging config, `npm start`, Electron checks
// `npm test` runs them all.
import { defineConfig } from 'vitest/config'

const tier = (name: string, include: string[], extra: Record<string, unknown> = {}) => ({
  extends: true as const,
  test: { name, include, ...extra },
})
const folder = (name: string) => [`test/${name}/**/*.test.ts`, `test/${name}/**/*.test.tsx`]

// A unit file that renders React (`*.test.tsx`) or otherwise needs a DOM (`*.dom.test.ts`)
// runs in its own project rather than under a `@vitest-environment` comment: vitest reuses a
// worker of a non-isolated project only while the next file has the same project and
// environment (isEqualRunner in vitest's pool), so DOM files mixed into the Node files'
// longest-first order started a fresh worker, and paid every import again, at each switch
// (15 workers for 81 files; now 4).
const DOM_FILES = ['test/unit/**/*.test.tsx', 'test/unit/**/*.dom.test.ts']
// The unit tiers run in worker threads: a thread starts faster than a child process and takes
// each transformed module by message instead of through a pipe, about a sixth less CPU for
// `npm run test:unit`. In a thread, process.chdir() is not available and process.exit() ends
// only that thread: unit tests use neither (the other tiers, with servers, keep processes).
const UNIT = { isolate: false, pool: 'threads' }

export default defineConfig({
  test: {
    environment: 'node',
    // Two cores: two workers keeps real servers and Chromium from starving each other.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    // Tests read English unless they choose a language themselves: the machine's own locale
    // (a German CI runner) must not change what the CLI prints (docs/i18n.md).
    env: { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' },
    hookTimeout: 60_000,
    projects: [
      tier('unit', ['test/unit/**/*.test.ts'], { ...UNIT, exclude: DOM_FILES }),
      tier('unit-dom', DOM_FILES, { ...UNIT, environment: 'happy-dom' }),
      tier('integration', folder('integration')),
      tier('e2e', folder('e2e')),
      tier('build', folder('build')),
    ],
  },
})
