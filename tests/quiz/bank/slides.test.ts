// What the preparser writes from the bank (quiz/bank/slides.ts): a quiz slide's section and click step.

import { describe, expect, it } from 'vitest'
import { locateQuestion, quizBank } from '../../../quiz/bank'
import { quizSlideFrontmatter } from '../../../quiz/bank/slides'
import { isVotable } from '../../../quiz/engine/scoring'

describe('given a quiz slide\'s frontmatter', () => {
  it('writes the quiz section of its question, whatever the question\'s id says, and one click step', () => {
    const q = quizBank[1]!.questions.find(x => !isVotable(x)) ?? quizBank.flatMap(s => s.questions).find(x => !isVotable(x))!
    const fm: Record<string, unknown> = { layout: 'quiz', quiz: q.id }
    quizSlideFrontmatter(fm, id => ({ ...locateQuestion(id), section: { ...quizBank[3]!, id: 'elsewhere' } }))
    expect(fm).toEqual({ layout: 'quiz', quiz: q.id, quizSection: 'elsewhere', clicks: 1 })
  })

  it('gives a votable question three click steps for a seminar (round 1, discussion, round 2, reveal), and an ordering or matching question none', () => {
    const all = quizBank.flatMap(s => s.questions)
    for (const q of [all.find(isVotable)!, all.find(x => !isVotable(x))!]) {
      const fm: Record<string, unknown> = { layout: 'quiz', quiz: q.id }
      quizSlideFrontmatter(fm, locateQuestion)
      expect(fm.seminarClicks, q.id).toBe(isVotable(q) ? 3 : undefined)
      expect(fm.clicks).toBe(1)
    }
  })

  it('keeps a click count and a deck section the slide sets, and leaves other slides alone', () => {
    const q = quizBank[0]!.questions[0]!
    const fm: Record<string, unknown> = { layout: 'quiz', quiz: q.id, clicks: 2, section: 'Context' }
    quizSlideFrontmatter(fm, locateQuestion)
    // `section:` is the deck's division (the progress bar's title): the quiz's own goes beside it.
    expect(fm).toMatchObject({ layout: 'quiz', quiz: q.id, quizSection: quizBank[0]!.id, clicks: 2, section: 'Context' })
    const other: Record<string, unknown> = { layout: 'default' }
    quizSlideFrontmatter(other, locateQuestion)
    expect(other).toEqual({ layout: 'default' })
  })

  it('stops the build on a quiz slide whose question is not in the bank', () => {
    expect(() => quizSlideFrontmatter({ layout: 'quiz', quiz: 'no-such-question' }, locateQuestion)).toThrow(/Unknown quiz question/)
  })
})
