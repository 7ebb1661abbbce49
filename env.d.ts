// Vite's import.meta.env and asset imports, for vue-tsc.
/// <reference types="vite/client" />
