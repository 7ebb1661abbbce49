import { defineQuiz } from './engine/types'

export default defineQuiz({
  id: 'context',
  title: 'Context and the key questions',
  questions: [
    {
      id: 'context-backdrop',
      type: 'single',
      skill: 'argument',
      prompt: 'The article says a Russian-Japanese rapprochement appears to be gaining momentum. Against what backdrop does it set this?',
      options: [
        {
          id: 'rivalry',
          text: 'A contest for influence between Moscow and Beijing',
          explanation: 'Right: the rapprochement appears to gain momentum amidst an evolving great power rivalry between Russia and China, from Eurasia to the Asia-Pacific.',
        },
        {
          id: 'partnership',
          text: 'A deepening strategic partnership between Moscow and Beijing',
          explanation: 'Not so: the article does describe an entente later, but it sets the rapprochement amidst a rivalry between Russia and China.',
        },
        {
          id: 'korea',
          text: 'Mounting tension over North Korea’s nuclear and missile tests',
          explanation: 'Not so: the article mentions the Korean crisis only later, as one area of potential cooperation, not as the backdrop.',
        },
        {
          id: 'trade',
          text: 'A slump in Japan’s trade with China',
          explanation: 'Not so: the article says nothing about Japan’s trade with China; the backdrop it gives is a Russia-China rivalry.',
        },
      ],
      correct: 'rivalry',
      sources: [{ paragraph: 4, quote: 'Amidst an evolving great power rivalry between Russia and China stretching from Eurasia to the Asia-Pacific, a Russian-Japanese rapprochement appears to be gaining momentum.' }],
      slide: 'context-momentum',
    },
    {
      id: 'context-signals',
      type: 'multiple',
      skill: 'recall',
      prompt: 'Which of these does the article give as signs of the attempt to reset Russian-Japanese ties?',
      options: [
        {
          id: 'ulyukayev',
          text: 'Economic Development Minister Ulyukayev’s talks in Tokyo',
          explanation: 'Right: the rapprochement appears to be gaining momentum, as this last round of talks, on 19 July, exemplifies.',
        },
        {
          id: 'sochi',
          text: 'Prime Minister Abe’s visit to Sochi',
          explanation: 'Right: the article calls the visit, in May, another signal of the attempt to reset their bilateral ties.',
        },
        {
          id: 'kishida',
          text: 'Foreign Minister Kishida’s talks in Moscow',
          explanation: 'Not so: the article does not mention this visit.',
        },
        {
          id: 'antalya',
          text: 'Abe’s talks with Putin at the G20 summit in Antalya',
          explanation: 'Not so: the article mentions no such meeting.',
        },
      ],
      correct: ['ulyukayev', 'sochi'],
      sources: [
        { paragraph: 4, quote: 'a Russian-Japanese rapprochement appears to be gaining momentum. This is exemplified by their renewed economic and political engagement, with the last round of talks being held on July 19 during Russian Economic Development Minister Alexei Ulyukayev’s visit to Tokyo.' },
        { paragraph: 5, quote: 'The visit of Prime Minister Abe to Sochi back in May is another signal of the attempt to reset their bilateral ties.' },
      ],
      slide: 'context-timeline',
    },
    {
      id: 'context-new-approach',
      type: 'single',
      skill: 'recall',
      prompt: 'What was the “new approach” on the agenda meant to resolve, according to the article?',
      options: [
        {
          id: 'kurils',
          text: 'The quarrel over who owns the southern Kurils',
          explanation: 'Right: a “new approach” to resolve the boundary dispute, which the article calls a festering issue and the biggest stumbling block.',
        },
        {
          id: 'treaty',
          text: 'The long deadlock over a peace treaty',
          explanation: 'Not so: the article notes that there is still no peace treaty, but it says the new approach was to resolve the boundary dispute.',
        },
        {
          id: 'sanctions',
          text: 'Japan’s part in the Western sanctions on Russia',
          explanation: 'Not so: Tokyo still supports Washington’s sanctions, the article says; the new approach was to resolve the boundary dispute.',
        },
        {
          id: 'projects',
          text: 'The stalled Japanese projects in Russia’s Far East',
          explanation: 'Not so: the article does not mention stalled projects; the new approach was to resolve the boundary dispute.',
        },
      ],
      correct: 'kurils',
      sources: [{ paragraph: 5, quote: 'The agenda involved a “new approach” to resolve the Southern Kuril Islands boundary dispute that remains a festering issue and the biggest stumbling block in normalizing ties between the two countries.' }],
      slide: 'context-kurils',
    },
    {
      id: 'context-at-war',
      type: 'truefalse',
      skill: 'recall',
      prompt: 'True or false: the article says Russia and Japan, technically, still remain at war.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Right: technically, the article says, they still remain at war, due to the absence of a Second World War peace treaty.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Not so: the article says that, technically, Russia and Japan still remain at war, due to the absence of a Second World War peace treaty.',
        },
      ],
      correct: 'true',
      sources: [{ paragraph: 6, quote: 'Technically, Russia and Japan still remain at war due to the absence of a Second World War Peace Treaty and Tokyo still supports Washington’s sanctions against Moscow in response to the incorporation of Crimea in 2014.' }],
      slide: 'context-timeline',
    },
  ],
})
