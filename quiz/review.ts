import { defineQuiz } from './engine/types'

export default defineQuiz({
  id: 'review',
  title: 'Final review',
  questions: [
    {
      id: 'review-china-roles',
      type: 'multiple',
      skill: 'argument',
      prompt: 'China runs through the whole article. Which roles does the article give it?',
      options: [
        {
          id: 'denominator',
          text: 'The common denominator drawing Russia and Japan together',
          explanation: 'Right: the common denominator appears to be the challenge of a dominant China in their neighbourhood.',
        },
        {
          id: 'limit',
          text: 'Through its entente with Russia, a possible limit on the rapprochement',
          explanation: 'Right: the Russian-Chinese entente can limit the Moscow-Tokyo rapprochement. China drives it and can hold it back.',
        },
        {
          id: 'broker',
          text: 'A broker between Moscow and Tokyo in the boundary talks',
          explanation: 'Not so: the article gives China no such role.',
        },
        {
          id: 'buyer',
          text: 'The largest buyer of Japanese exports',
          explanation: 'Not so: the article says nothing of Japan’s trade with China.',
        },
        {
          id: 'arctic',
          text: 'A partner in Russia’s plans for Arctic shipping',
          explanation: 'Not so: the article gives China no such role.',
        },
      ],
      correct: ['denominator', 'limit'],
      sources: [
        { paragraph: 9, quote: 'The common denominator appears to be the challenge of a dominant China in their neighbourhood.' },
        { paragraph: 26, quote: 'In the same vein, the Russian-Chinese entente can limit the Moscow-Tokyo rapprochement.' },
      ],
      slide: 'conclusion',
    },
    {
      id: 'review-argument-map',
      type: 'matching',
      skill: 'argument',
      prompt: 'In which of the article’s three sections does it make each point?',
      options: [
        {
          id: 'fulcrum',
          text: 'Japan as the fulcrum of America’s rebalance',
          explanation: 'Limits: part of the first roadblock, the trust deficit.',
        },
        {
          id: 'europe',
          text: 'A prolonged US-Russia confrontation in Europe',
          explanation: 'The China factor: it might divert America’s attention from the Asia-Pacific, Japan fears.',
        },
        {
          id: 'importer',
          text: 'Japan remaining a net importer of energy',
          explanation: 'Contours: it helps the third reason, an energy partnership.',
        },
        {
          id: 'restricted',
          text: 'Russia’s risk of being restricted to China',
          explanation: 'The China factor: Russia’s side of it.',
        },
      ],
      targets: [
        { id: 'china', text: 'The China factor' },
        { id: 'contours', text: 'Contours of rapprochement' },
        { id: 'limits', text: 'Limits of the reconciliation' },
      ],
      correct: {
        'fulcrum': 'limits',
        'europe': 'china',
        'importer': 'contours',
        'restricted': 'china',
      },
      sources: [
        { paragraph: 11, quote: 'Otherwise, Russia runs the risk of being restricted to China.' },
        { paragraph: 13, quote: 'A prolonged confrontation with Russia in Europe might divert America’s attention from the Asia-Pacific region' },
        { paragraph: 19, quote: 'It helps that Japan remains a net importer of energy.' },
        { paragraph: 25, quote: 'Japan remains a key U.S. ally, being the fulcrum of the American rebalance towards Asia-Pacific.' },
      ],
      slide: 'key-questions',
    },
    {
      id: 'review-claimed-or-hedged',
      type: 'matching',
      skill: 'argument',
      prompt: 'How firmly does the article put each claim? Match each with the way the article words it.',
      options: [
        {
          id: 'compromises',
          text: 'Resolving the boundary problem will involve compromises',
          explanation: 'Stated flatly: it “will involve” them.',
        },
        {
          id: 'sentiment',
          text: 'The “new approach” has created a positive sentiment',
          explanation: 'Seems so: it “seems to have created” one.',
        },
        {
          id: 'upgrade',
          text: 'Russia reacts by upgrading its own forces',
          explanation: 'Judged likely: Russia “is likely to react”.',
        },
        {
          id: 'blueprint',
          text: 'Abe’s ‘eight point’ blueprint has struck a chord with Putin',
          explanation: 'Seems so: it “seems to have struck a chord”.',
        },
      ],
      targets: [
        { id: 'flat', text: 'Stated flatly, as a fact' },
        { id: 'likely', text: 'Judged likely' },
        { id: 'seems', text: 'Said only to seem so' },
      ],
      correct: {
        compromises: 'flat',
        sentiment: 'seems',
        upgrade: 'likely',
        blueprint: 'seems',
      },
      sources: [
        { paragraph: 6, quote: 'the “new approach” seems to have created a positive sentiment in their bilateral discussions' },
        { paragraph: 16, quote: 'In several ways, Abe’s ‘eight point’ development blueprint seems to have struck a chord with President Putin.' },
        { paragraph: 26, quote: 'Russia is likely to react by upgrading its own military capabilities' },
        { paragraph: 27, quote: 'Second, the resolution of the boundary problem will involve compromises.' },
      ],
      slide: 'roadblock-boundary',
    },
    {
      id: 'review-purely-economic',
      type: 'truefalse',
      skill: 'argument',
      prompt: 'True or false: the article leaves open whether Tokyo would turn to a purely economic engagement after a Russian build-up on the Kurils.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Right: it remains unclear, the article says, whether Tokyo will then pursue a purely economic engagement.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Not so: the article makes no prediction here: it remains unclear, it says, whether Tokyo will then pursue a purely economic engagement.',
        },
      ],
      correct: 'true',
      sources: [{ paragraph: 26, quote: 'It remains unclear whether Tokyo will then pursue a purely economic engagement.' }],
      slide: 'roadblock-trust-military',
    },
    {
      id: 'review-bottom-line',
      type: 'single',
      skill: 'argument',
      prompt: 'In its final paragraph, when does the article say a rapprochement can take wings?',
      options: [
        {
          id: 'trade-offs',
          text: 'If Abe and Putin believe the trade-offs are worth leveraging',
          explanation: 'Right: given the complexities, a rapprochement can take wings if both leaders believe the trade-offs are worth leveraging.',
        },
        {
          id: 'boundary-first',
          text: 'Once the territorial quarrel has been put to rest',
          explanation: 'Not so: the article sets no such condition; it says a rapprochement can take wings if both leaders believe the trade-offs are worth it.',
        },
        {
          id: 'washington',
          text: 'Once Washington stops standing in the way of a deal with Moscow',
          explanation: 'Not so: the article sets no such condition; the condition it gives is the two leaders’ belief in the trade-offs.',
        },
        {
          id: 'summits',
          text: 'After a few more summits between the two leaders',
          explanation: 'Not so: the article says it will take a lot more than a few meetings.',
        },
      ],
      correct: 'trade-offs',
      sources: [{ paragraph: 28, quote: 'Finally, given the complexities involved, a rapprochement can take wings if Abe and Putin believe that the trade-offs are worth leveraging. That will take a lot more than a few meetings.' }],
      slide: 'roadblock-complexity',
    },
  ],
})
