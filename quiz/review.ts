import { defineQuiz } from './engine/types'

export default defineQuiz({
  id: 'review',
  title: 'Final review',
  questions: [
    {
      id: 'review-sanctions-chain',
      type: 'ordering',
      prompt: 'The article traces the first roadblock back to the opening’s backdrop. Put the chain in cause-and-effect order.',
      options: [
        {
          id: 'tokyo-backs',
          text: 'Tokyo backs Washington’s sanctions',
          explanation: 'Third: Tokyo still supports Washington’s sanctions, even as it seeks a reset with Moscow.',
        },
        {
          id: 'trust',
          text: 'A trust deficit persists between Moscow and Tokyo',
          explanation: 'Last: the article names this trust deficit, due to Tokyo supporting the sanctions, as the first roadblock.',
        },
        {
          id: 'crimea',
          text: 'Russia incorporates Crimea',
          explanation: 'First: the chain starts with the incorporation of Crimea in 2014.',
        },
        {
          id: 'us-sanctions',
          text: 'Washington imposes sanctions on Moscow',
          explanation: 'Second: the sanctions came in response to the incorporation of Crimea.',
        },
      ],
      correct: ['crimea', 'us-sanctions', 'tokyo-backs', 'trust'],
      sources: [
        { paragraph: 6, quote: 'Technically, Russia and Japan still remain at war due to the absence of a Second World War Peace Treaty and Tokyo still supports Washington’s sanctions against Moscow in response to the incorporation of Crimea in 2014.' },
        { paragraph: 25, quote: 'First, a trust-deficit persists due to Tokyo supporting the economic sanctions.' },
      ],
      slide: 'roadblock-trust',
    },
    {
      id: 'review-argument-map',
      type: 'matching',
      prompt: 'Match each point with the part of the article’s argument it supports.',
      options: [
        {
          id: 'breathing',
          text: 'Breathing space from a lopsided entente',
          explanation: 'Russia: Japan may provide it.',
        },
        {
          id: 'pillars',
          text: 'More pillars for a pivot towards Asia',
          explanation: 'Russia: Japan may add them.',
        },
        {
          id: 'deterrence',
          text: 'Doubts about the US commitment to extended deterrence',
          explanation: 'Japan: apprehensions have grown.',
        },
        {
          id: 'nationalism',
          text: 'Leaders who have cultivated domestic nationalism',
          explanation: 'No quick deal: it needs deft handling.',
        },
      ],
      targets: [
        { id: 'russia-why', text: 'Why Russia seeks closer ties' },
        { id: 'japan-why', text: 'Why Japan seeks closer ties' },
        { id: 'limits', text: 'Why no quick breakthrough is likely' },
      ],
      correct: {
        breathing: 'russia-why',
        pillars: 'russia-why',
        deterrence: 'japan-why',
        nationalism: 'limits',
      },
      sources: [
        { paragraph: 10, quote: 'may provide the Kremlin with some breathing space and add pillars to Russia’s pivot towards Asia' },
        { paragraph: 13, quote: 'apprehensions have grown in Japan about the U.S. commitment' },
        { paragraph: 27, quote: 'cultivated domestic nationalism, it will require deft handling' },
      ],
      slide: 'key-questions',
    },
    {
      id: 'review-china-thread',
      type: 'multiple',
      prompt: 'China runs through the whole article. Which roles does the article give it?',
      options: [
        {
          id: 'denominator',
          text: 'The common denominator behind the rapprochement',
          explanation: 'Right: it appears to be.',
        },
        {
          id: 'winner',
          text: 'The biggest winner of the Russia-US confrontation',
          explanation: 'Right: the article says so flatly.',
        },
        {
          id: 'entente-limit',
          text: 'Through its entente with Russia, a limit on Moscow-Tokyo ties',
          explanation: 'Right: the entente can limit the Moscow-Tokyo rapprochement.',
        },
        {
          id: 'broker',
          text: 'A broker in the Kuril boundary talks between Abe and Putin',
          explanation: 'Not so: no such role.',
        },
        {
          id: 'sea-route',
          text: 'A partner in Russia’s plans for the Northern Sea Route',
          explanation: 'Not so: a Russia-Japan idea.',
        },
      ],
      correct: ['denominator', 'winner', 'entente-limit'],
      sources: [
        { paragraph: 9, quote: 'The common denominator appears to be the challenge of a dominant China' },
        { paragraph: 23, quote: 'the biggest winner of their confrontation is China' },
        { paragraph: 26, quote: 'the Russian-Chinese entente can limit the Moscow-Tokyo rapprochement' },
      ],
      slide: 'roadblock-trust-military',
    },
    {
      id: 'review-purely-economic',
      type: 'truefalse',
      prompt: 'True or false: the article predicts that Tokyo will switch to a purely economic engagement if Russia builds up its forces on the Kurils.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Not so: the article makes no prediction here: it says it remains unclear whether Tokyo would then pursue a purely economic engagement.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Right: the article leaves this open, saying it remains unclear whether Tokyo would then pursue a purely economic engagement.',
        },
      ],
      correct: 'false',
      sources: [{ paragraph: 26, quote: 'It remains unclear whether Tokyo will then pursue a purely economic engagement.' }],
      slide: 'roadblock-trust-military',
    },
    {
      id: 'review-claimed-or-hedged',
      type: 'matching',
      prompt: 'Sort each claim by how the article words it: flatly, as likely, or left open.',
      options: [
        {
          id: 'china-winner',
          text: 'China is the biggest winner of the Russia-US clash',
          explanation: 'Stated flatly: no hedge.',
        },
        {
          id: 'compromises',
          text: 'A boundary deal involves compromises',
          explanation: 'Stated flatly: it “will involve” them.',
        },
        {
          id: 'upgrade',
          text: 'Russia reacts by upgrading its forces',
          explanation: 'Judged likely: it “is likely to react”.',
        },
        {
          id: 'middle-ground',
          text: 'Abe and Putin reach a middle ground',
          explanation: 'Left open: they “might” do so.',
        },
      ],
      targets: [
        { id: 'flat', text: 'Stated flatly' },
        { id: 'likely', text: 'Judged likely' },
        { id: 'open', text: 'Left open: it might happen' },
      ],
      correct: {
        'china-winner': 'flat',
        'compromises': 'flat',
        'upgrade': 'likely',
        'middle-ground': 'open',
      },
      sources: [
        { paragraph: 23, quote: 'the biggest winner of their confrontation is China' },
        { paragraph: 26, quote: 'Russia is likely to react by upgrading its own military capabilities' },
        { paragraph: 27, quote: 'the resolution of the boundary problem will involve compromises. Given the way Abe and Putin have cultivated domestic nationalism, it will require deft handling to arrive at a middle ground. Conversely, their central position in their power hierarchies might enable them to do just that' },
      ],
      slide: 'roadblock-boundary',
    },
    {
      id: 'review-bottom-line',
      type: 'single',
      prompt: 'What is the article’s bottom line on when the rapprochement can take off?',
      options: [
        {
          id: 'trade-offs',
          text: 'When Abe and Putin believe the trade-offs are worth leveraging',
          explanation: 'Right: given the complexities, a rapprochement can take wings if both leaders believe the trade-offs are worth leveraging.',
        },
        {
          id: 'next-visit',
          text: 'After one more summit, once Putin pays his reciprocal visit to Japan',
          explanation: 'Not so: the article says it will take a lot more than a few meetings.',
        },
        {
          id: 'entente-exit',
          text: 'Once Russia leaves its entente with China',
          explanation: 'Not so: the article says the entente can limit the rapprochement, but sets no such condition.',
        },
        {
          id: 'beijing-consent',
          text: 'Once Beijing stops opposing closer Russia-Japan ties',
          explanation: 'Not so: the article never mentions Beijing opposing these ties; China is rather the shared challenge behind them.',
        },
      ],
      correct: 'trade-offs',
      sources: [{ paragraph: 28, quote: 'Finally, given the complexities involved, a rapprochement can take wings if Abe and Putin believe that the trade-offs are worth leveraging. That will take a lot more than a few meetings.' }],
      slide: 'roadblock-complexity',
    },
  ],
})
