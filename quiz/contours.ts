import { defineQuiz } from './engine/types'

export default defineQuiz({
  id: 'contours',
  title: 'Contours of the rapprochement',
  questions: [
    {
      id: 'contours-web-first',
      type: 'single',
      prompt: 'How does the article describe the basic logic of the Japanese-Russian reconciliation?',
      options: [
        {
          id: 'economy-first',
          text: 'Economic ties anchor relations; the goodwill then helps with the boundary',
          explanation: 'Right: the contours appear to be a web of economic partnerships to anchor ties and build on the goodwill to resolve the boundary dispute.',
        },
        {
          id: 'border-first',
          text: 'Settle the Kuril dispute first, and then build economic ties on that result',
          explanation: 'Not so: it is the other way round: economic partnerships come first, and the goodwill they build is to help resolve the dispute.',
        },
        {
          id: 'bloc',
          text: 'Form a military alliance with Japan to contain China',
          explanation: 'Not so: China is the common denominator, but the article describes economic partnerships, not a military alliance.',
        },
        {
          id: 'treaty',
          text: 'Sign a peace treaty first, so that trade can then follow',
          explanation: 'Not so: there is still no peace treaty; the article starts from economic partnerships, which build goodwill for the dispute.',
        },
      ],
      correct: 'economy-first',
      sources: [{ paragraph: 16, quote: 'The broad contours of the Japanese-Russian reconciliation appear to be taking shape. It involves weaving a web of economic partnerships to anchor the bilateral ties and build on the goodwill to resolve the boundary dispute.' }],
      slide: 'contours-blueprint',
    },
    {
      id: 'contours-what-each-offers',
      type: 'matching',
      prompt: 'Match each strand of cooperation with what the article says it offers Russia. One target is left over.',
      options: [
        {
          id: 'high-tech',
          text: 'Japanese high-tech knowledge and innovation',
          explanation: 'Modernizing: a compelling need.',
        },
        {
          id: 'far-east',
          text: 'Japanese investment in the Far East',
          explanation: 'A counterweight: it can subtly balance China.',
        },
        {
          id: 'energy',
          text: 'A robust energy partnership',
          explanation: 'Energy: it can help Russia diversify.',
        },
      ],
      targets: [
        { id: 'modernize', text: 'Modernizing Russia’s economy' },
        { id: 'counterweight', text: 'A counterweight to China’s forays' },
        { id: 'diversify', text: 'Energy supplies beyond Europe and China' },
        { id: 'sea-route', text: 'Linkages along the Northern Sea Route' },
      ],
      correct: {
        'high-tech': 'modernize',
        'far-east': 'counterweight',
        'energy': 'diversify',
      },
      sources: [
        { paragraph: 17, quote: 'the compelling need to modernize Russia’s economy' },
        { paragraph: 18, quote: 'subtly balance China’s increasing forays into Russia’s underbelly' },
        { paragraph: 19, quote: 'help Russia diversify its energy supplies from Europe and China' },
      ],
      slide: 'contours-tech-investment',
    },
    {
      id: 'contours-why-japan-tech',
      type: 'multiple',
      prompt: 'Why does Japan matter to Russia as a source of high-tech knowledge?',
      options: [
        {
          id: 'modernize',
          text: 'Russia has a compelling need to modernize its economy',
          explanation: 'Right: given that need, Japan can be the source of high-tech knowledge.',
        },
        {
          id: 'china-tech',
          text: 'China has not met Russia’s high-tech requirements',
          explanation: 'Right: an inherent limit of that tie.',
        },
        {
          id: 'china-invest',
          text: 'China’s pace of investment has not been satisfactory',
          explanation: 'Right: another such limit.',
        },
        {
          id: 'trade-partner',
          text: 'Japan is already Russia’s largest trading partner in Asia',
          explanation: 'Not so: no such claim.',
        },
        {
          id: 'europe-refuses',
          text: 'Europe has refused to sell Russia technology',
          explanation: 'Not so: it compares Japan with China.',
        },
      ],
      correct: ['modernize', 'china-tech', 'china-invest'],
      sources: [
        { paragraph: 17, quote: 'the compelling need to modernize Russia’s economy' },
        { paragraph: 17, quote: 'Neither has China been able to meet Russia’s high-tech requirements nor has its pace of investments been satisfactory.' },
      ],
      slide: 'contours-tech-investment',
    },
    {
      id: 'contours-energy-urgency',
      type: 'single',
      prompt: 'What makes energy diversification urgent for Russia, according to the article?',
      options: [
        {
          id: 'buyers',
          text: 'Brussels seeks other suppliers and Beijing can play the energy card',
          explanation: 'Right: Europe plans to seek alternative suppliers of hydrocarbons, and China, the major recipient of Russian gas in the region, has leverage.',
        },
        {
          id: 'japan-exporter',
          text: 'Japan has become a net exporter of energy',
          explanation: 'Not so: the reverse; Japan remains a net importer of energy, which is what makes it a natural partner.',
        },
        {
          id: 'japan-buyer',
          text: 'Japan, its main gas buyer in the region, plans to seek other suppliers',
          explanation: 'Not so: it is Brussels that plans to seek other suppliers; Beijing is the major recipient of Russian gas in the region.',
        },
        {
          id: 'middle-east',
          text: 'Russia depends on the volatile Middle East',
          explanation: 'Not so: the volatile Middle East is Japan’s concern: Russian hydrocarbons would let Tokyo diversify away from it.',
        },
      ],
      correct: 'buyers',
      sources: [{ paragraph: 19, quote: 'This acquires urgency, given Brussels’ plans to seek alternative suppliers of hydrocarbons and Beijing’s ability to play the energy card by virtue of being the major recipient of Russian gas in the region.' }],
      slide: 'contours-energy-narrative',
    },
    {
      id: 'contours-legacy-elsewhere',
      type: 'truefalse',
      prompt: 'True or false: the article hints that a Kuril settlement appeals to Abe partly because Japan’s disputes with other neighbours look even harder to solve.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Right: resolving the dispute can fortify Abe’s domestic legacy, while Japan’s territorial problems with other neighbours remain far more contentious.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Not so: the article notes that Japan’s territorial problems with other neighbours remain far more contentious, with immediate solutions distant.',
        },
      ],
      correct: 'true',
      sources: [{ paragraph: 20, quote: 'Meanwhile, the resolution of the historical boundary dispute can fortify Abe’s domestic legacy. Notably, Japan’s territorial problems with other neighbors remain far more contentious and immediate solutions distant.' }],
      slide: 'contours-energy-narrative',
    },
    {
      id: 'contours-wider-spectrum',
      type: 'multiple',
      prompt: 'Which of these does the article list in the wider spectrum of possible Russia-Japan cooperation?',
      options: [
        {
          id: 'terrorism',
          text: 'Combating terrorism',
          explanation: 'Right: it opens the article’s list.',
        },
        {
          id: 'sea-route',
          text: 'Tapping the Northern Sea Route’s linkages',
          explanation: 'Right: it is on the list, with the Korean crisis.',
        },
        {
          id: 'afghanistan',
          text: 'Stabilizing Afghanistan',
          explanation: 'Right: it closes the list.',
        },
        {
          id: 'senkaku-patrols',
          text: 'Joint naval patrols near the Senkaku Islands',
          explanation: 'Not so: Russian and Chinese navies sailed there, which worried Japan.',
        },
        {
          id: 'missile-defence',
          text: 'A joint missile defence system',
          explanation: 'Not so: missile defence is a US plan that raises the stakes for the Kremlin.',
        },
      ],
      correct: ['terrorism', 'sea-route', 'afghanistan'],
      sources: [{ paragraph: 21, quote: 'This involves combating terrorism, managing the Korean crisis, tapping the Northern Sea Route’s linkages and stabilizing Afghanistan.' }],
      slide: 'contours-wider',
    },
  ],
})
