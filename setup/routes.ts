/**
 * Extra routes: `/vote`, the audience's phone page for live voting in seminars.
 */
import { defineRoutesSetup } from '@slidev/types'

export default defineRoutesSetup(routes => [
  ...routes,
  { name: 'vote', path: '/vote', component: () => import('../components/SeminarVotePage.vue') },
])
