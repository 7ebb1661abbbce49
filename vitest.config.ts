// Unit and component tests. Browser tests live in tests/browser and run under Playwright instead.

import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { ISOLATED } from './tests/isolated'

const ALL = ['tests/**/*.test.ts']
const NEVER = ['tests/browser/**', 'node_modules/**']

export default defineConfig({
  plugins: [vue()],
  // The flag vite.config.ts defines for Slidev's builds: tests run as the hosted deck.
  define: { __DECK_SCORM__: 'false' },
  resolve: { alias: { 'virtual:pwa-register/vue': fileURLToPath(new URL('./tests/fixtures/pwaRegister.ts', import.meta.url)) } },
  test: {
    // Node by default; the component and app tests that need a DOM say `@vitest-environment happy-dom`.
    environment: 'node',
    projects: [
      // Most files share one module graph per worker instead of loading the bank, its schema, Vue and the
      // test utilities again for each file: about a third of the CPU time of isolating every file.
      { extends: true, test: { name: 'shared', include: ALL, exclude: [...NEVER, ...ISOLATED], isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED, exclude: NEVER } },
    ],
  },
})
