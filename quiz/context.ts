import { defineQuiz } from './engine/types'

export default defineQuiz({
  id: 'context',
  title: 'Context and the key questions',
  questions: [
    {
      id: 'context-new-opportunities',
      type: 'single',
      prompt: 'According to the article’s opening sentence, what is opening up new opportunities for Russia and Japan to partner?',
      options: [
        {
          id: 'china-shift',
          text: 'A shifting security environment shaped by a dominant China',
          explanation: 'Right: the opening ties the new opportunities to a shifting Asia-Pacific security environment, brought about by an increasingly dominant China.',
        },
        {
          id: 'blueprint',
          text: 'Abe’s ‘eight point’ development blueprint',
          explanation: 'Not so: the blueprint comes later, as a plan that seems to have struck a chord with Putin; the opening credits the changing security environment.',
        },
        {
          id: 'pivot',
          text: 'Russia’s pivot towards Asia',
          explanation: 'Not so: the pivot comes later, as something engaging Japan may add pillars to; the opening credits a security environment shaped by China.',
        },
        {
          id: 'energy',
          text: 'Japan’s need for energy from beyond the volatile Middle East',
          explanation: 'Not so: energy is one area of cooperation later in the article; the opening credits a security environment shaped by China.',
        },
      ],
      correct: 'china-shift',
      sources: [{ paragraph: 3, quote: 'The shifting security environment of the Asia-Pacific region, brought about by an increasingly dominant China, is opening up new opportunities for Russia and Japan to partner together.' }],
      slide: 'context-momentum',
    },
    {
      id: 'context-signals',
      type: 'matching',
      prompt: 'Sort these items from the article’s opening: a thaw, or an obstacle?',
      options: [
        {
          id: 'ulyukayev',
          text: 'Ulyukayev’s talks in Tokyo on 19 July',
          explanation: 'Warming: renewed engagement.',
        },
        {
          id: 'sochi',
          text: 'Abe’s visit to Sochi in May',
          explanation: 'Warming: another signal of a reset.',
        },
        {
          id: 'sanctions',
          text: 'Tokyo’s stance on the Crimea sanctions',
          explanation: 'Obstacle: Tokyo still supports them.',
        },
        {
          id: 'treaty',
          text: 'No Second World War peace treaty',
          explanation: 'Obstacle: technically, still at war.',
        },
      ],
      targets: [
        { id: 'warming', text: 'A sign that ties are warming' },
        { id: 'dividing', text: 'An obstacle still in place' },
      ],
      correct: {
        ulyukayev: 'warming',
        sochi: 'warming',
        sanctions: 'dividing',
        treaty: 'dividing',
      },
      sources: [
        { paragraph: 4, quote: 'renewed economic and political engagement, with the last round of talks being held on July 19 during Russian Economic Development Minister Alexei Ulyukayev’s visit to Tokyo' },
        { paragraph: 5, quote: 'The visit of Prime Minister Abe to Sochi back in May is another signal' },
        { paragraph: 6, quote: 'Technically, Russia and Japan still remain at war due to the absence of a Second World War Peace Treaty and Tokyo still supports Washington’s sanctions against Moscow' },
      ],
      slide: 'context-timeline',
    },
    {
      id: 'context-positive-sentiment',
      type: 'truefalse',
      prompt: 'True or false: in the article, the Sochi “new approach” appears to have lifted the mood of the talks even though the two are technically still at war and the sanctions persist.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Right: against a backdrop of no peace treaty and Tokyo’s support for the sanctions, the “new approach” seems to have created a positive sentiment.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Not so: the article says that, against this backdrop of no peace treaty and sanctions, the “new approach” seems to have created a positive sentiment.',
        },
      ],
      correct: 'true',
      sources: [{ paragraph: 6, quote: 'Technically, Russia and Japan still remain at war due to the absence of a Second World War Peace Treaty and Tokyo still supports Washington’s sanctions against Moscow in response to the incorporation of Crimea in 2014. Against this backdrop, the “new approach” seems to have created a positive sentiment in their bilateral discussions.' }],
      slide: 'context-kurils',
    },
    {
      id: 'context-key-questions',
      type: 'multiple',
      prompt: 'Which key questions does the article set out to answer?',
      options: [
        {
          id: 'interests',
          text: 'What interests do Russia and Japan have in recalibrating their approach?',
          explanation: 'Right: this is the first key question; the sections on China and on the contours of the rapprochement answer it.',
        },
        {
          id: 'limits',
          text: 'What are the limits of their rapprochement?',
          explanation: 'Right: this is the second key question; the section on the limits of the reconciliation answers it.',
        },
        {
          id: 'ownership',
          text: 'Who legally owns the Southern Kuril Islands?',
          explanation: 'Not so: the article does not try to settle ownership; it treats the dispute as an obstacle that will involve compromises.',
        },
        {
          id: 'bloc',
          text: 'Should Russia and Japan form an alliance against China?',
          explanation: 'Not so: China is the common denominator behind their interests, but the article never proposes an alliance against it.',
        },
      ],
      correct: ['interests', 'limits'],
      sources: [{ paragraph: 7, quote: 'What are the interests of Russia and Japan in recalibrating their approach towards each other? And what are the limits of their rapprochement?' }],
      slide: 'key-questions',
    },
  ],
})
