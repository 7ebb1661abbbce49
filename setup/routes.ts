/**
 * Extra route: `/study`, every quiz on one responsive page for self-study on a phone.
 */
import { defineRoutesSetup } from '@slidev/types'

// First, so that Slidev's `/:no` slide route doesn't take `study` for a slide number.
export default defineRoutesSetup(routes => [
  { name: 'study', path: '/study', component: () => import('../components/QuizStudyPage.vue') },
  ...routes,
])
