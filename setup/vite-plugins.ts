/**
 * Vite plugins added to Slidev's. When `npm run seminar` builds its deck (SEMINAR_BUILD=1), Slidev's
 * presenter view gets a password slot that the seminar's presenter server fills; other builds and
 * `npm run dev` are untouched.
 */

import { defineVitePluginsSetup } from '@slidev/types'
import { seminarBuildPlugin } from '../seminar/deckPassword'

export default defineVitePluginsSetup(() => [seminarBuildPlugin()])
