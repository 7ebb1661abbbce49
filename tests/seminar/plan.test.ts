import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseTimeString } from '@slidev/parser/utils'
import { describe, expect, it } from 'vitest'
import { allQuestions } from '../../quiz/bank'
import { isVotable } from '../../quiz/engine/scoring'
import { budgetLine, chooseQuestions, coreQuestions, notesWithBudget, onTheTimer, planProblems, RUNNING_ORDER, runningOrder, SEMINAR_MINUTES } from '../../seminar/plan'
import { deckIndex, deckSlides, ROOT } from '../fixtures/deck'

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const HEADMATTER_DURATION = /^duration:\s*(\S+)\s*$/m

describe('given the seminar\'s plan', () => {
  it('is sound for the bank: every core id is a votable question, none twice, and the minutes add up to 90', () => {
    expect(planProblems(RUNNING_ORDER, allQuestions)).toEqual([])
    expect(RUNNING_ORDER.reduce((sum, s) => sum + s.minutes, 0)).toBe(90)
  })

  it('says what is wrong with an unknown id, an id phones cannot vote on, a repeat and minutes that do not add up', () => {
    const discussed = allQuestions.find(q => !isVotable(q))!
    const votable = coreQuestions()[0]!
    const bad = [{ section: 'S', start: 's', minutes: 89, what: '', core: ['no-such-question', discussed.id, votable, votable] }]
    expect(planProblems(bad, allQuestions)).toEqual([
      'the sections\' budgets add up to 89 minutes, not 90',
      'no-such-question is not a question in the bank',
      `${discussed.id} cannot be voted on from phones (its type is ${discussed.type})`,
      `${votable} is in the plan twice`,
    ])
  })

  it('asks about a dozen questions, one or two in each section that has a quiz, each on a quiz slide of its own section', async () => {
    const deck = await deckIndex()
    const slides = await deckSlides()
    expect(coreQuestions().length).toBeGreaterThanOrEqual(10)
    expect(coreQuestions().length).toBeLessThanOrEqual(14)
    const starts = [...RUNNING_ORDER.map(s => deck.slideOfAlias(s.start)!), slides.length + 1]
    for (const [i, step] of RUNNING_ORDER.entries()) {
      const within = (no: number) => no >= starts[i]! && no < starts[i + 1]!
      if (slides.some(s => within(s.no) && deck.questionAt(s.no)))
        expect(step.core.length, step.section).toBeGreaterThanOrEqual(1)
      expect(step.core.length, step.section).toBeLessThanOrEqual(2)
      for (const id of step.core)
        expect(within(deck.slideOfQuestion(id) ?? 0), `${id} is on a slide of ${step.section}`).toBe(true)
    }
  })

  it('covers the deck: each step starts on the slide that opens its section, in the deck\'s order, and every section has a step', async () => {
    const slides = await deckSlides()
    const deck = await deckIndex()
    for (const step of RUNNING_ORDER) {
      const no = deck.slideOfAlias(step.start)
      expect(no, step.start).toBeDefined()
      expect(slides[no! - 1]!.frontmatter.section).toBe(step.section)
    }
    const starts = RUNNING_ORDER.map(s => deck.slideOfAlias(s.start)!)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    expect(starts[0]).toBe(1)
    expect(new Set(deck.sections.map(s => s.title))).toEqual(new Set(RUNNING_ORDER.map(s => s.section)))
  })

  it('gives Slidev\'s timer the same length, in slides.md\'s headmatter', () => {
    const duration = HEADMATTER_DURATION.exec(readFileSync(join(ROOT, 'slides.md'), 'utf8').split('\n---')[0]!)?.[1]
    expect(duration).toBeDefined()
    expect(parseTimeString(duration!).seconds).toBe(SEMINAR_MINUTES * 60)
  })

  it('puts each section\'s budget, and the minute it should be done by, on top of its first slide\'s notes only', () => {
    expect(onTheTimer(17)).toBe('0:17')
    expect(onTheTimer(62)).toBe('1:02')
    expect(runningOrder().at(-1)!.by).toBe(90)
    const china = runningOrder().find(s => s.start === 'china-obor')!
    const notes = notesWithBudget('What to say.', { routeAlias: 'china-obor', section: china.section })!
    expect(notes.startsWith(`**Seminar budget: ${china.minutes} min, done by ${onTheTimer(china.by)} on the timer**`)).toBe(true)
    expect(notes.endsWith('What to say.')).toBe(true)
    expect(notesWithBudget('What to say.', { routeAlias: 'china-rivalry' })).toBe('What to say.')
    expect(notesWithBudget(undefined, { layout: 'quiz', quiz: 'china-pca-ruling' })).toBeUndefined()
    expect(notesWithBudget(undefined, { routeAlias: 'title' })).toBe(`${budgetLine(runningOrder()[0]!)}\n\n`)
  })

  it('is in the README as a table a lecturer can read before class', () => {
    for (const s of runningOrder())
      expect(readme).toContain(`| ${s.section} | ${s.minutes} | ${onTheTimer(s.by)} | ${s.what} | ${s.core.map(id => `\`${id}\``).join(', ') || '—'} |`)
  })
})

describe('given --questions', () => {
  it('opens the core plan by default, and every question of the deck with all', () => {
    expect(chooseQuestions(undefined, allQuestions).ids).toEqual(coreQuestions())
    expect(chooseQuestions('core', allQuestions).ids).toEqual(coreQuestions())
    expect(chooseQuestions('all', allQuestions).ids).toEqual(allQuestions.map(q => q.id))
  })

  it('takes votable ids separated by commas, and refuses any other with a message that names it', () => {
    const [a, b] = allQuestions.filter(isVotable)
    expect(chooseQuestions(` ${a!.id}, ${b!.id} `, allQuestions)).toEqual({ ids: [a!.id, b!.id], label: `2 chosen questions (${a!.id}, ${b!.id})` })
    const discussed = allQuestions.find(q => !isVotable(q))!
    expect(() => chooseQuestions(`${a!.id},nope`, allQuestions)).toThrow('nope is not a question in the bank')
    expect(() => chooseQuestions(discussed.id, allQuestions)).toThrow(`${discussed.id} cannot be voted on from phones`)
    expect(() => chooseQuestions(',', allQuestions)).toThrow('no question named')
  })

  it('tells the README\'s reader how to choose another set', () => {
    expect(readme).toContain('npm run seminar -- --class --questions all')
    expect(readme).toContain('edit `core` in [`seminar/plan.ts`](seminar/plan.ts)')
  })
})
