// @vitest-environment node
// quiz/REVIEW.md is made from the bank: a stale file would send a reviewer to check options the deck no longer shows.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allQuestions, quizBank } from '../../../quiz/bank'
import { reviewTable } from '../../../quiz/bank/reviewTable'
import { ROOT } from '../../fixtures/deck'
import { single } from '../../fixtures/quiz'

describe('the review table', () => {
  it('in quiz/REVIEW.md is the one the bank makes now (run `npm run review` after editing the bank)', () => {
    expect(readFileSync(join(ROOT, 'quiz/REVIEW.md'), 'utf8')).toBe(reviewTable(quizBank))
  })

  it('gives every question, its passages and a row for each option, in display order', () => {
    const table = reviewTable(quizBank)
    const ids = Array.from(table.matchAll(/^### Q\d+\. `([^`]+)`/gm), m => m[1])
    expect(ids).toEqual(allQuestions.map(q => q.id))
    for (const q of allQuestions) {
      const entry = table.slice(table.indexOf(`\`${q.id}\``)).split('\n### ')[0]!
      expect(entry, q.id).toContain(q.sources[0]!.quote)
      expect(entry.match(/^\| [A-Z] \|/gm), q.id).toHaveLength(q.options.length)
    }
  })

  it('marks the key and escapes table pipes', () => {
    const q = { ...single(), prompt: 'A | B?' }
    const table = reviewTable([{ id: 'alpha', title: 'Alpha', questions: [q] }])
    expect(table).toContain('A \\| B?')
    expect(table.match(/\*\*key\*\*/g)).toHaveLength(1)
  })
})
