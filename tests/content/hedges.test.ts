// The article is a tentative opinion piece. Every sentence on a slide, in the notes or in the timeline that
// paraphrases one of its hedged passages keeps the hedge, and the distortions found in review stay fixed.
// Its ending is conditional ("unlikely soon, possible if…"), and the deck's conclusion ends the same way.

import { describe, expect, it } from 'vitest'
import { normaliseTypography } from '../../content/article'
import { timeline } from '../../content/timeline'
import { deckFiles } from '../fixtures/deck'
import { slides } from './slides'

/** A passage of the article, how to spot a sentence that paraphrases it, and the hedge it must keep. */
interface Hedge { passage: string, paraphrase: RegExp, keeps: RegExp }

const HEDGES: Hedge[] = [
  { passage: '¶4 a rapprochement appears to be gaining momentum', paraphrase: /gaining momentum/, keeps: /appears? to be gaining/ },
  { passage: '¶9 the common denominator appears to be… a dominant China', paraphrase: /common denominator/, keeps: /appears? to be/ },
  { passage: '¶10 Moscow has been compelled to seek an entente', paraphrase: /\b(seek|seeks|sought|seeking|into an entente)\b.+\bentente\b|\binto an entente\b/, keeps: /compelled/ },
  { passage: '¶10 engagement with Japan… may provide… some breathing space', paraphrase: /breathing space/, keeps: /\bmay\b/ },
  { passage: '¶12 the Kremlin has also agreed to sell… S-400… SU-35', paraphrase: /s-400|su-35/, keeps: /agreed to sell/ },
  { passage: '¶14 it is perhaps no coincidence that Abe has sought to re-engage Putin', paraphrase: /re-engage/, keeps: /perhaps no coincidence.*sought to re-engage|sought to re-engage.*perhaps no coincidence/ },
  { passage: '¶16 the broad contours… appear to be taking shape', paraphrase: /taking shape/, keeps: /appears? to be taking shape/ },
  { passage: '¶21 Russia has also been receptive to Japan’s Central Asian overtures', paraphrase: /overtures/, keeps: /receptive/ },
  { passage: '¶23 perhaps it is even prudent that Abe plays a deft role', paraphrase: /deft role/, keeps: /perhaps|prudent/ },
  { passage: '¶26 this will likely bury Japanese hopes', paraphrase: /hopes of a speedy|\bbury\b/, keeps: /likely/ },
  { passage: '¶28 a rapprochement can take wings if', paraphrase: /take wings|take off/, keeps: /can take wings if/ },
  { passage: '¶28 … if Abe and Putin believe that the trade-offs are worth leveraging (a condition)', paraphrase: /trade-offs?/, keeps: /\bif\b|\bwhether\b|condition/ },
  { passage: '¶9 likely to… have a profound impact on the regional strategic balance', paraphrase: /profound impact/, keeps: /likely/ },
  { passage: '¶10 engagement with Japan and other regional countries may provide… breathing space', paraphrase: /(?=.*breathing space)(?=.*\bjapan\b)/, keeps: /other regional countries/ },
  { passage: '¶16 build on the goodwill to resolve the boundary dispute', paraphrase: /goodwill/, keeps: /build on the goodwill/ },
  { passage: '¶23 these optics would not have been lost in the Kremlin either (a supposition)', paraphrase: /(?<![\w-])optics\b/, keeps: /would not have been lost|suppos/ },
  { passage: '¶24 several roadblocks remain (three is this deck’s grouping)', paraphrase: /\bthree\b.+roadblocks|roadblocks.+\bthree\b/, keeps: /this deck|group/ },
  { passage: '¶29 originally published in the Russia Direct', paraphrase: /published.*russia direct|russia direct.*published/, keeps: /originally published in russia direct/ },
]

/** Wordings that review found unsupported or distorted; none may come back. */
const DISTORTIONS: [RegExp, string][] = [
  [/joint naval|joint sailing/, 'the article never says the navies sailed jointly (¶12)'],
  [/abe'?s "?new approach/, 'the article does not say whose "new approach" it was (¶5)'],
  [/first two reasons are about what china has not delivered/, 'the second reason is too much China, not too little (¶18)'],
  [/\babe may play a deft role/, 'the article gives advice ("perhaps it is even prudent"), not a forecast (¶23)'],
  [/escape its dependence/, 'the article says engaging Japan "may provide… some breathing space" (¶10)'],
  [/japan offers moscow/, 'the article says Japan and other regional countries may provide breathing space (¶10)'],
  [/on unequal terms/, 'the article contrasts the unequal dynamics of their two engagements with China (¶9)'],
  [/rather than a military threat/, 'the article says only "highly symbolic" (¶12)'],
  [/\bonly if\b/, 'the article says "can take wings if" (¶28)'],
  [/\bwelcomed\b/, 'the article says "receptive" (¶21)'],
  [/russia'?s sale\b/, 'the article says the Kremlin "has also agreed to sell" (¶12)'],
  [/(named|lists?|gives) three roadblocks/, 'the article says "several roadblocks remain" (¶24)'],
  [/\b(have|has|need|needs|must) to (judge|believe|find|see|agree)\b/, 'the article says a rapprochement "can take wings if" both believe the trade-offs worth leveraging (¶28): a condition, not a requirement'],
  [/\bbuild goodwill\b/, 'the article says "build on the goodwill" (¶16)'],
  [/\ba tense june\b|sailed together/, 'the article says only that the navies sailed in the disputed waters, "a highly symbolic move" (¶12)'],
  [/the more so since/, 'the article adds Japan\'s other territorial problems with "Notably" (¶20) and draws no cause'],
  [/rivalry is why russia|entente is why japan/, 'Russia\'s reason is the lopsided entente and the risk of being restricted to China (¶10-11); Japan\'s is an assertive Beijing (¶12)'],
  [/entente can also limit/, 'the article says "the Russian-Chinese entente can limit the Moscow-Tokyo rapprochement" (¶26), with no "also"'],
  [/not a new alliance/, 'no alliance is raised in ¶14'],
  [/(moscow|kremlin|russia),? too,? (sees|knows|has seen)/, 'the article supposes that these optics "would not have been lost in the Kremlin either" (¶23); it does not report what Moscow sees'],
]

/** Sentences and list items: lines split at sentence ends, typography normalised, lower case. */
function sentencesOf(text: string): string[] {
  return text.split('\n').flatMap(line => line.split(/(?<=[.!?])\s+(?=["“A-Z])/)).map(s => normaliseTypography(s.replace(/<[^>]+>/g, ' ')).toLowerCase()).filter(s => /[a-z]{3}/.test(s))
}

const sentences = [
  ...deckFiles().flatMap(([file, text]) => sentencesOf(text).map(s => [file, s] as const)),
  ...timeline.flatMap(e => sentencesOf(e.text).map(s => ['content/timeline.ts', s] as const)),
]

function breaches(list: (readonly [string, string])[], hedge: Hedge) {
  return list.filter(([, s]) => hedge.paraphrase.test(s) && !hedge.keeps.test(s)).map(([file, s]) => `${file}: ${s}`)
}

describe('sentences that paraphrase a hedged passage of the article', () => {
  it.each(HEDGES.map(h => [h.passage, h] as const))('keep the hedge of %s', (_passage, hedge) => {
    expect(sentences.filter(([, s]) => hedge.paraphrase.test(s)).length, 'no sentence paraphrases it: is the pattern stale?').toBeGreaterThan(0)
    expect(breaches(sentences, hedge)).toEqual([])
  })

  it('would catch the dropped hedges that review found', () => {
    const old = [
      'A rapprochement gaining momentum',
      'A dominant China gives Russia and Japan a common denominator',
      'An entente to tide over its confrontation with the West: Russia sought an entente with Beijing.',
      'Japan offers Moscow breathing space and another pillar for its pivot to Asia.',
      'Abe re-engaged Putin during the final months of Obama’s tenure, which gives him some leeway',
      'That would end Japan’s hopes of settling the boundary quickly, and would bury hopes of a speedy demarcation.',
      'The article named three roadblocks:',
      'Russia Direct published the article on 23 July 2016.',
      'Both leaders have to judge the trade-offs worth it',
      'A profound impact on the regional strategic balance',
      'To sum up: for Russia, first of all the breathing space from a lopsided entente with China that engaging Japan may provide.',
      'A web of partnerships meant to anchor the relationship and build goodwill for the boundary dispute.',
      'The Kremlin sees these optics too.',
    ].flatMap(s => sentencesOf(s).map(x => ['old', x] as const))
    const caught = HEDGES.filter(h => breaches(old, h).length > 0).map(h => h.passage)
    expect(caught).toHaveLength(13)
  })
})

describe('wordings that review found unsupported or distorted', () => {
  it.each(DISTORTIONS.map(([pattern, why]) => [why, pattern] as const))('stay out of the deck: %s', (_why, pattern) => {
    expect(sentences.filter(([, s]) => pattern.test(s)).map(([file, s]) => `${file}: ${s}`)).toEqual([])
  })

  it('would catch the old wordings', () => {
    const old = [
      'the joint naval sailing near the Senkakus',
      'Abe’s “new approach” seeks to resolve the dispute',
      'why would it count as a highly symbolic move rather than a military threat?',
      'Both leaders have to judge the trade-offs worth it',
      'a web of partnerships meant to anchor the relationship and build goodwill for the boundary dispute',
      'through a tense June (Russian and Chinese navies in the disputed waters)',
      'Abe’s domestic legacy, the more so since Japan’s territorial problems with other neighbours are far more contentious',
      'Keep both sides in mind: the rivalry is why Russia may want Japan, and the entente is why Japan is wary.',
      'The Russian-Chinese entente can also limit the Moscow-Tokyo rapprochement',
      'Options, not a new alliance',
      'These optics would not have been lost in the Kremlin either: Moscow, too, sees China as the winner.',
    ]
    expect(old.flatMap(sentencesOf).filter(s => DISTORTIONS.some(([p]) => p.test(s)))).toHaveLength(11)
  })
})

describe('the deck\'s conclusion', () => {
  const conclusion = slides().filter(s => s.alias?.startsWith('conclusion'))
  const said = normaliseTypography(conclusion.map(s => `${s.body}\n${s.note}`).join('\n')).toLowerCase()
  const slideText = normaliseTypography(conclusion.map(s => s.body).join('\n')).toLowerCase()

  it('is there: the answers, the outlook and China\'s two roles', () => {
    expect(conclusion.map(s => s.alias)).toEqual(['conclusion', 'conclusion-outlook', 'conclusion-china'])
  })

  it.each([
    ['no breakthrough in the near future (¶23)', /unlikely[^.]*near future/],
    ['the leaders\' central position might enable a middle ground (¶27)', /central position[^.]*might enable/],
    ['a rapprochement can take wings if both believe the trade-offs worth leveraging (¶28)', /can take wings if[^.]*trade-offs are worth leveraging/],
    ['China as the common denominator, hedged (¶9)', /common denominator appears to be/],
    ['China as a limit: the entente can limit the rapprochement (¶26)', /entente can limit the moscow-tokyo rapprochement/],
  ])('shows on its slides, as the article ends: %s', (_what, pattern) => {
    expect(slideText).toMatch(pattern)
  })

  it('never closes the door the article leaves open', () => {
    expect(said).not.toMatch(/but the limits are strong|no rapprochement|will not happen|cannot happen/)
  })
})
