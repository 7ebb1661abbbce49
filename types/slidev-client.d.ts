/**
 * Type-checking facade for the part of `@slidev/client`'s public API this deck uses.
 * Slidev ships its client as TypeScript source, which does not compile under this project's strict
 * settings; tsconfig maps `@slidev/client` here for `vue-tsc` only. Builds use the real module.
 * Signatures follow @slidev/client 53.0.0 (composables/useNav.ts, context.ts).
 */

import type { RenderContext } from '@slidev/types'
import type { ComputedRef, Ref } from 'vue'

/** The fields of Slidev's `SlideRoute` this deck reads. */
export interface SlidevSlideRoute {
  no: number
  meta: { slide: { frontmatter: Record<string, unknown> } }
}

export interface SlidevNav {
  slides: Ref<SlidevSlideRoute[]>
  total: ComputedRef<number>
  currentSlideNo: ComputedRef<number>
  /** True on the print and export routes, where every slide renders at once. */
  isPrintMode: ComputedRef<boolean>
  go: (no: number | string, clicks?: number, force?: boolean) => Promise<void>
}

export declare function useNav(): SlidevNav

export interface SlideContext {
  $clicks: Ref<number>
  $renderContext: Ref<RenderContext>
}

export declare function useSlideContext(): SlideContext
