// One lint config for code and slides: antfu's, as Slidev and its ecosystem use it, for TypeScript, Vue
// and markdown (with the code blocks in it). Files .gitignore lists (builds, exports, results) are skipped.

import antfu from '@antfu/eslint-config'

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
    files: ['slides.md', 'pages/**/*.md', 'answer-key.md'],
    rules: {
      'markdown/no-multiple-h1': 'off', // a Slidev file holds many slides, and each slide has its own h1
    },
  },
  {
    files: ['bench/**/*.ts'],
    rules: {
      'antfu/no-top-level-await': 'off', // bench/ holds command-line scripts, which antfu's config already exempts under scripts/
      'no-console': 'off', // the same: the bench prints its figures
    },
  },
)
