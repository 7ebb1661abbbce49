// One lint config for code and slides: antfu's, as Slidev and its ecosystem use it, for TypeScript, Vue
// and markdown (with the code blocks in it). Files .gitignore lists (builds, exports, results) are skipped.
// The last blocks hold the folders' boundaries (README, "How the repo is laid out"): code that runs in the
// browser imports nothing of Node's, the pure engine nothing of the browser's, and so on.

import { builtinModules } from 'node:module'
import antfu from '@antfu/eslint-config'

/** An import of something Node has and a browser lacks. */
const NODE_ONLY = { group: ['node:*', ...builtinModules, ...builtinModules.map(m => `${m}/*`)], message: 'Node only: this code runs in the browser.' }
/** Folders of code that runs in Node only (build, tools, the seminar's server) or never ships (tests, bench). */
const NODE_FOLDERS = [
  { group: ['**/quiz/bank', '**/quiz/bank/**'], message: 'Build-only bank code (schema, Moodle XML): keep it out of the learner\'s bundle.' },
  { group: ['**/seminar/server/**'], message: 'The seminar\'s server runs in Node; share types and pure rules through seminar/protocol.ts.' },
  { group: ['**/tools/**', '**/scripts/**', '**/slidev/*.ts', '!**/slidev/*.d.ts'], message: 'Node tooling, not for the browser.' },
  { group: ['**/tests/**', '**/bench/**'], message: 'Tests and the bench never ship.' },
]
/** The browser's own modules: the pure engine and the seminar's server do without them. */
const BROWSER_FOLDERS = [
  { group: ['@slidev/*', 'vue-router'], message: 'Slidev and its router belong to the app (app/, components/, layouts/).' },
  { group: ['**/app/**', '**/components/**', '**/layouts/**', '**/lms/**', '**/seminar/client/**'], message: 'Browser code.' },
]
const restrict = (...patterns) => ['error', { patterns: patterns.flat() }]

/** Code that runs in the browser: what Slidev picks up, and the modules it imports. */
const BROWSER = ['*.vue', 'app/**/*.ts', 'components/**/*.vue', 'layouts/**/*.vue', 'lms/**/*.ts', 'seminar/client/**/*.ts', 'setup/main.ts', 'setup/routes.ts', 'setup/shortcuts.ts', 'styles/**/*.ts']
/** Pure: runs in the browser and in Node alike (the engine, the bank's data and manifest, the article's helpers). */
const PURE = ['quiz/*.ts', 'quiz/engine/**/*.ts', 'content/*.ts', 'seminar/protocol.ts', 'seminar/results.ts']

export default antfu(
  {
    typescript: true,
    vue: true,
    markdown: true,
  },
  {
    rules: {
      'e18e/prefer-array-fill': 'off', // its fix turns Array.from({ length }, () => make()) into .fill(make()), which calls make() once
      'vue/singleline-html-element-content-newline': 'off', // its fix puts line breaks into inline text, which render as stray spaces ("3 , 4")
    },
  },
  {
    files: ['slides.md', 'pages/**/*.md'],
    rules: {
      'markdown/no-multiple-h1': 'off', // a Slidev file holds many slides, and each slide has its own h1
    },
  },
  {
    files: ['bench/**/*.ts'],
    rules: {
      'antfu/no-top-level-await': 'off', // bench/ holds command-line scripts, which antfu's config already exempts under scripts/
      'no-console': 'off', // the same: the bench prints its figures
      'no-restricted-imports': restrict({ group: ['**/tests/**'], message: 'The bench measures the deck; it does not borrow test helpers (shared ones live in tools/).' }),
    },
  },
  {
    files: BROWSER,
    rules: { 'no-restricted-imports': restrict(NODE_ONLY, NODE_FOLDERS) },
  },
  {
    files: PURE,
    rules: { 'no-restricted-imports': restrict(NODE_ONLY, NODE_FOLDERS, BROWSER_FOLDERS) },
  },
  {
    files: ['seminar/server/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(BROWSER_FOLDERS, { group: ['vue', '**/quiz/sections'], message: 'The server reads the whole bank (quiz/bank), not the browser\'s loader.' }) },
  },
)
