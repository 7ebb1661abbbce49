import { defineQuiz } from './engine/types'

export default defineQuiz({
  id: 'review',
  title: 'Final review',
  questions: [
    {
      id: 'review-unequal',
      type: 'single',
      skill: 'argument',
      prompt: 'Which observation about Russia, Japan and China does the article call noteworthy?',
      options: [
        {
          id: 'unequal',
          text: 'How differently Russia and Japan each deal with China',
          explanation: 'Right: in this light, the unequal dynamics of the engagement of Russia and Japan with China are noteworthy, the article says.',
        },
        {
          id: 'similar',
          text: 'How alike Russia and Japan have been in answering Beijing’s rise',
          explanation: 'Not so: the article calls the dynamics unequal, not similar.',
        },
        {
          id: 'washington',
          text: 'How quietly Washington has watched Moscow courting Tokyo this year',
          explanation: 'Not so: the article does not say this; it calls the unequal dynamics of their engagement with China noteworthy.',
        },
        {
          id: 'set-aside',
          text: 'How quickly both sides have set the boundary dispute aside',
          explanation: 'Not so: the article does not say the dispute has been set aside; it calls the unequal dynamics noteworthy.',
        },
      ],
      correct: 'unequal',
      sources: [{ paragraph: 9, quote: 'In this light, the unequal dynamics of the engagement of Russia and Japan with China are noteworthy.' }],
      slide: 'china-unequal',
    },
    {
      id: 'review-china-roles',
      type: 'multiple',
      skill: 'argument',
      prompt: 'China runs through the whole article. Which roles does the article give it?',
      options: [
        {
          id: 'denominator',
          text: 'The shared concern that brings Moscow and Tokyo closer',
          explanation: 'Right: the common denominator appears to be the challenge of a dominant China in their neighbourhood.',
        },
        {
          id: 'limit',
          text: 'Through its ties with Moscow, a possible brake on the rapprochement',
          explanation: 'Right: the Russian-Chinese entente can limit the Moscow-Tokyo rapprochement. China drives it and can hold it back.',
        },
        {
          id: 'balance-together',
          text: 'A rival that Moscow and Tokyo have agreed to balance together',
          explanation: 'Not so: the article reports no such agreement.',
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
      ],
      correct: ['denominator', 'limit'],
      sources: [
        { paragraph: 9, quote: 'The common denominator appears to be the challenge of a dominant China in their neighbourhood.' },
        { paragraph: 26, quote: 'In the same vein, the Russian-Chinese entente can limit the Moscow-Tokyo rapprochement.' },
      ],
      slide: 'conclusion',
    },
    {
      id: 'review-claimed-or-hedged',
      type: 'matching',
      skill: 'argument',
      prompt: 'How firmly does the article put each claim? Match each with the way the article words it.',
      options: [
        {
          id: 'winner',
          text: 'China is the biggest winner of the Russia-US confrontation',
          explanation: 'Stated flatly: “the biggest winner of their confrontation is China”.',
        },
        {
          id: 'breakthrough',
          text: 'A breakthrough will emerge soon',
          explanation: 'Judged unlikely: “it is unlikely that a breakthrough will emerge”.',
        },
        {
          id: 'blueprint',
          text: 'Abe’s ‘eight point’ blueprint has struck a chord with Putin',
          explanation: 'Seems so: it “seems to have struck a chord”.',
        },
        {
          id: 'contours',
          text: 'The contours of the reconciliation are taking shape',
          explanation: 'Appears so: they “appear to be taking shape”.',
        },
      ],
      targets: [
        { id: 'flat', text: 'Stated flatly, as a fact' },
        { id: 'likely', text: 'Judged likely or unlikely' },
        { id: 'seems', text: 'Said only to seem or appear so' },
      ],
      correct: {
        winner: 'flat',
        breakthrough: 'likely',
        blueprint: 'seems',
        contours: 'seems',
      },
      sources: [
        { paragraph: 16, quote: 'The broad contours of the Japanese-Russian reconciliation appear to be taking shape.' },
        { paragraph: 16, quote: 'In several ways, Abe’s ‘eight point’ development blueprint seems to have struck a chord with President Putin.' },
        { paragraph: 23, quote: 'Nevertheless, it is unlikely that a breakthrough will emerge in the near future.' },
        { paragraph: 23, quote: 'At the end of the day, the biggest winner of their confrontation is China.' },
      ],
      slide: 'limits-no-breakthrough',
    },
    {
      id: 'review-cornerstone',
      type: 'truefalse',
      skill: 'argument',
      prompt: 'True or false: the article thinks Japan very unlikely to give up its military cooperation with Washington, whatever it gains from Russia.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Right: it is highly unlikely that Japan will abandon it, the article says, since it remains the cornerstone of Japan’s security policy.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Not so: the article says it is highly unlikely that Japan will abandon its military cooperation with the U.S., the cornerstone of its security.',
        },
      ],
      correct: 'true',
      sources: [{ paragraph: 14, quote: 'However, it is highly unlikely that Japan will abandon its military cooperation with the U.S. since it remains the cornerstone of its security policy.' }],
      slide: 'china-us-alliance',
    },
    {
      id: 'review-bottom-line',
      type: 'single',
      skill: 'argument',
      prompt: 'In its final paragraph, on what condition does the article say a rapprochement can take wings?',
      options: [
        {
          id: 'trade-offs',
          text: 'If the two leaders judge the give-and-take worth it',
          explanation: 'Right: given the complexities, a rapprochement can take wings if both leaders believe the trade-offs are worth leveraging.',
        },
        {
          id: 'goodwill',
          text: 'Once a web of economic ties has built up enough goodwill between them',
          explanation: 'Not so: the article speaks of building on the goodwill earlier, but its final condition is the leaders’ belief in the trade-offs.',
        },
        {
          id: 'insulate',
          text: 'If Abe can insulate it from the Moscow-Washington clash',
          explanation: 'Not so: the article says Abe will find that daunting; its final condition is the two leaders’ belief in the trade-offs.',
        },
        {
          id: 'alarm',
          text: 'Once Beijing’s rise alarms both capitals enough',
          explanation: 'Not so: the article sets no such condition; the condition it gives is the two leaders’ belief in the trade-offs.',
        },
      ],
      correct: 'trade-offs',
      sources: [{ paragraph: 28, quote: 'Finally, given the complexities involved, a rapprochement can take wings if Abe and Putin believe that the trade-offs are worth leveraging. That will take a lot more than a few meetings.' }],
      slide: 'roadblock-complexity',
    },
  ],
})
