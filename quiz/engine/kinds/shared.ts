/**
 * Pieces several question kinds share: reading a response in the shape a kind expects, lettering, and the
 * suspend-data codec of option positions (counted in id order, so no display order can mislead it).
 *
 * Usage: `asList(r)`, `letter(0)` → "A", `encodePositions(q.options, ids)`
 */

import type { QuizOption, QuizQuestion, QuizResponse } from '../types'

/** A response as a list of ids (select-all, ordering); anything else gives an empty list. */
export const asList = (r: QuizResponse | undefined): string[] => (Array.isArray(r) ? r : [])
/** A response as item → target pairs (matching); anything else gives no pairs. */
export function asMap(r: QuizResponse | undefined): Record<string, string> {
  return r && typeof r === 'object' && !Array.isArray(r) ? r : {}
}
/** A response as the set of chosen option ids (single, true/false, select-all). */
export const asChosen = (r: QuizResponse | undefined): Set<string> => new Set(typeof r === 'string' ? [r] : asList(r))

/** A, B, C … for option letters on slides, phones, worksheets and the answer key. */
export function letter(index: number): string {
  return String.fromCharCode(65 + index)
}

/** The option's text, or its id when there is none. */
export const textOf = (q: QuizQuestion, id: string) => q.options.find(o => o.id === id)?.text ?? id
/** "B. Energy": the option as lettered on screen. */
export const lettered = (q: QuizQuestion, id: string) => `${letter(q.options.findIndex(o => o.id === id))}. ${textOf(q, id)}`

/** Ids in a fixed order that no display order changes. */
export const sortedIds = (items: readonly { id: string }[]) => items.map(x => x.id).sort()
const digit = (i: number) => (i >= 0 && i < 36 ? i.toString(36) : undefined)

/** Chosen or ordered ids as one base-36 digit each: their positions among the options in id order. */
export function encodePositions(options: readonly QuizOption[], ids: readonly string[]): string {
  const sorted = sortedIds(options)
  const digits = ids.map(id => digit(sorted.indexOf(id)))
  return digits.every(d => d !== undefined) ? digits.join('') : ''
}

/** The ids that `encodePositions` wrote, or undefined when a digit names no option. */
export function decodePositions(options: readonly QuizOption[], text: string): string[] | undefined {
  const sorted = sortedIds(options)
  const list = Array.from(text, c => sorted[Number.parseInt(c, 36)])
  return text && list.every((x): x is string => x !== undefined) ? list : undefined
}

/** The codec of the kinds whose response is a set or list of option ids (single choice, select-all, ordering). */
export const encodeChosen = (q: QuizQuestion, r: QuizResponse | undefined) => (r === undefined ? '' : encodePositions(q.options, [...asChosen(r)]))
export const decodeList = (q: QuizQuestion, text: string) => decodePositions(q.options, text)

/** For a pair of id lists (items and their targets), one digit per item in id order: its target's, or '-'. */
export function encodePairs(options: readonly QuizOption[], targets: readonly { id: string }[], pairs: Record<string, string>): string {
  const sortedTargets = sortedIds(targets)
  return sortedIds(options).map(id => digit(sortedTargets.indexOf(pairs[id] ?? '')) ?? '-').join('')
}

export function decodePairs(options: readonly QuizOption[], targets: readonly { id: string }[], text: string): Record<string, string> | undefined {
  const ids = sortedIds(options)
  if (!text || text.length !== ids.length)
    return undefined
  const sortedTargets = sortedIds(targets)
  const map: Record<string, string> = {}
  ids.forEach((id, i) => {
    const t = text[i] === '-' ? undefined : sortedTargets[Number.parseInt(text[i]!, 36)]
    if (t)
      map[id] = t
  })
  return map
}
