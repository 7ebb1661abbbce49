/**
 * The address of a route of the deck (a slide, `/article#p12`), resolved by the deck's router so that it is
 * right wherever the deck is served: under a sub-path (`/deck/12`) or in hash mode (`#/12`, the LMS
 * package). Without a router (a component mounted alone in a test) it is a plain path under the build's base.
 *
 * Usage: `const hrefOf = useRouteHref()`; `hrefOf('/12')`, `hrefOf(paragraphPath(23))`
 */

import { inject } from 'vue'
import { routerKey } from 'vue-router'

export function useRouteHref(): (path: string) => string {
  const router = inject(routerKey, null)
  return path => router ? router.resolve(path).href : `${import.meta.env.BASE_URL}${path.slice(1)}`
}
