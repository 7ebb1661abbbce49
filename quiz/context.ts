import { defineQuiz } from './engine/types'

export default defineQuiz({
  id: 'context',
  title: 'Context and the key questions',
  questions: [
    {
      id: 'context-opportunities',
      type: 'single',
      skill: 'argument',
      prompt: 'In its opening sentence, what does the article say is opening up new opportunities for Russia and Japan to partner together?',
      options: [
        {
          id: 'security-shift',
          text: 'A regional security environment shifting as China grows dominant',
          explanation: 'Right: the shifting security environment of the Asia-Pacific, brought about by an increasingly dominant China, is opening up new opportunities.',
        },
        {
          id: 'slowdown',
          text: 'China’s economic slowdown, which sends both in search of new markets',
          explanation: 'Not so: the article does not mention a Chinese slowdown; it credits a security environment shifting as China grows dominant.',
        },
        {
          id: 'inward',
          text: 'An America turning inward after years of war',
          explanation: 'Not so: the opening sentence does not mention America; it credits a security environment shifting as China grows dominant.',
        },
        {
          id: 'ukraine',
          text: 'The Ukraine crisis, which cut Russia off from Europe',
          explanation: 'Not so: the article does not mention Ukraine; the opening credits a security environment shifting as China grows dominant.',
        },
      ],
      correct: 'security-shift',
      sources: [{ paragraph: 3, quote: 'The shifting security environment of the Asia-Pacific region, brought about by an increasingly dominant China, is opening up new opportunities for Russia and Japan to partner together.' }],
      slide: 'context-momentum',
    },
    {
      id: 'context-backdrop',
      type: 'single',
      skill: 'argument',
      prompt: 'The article’s second paragraph says a Russian-Japanese rapprochement appears to be gaining momentum. Against what backdrop does it set this?',
      options: [
        {
          id: 'rivalry',
          text: 'An evolving great power rivalry between Russia and China',
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
          explanation: 'Not so: the article says nothing about Japan’s trade with China; the backdrop it appears to give is a Russia-China rivalry.',
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
          text: 'Minister Ulyukayev’s talks in Tokyo on 19 July',
          explanation: 'Right: the article’s example of renewed economic and political engagement, the last round of talks.',
        },
        {
          id: 'sochi',
          text: 'Prime Minister Abe’s visit to Sochi in May',
          explanation: 'Right: the article calls it another signal of the attempt to reset their bilateral ties.',
        },
        {
          id: 'kishida',
          text: 'Foreign Minister Kishida’s talks in Moscow in April',
          explanation: 'Not so: the article does not mention this visit; its signals are the talks in Tokyo and the visit to Sochi.',
        },
        {
          id: 'vladivostok',
          text: 'Abe’s trip to the economic forum in Vladivostok',
          explanation: 'Not so: the article mentions no such trip; its signals are the talks in Tokyo and the visit to Sochi.',
        },
      ],
      correct: ['ulyukayev', 'sochi'],
      sources: [
        { paragraph: 4, quote: 'This is exemplified by their renewed economic and political engagement, with the last round of talks being held on July 19 during Russian Economic Development Minister Alexei Ulyukayev’s visit to Tokyo.' },
        { paragraph: 5, quote: 'The visit of Prime Minister Abe to Sochi back in May is another signal of the attempt to reset their bilateral ties.' },
      ],
      slide: 'context-timeline',
    },
    {
      id: 'context-stumbling-block',
      type: 'single',
      skill: 'recall',
      prompt: 'What does the article call the biggest stumbling block in normalizing ties between the two countries?',
      options: [
        {
          id: 'kurils',
          text: 'The Southern Kuril Islands boundary dispute',
          explanation: 'Right: the article calls the dispute a festering issue and the biggest stumbling block in normalizing ties.',
        },
        {
          id: 'treaty',
          text: 'The absence of a Second World War peace treaty',
          explanation: 'Not so: the article gives the missing treaty as the reason the two technically remain at war, not as the biggest stumbling block.',
        },
        {
          id: 'sanctions',
          text: 'Tokyo’s support for Washington’s sanctions against Moscow',
          explanation: 'Not so: the article names them as part of the backdrop to the talks, not as the biggest stumbling block.',
        },
        {
          id: 'alliance',
          text: 'Japan’s military alliance with the United States',
          explanation: 'Not so: the article calls the US tie the cornerstone of Japan’s security policy, not the stumbling block to normal ties with Russia.',
        },
      ],
      correct: 'kurils',
      sources: [{ paragraph: 5, quote: 'The agenda involved a “new approach” to resolve the Southern Kuril Islands boundary dispute that remains a festering issue and the biggest stumbling block in normalizing ties between the two countries.' }],
      slide: 'context-kurils',
    },
    {
      id: 'context-treaty-hope',
      type: 'truefalse',
      skill: 'argument',
      prompt: 'True or false: the article suggests the Sochi “new approach” might even lead to a peace treaty by the end of the year.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Not so: the new approach seems to have created a positive sentiment, and can even result in a reciprocal visit by Putin at the end of the year; no treaty.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Right: what it seems to have created is a positive sentiment, which can even result in a landmark reciprocal visit by Putin, not a treaty.',
        },
      ],
      correct: 'false',
      sources: [{ paragraph: 6, quote: 'Against this backdrop, the “new approach” seems to have created a positive sentiment in their bilateral discussions. It can even result in a landmark reciprocal visit by Russian President Vladimir Putin at the end of this year.' }],
      slide: 'context-timeline',
    },
    {
      id: 'context-key-questions',
      type: 'single',
      skill: 'recall',
      prompt: 'The article’s first key question asks what the interests of Russia and Japan are in doing what?',
      options: [
        {
          id: 'recalibrating',
          text: 'Recalibrating their approach towards each other',
          explanation: 'Right: the first key question asks about their interests in recalibrating their approach towards each other.',
        },
        {
          id: 'containing',
          text: 'Containing the rise of China in their neighbourhood',
          explanation: 'Not so: China runs through the answer, but the question itself asks about recalibrating their approach towards each other.',
        },
        {
          id: 'settling',
          text: 'Ending their territorial quarrel for good',
          explanation: 'Not so: the question asks about recalibrating their approach towards each other; the boundary comes up in the answer.',
        },
        {
          id: 'reviving',
          text: 'Reviving the trade that has slumped since 2014',
          explanation: 'Not so: the question asks about their interests in recalibrating their approach towards each other, not about trade.',
        },
      ],
      correct: 'recalibrating',
      sources: [{ paragraph: 7, quote: 'What are the interests of Russia and Japan in recalibrating their approach towards each other? And what are the limits of their rapprochement?' }],
      slide: 'key-questions',
    },
  ],
})
