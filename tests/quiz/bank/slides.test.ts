// What the preparser writes from the bank (quiz/bank/slides.ts): a quiz slide's section and click step, and
// the answer key's pages.

import { describe, expect, it } from 'vitest'
import { locateQuestion, quizBank } from '../../../quiz/bank'
import { ANSWER_KEY_PAGES, answerKeyPages, expandAnswerKeyPages, quizSlideFrontmatter } from '../../../quiz/bank/slides'

describe('given a quiz slide\'s frontmatter', () => {
  it('writes the quiz section of its question, whatever the question\'s id says, and one click step', () => {
    const q = quizBank[1]!.questions[0]!
    const fm: Record<string, unknown> = { layout: 'quiz', quiz: q.id }
    quizSlideFrontmatter(fm, id => ({ ...locateQuestion(id), section: { ...quizBank[3]!, id: 'elsewhere' } }))
    expect(fm).toEqual({ layout: 'quiz', quiz: q.id, quizSection: 'elsewhere', clicks: 1 })
  })

  it('keeps a click count and a deck section the slide sets, and leaves other slides alone', () => {
    const q = quizBank[0]!.questions[0]!
    const fm: Record<string, unknown> = { layout: 'quiz', quiz: q.id, clicks: 2, section: 'Context' }
    quizSlideFrontmatter(fm, locateQuestion)
    // `section:` is the deck's division (the progress bar's title): the quiz's own goes beside it.
    expect(fm).toEqual({ layout: 'quiz', quiz: q.id, quizSection: quizBank[0]!.id, clicks: 2, section: 'Context' })
    const other: Record<string, unknown> = { layout: 'default' }
    quizSlideFrontmatter(other, locateQuestion)
    expect(other).toEqual({ layout: 'default' })
  })

  it('stops the build on a quiz slide whose question is not in the bank', () => {
    expect(() => quizSlideFrontmatter({ layout: 'quiz', quiz: 'no-such-question' }, locateQuestion)).toThrow(/Unknown quiz question/)
  })
})

describe('given the answer key\'s entry', () => {
  it('puts every question of the bank on exactly one page, in bank order, at most two to a page', () => {
    const covered = answerKeyPages(quizBank).flatMap((page) => {
      const [, section, from, count] = /section="([^"]+)" :from="(\d+)" :count="(\d+)"/.exec(page)!
      expect(Number(count)).toBeLessThanOrEqual(2)
      return quizBank.find(s => s.id === section)!.questions.slice(Number(from), Number(from) + Number(count)).map(q => q.id)
    })
    expect(covered).toEqual(quizBank.flatMap(s => s.questions.map(q => q.id)))
  })

  it('replaces the marker line of answer-key.md with those pages as slides, and leaves a file without it alone', () => {
    const lines = ['# Answer key', '', '---', '', ANSWER_KEY_PAGES]
    expandAnswerKeyPages(lines, quizBank)
    expect(lines.slice(0, 5)).toEqual(['# Answer key', '', '---', '', answerKeyPages(quizBank)[0]])
    expect(lines.filter(l => l === '---')).toHaveLength(answerKeyPages(quizBank).length)
    const plain = ['# Slides', '---', 'two']
    expandAnswerKeyPages(plain, quizBank)
    expect(plain).toEqual(['# Slides', '---', 'two'])
  })

  it('holds the marker in answer-key.md, where the preparser looks for it', async () => {
    const { readFileSync } = await import('node:fs')
    expect(readFileSync('answer-key.md', 'utf8').split('\n').map(l => l.trim())).toContain(ANSWER_KEY_PAGES)
  })
})
