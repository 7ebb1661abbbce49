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
