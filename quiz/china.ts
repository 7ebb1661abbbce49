import { defineQuiz } from './engine/types'

export default defineQuiz({
  id: 'china',
  title: 'The China factor',
  questions: [
    {
      id: 'china-common-denominator',
      type: 'single',
      prompt: 'What does the article see as the common denominator drawing Russia and Japan together?',
      options: [
        {
          id: 'dominant-china',
          text: 'The challenge of a dominant China in their neighbourhood',
          explanation: 'Right: the common denominator appears to be a dominant China, whose projects such as One Belt One Road are likely to strengthen its rise.',
        },
        {
          id: 'korea',
          text: 'Shared worries about the Korean crisis',
          explanation: 'Not so: the Korean crisis appears in the wider list of potential cooperation, not as what draws the two together.',
        },
        {
          id: 'us-doubts',
          text: 'Doubts in both Moscow and Tokyo about American security commitments',
          explanation: 'Not so: it is Japan that doubts the US commitment to its extended deterrence; Russia is in confrontation with the West.',
        },
        {
          id: 'europe-gas',
          text: 'Their shared dependence on European energy markets',
          explanation: 'Not so: Russia wants to diversify its energy supplies from Europe; Japan wants to diversify its imports from the volatile Middle East.',
        },
      ],
      correct: 'dominant-china',
      sources: [{ paragraph: 9, quote: 'The common denominator appears to be the challenge of a dominant China in their neighbourhood.' }],
      slide: 'china-obor',
    },
    {
      id: 'china-rivalry-entente',
      type: 'single',
      prompt: 'The article opens with a Russia-China “great power rivalry”, yet says Moscow sought an entente with Beijing. How do the two fit together?',
      options: [
        {
          id: 'lopsided',
          text: 'Moscow needs Beijing against the West, yet the lopsided entente keeps them rivals',
          explanation: 'Right: Moscow was compelled to seek it, and it tilts heavily to Beijing.',
        },
        {
          id: 'ended',
          text: 'The entente has ended the rivalry the article opens with',
          explanation: 'Not so: the article calls the rivalry evolving.',
        },
        {
          id: 'eurasia-only',
          text: 'The rivalry is over Eurasia; in the Asia-Pacific they act as one',
          explanation: 'Not so: it stretches to the Asia-Pacific.',
        },
        {
          id: 'moscow-leads',
          text: 'Russia leads the entente, so the rivalry now works in Moscow’s favour across Asia',
          explanation: 'Not so: the balance has tilted heavily in favor of Beijing.',
        },
      ],
      correct: 'lopsided',
      sources: [
        { paragraph: 4, quote: 'an evolving great power rivalry between Russia and China stretching from Eurasia to the Asia-Pacific' },
        { paragraph: 10, quote: 'Moscow has been compelled to seek an entente with Beijing in order to tide over its confrontation with the West' },
        { paragraph: 10, quote: 'the balance of the relationship has tilted heavily in favor of Beijing' },
      ],
      slide: 'china-russia-entente',
    },
    {
      id: 'china-entente-chain',
      type: 'ordering',
      prompt: 'Put the article’s account of Russia’s China dilemma in cause-and-effect order.',
      options: [
        {
          id: 'tilt',
          text: 'The balance tilts heavily in Beijing’s favour',
          explanation: 'Third: accommodating China tilted the balance.',
        },
        {
          id: 'japan',
          text: 'Engagement with Japan may give the Kremlin some breathing space',
          explanation: 'Last: in this light, Japan may provide it.',
        },
        {
          id: 'west',
          text: 'Russia is in confrontation with the West',
          explanation: 'First: what Moscow needed to tide over.',
        },
        {
          id: 'entente',
          text: 'Moscow seeks an entente with Beijing',
          explanation: 'Second: Moscow was compelled to seek it.',
        },
      ],
      correct: ['west', 'entente', 'tilt', 'japan'],
      sources: [
        { paragraph: 10, quote: 'Moscow has been compelled to seek an entente with Beijing in order to tide over its confrontation with the West including accommodating China even in its core strategic space. As a result, the balance of the relationship has tilted heavily in favor of Beijing.' },
        { paragraph: 10, quote: 'In this light, a more meaningful engagement with Japan and other regional countries may provide the Kremlin with some breathing space' },
      ],
      slide: 'china-russia-entente',
    },
    {
      id: 'china-pca-ruling',
      type: 'single',
      prompt: 'Why does the article bring up Russia’s position on the 12 July South China Sea ruling?',
      options: [
        {
          id: 'entente-limits',
          text: 'It highlighted the limits of the Russia-China entente',
          explanation: 'Right: Russia’s measured position, backing a diplomatic solution and compliance with international law, highlighted the limits of the entente.',
        },
        {
          id: 'backs-beijing',
          text: 'It showed Russia fully backing Beijing’s claims at sea',
          explanation: 'Not so: the article calls Russia’s position measured; it did not simply take Beijing’s side.',
        },
        {
          id: 'us-rebalance',
          text: 'It showed Russia joining the US rebalance towards Asia',
          explanation: 'Not so: the article links Japan, not Russia, to the US rebalance, calling Japan its fulcrum.',
        },
        {
          id: 'senkaku',
          text: 'It showed Russia siding with Japan over the Senkakus',
          explanation: 'Not so: the ruling concerned the South China Sea; near the Senkakus, Russian and Chinese navies sailed together in June.',
        },
      ],
      correct: 'entente-limits',
      sources: [{ paragraph: 11, quote: 'Russia’s measured position on the July 12 Permanent Court of Arbitration’s South China Sea ruling, which supported a diplomatic solution to the dispute and called for compliance with international law, highlighted the limits of a Russia-China entente.' }],
      slide: 'china-russia-entente',
    },
    {
      id: 'china-japan-worries',
      type: 'multiple',
      prompt: 'Which Russia-China moves does the article give as reasons for Japan’s wariness?',
      options: [
        {
          id: 'senkaku',
          text: 'Their navies sailing near the Senkaku Islands in June',
          explanation: 'Right: a highly symbolic move in disputed waters.',
        },
        {
          id: 'arms',
          text: 'Russia selling S-400 systems and SU-35 jets to Beijing',
          explanation: 'Right: they might alter the security balance in the region.',
        },
        {
          id: 'sea-route',
          text: 'Joint Russian-Chinese shipping on the Northern Sea Route',
          explanation: 'Not so: it appears as possible Russia-Japan cooperation.',
        },
        {
          id: 'kuril-base',
          text: 'A joint Russian-Chinese base on the Kuril Islands',
          explanation: 'Not so: the article mentions no such base.',
        },
      ],
      correct: ['senkaku', 'arms'],
      sources: [{ paragraph: 12, quote: 'In a highly symbolic move in June, Russian and Chinese navies sailed in the disputed waters near the Japanese Senkaku Islands. The Kremlin has also agreed to sell cutting-edge weapons platforms to Beijing, including the S-400 air-defence systems and SU-35 fighter jets which might alter the security balance in the region.' }],
      slide: 'china-japan-wary',
    },
    {
      id: 'china-us-effects',
      type: 'matching',
      prompt: 'Match each development with the effect the article draws from it.',
      options: [
        {
          id: 'isolation',
          text: 'The US policy of isolating Russia',
          explanation: 'A closer partnership: Japan noted it.',
        },
        {
          id: 'candidates',
          text: 'US candidates’ statements',
          explanation: 'Doubts: they ruffled many feathers.',
        },
        {
          id: 'elections',
          text: 'America’s focus on its upcoming elections',
          explanation: 'Leeway: it is perhaps no coincidence Abe has sought to re-engage Putin then.',
        },
      ],
      targets: [
        { id: 'partnership', text: 'A closer Moscow-Beijing partnership' },
        { id: 'deterrence', text: 'Doubts in Japan about US deterrence' },
        { id: 'leeway', text: 'Leeway for Abe with Russia' },
      ],
      correct: {
        isolation: 'partnership',
        candidates: 'deterrence',
        elections: 'leeway',
      },
      sources: [
        { paragraph: 13, quote: 'the U.S. commitment to its extended deterrence, as statements emanating from the U.S. presidential candidates have ruffled many feathers' },
        { paragraph: 13, quote: 'isolating Russia has boosted the Moscow-Beijing partnership' },
        { paragraph: 14, quote: 'With America’s attention focused on the upcoming presidential elections, it is perhaps no coincidence that Abe has sought to re-engage Putin during the final months of Obama’s tenure. This will give him some leeway' },
      ],
      slide: 'china-us-factor',
    },
    {
      id: 'china-us-cornerstone',
      type: 'truefalse',
      prompt: 'True or false: the article expects Japan to abandon its military cooperation with the US in order to get closer to Russia.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Not so: the article says it is highly unlikely that Japan will abandon it, since it remains the cornerstone of Japan’s security policy.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Right: a rapprochement can give Tokyo options, but it is highly unlikely that Japan will abandon the cornerstone of its security policy.',
        },
      ],
      correct: 'false',
      sources: [{ paragraph: 14, quote: 'Therefore, given the geopolitical rivalries at play, a rapprochement with Russia can provide Tokyo options to better manage emerging crises. However, it is highly unlikely that Japan will abandon its military cooperation with the U.S. since it remains the cornerstone of its security policy.' }],
      slide: 'china-us-alliance',
    },
  ],
})
