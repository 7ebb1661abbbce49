/**
 * `npm run review`: writes quiz/REVIEW.md, the bank's review table (quiz/bank/reviewTable.ts), from the bank.
 *
 * Usage: `npm run review`
 */

import { writeFileSync } from 'node:fs'
import { quizBank } from '../quiz/bank'
import { reviewTable } from '../quiz/bank/reviewTable'

const file = new URL('../quiz/REVIEW.md', import.meta.url)
writeFileSync(file, reviewTable(quizBank))
console.log(`wrote ${file.pathname}`)
