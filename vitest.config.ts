// Unit and component tests. Browser tests live in tests/browser and run under Playwright instead.

import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [vue()],
  // The flag vite.config.ts defines for Slidev's builds: tests run as the hosted deck.
  define: { __DECK_SCORM__: 'false' },
  resolve: { alias: { 'virtual:pwa-register/vue': fileURLToPath(new URL('./tests/fixtures/pwaRegister.ts', import.meta.url)) } },
  test: {
    // Node by default; the component and app tests that need a DOM say `@vitest-environment happy-dom`.
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
  },
})
