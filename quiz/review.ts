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
          text: 'How unequal Russia’s and Japan’s dealings with China are',
          explanation: 'Right: in this light, the unequal dynamics of the engagement of Russia and Japan with China are noteworthy, the article says.',
        },
        {
          id: 'need-each-other',
          text: 'How much each now needs the other to face China',
          explanation: 'Not so: the common denominator appears to be a dominant China, but what the article calls noteworthy is the unequal dynamics of their engagement.',
        },
        {
          id: 'stakes',
          text: 'How much more Japan than Russia stands to lose from China’s rise',
          explanation: 'Not so: the article does not weigh what each stands to lose; it calls the unequal dynamics of their engagement with China noteworthy.',
        },
        {
          id: 'tilted',
          text: 'How far the balance has tilted in Beijing’s favour',
          explanation: 'Not so: that tilt is in the Russia-China relationship alone; the article calls noteworthy the unequal dynamics of Russia’s and Japan’s engagement with China.',
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
          text: 'The shared concern that seems to draw Moscow and Tokyo closer',
          explanation: 'Right: the common denominator appears to be the challenge of a dominant China.',
        },
        {
          id: 'limit',
          text: 'A possible brake, through its ties with Moscow',
          explanation: 'Right: the entente can limit the Moscow-Tokyo rapprochement.',
        },
        {
          id: 'balance-together',
          text: 'A rival that Moscow and Tokyo have agreed to balance together',
          explanation: 'Not so: the article reports none.',
        },
        {
          id: 'broker',
          text: 'A broker that may settle the islands',
          explanation: 'Not so: the article gives China no such role.',
        },
        {
          id: 'trade',
          text: 'The largest trading partner of both Russia and Japan',
          explanation: 'Not so: the article says nothing of trade.',
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
          id: 'ally',
          text: 'Japan is a key ally of the United States',
          explanation: 'Stated flatly.',
        },
        {
          id: 'breakthrough',
          text: 'A breakthrough will emerge in the near future',
          explanation: 'Judged unlikely.',
        },
        {
          id: 'blueprint',
          text: 'Abe’s ‘eight point’ blueprint has struck a chord with Putin',
          explanation: 'Seems so.',
        },
        {
          id: 'contours',
          text: 'The contours of the reconciliation are taking shape',
          explanation: 'Appears so.',
        },
      ],
      targets: [
        { id: 'flat', text: 'Stated flatly, as a fact' },
        { id: 'likely', text: 'Judged likely or unlikely' },
        { id: 'seems', text: 'Said only to seem or appear so' },
      ],
      correct: {
        ally: 'flat',
        breakthrough: 'likely',
        blueprint: 'seems',
        contours: 'seems',
      },
      sources: [
        { paragraph: 16, quote: 'The broad contours of the Japanese-Russian reconciliation appear to be taking shape.' },
        { paragraph: 16, quote: 'Abe’s ‘eight point’ development blueprint seems to have struck a chord with President Putin.' },
        { paragraph: 23, quote: 'Nevertheless, it is unlikely that a breakthrough will emerge in the near future.' },
        { paragraph: 25, quote: 'Japan remains a key U.S. ally' },
      ],
      slide: 'limits-no-breakthrough',
    },
    {
      id: 'review-fulcrum',
      type: 'single',
      skill: 'recall',
      prompt: 'In its first roadblock, which word does the article use for Japan’s place in America’s rebalance towards Asia-Pacific?',
      options: [
        {
          id: 'fulcrum',
          text: 'The fulcrum',
          explanation: 'Right: Japan remains a key U.S. ally, being the fulcrum of the American rebalance towards Asia-Pacific.',
        },
        {
          id: 'linchpin',
          text: 'The linchpin',
          explanation: 'Not so: the article’s word is fulcrum: Japan remains a key U.S. ally, being the fulcrum of the American rebalance.',
        },
        {
          id: 'anchor',
          text: 'The anchor',
          explanation: 'Not so: the article’s word is fulcrum: Japan remains a key U.S. ally, being the fulcrum of the American rebalance.',
        },
        {
          id: 'carrier',
          text: 'An unsinkable aircraft carrier',
          explanation: 'Not so: the article does not use that phrase; it calls Japan the fulcrum of the American rebalance.',
        },
      ],
      correct: 'fulcrum',
      sources: [{ paragraph: 25, quote: 'Japan remains a key U.S. ally, being the fulcrum of the American rebalance towards Asia-Pacific.' }],
      slide: 'roadblock-trust',
    },
    {
      id: 'review-cornerstone',
      type: 'single',
      skill: 'argument',
      prompt: 'Why, according to the article, is it highly unlikely that Japan will abandon its military cooperation with the US?',
      options: [
        {
          id: 'cornerstone',
          text: 'It is the bedrock of Japan’s security policy',
          explanation: 'Right: it is highly unlikely that Japan will abandon it, the article says, since it remains the cornerstone of its security policy.',
        },
        {
          id: 'no-other',
          text: 'No other partner could help it deter Beijing',
          explanation: 'Not so: the article does not argue this; it is highly unlikely that Japan will abandon the cooperation, since it remains its cornerstone.',
        },
        {
          id: 'senkakus',
          text: 'Washington has pledged to defend the Senkaku Islands',
          explanation: 'Not so: the article names no such pledge; it is highly unlikely that Japan will abandon the cooperation, since it remains its cornerstone.',
        },
        {
          id: 'bases',
          text: 'American bases in Japan leave Tokyo no choice',
          explanation: 'Not so: the article does not mention bases; it is highly unlikely that Japan will abandon the cooperation, since it remains its cornerstone.',
        },
      ],
      correct: 'cornerstone',
      sources: [{ paragraph: 14, quote: 'However, it is highly unlikely that Japan will abandon its military cooperation with the U.S. since it remains the cornerstone of its security policy.' }],
      slide: 'china-us-alliance',
    },
    {
      id: 'review-biggest-winner',
      type: 'truefalse',
      skill: 'argument',
      prompt: 'True or false: the article states as a plain fact, not as a possibility, that China gains most from the confrontation between Russia and the US.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Right: “At the end of the day, the biggest winner of their confrontation is China”: the article puts this without a hedge.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Not so: the article hedges much, but not this: at the end of the day, it says, the biggest winner of their confrontation is China.',
        },
      ],
      correct: 'true',
      sources: [{ paragraph: 23, quote: 'At the end of the day, the biggest winner of their confrontation is China. And the unchecked rise of an assertive Beijing is surely not in their core interests. These optics would not have been lost in the Kremlin either.' }],
      slide: 'limits-no-breakthrough',
    },
    {
      id: 'review-bottom-line',
      type: 'single',
      skill: 'argument',
      prompt: 'The article ends: a rapprochement can take wings if Abe and Putin believe the trade-offs are worth leveraging, and that will take a lot more than what?',
      options: [
        {
          id: 'meetings',
          text: 'A few meetings',
          explanation: 'Right: a rapprochement can take wings if both believe the trade-offs are worth leveraging, and that will take a lot more than a few meetings.',
        },
        {
          id: 'intentions',
          text: 'Good intentions',
          explanation: 'Not so: the article’s last words are that it will take a lot more than a few meetings.',
        },
        {
          id: 'concessions',
          text: 'A few concessions on the islands',
          explanation: 'Not so: the article’s last words are that it will take a lot more than a few meetings.',
        },
        {
          id: 'incentives',
          text: 'Economic incentives',
          explanation: 'Not so: the article’s last words are that it will take a lot more than a few meetings.',
        },
      ],
      correct: 'meetings',
      sources: [{ paragraph: 28, quote: 'Finally, given the complexities involved, a rapprochement can take wings if Abe and Putin believe that the trade-offs are worth leveraging. That will take a lot more than a few meetings.' }],
      slide: 'roadblock-complexity',
    },
  ],
})
