/**
 * Extra routes:
 * - `/study`, every quiz on one responsive page for self-study on a phone;
 * - `/article`, the whole article with the paragraph numbers the deck cites (anchors `#p1`, `#p2`, …).
 *   Speaker notes link to it relatively (`article#p12`, see content/article.ts), which from the presenter
 *   view or the notes viewer resolves to `presenter/article` or `notes/article`: those go on to `/article`,
 *   keeping the anchor.
 */

import { defineRoutesSetup } from '@slidev/types'
import { QuizLoadError } from '../app/asyncQuizComponent'

// First, so that Slidev's `/:no` slide route doesn't take `study` or `article` for a slide number.
export default defineRoutesSetup(routes => [
  // The page and every quiz section load only when /study is opened; if they cannot, the page says so.
  { name: 'study', path: '/study', component: () => Promise.all([import('../components/QuizStudyPage.vue'), import('../app/useQuizProgress').then(m => m.loadQuizSections())]).then(([m]) => m.default, () => QuizLoadError) },
  { name: 'article', path: '/article', component: () => import('../components/ArticleReader.vue') },
  { path: '/presenter/article', redirect: '/article' },
  { path: '/notes/article', redirect: '/article' },
  ...routes,
])
