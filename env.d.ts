// Vite's import.meta.env and asset imports, for vue-tsc.
/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vue" />
