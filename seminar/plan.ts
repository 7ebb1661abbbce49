/**
 * The seminar's plan, in one place: 90 minutes, a time budget for each of the deck's sections, and the core
 * questions the room votes on. The other quiz slides stay in the deck for self-study; in a seminar they are
 * marked "Not in today's plan" and → skips them, unopened. `npm run seminar -- --questions all` (or a list of
 * ids) asks a different set without editing this file; editing `core` here changes the default.
 *
 * Who reads it: the preparser (each section's budget at the top of its first slide's notes), the seminar's
 * start (`chooseQuestions`, from `--questions`), the README's running order and the tests that hold them
 * together (`planProblems`: unknown or unvotable ids, minutes that do not add up).
 *
 * Usage: `coreQuestions()`; `runningOrder()`; `chooseQuestions(flags.questions, allQuestions)`
 */

import type { QuizQuestion } from '../quiz/engine/types'
import { isVotable } from '../quiz/engine/scoring'

/** The seminar's length, as `duration:` in slides.md's headmatter gives it to Slidev's timer. */
export const SEMINAR_MINUTES = 90

export interface PlanStep {
  /** The deck's section, as `section:` names it on its first slide. */
  section: string
  /** The `routeAlias` of the section's first slide, whose notes carry the budget. */
  start: string
  minutes: number
  /** What the minutes are for, in a few words (the notes and the README say it). */
  what: string
  /** The votable questions asked in this section, in deck order; the section's other quiz slides are skipped. */
  core: readonly string[]
}

export const RUNNING_ORDER: readonly PlanStep[] = [
  { section: 'Title and source', start: 'title', minutes: 5, what: 'welcome; phones join on the Join slide', core: [] },
  { section: 'Context', start: 'context-momentum', minutes: 5, what: 'three slides', core: [] },
  { section: 'The two key questions', start: 'key-questions', minutes: 7, what: 'one slide, two questions', core: ['context-backdrop', 'context-signals'] },
  { section: 'The China factor', start: 'china-obor', minutes: 15, what: 'eight slides, two questions', core: ['china-pca-ruling', 'china-abe-timing'] },
  { section: 'Interests on each side', start: 'interests', minutes: 7, what: 'one slide, two questions', core: ['interests-europe-attention', 'interests-net-importer'] },
  { section: 'Contours of the rapprochement', start: 'contours-blueprint', minutes: 11, what: 'five slides, two questions', core: ['contours-energy-urgency', 'contours-tech-significance'] },
  { section: 'Limits and roadblocks', start: 'limits-no-breakthrough', minutes: 12, what: 'five slides, two questions', core: ['limits-roadblocks', 'limits-demarcation'] },
  { section: 'Conclusion', start: 'conclusion', minutes: 20, what: 'four slides with the open discussion, two questions, the room\'s results', core: ['review-unequal', 'review-china-roles'] },
  { section: 'Hindsight (beyond the article)', start: 'hindsight', minutes: 5, what: 'two slides', core: [] },
  { section: 'Sources', start: 'sources', minutes: 3, what: 'sources; close', core: [] },
]

/** The core questions, in deck order. */
export const coreQuestions = (order: readonly PlanStep[] = RUNNING_ORDER) => order.flatMap(s => s.core)

/** Minutes on the presenter view's timer as it reads them: 17 → '0:17', 62 → '1:02'. */
export const onTheTimer = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`

/** Each step with the minute it should be done by, counted from the timer's start. */
export function runningOrder(order: readonly PlanStep[] = RUNNING_ORDER) {
  let by = 0
  return order.map(step => ({ ...step, by: by += step.minutes }))
}

/** The line at the top of a section's first slide's notes. */
export function budgetLine(step: PlanStep & { by: number }) {
  return `**Seminar budget: ${step.minutes} min, done by ${onTheTimer(step.by)} on the timer** (${step.what}).`
}

/** A slide's notes with its section's budget on top, if it is the first slide of a section of the plan. */
export function notesWithBudget(note: string | undefined, frontmatter: Record<string, unknown>, order: readonly PlanStep[] = RUNNING_ORDER): string | undefined {
  const step = runningOrder(order).find(s => s.start === frontmatter.routeAlias)
  return step ? `${budgetLine(step)}\n\n${note ?? ''}` : note
}

/** What is wrong with a plan, in words: empty when it is sound for this bank. */
export function planProblems(order: readonly PlanStep[], questions: readonly QuizQuestion[], minutes = SEMINAR_MINUTES): string[] {
  const byId = new Map(questions.map(q => [q.id, q]))
  const problems: string[] = []
  const total = order.reduce((sum, s) => sum + s.minutes, 0)
  if (total !== minutes)
    problems.push(`the sections' budgets add up to ${total} minutes, not ${minutes}`)
  for (const s of order) {
    if (!Number.isInteger(s.minutes) || s.minutes <= 0)
      problems.push(`${s.section}: ${s.minutes} is not a whole number of minutes`)
  }
  const ids = coreQuestions(order)
  for (const [i, id] of ids.entries()) {
    const q = byId.get(id)
    if (!q)
      problems.push(`${id} is not a question in the bank`)
    else if (!isVotable(q))
      problems.push(`${id} cannot be voted on from phones (its type is ${q.type})`)
    if (ids.indexOf(id) !== i)
      problems.push(`${id} is in the plan twice`)
  }
  return problems
}

/**
 * Today's questions, from `--questions`: `core` (the default: this file's plan), `all` (every question of the deck:
 * phones vote on the votable ones, the others are discussed), or votable ids separated by commas. Throws, in words
 * a lecturer can act on, on an id the bank does not have or phones cannot vote on.
 */
export function chooseQuestions(flag: string | undefined, questions: readonly QuizQuestion[]): { ids: string[], label: string } {
  const value = (flag ?? 'core').trim()
  if (value === 'all')
    return { ids: questions.map(q => q.id), label: `every question (${questions.filter(isVotable).length} votable)` }
  const ids = value === 'core' ? coreQuestions() : value.split(',').map(id => id.trim()).filter(Boolean)
  const wrong = planProblems([{ section: '--questions', start: '', minutes: 1, what: '', core: ids }], questions, 1)
  if (wrong.length || !ids.length)
    throw new Error(`--questions ${value}: ${wrong.join('; ') || 'no question named'}. Use core, all, or question ids separated by commas.`)
  return { ids, label: value === 'core' ? `the core plan's ${ids.length} questions (seminar/plan.ts)` : `${ids.length} chosen ${ids.length === 1 ? 'question' : 'questions'} (${ids.join(', ')})` }
}
