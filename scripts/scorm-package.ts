// The SCORM 1.2 package alone (`npm run export` writes it too; tools/scorm-package.ts builds it).
//
// Usage: `tsx scripts/scorm-package.ts [out.zip=exports/russia-japan-common-ground-scorm12.zip] [--mastery 70]`

import { join } from 'node:path'
import process from 'node:process'
import { allQuestions } from '../quiz/bank'
import { DEFAULT_MASTERY_PERCENT, masteryPoints, totalPoints } from '../quiz/engine/scoring'
import { buildScormPackage, SCORM_PACKAGE } from '../tools/scorm-package'

const args = process.argv.slice(2)
const at = args.indexOf('--mastery')
const mastery = at >= 0 ? Number(args.splice(at, 2)[1]) : DEFAULT_MASTERY_PERCENT
if (!(mastery >= 0 && mastery <= 100))
  throw new Error('--mastery takes a percentage from 0 to 100')
const out = args[0] ?? join('exports', SCORM_PACKAGE)
const started = Date.now()
const bytes = buildScormPackage(out, mastery)
console.log(`SCORM 1.2 package → ${out}: ${(bytes / 1024).toFixed(0)} KiB, mastery ${mastery} % (${masteryPoints(mastery, totalPoints(allQuestions))} of ${totalPoints(allQuestions)} points), in ${((Date.now() - started) / 1000).toFixed(1)} s`)
