// The one build (`npm run build`, run by `prepare` on `npm install`/`npm ci`): Vite's
// environment API builds four environments into dist/ (vite.dev/guide/api-environment):
//   client  -> dist/renderer/  the React UI, relative base so the same files work from file://
//                              in Electron and from browser mode's server
//   cli     -> dist/cli/       the command (bin/mail-settings-inspector.js runs it): CommonJS,
//                              one chunk per command, loaded on demand
//   main    -> dist/main/      Electron's main process (ESM)
//   preload -> dist/preload/preload.cjs  sandboxed preloads must be one CommonJS file
//                              (electronjs.org/docs/latest/tutorial/esm: "sandboxed preload
//                              scripts ... cannot use ESM")
// Node environments keep npm packages external: they ship in node_modules (electron-builder
// packs the production dependencies). Bundled code finds samples/, data and package.json
// through src/package-root.ts.
import { builtinModules } from 'node:module'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { defineConfig, type EnvironmentOptions, type Plugin, type UserConfig } from 'vite'
import react from '@vitejs/plugin-react'

const ROOT = path.dirname(fileURLToPath(import.meta.url))
export const DIST_DIR = path.join(ROOT, 'dist')

const JS_BUDGET_BYTES = 250 * 1024

/** A translation's catalogue chunk (src/i18n/locales/<language>/*.json, English is built in). */
const TRANSLATION_FILE = /[\\/]src[\\/]i18n[\\/]locales[\\/]([^\\/]+)[\\/][^\\/]+\.json$/

/**
 * Prints the renderer's gzipped JavaScript and fails above 250 KB (a fast first paint). A window
 * loads one language's catalogues (src/i18n/catalogues.ts), so the translations count as their
 * largest language, not all six together.
 */
function reportJsSize(): Plugin {
  return {
    name: 'report-js-size',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_options, bundle) {
      let gzipped = 0
      const perLanguage = new Map<string, number>()
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue
        const size = gzipSync(item.code).length
        const language = item.facadeModuleId ? TRANSLATION_FILE.exec(item.facadeModuleId)?.[1] : undefined
        if (language) perLanguage.set(language, (perLanguage.get(language) ?? 0) + size)
        else gzipped += size
      }
      gzipped += Math.max(0, ...perLanguage.values())
      const kb = (gzipped / 1024).toFixed(1)
      if (this.environment.config.logLevel === 'info') console.log(`renderer JavaScript: ${kb} KB gzipped (budget 250 KB)`)
      if (gzipped > JS_BUDGET_BYTES) this.error(`renderer JavaScript is ${kb} KB gzipped, over the 250 KB budget`)
    },
  }
}

const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]

/**
 * imapflow's own code is bundled into the command, and the packages it imports for what a
 * login test never does (message download and MIME decoding, charsets, SOCKS proxies, its
 * default pino logger: we pass our own) are loaded on first use instead of at start: requiring
 * them all cost ~3x imapflow itself (bench/cli.bench.ts). Each stays a real dependency, resolved
 * from imapflow's own folder exactly as imapflow would; a named import it gains later fails
 * the build here ("missing export"), not at run time.
 */
const IMAPFLOW_LAZY_IMPORTS: Record<string, string[]> = {
  pino: [],
  socks: ['SocksClient'],
  libmime: [],
  libqp: [],
  libbase64: [],
  'iconv-lite': [],
  'encoding-japanese': [],
  '@zone-eu/mailsplit': ['Headers'],
  '@zone-eu/mailsplit/lib/flowed-decoder.js': [],
}
const LAZY_PREFIX = '\0lazy-package:'

function lazyImapflowImports(): Plugin {
  return {
    name: 'lazy-imapflow-imports',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'cli',
    resolveId(id, importer) {
      if (importer && /[\\/]node_modules[\\/]imapflow[\\/]/.test(importer) && Object.hasOwn(IMAPFLOW_LAZY_IMPORTS, id)) return LAZY_PREFIX + id
      return null
    },
    load(id) {
      if (!id.startsWith(LAZY_PREFIX)) return null
      const name = id.slice(LAZY_PREFIX.length)
      const named = IMAPFLOW_LAZY_IMPORTS[name]!
      return [
        `import { createRequire } from 'node:module'`,
        `let loaded`,
        `const load = () => (loaded ??= createRequire(createRequire(import.meta.url).resolve('imapflow'))(${JSON.stringify(name)}))`,
        // A function target, so the stand-in can also be called (pino()) or constructed (new Headers()).
        `const lazy = (pick) => new Proxy(function () {}, {`,
        `  get: (_, key) => pick()[key],`,
        `  has: (_, key) => key in pick(),`,
        `  apply: (_, self, args) => Reflect.apply(pick(), self, args),`,
        `  construct: (_, args) => Reflect.construct(pick(), args),`,
        `})`,
        `export default lazy(() => load())`,
        ...named.map((key) => `export const ${key} = lazy(() => load().${key})`),
      ].join('\n')
    },
  }
}

/** The catalogue's packages (docs/i18n.md): pure JavaScript, loaded by every command. */
const I18N_PACKAGES = ['i18next', 'i18next-icu', 'intl-messageformat', /^@formatjs\//]

/** A Node program: `entry` bundled with the core, npm packages left to node_modules. */
function nodeEnvironment(entry: string, outDir: string, bundleEverything = false): EnvironmentOptions {
  return {
    consumer: 'server',
    resolve: bundleEverything ? { noExternal: true, external: ['electron'] } : { external: ['electron'] },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'node20',
      sourcemap: false,
      minify: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rollupOptions: {
        input: path.join(ROOT, entry),
        external: bundleEverything ? ['electron', ...NODE_BUILTINS] : undefined,
        // ASCII only (other characters as \u escapes) and no doc comments: one non-ASCII
        // character anywhere makes V8 hold and scan a whole file as two bytes per character,
        // and every start reads and compiles these files (bench/cli.bench.ts). Licence
        // comments of bundled packages stay.
        output: { chunkFileNames: 'chunks/[name]-[hash].js', charset: 'ascii', comments: { legal: true, annotation: true, jsdoc: false } },
      },
    },
  }
}

/** The whole app's build; tests pass another `distDir` so they never write into the repo. */
export function appBuildConfig(distDir: string = DIST_DIR): UserConfig {
  // The command is CommonJS: Node's CommonJS loader links its files in one synchronous pass,
  // its ES module loader pays per file (resolving, linking, promise turns): about 30 ms of a
  // scan's start on the bench home (bench/cli.bench.ts). Dynamic import() of a chunk becomes
  // require() on demand, so each command still loads only what it uses.
  const cli = nodeEnvironment('src/cli/main.ts', path.join(distDir, 'cli'))
  Object.assign(cli.build!.rollupOptions!.output as object, { format: 'cjs', entryFileNames: 'main.cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' })
  const preload = nodeEnvironment('main/preload.ts', path.join(distDir, 'preload'), true)
  preload.build!.rollupOptions!.output = { format: 'cjs', entryFileNames: 'preload.cjs', codeSplitting: false }
  return {
    root: path.join(ROOT, 'renderer'),
    base: './',
    plugins: [react(), reportJsSize(), lazyImapflowImports()],
    environments: {
      client: {
        // The renderer always ships React's production build: a build run under vitest
        // (NODE_ENV=test) would otherwise bundle React's development build, 60 KB more than the
        // app carries, and the budget above would measure a bundle nobody ships.
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        build: {
          outDir: path.join(distDir, 'renderer'),
          emptyOutDir: true,
          target: 'chrome120',
          sourcemap: false,
          // The polyfill would be an inline script, which the CSP forbids; Chromium needs none.
          modulePreload: { polyfill: false },
          reportCompressedSize: false,
        },
      },
      // Bundled into the command: imapflow (see above) and the i18n packages every command
      // loads first; resolving them from node_modules at each start cost ~30 ms of --help.
      cli: { ...cli, resolve: { external: ['electron'], noExternal: ['imapflow', ...I18N_PACKAGES] } },
      main: { ...nodeEnvironment('main/main.ts', path.join(distDir, 'main')), resolve: { external: ['electron'], noExternal: I18N_PACKAGES } },
      preload,
    },
    // `vite build` builds every environment above (the builder opts into the whole app).
    builder: {
      buildApp: async (builder) => {
        await Promise.all(Object.values(builder.environments).map((environment) => builder.build(environment)))
      },
    },
  }
}

export default defineConfig(appBuildConfig())
