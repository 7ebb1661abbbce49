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
          explanation: 'Right. The article says the common denominator appears to be a dominant China, whose projects such as One Belt One Road could reshape the regional balance.',
        },
        {
          id: 'korea',
          text: 'Shared worries about the Korean crisis',
          explanation: 'No. The Korean crisis appears only in the wider list of possible cooperation, not as what drives the rapprochement.',
        },
        {
          id: 'leave-us',
          text: 'A joint wish to break away from the United States',
          explanation: 'No. The article says Japan is highly unlikely to abandon its military cooperation with the US, the cornerstone of its security policy.',
        },
        {
          id: 'europe-gas',
          text: 'Their shared dependence on European energy markets',
          explanation: 'No. Europe matters to Russia as a market it wants to diversify away from; Japan’s concern is imports from the volatile Middle East.',
        },
      ],
      correct: 'dominant-china',
      sources: [{ paragraph: 9, quote: 'The common denominator appears to be the challenge of a dominant China in their neighbourhood.' }],
      slide: 'china-obor',
    },
    {
      id: 'china-entente-chain',
      type: 'ordering',
      prompt: 'Put the article’s account of Russia’s China dilemma in cause-and-effect order.',
      options: [
        {
          id: 'tilt',
          text: 'The balance tilts heavily in Beijing’s favour',
          explanation: 'Third. Accommodating China, even in Russia’s core strategic space, left the relationship tilted towards Beijing.',
        },
        {
          id: 'japan',
          text: 'Engagement with Japan could give the Kremlin breathing space',
          explanation: 'Last. Because of the tilt, a more meaningful engagement with Japan and others may offer breathing space and add pillars to the pivot to Asia.',
        },
        {
          id: 'west',
          text: 'Russia is in confrontation with the West',
          explanation: 'First. The confrontation with the West is what Moscow needed to tide over.',
        },
        {
          id: 'entente',
          text: 'Moscow seeks an entente with Beijing',
          explanation: 'Second. The article says Moscow was compelled to seek an entente with Beijing to get through that confrontation.',
        },
      ],
      correct: ['west', 'entente', 'tilt', 'japan'],
      sources: [{ paragraph: 10, quote: 'Moscow has been compelled to seek an entente with Beijing in order to tide over its confrontation with the West including accommodating China even in its core strategic space. As a result, the balance of the relationship has tilted heavily in favor of Beijing.' }],
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
          explanation: 'Right. Russia’s measured position, backing a diplomatic solution and compliance with international law, showed the entente has limits.',
        },
        {
          id: 'backs-beijing',
          text: 'It showed Russia fully backing Beijing’s claims',
          explanation: 'No. The article calls Russia’s position measured; it did not simply take Beijing’s side.',
        },
        {
          id: 'us-rebalance',
          text: 'It showed Russia joining the US rebalance to Asia',
          explanation: 'No. Nothing in the article links Russia to the US rebalance towards Asia-Pacific; it names Japan as the fulcrum of that rebalance.',
        },
        {
          id: 'kuril-ruling',
          text: 'It settled the Southern Kuril Islands dispute',
          explanation: 'No. The ruling concerned the South China Sea; the Kuril dispute remains unresolved.',
        },
      ],
      correct: 'entente-limits',
      sources: [{ paragraph: 11, quote: 'Russia’s measured position on the July 12 Permanent Court of Arbitration’s South China Sea ruling, which supported a diplomatic solution to the dispute and called for compliance with international law, highlighted the limits of a Russia-China entente.' }],
      slide: 'china-russia-entente',
    },
    {
      id: 'china-japan-worries',
      type: 'multiple',
      prompt: 'Which Russia-China moves does the article give as reasons for Japan’s wariness? Select all that apply.',
      options: [
        {
          id: 'senkaku',
          text: 'Their navies sailing near the Senkaku Islands in June',
          explanation: 'Right. The article calls this a highly symbolic move in disputed waters near the Japanese islands.',
        },
        {
          id: 'arms',
          text: 'Russia selling S-400 systems and SU-35 jets to Beijing',
          explanation: 'Right. The article warns that these cutting-edge weapons might alter the security balance in the region.',
        },
        {
          id: 'nsr',
          text: 'Joint Russian-Chinese shipping on the Northern Sea Route',
          explanation: 'No. The Northern Sea Route appears only as a possible area of Russia-Japan cooperation.',
        },
        {
          id: 'kuril-base',
          text: 'A joint Russian-Chinese base on the Kuril Islands',
          explanation: 'No. The article mentions no such base; it expects Russia alone to upgrade its military capabilities there in response to US missile defence plans.',
        },
      ],
      correct: ['senkaku', 'arms'],
      sources: [{ paragraph: 12, quote: 'In a highly symbolic move in June, Russian and Chinese navies sailed in the disputed waters near the Japanese Senkaku Islands.' }],
      slide: 'china-japan-wary',
    },
    {
      id: 'china-us-effects',
      type: 'matching',
      prompt: 'Match each development with the effect the article draws from it.',
      options: [
        {
          id: 'obor',
          text: 'China’s One Belt One Road initiative',
          explanation: 'The article expects such integration projects to strengthen Beijing’s rise as a continental and maritime power.',
        },
        {
          id: 'isolation',
          text: 'The US policy of isolating Russia',
          explanation: 'Japan noted that isolating Russia has boosted the Moscow-Beijing partnership.',
        },
        {
          id: 'candidates',
          text: 'Statements by US presidential candidates',
          explanation: 'They ruffled feathers in Japan and fed apprehension about the US commitment to extended deterrence.',
        },
        {
          id: 'europe',
          text: 'A prolonged US-Russia confrontation in Europe',
          explanation: 'It might divert America’s attention from the Asia-Pacific, leaving Japan in a perilous position.',
        },
      ],
      targets: [
        { id: 'china-rise', text: 'Strengthens China’s rise as a continental and maritime power' },
        { id: 'partnership', text: 'Boosts the Moscow-Beijing partnership' },
        { id: 'deterrence', text: 'Doubts in Japan about US extended deterrence' },
        { id: 'attention', text: 'US attention drawn away from the Asia-Pacific' },
      ],
      correct: {
        obor: 'china-rise',
        isolation: 'partnership',
        candidates: 'deterrence',
        europe: 'attention',
      },
      sources: [{ paragraph: 13, quote: 'Japan also did not lose sight of the fact that the U.S policy of isolating Russia has boosted the Moscow-Beijing partnership.' }],
      slide: 'china-us-factor',
    },
    {
      id: 'china-us-cornerstone',
      type: 'truefalse',
      prompt: 'True or false: the article expects Japan to scale back its military cooperation with the US in order to get closer to Russia.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Not so. The article says it is highly unlikely Japan will abandon military cooperation with the US, the cornerstone of its security policy.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Correct. A rapprochement with Russia gives Tokyo more options, but the US alliance remains the cornerstone of Japan’s security policy.',
        },
      ],
      correct: 'false',
      sources: [{ paragraph: 14, quote: 'However, it is highly unlikely that Japan will abandon its military cooperation with the U.S. since it remains the cornerstone of its security policy.' }],
      slide: 'china-us-alliance',
    },
  ],
})
