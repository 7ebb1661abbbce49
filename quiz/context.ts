import { defineQuiz } from './engine/types'

export default defineQuiz({
  id: 'context',
  title: 'Context and the key questions',
  questions: [
    {
      id: 'context-new-opportunities',
      type: 'single',
      prompt: 'According to the article, what is opening up new opportunities for Russia and Japan to partner?',
      options: [
        {
          id: 'china-shift',
          text: 'A shifting Asia-Pacific security environment shaped by a dominant China',
          explanation: 'Right. The article opens by tying the new opportunities to a changing regional security environment brought about by an increasingly dominant China.',
        },
        {
          id: 'sanctions-end',
          text: 'The end of Western sanctions on Russia',
          explanation: 'No. The sanctions over Crimea are still in place, and Tokyo still supports them.',
        },
        {
          id: 'kuril-deal',
          text: 'A settlement of the Kuril dispute reached in Sochi',
          explanation: 'No. Sochi brought a “new approach” to the dispute, but the article calls the dispute a festering issue that remains unresolved.',
        },
        {
          id: 'peace-treaty',
          text: 'A Second World War peace treaty signed in 2016',
          explanation: 'No. There is still no peace treaty, which is why the two countries are technically still at war.',
        },
      ],
      correct: 'china-shift',
      sources: [{ paragraph: 3, quote: 'The shifting security environment of the Asia-Pacific region, brought about by an increasingly dominant China, is opening up new opportunities for Russia and Japan to partner together.' }],
      slide: 'context-momentum',
    },
    {
      id: 'context-events-meaning',
      type: 'matching',
      prompt: 'Match each fact from the opening of the article with what it means for Russia-Japan relations.',
      options: [
        {
          id: 'sochi',
          text: 'Abe’s visit to Sochi in May',
          explanation: 'The Sochi agenda involved a “new approach” to resolving the Southern Kuril Islands dispute, a signal of the attempt to reset ties.',
        },
        {
          id: 'ulyukayev',
          text: 'Ulyukayev’s visit to Tokyo on 19 July',
          explanation: 'The Economic Development Minister’s visit hosted the latest round of talks, an example of renewed economic and political engagement.',
        },
        {
          id: 'crimea',
          text: 'The incorporation of Crimea in 2014',
          explanation: 'Washington imposed sanctions in response, and Tokyo still supports them: part of the difficult backdrop to the reset.',
        },
        {
          id: 'no-treaty',
          text: 'No Second World War peace treaty',
          explanation: 'Because no peace treaty was ever signed, Russia and Japan technically remain at war.',
        },
      ],
      targets: [
        { id: 'new-approach', text: 'A “new approach” to the Kuril dispute' },
        { id: 'talks', text: 'The latest round of economic and political talks' },
        { id: 'sanctions', text: 'Sanctions that Tokyo still supports' },
        { id: 'at-war', text: 'The two are technically still at war' },
      ],
      correct: {
        'sochi': 'new-approach',
        'ulyukayev': 'talks',
        'crimea': 'sanctions',
        'no-treaty': 'at-war',
      },
      sources: [{ paragraph: 6, quote: 'Technically, Russia and Japan still remain at war due to the absence of a Second World War Peace Treaty and Tokyo still supports Washington’s sanctions against Moscow in response to the incorporation of Crimea in 2014.' }],
      slide: 'context-timeline',
    },
    {
      id: 'context-kurils-stumbling-block',
      type: 'truefalse',
      prompt: 'True or false: the article calls the Southern Kuril Islands boundary dispute the biggest stumbling block to normalizing Russia-Japan ties.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Correct. The article describes the dispute as a festering issue and the biggest stumbling block in normalizing ties.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Not so. The article names the Southern Kuril Islands dispute as the biggest stumbling block; the Sochi “new approach” was meant to resolve it.',
        },
      ],
      correct: 'true',
      sources: [{ paragraph: 5, quote: 'The agenda involved a “new approach” to resolve the Southern Kuril Islands boundary dispute that remains a festering issue and the biggest stumbling block in normalizing ties between the two countries.' }],
      slide: 'context-kurils',
    },
    {
      id: 'context-timeline-order',
      type: 'ordering',
      prompt: 'Put these events in the order in which they happened or were expected, earliest first.',
      options: [
        {
          id: 'putin-visit',
          text: 'Possible reciprocal visit by Putin (end of 2016)',
          explanation: 'Last. The article says the “new approach” could even lead to a landmark reciprocal visit by Putin at the end of the year.',
        },
        {
          id: 'sochi',
          text: 'Abe visits Sochi (May 2016)',
          explanation: 'Second. Abe’s visit to Sochi in May put the “new approach” to the Kuril dispute on the agenda.',
        },
        {
          id: 'crimea',
          text: 'Crimea incorporated; sanctions follow (2014)',
          explanation: 'First. The sanctions that Tokyo still supports were a response to the incorporation of Crimea in 2014.',
        },
        {
          id: 'ulyukayev',
          text: 'Ulyukayev’s talks in Tokyo (19 July 2016)',
          explanation: 'Third. The article calls this the last round of talks, held a few days before it was published.',
        },
      ],
      correct: ['crimea', 'sochi', 'ulyukayev', 'putin-visit'],
      sources: [{ paragraph: 4, quote: 'This is exemplified by their renewed economic and political engagement, with the last round of talks being held on July 19 during Russian Economic Development Minister Alexei Ulyukayev’s visit to Tokyo.' }],
      slide: 'context-timeline',
    },
    {
      id: 'context-key-questions',
      type: 'multiple',
      prompt: 'Which key questions does the article set out to answer? Select all that apply.',
      options: [
        {
          id: 'interests',
          text: 'What interests do Russia and Japan have in recalibrating their approach?',
          explanation: 'Right. This is the first key question, answered in the sections on China and the contours of the rapprochement.',
        },
        {
          id: 'limits',
          text: 'What are the limits of their rapprochement?',
          explanation: 'Right. This is the second key question, answered in the section on the limits of the reconciliation.',
        },
        {
          id: 'ownership',
          text: 'Who legally owns the Southern Kuril Islands?',
          explanation: 'No. The article does not try to settle ownership; it treats the dispute as an obstacle that will need compromises.',
        },
        {
          id: 'alliance',
          text: 'Should Russia and Japan form an alliance against China?',
          explanation: 'No. China is the common denominator behind their interests, but the article never proposes an alliance against it.',
        },
      ],
      correct: ['interests', 'limits'],
      sources: [{ paragraph: 7, quote: 'What are the interests of Russia and Japan in recalibrating their approach towards each other? And what are the limits of their rapprochement?' }],
      slide: 'key-questions',
    },
  ],
})
