/**
 * Vite plugins added to Slidev's server. Live voting runs only when `npm run seminar` sets
 * SEMINAR_PASSWORD and SEMINAR_AUDIENCE_URL; a plain `npm run dev` answers that voting is off.
 */
import { defineVitePluginsSetup } from '@slidev/types'
import { seminarOffPlugin, seminarPlugin } from '../seminar/plugin'

export default defineVitePluginsSetup(() => {
  const password = process.env.SEMINAR_PASSWORD
  const audienceUrl = process.env.SEMINAR_AUDIENCE_URL
  return [password && audienceUrl ? seminarPlugin({ password, audienceUrl, file: process.env.SEMINAR_TALLY_FILE }) : seminarOffPlugin()]
})
