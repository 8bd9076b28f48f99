// The renderer's build: root renderer/, output dist-renderer/, relative base so the same
// files work from file:// in Electron and from the browser-mode server. Prints the gzipped
// JavaScript size and fails above the budget (at most 250 KB gzipped: a fast first paint).
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'

const JS_BUDGET_BYTES = 250 * 1024

function reportJsSize(): Plugin {
  return {
    name: 'report-js-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      let gzipped = 0
      for (const item of Object.values(bundle)) {
        if (item.type === 'chunk') gzipped += gzipSync(item.code).length
      }
      const kb = (gzipped / 1024).toFixed(1)
      console.log(`renderer JavaScript: ${kb} KB gzipped (budget 250 KB)`)
      if (gzipped > JS_BUDGET_BYTES) this.error(`renderer JavaScript is ${kb} KB gzipped, over the 250 KB budget`)
    },
  }
}

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react(), reportJsSize()],
  build: {
    outDir: fileURLToPath(new URL('./dist-renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    // The polyfill would be an inline script, which the CSP forbids; Chromium needs none.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
})
