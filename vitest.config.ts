// Tests in tiers (vitest projects), so the quick ones can run alone:
//   unit         test/unit/: in-process only, no servers, no browser (`npm run test:unit`)
//   integration  test/integration/: real Dovecot, SMTP, DNS and HTTPS servers on loopback
//   e2e          test/e2e/: the UI in Debian's Chromium through browser mode
//   build        test/build/: the Vite build, packaging config, `npm start`, Electron checks
// `npm test` runs them all.
import { defineConfig } from 'vitest/config'

const tier = (name: string, folder: string, extra: Record<string, unknown> = {}) => ({
  extends: true as const,
  test: { name, include: [`test/${folder}/**/*.test.ts`, `test/${folder}/**/*.test.tsx`], ...extra },
})

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
    projects: [tier('unit', 'unit', { isolate: false }), tier('integration', 'integration'), tier('e2e', 'e2e'), tier('build', 'build')],
  },
})
