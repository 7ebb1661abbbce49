// The compile-time flag that vite.config.ts defines, for vue-tsc.

/** True in the SCORM package's build (`DECK_TARGET=scorm`), where the deck reports to the LMS. */
declare const __DECK_SCORM__: boolean
