import { defineQuiz } from './engine/types'

export default defineQuiz({
  id: 'review',
  title: 'Final review',
  questions: [
    {
      id: 'review-timeline',
      type: 'ordering',
      prompt: 'Put these events from the article in chronological order, earliest first.',
      options: [
        {
          id: 'senkaku',
          text: 'Russian and Chinese navies sail near the Senkakus (June 2016)',
          explanation: 'Third. The article dates this highly symbolic naval move to June.',
        },
        {
          id: 'putin-visit',
          text: 'Possible reciprocal visit by Putin (end of 2016)',
          explanation: 'Last. This visit was still only a possibility when the article was published.',
        },
        {
          id: 'pca',
          text: 'South China Sea ruling by the arbitration court (12 July 2016)',
          explanation: 'Fourth. The Permanent Court of Arbitration ruled on 12 July, and Russia took a measured position on it.',
        },
        {
          id: 'crimea',
          text: 'Crimea incorporated; sanctions follow (2014)',
          explanation: 'First. The sanctions Tokyo still supports date from the incorporation of Crimea in 2014.',
        },
        {
          id: 'ulyukayev',
          text: 'Ulyukayev’s talks in Tokyo (19 July 2016)',
          explanation: 'Fifth. These talks on 19 July were the latest round before the article appeared.',
        },
        {
          id: 'sochi',
          text: 'Abe visits Sochi (May 2016)',
          explanation: 'Second. Abe went to Sochi in May with a “new approach” to the Kuril dispute.',
        },
      ],
      correct: ['crimea', 'sochi', 'senkaku', 'pca', 'ulyukayev', 'putin-visit'],
      sources: [{ paragraph: 6, quote: 'Against this backdrop, the “new approach” seems to have created a positive sentiment in their bilateral discussions. It can even result in a landmark reciprocal visit by Russian President Vladimir Putin at the end of this year.' }],
      slide: 'context-timeline',
    },
    {
      id: 'review-argument-map',
      type: 'matching',
      prompt: 'Match each point with the part of the article’s argument it supports.',
      options: [
        {
          id: 'tilt',
          text: 'Russia’s entente with China has tilted towards Beijing',
          explanation: 'A reason for Russia: engagement with Japan may give the Kremlin breathing space from a lopsided entente.',
        },
        {
          id: 'deterrence',
          text: 'Doubts about the US commitment to extended deterrence',
          explanation: 'A reason for Japan: these doubts make options with Russia more valuable to Tokyo.',
        },
        {
          id: 'missile-defence',
          text: 'US plans for a missile defence in the region',
          explanation: 'A limit: the plans raise the stakes for the Kremlin and may lead Russia to build up its forces on the Kurils.',
        },
        {
          id: 'nationalism',
          text: 'Leaders who have cultivated domestic nationalism',
          explanation: 'A limit: nationalism makes the compromises a boundary settlement needs harder to reach.',
        },
        {
          id: 'brussels',
          text: 'Brussels seeking alternative hydrocarbon suppliers',
          explanation: 'A reason for Russia: it makes diversifying energy supplies, including towards Japan, more urgent.',
        },
      ],
      targets: [
        { id: 'russia-why', text: 'Why Russia seeks closer ties' },
        { id: 'japan-why', text: 'Why Japan seeks closer ties' },
        { id: 'limits', text: 'Why no quick breakthrough is likely' },
      ],
      correct: {
        'tilt': 'russia-why',
        'deterrence': 'japan-why',
        'missile-defence': 'limits',
        'nationalism': 'limits',
        'brussels': 'russia-why',
      },
      sources: [{ paragraph: 25, quote: 'The U.S. plans to establish a missile defence in the region will further raise the stakes for the Kremlin.' }],
      slide: 'key-questions',
    },
    {
      id: 'review-china-thread',
      type: 'multiple',
      prompt: 'China runs through the whole article. Which roles does the article give it? Select all that apply.',
      options: [
        {
          id: 'denominator',
          text: 'The common denominator behind the rapprochement',
          explanation: 'Right. The challenge of a dominant China is what the article says Russia and Japan have in common.',
        },
        {
          id: 'winner',
          text: 'The biggest winner of the Russia-US confrontation',
          explanation: 'Right. The article says China gains most from the confrontation, which is why Abe may help manage it.',
        },
        {
          id: 'entente-limit',
          text: 'Through its entente with Russia, a limit on Moscow-Tokyo ties',
          explanation: 'Right. The article lists the Russian-Chinese entente among the roadblocks.',
        },
        {
          id: 'broker',
          text: 'A broker in the Kuril boundary talks',
          explanation: 'No. The article gives China no role in the boundary talks, which are between Abe and Putin.',
        },
        {
          id: 'nsr',
          text: 'A partner in the Northern Sea Route plans',
          explanation: 'No. The article mentions the Northern Sea Route only as a possible area of Russia-Japan cooperation.',
        },
      ],
      correct: ['denominator', 'winner', 'entente-limit'],
      sources: [{ paragraph: 26, quote: 'In the same vein, the Russian-Chinese entente can limit the Moscow-Tokyo rapprochement.' }],
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
          explanation: 'Not so. The article makes no prediction here: it says it remains unclear whether Tokyo would then pursue a purely economic engagement.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Correct. The article leaves this open, saying it remains unclear whether Tokyo would then pursue a purely economic engagement.',
        },
      ],
      correct: 'false',
      sources: [{ paragraph: 26, quote: 'It remains unclear whether Tokyo will then pursue a purely economic engagement.' }],
      slide: 'roadblock-trust-military',
    },
    {
      id: 'review-central-asia',
      type: 'truefalse',
      prompt: 'True or false: Russia has been receptive to Japan’s Central Asian overtures on economic links and drug trafficking.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Correct. The article lists this receptiveness as part of the wider spectrum of possible cooperation.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Not so. The article says Russia has been receptive to Japan’s Central Asian overtures on economic linkages and drug trafficking.',
        },
      ],
      correct: 'true',
      sources: [{ paragraph: 21, quote: 'Russia has also been receptive to Japan’s Central Asian overtures in building economic linkages and tackling drug trafficking.' }],
      slide: 'contours-wider',
    },
    {
      id: 'review-bottom-line',
      type: 'single',
      prompt: 'What is the article’s bottom line on when the rapprochement can take off?',
      options: [
        {
          id: 'trade-offs',
          text: 'When Abe and Putin believe the trade-offs are worth leveraging',
          explanation: 'Right. Given the complexities, the article says the rapprochement can take wings only if both leaders judge the trade-offs worthwhile.',
        },
        {
          id: 'next-summit',
          text: 'After one more summit between the two leaders',
          explanation: 'No. The article says it will take a lot more than a few meetings.',
        },
        {
          id: 'leave-us',
          text: 'Once Japan leaves its alliance with the US',
          explanation: 'No. The article calls the US alliance the cornerstone of Japan’s security policy and does not expect Japan to abandon it.',
        },
        {
          id: 'china-approval',
          text: 'Once China gives its approval',
          explanation: 'No. The article never makes China’s approval a condition; China is rather the shared challenge behind the rapprochement.',
        },
      ],
      correct: 'trade-offs',
      sources: [{ paragraph: 28, quote: 'Finally, given the complexities involved, a rapprochement can take wings if Abe and Putin believe that the trade-offs are worth leveraging. That will take a lot more than a few meetings.' }],
      slide: 'roadblock-complexity',
    },
  ],
})
