import { describe, expect, it } from 'vitest'
import { quizBank } from '../../../quiz/bank'
import { notesWithAnswerKey } from '../../../quiz/bank/answerKey'
import { describeSolution, isVotable } from '../../../quiz/engine/scoring'

const questions = quizBank.flatMap(s => s.questions)
const find = (id: string) => questions.find(q => q.id === id)!
const handNotes = 'Typical wrong answer: the obvious one.\n\nDiscussion prompt: why?\n\nFrom the article: paragraph 4.'

describe('a quiz slide\'s speaker notes', () => {
  it.each(questions.map(q => [q.id]))('for %s put the key first, then the presenter\'s own notes, then why', (id) => {
    const q = find(id)
    const notes = notesWithAnswerKey(handNotes, { layout: 'quiz', quiz: id }, find)!
    const at = (s: string) => notes.indexOf(s)
    expect(notes.startsWith(`**Answer key:** ${describeSolution(q)}`)).toBe(true)
    expect(at('Press → (next)')).toBeGreaterThan(0)
    // What → does in a seminar: the four steps on a question the room votes on, a discussion on the others.
    expect(notes).toContain(isVotable(q) ? '→ steps round 1, Discuss, round 2, the reveal' : 'phones do not vote on it')
    expect(at('Press → (next)')).toBeLessThan(at('Typical wrong answer'))
    expect(at('Typical wrong answer')).toBeLessThan(at('Discussion prompt'))
    expect(at('Discussion prompt')).toBeLessThan(at('Source, paragraph'))
    for (const s of q.sources) expect(notes).toContain(`Source, paragraph ${s.paragraph}:`)
  })

  it('still carry the key when the slide has no notes of its own', () => {
    const q = questions[0]!
    const notes = notesWithAnswerKey(undefined, { layout: 'quiz', quiz: q.id }, find)!
    expect(notes.startsWith('**Answer key:**')).toBe(true)
    expect(notes).not.toContain('undefined')
  })

  it('leave every other slide\'s notes as they are', () => {
    expect(notesWithAnswerKey(handNotes, { layout: 'default' }, find)).toBe(handNotes)
    expect(notesWithAnswerKey(undefined, { layout: 'default' }, find)).toBeUndefined()
  })
})
