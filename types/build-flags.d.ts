// Compile-time flags that vite.config.ts defines (and Slidev's own), for vue-tsc.

/** True in the SCORM package's build (`DECK_TARGET=scorm`), where the deck reports to the LMS. */
declare const __DECK_SCORM__: boolean
/** Slidev's: true when the deck was built with `--router-mode hash` (or `routerMode: hash`). */
declare const __SLIDEV_HASH_ROUTE__: boolean
