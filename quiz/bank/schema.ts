/**
 * The one schema every quiz section passes when the bank loads: shape and length bounds with
 * valibot, then the rules that span fields (ids, correct answers, quotes). Every message names
 * the file and the question id, e.g. `quiz/china.ts › china-obor: …`.
 *
 * Usage: `validateBank(files, { paragraphs, normalise, slides, wording: true })` throws `QuizDataError` listing every problem.
 * It runs at build (setup/preparser.ts) and in the bank test, never in the browser.
 */

import type { QuestionOf } from '../engine/kinds'
import type { QuestionType, QuizQuestion, QuizSection } from '../engine/types'
import * as v from 'valibot'
import { wordingProblems } from './wording'

export const LIMITS = {
  prompt: 200,
  option: 90,
  explanation: 240,
  source: 400,
  id: 48,
} as const

const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case'), v.maxLength(LIMITS.id))
const NO_ANGLE_BRACKETS = /^[^<>]*$/
const text = (max: number) => v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(max, `must be at most ${max} characters`), v.regex(NO_ANGLE_BRACKETS, 'must not contain HTML'))

const option = v.strictObject({ id, text: text(LIMITS.option), explanation: text(LIMITS.explanation) })
const base = {
  id,
  prompt: text(LIMITS.prompt),
  sources: v.pipe(
    v.array(v.strictObject({ paragraph: v.pipe(v.number(), v.integer(), v.minValue(1)), quote: text(LIMITS.source) })),
    v.minLength(1, 'needs at least one source passage'),
    v.maxLength(4, 'cites at most four passages'),
  ),
  slide: id,
  skill: v.picklist(['argument', 'recall'], 'skill must be "argument" or "recall"'),
}

const ONE_CORRECT = 'a single-choice question needs exactly one correct option id'

/** Each type's shape: a new question type does not compile until it has one (nor until it has its rules below). */
const SHAPES = {
  single: v.strictObject({ ...base, type: v.literal('single'), options: v.pipe(v.array(option), v.minLength(2), v.maxLength(6)), correct: v.pipe(v.string(ONE_CORRECT), v.nonEmpty(ONE_CORRECT)) }),
  multiple: v.strictObject({ ...base, type: v.literal('multiple'), options: v.pipe(v.array(option), v.minLength(2), v.maxLength(6)), correct: v.pipe(v.array(v.string()), v.minLength(1, 'needs at least one correct option')) }),
  truefalse: v.strictObject({ ...base, type: v.literal('truefalse'), options: v.pipe(v.array(option), v.minLength(2), v.maxLength(2)), correct: v.picklist(['true', 'false']) }),
  ordering: v.strictObject({ ...base, type: v.literal('ordering'), options: v.pipe(v.array(option), v.minLength(3), v.maxLength(6)), correct: v.array(v.string()) }),
  matching: v.strictObject({
    ...base,
    type: v.literal('matching'),
    options: v.pipe(v.array(option), v.minLength(2), v.maxLength(5)),
    targets: v.pipe(v.array(v.strictObject({ id, text: text(LIMITS.option) })), v.minLength(2), v.maxLength(4)),
    correct: v.record(v.string(), v.string()),
  }),
} satisfies { [T in QuestionType]: v.GenericSchema<unknown, QuestionOf<T>> }

const question = v.variant('type', Object.values(SHAPES))

const section = v.strictObject({
  id,
  title: text(LIMITS.prompt),
  questions: v.pipe(v.array(v.unknown()), v.minLength(1, 'needs at least one question')),
})

/** Thrown when quiz data is wrong; `problems` holds one line per mistake. */
export class QuizDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`Quiz data is invalid:\n${problems.map(p => `  - ${p}`).join('\n')}`)
    this.name = 'QuizDataError'
  }
}

export interface ValidateOptions {
  /**
   * The article's paragraphs (index 0 is paragraph 1), already normalised with `normalise`; when given,
   * every source quote must occur verbatim in the paragraph it names.
   */
  paragraphs?: readonly string[]
  /** Typography normaliser applied to each source quote before the look-up. */
  normalise?: (text: string) => string
  /** Route aliases that exist in the deck; when given, every `slide` must be one of them. */
  slides?: ReadonlySet<string>
  /** The house's wording rules (`./wording.ts`): on for the real bank, at build and in its test. */
  wording?: boolean
}

function duplicates(ids: string[]): string[] {
  return [...new Set(ids.filter((x, i) => ids.indexOf(x) !== i))]
}

/** Each type's rules that span its fields; messages without a prefix. */
const TYPE_RULES = {
  single: (q, unknown) => unknown([q.correct]).map(x => `correct id "${x}" is not an option`),
  truefalse: q => (q.options.map(o => o.id).join() !== 'true,false' ? ['true/false options must have ids "true" then "false"'] : []),
  multiple: (q, unknown) => [
    ...unknown(q.correct).map(x => `correct id "${x}" is not an option`),
    ...duplicates(q.correct).map(d => `correct id "${d}" is listed twice`),
  ],
  ordering: (q, unknown) => [
    ...unknown(q.correct).map(x => `correct id "${x}" is not an option`),
    ...(q.correct.length !== q.options.length || duplicates(q.correct).length ? ['the correct order must list every option exactly once'] : []),
  ],
  matching(q) {
    const out: string[] = []
    const optionIds = q.options.map(o => o.id)
    const targetIds = q.targets.map(t => t.id)
    for (const d of duplicates(targetIds)) out.push(`target id "${d}" is used twice`)
    for (const [from, to] of Object.entries(q.correct)) {
      if (!optionIds.includes(from))
        out.push(`correct id "${from}" is not an option`)
      if (!targetIds.includes(to))
        out.push(`correct target "${to}" is not a target`)
    }
    for (const x of optionIds.filter(x => !(x in q.correct))) out.push(`option "${x}" has no correct target`)
    return out
  },
} satisfies { [T in QuestionType]: (q: QuestionOf<T>, unknown: (ids: string[]) => string[]) => string[] }

function typeProblems(q: QuizQuestion, unknown: (ids: string[]) => string[]): string[] {
  return (TYPE_RULES[q.type] as (q: QuizQuestion, unknown: (ids: string[]) => string[]) => string[])(q, unknown)
}

/** Rules that span fields of one (structurally valid) question; returns messages without a prefix. */
export function questionProblems(q: QuizQuestion, opts: ValidateOptions = {}): string[] {
  const out: string[] = []
  const optionIds = q.options.map(o => o.id)
  for (const d of duplicates(optionIds)) out.push(`option id "${d}" is used twice`)
  const unknown = (ids: string[]) => ids.filter(x => !optionIds.includes(x))
  out.push(...typeProblems(q, unknown))
  if (opts.paragraphs) {
    for (const { paragraph, quote } of q.sources) {
      if (!opts.paragraphs[paragraph - 1]?.includes((opts.normalise ?? (s => s))(quote)))
        out.push(`source quote is not in paragraph ${paragraph} of the article: "${quote.slice(0, 60)}…"`)
    }
  }
  if (opts.slides && !opts.slides.has(q.slide))
    out.push(`slide "${q.slide}" is not a routeAlias in the deck`)
  if (opts.wording)
    out.push(...wordingProblems(q, opts.paragraphs?.join('\n')))
  return out
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  return v.getDotPath(issue) ?? ''
}

/**
 * Validates every section, keyed by file name (`quiz/china.ts`), and returns them typed.
 * Question ids must be unique across the whole bank. Throws `QuizDataError` on any problem.
 */
export function validateBank(files: Record<string, unknown>, opts: ValidateOptions = {}): QuizSection[] {
  const problems: string[] = []
  const sections: QuizSection[] = []
  const seen = new Map<string, string>()
  for (const [file, data] of Object.entries(files)) {
    const parsed = v.safeParse(section, data)
    if (!parsed.success) {
      for (const issue of parsed.issues) problems.push(`${file}: ${issuePath(issue) || 'section'} ${issue.message}`)
      continue
    }
    if (file !== `quiz/${parsed.output.id}.ts`)
      problems.push(`${file}: section id "${parsed.output.id}" must match the file name`)
    const questions: QuizQuestion[] = []
    parsed.output.questions.forEach((raw, index) => {
      const rawId = (raw as { id?: unknown })?.id
      const label = `${file} › ${typeof rawId === 'string' && rawId ? rawId : `question ${index + 1}`}`
      const q = v.safeParse(question, raw)
      if (!q.success) {
        for (const issue of q.issues) problems.push(`${label}: ${issuePath(issue) || 'question'} ${issue.message}`)
        return
      }
      const typed = q.output as QuizQuestion
      const earlier = seen.get(typed.id)
      if (earlier)
        problems.push(`${label}: duplicate question id (also in ${earlier})`)
      seen.set(typed.id, file)
      for (const p of questionProblems(typed, opts)) problems.push(`${label}: ${p}`)
      questions.push(typed)
    })
    sections.push({ ...parsed.output, questions })
  }
  if (problems.length)
    throw new QuizDataError(problems)
  return sections
}
