import { defineQuiz } from './engine/types'

export default defineQuiz({
  id: 'context',
  title: 'Context and the key questions',
  questions: [
    {
      id: 'context-backdrop',
      type: 'truefalse',
      skill: 'argument',
      prompt: 'True or false: the article sets the new momentum in Russian-Japanese ties against a contest for influence between Moscow and Beijing.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Right: the rapprochement appears to gain momentum amidst an evolving great power rivalry between Russia and China, from Eurasia to the Asia-Pacific.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Not so: the article sets it amidst an evolving great power rivalry between Russia and China; the entente it describes comes later.',
        },
      ],
      correct: 'true',
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
      id: 'context-kurils',
      type: 'multiple',
      skill: 'recall',
      prompt: 'Which of these does the article say about the Southern Kuril Islands dispute?',
      options: [
        {
          id: 'festering',
          text: 'The dispute still festers',
          explanation: 'Right: the article calls the boundary dispute over the Southern Kuril Islands a festering issue.',
        },
        {
          id: 'stumbling',
          text: 'It is the main obstacle to normal ties',
          explanation: 'Right: it is, the article says, the biggest stumbling block in normalizing ties between the two countries.',
        },
        {
          id: 'new-approach',
          text: 'It is the target of a “new approach”',
          explanation: 'Right: the agenda of Abe’s visit to Sochi in May involved a “new approach” to resolve the boundary dispute.',
        },
        {
          id: 'treaty',
          text: 'It is the reason no peace treaty was ever signed',
          explanation: 'Not so: with no peace treaty, the article says, the two technically remain at war; it does not blame the dispute for the missing treaty.',
        },
        {
          id: 'four-islands',
          text: 'Tokyo still claims the four islands',
          explanation: 'Not so: the article sets out neither side’s claim and does not count the islands.',
        },
      ],
      correct: ['festering', 'stumbling', 'new-approach'],
      sources: [{ paragraph: 5, quote: 'a “new approach” to resolve the Southern Kuril Islands boundary dispute that remains a festering issue and the biggest stumbling block in normalizing ties between the two countries.' }],
      slide: 'context-kurils',
    },
    {
      id: 'context-putin-visit',
      type: 'truefalse',
      skill: 'argument',
      prompt: 'True or false: the article reports that Putin has agreed to pay Japan a return visit at the end of this year.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Not so: the article reports no agreement; it says the “new approach” can even result in a landmark reciprocal visit by Putin at the end of the year.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Right: no visit is agreed in the article; the new approach seems to have created a positive sentiment, and can even result in one.',
        },
      ],
      correct: 'false',
      sources: [{ paragraph: 6, quote: 'Against this backdrop, the “new approach” seems to have created a positive sentiment in their bilateral discussions. It can even result in a landmark reciprocal visit by Russian President Vladimir Putin at the end of this year.' }],
      slide: 'context-timeline',
    },
  ],
})
