/**
 * Slidev assumption (read from @slidev/cli and @slidev/client 52.20.1): Slidev ships its client as TypeScript
 * source, not declarations. That source reads compile-time constants which Slidev's Vite config defines
 * (`createDataUtils` in the CLI: `__DEV__`, `__SLIDEV_HAS_SERVER__`, `__SLIDEV_FEATURE_*__`, …), and it
 * types route meta and the virtual modules in the two declaration files it ships. This file declares the
 * constants and brings in those files, so that the app project (tsconfig.app.json) checks the deck's code
 * against Slidev's own source instead of a hand-written copy of its API. A Slidev release that reads a new
 * constant fails `npm run typecheck` with its name.
 */

/// <reference types="@slidev/client/shim-vue.d.ts" />
/// <reference types="@slidev/types/client" />

declare const __DEV__: boolean
declare const __SLIDEV_CLIENT_ROOT__: string
declare const __SLIDEV_HASH_ROUTE__: boolean
declare const __SLIDEV_MEMORY_ROUTE__: boolean
declare const __SLIDEV_HAS_SERVER__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean
declare const __SLIDEV_FEATURE_EDITOR__: boolean
declare const __SLIDEV_FEATURE_RECORD__: boolean
declare const __SLIDEV_FEATURE_PRESENTER__: boolean
declare const __SLIDEV_FEATURE_PRINT__: boolean
declare const __SLIDEV_FEATURE_BROWSER_EXPORTER__: boolean
declare const __SLIDEV_FEATURE_WAKE_LOCK__: boolean
declare const __SLIDEV_FEATURE_PWA__: boolean
