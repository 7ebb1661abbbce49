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
          text: 'Economic partnerships anchor ties; the goodwill then helps resolve the boundary',
          explanation: 'Right. The article speaks of weaving a web of economic partnerships and building on the goodwill to resolve the boundary dispute.',
        },
        {
          id: 'border-first',
          text: 'Settle the Kuril dispute first, then start trading',
          explanation: 'No. It is the other way round: economic ties come first, and the goodwill they create is meant to help with the dispute.',
        },
        {
          id: 'alliance',
          text: 'Form a military alliance to contain China',
          explanation: 'No. China is the common denominator, but the article describes economic partnerships, not a military alliance.',
        },
        {
          id: 'treaty-sanctions',
          text: 'Sign a peace treaty, then lift sanctions',
          explanation: 'No. The article does not present the plan this way; there is still no peace treaty, and Tokyo still supports the sanctions.',
        },
      ],
      correct: 'economy-first',
      sources: [{ paragraph: 16, quote: 'It involves weaving a web of economic partnerships to anchor the bilateral ties and build on the goodwill to resolve the boundary dispute.' }],
      slide: 'contours-blueprint',
    },
    {
      id: 'contours-what-each-offers',
      type: 'matching',
      prompt: 'The article lists four ways cooperation pays off. Match each one with what it offers.',
      options: [
        {
          id: 'high-tech',
          text: 'Japanese high-tech knowledge and innovation',
          explanation: 'It answers Russia’s compelling need to modernize its economy.',
        },
        {
          id: 'far-east',
          text: 'Japanese investment in the Far East',
          explanation: 'It can spur the region’s development and subtly balance China’s increasing forays into Russia’s underbelly.',
        },
        {
          id: 'energy',
          text: 'A robust energy partnership',
          explanation: 'It lets Russia diversify its supplies from Europe and China, and Japan its imports from the Middle East.',
        },
        {
          id: 'engagement',
          text: 'Engagement with Japan as such',
          explanation: 'It strengthens the Kremlin’s narrative that Russia cannot be isolated.',
        },
      ],
      targets: [
        { id: 'modernize', text: 'Modernizing Russia’s economy' },
        { id: 'balance-china', text: 'Developing the region and subtly balancing China' },
        { id: 'diversify', text: 'Diversifying energy supplies and imports' },
        { id: 'narrative', text: 'A narrative that Russia cannot be isolated' },
      ],
      correct: {
        'high-tech': 'modernize',
        'far-east': 'balance-china',
        'energy': 'diversify',
        'engagement': 'narrative',
      },
      sources: [{ paragraph: 18, quote: 'Second, Japanese investments in the Far East can spur the region’s development. It can also subtly balance China’s increasing forays into Russia’s underbelly.' }],
      slide: 'contours-tech-investment',
    },
    {
      id: 'contours-why-japan-tech',
      type: 'multiple',
      prompt: 'Why does Japan matter to Russia as a source of high-tech knowledge? Select all that apply.',
      options: [
        {
          id: 'modernize',
          text: 'Russia has a compelling need to modernize its economy',
          explanation: 'Right. The article says this need is what makes Japan a valuable source of high-tech knowledge and innovation.',
        },
        {
          id: 'china-tech',
          text: 'China has not met Russia’s high-tech requirements',
          explanation: 'Right. This is one of the inherent limits of the Moscow-Beijing partnership.',
        },
        {
          id: 'china-invest',
          text: 'China’s pace of investment has not been satisfactory',
          explanation: 'Right. The article names slow Chinese investment alongside unmet high-tech needs.',
        },
        {
          id: 'sanctions-lifted',
          text: 'Japan has lifted its sanctions on Russia',
          explanation: 'No. Tokyo still supports the sanctions, which the article later names as a source of mistrust.',
        },
        {
          id: 'europe-refuses',
          text: 'Europe has refused to sell Russia technology',
          explanation: 'No. The article does not say this; its comparison in this passage is with China.',
        },
      ],
      correct: ['modernize', 'china-tech', 'china-invest'],
      sources: [{ paragraph: 17, quote: 'Neither has China been able to meet Russia’s high-tech requirements nor has its pace of investments been satisfactory.' }],
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
          explanation: 'Right. Europe wants alternative suppliers of hydrocarbons, and China, as the main buyer of Russian gas in the region, has leverage.',
        },
        {
          id: 'japan-exporter',
          text: 'Japan has become a net exporter of energy',
          explanation: 'No. The reverse: Japan remains a net importer of energy, which is what makes it a natural partner.',
        },
        {
          id: 'fields-dry',
          text: 'Russia’s Far East gas fields are running dry',
          explanation: 'No. The article says nothing of this; the urgency comes from Russia’s customers in Europe and China.',
        },
        {
          id: 'middle-east',
          text: 'Russia depends on the volatile Middle East',
          explanation: 'No. The volatile Middle East is Japan’s concern: Russian hydrocarbons would let Tokyo diversify away from it.',
        },
      ],
      correct: 'buyers',
      sources: [{ paragraph: 19, quote: 'This acquires urgency, given Brussels’ plans to seek alternative suppliers of hydrocarbons and Beijing’s ability to play the energy card by virtue of being the major recipient of Russian gas in the region.' }],
      slide: 'contours-energy-narrative',
    },
    {
      id: 'contours-abe-legacy',
      type: 'truefalse',
      prompt: 'True or false: the article notes that Japan’s territorial problems with other neighbours are far more contentious than the dispute with Russia.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Correct. Those problems are far more contentious, with solutions distant, so the dispute with Russia stands out as one whose resolution could fortify Abe’s legacy.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Not so. The article says Japan’s territorial problems with other neighbours remain far more contentious, with immediate solutions distant.',
        },
      ],
      correct: 'true',
      sources: [{ paragraph: 20, quote: 'Notably, Japan’s territorial problems with other neighbors remain far more contentious and immediate solutions distant.' }],
      slide: 'contours-energy-narrative',
    },
    {
      id: 'contours-wider-spectrum',
      type: 'multiple',
      prompt: 'Which of these does the article list in the wider spectrum of possible Russia-Japan cooperation? Select all that apply.',
      options: [
        {
          id: 'terrorism',
          text: 'Combating terrorism',
          explanation: 'Right. Combating terrorism opens the article’s list of wider cooperation.',
        },
        {
          id: 'nsr',
          text: 'Tapping the Northern Sea Route’s linkages',
          explanation: 'Right. The Northern Sea Route is on the list, alongside the Korean crisis and Afghanistan.',
        },
        {
          id: 'afghanistan',
          text: 'Stabilizing Afghanistan',
          explanation: 'Right. Stabilizing Afghanistan closes the list.',
        },
        {
          id: 'senkaku-patrols',
          text: 'Joint naval patrols near the Senkaku Islands',
          explanation: 'No. The naval move near the Senkakus was by Russian and Chinese navies, and it worried Japan.',
        },
        {
          id: 'missile-defence',
          text: 'A joint missile defence system',
          explanation: 'No. Missile defence appears as a US plan that raises the stakes for the Kremlin, not as a shared project.',
        },
      ],
      correct: ['terrorism', 'nsr', 'afghanistan'],
      sources: [{ paragraph: 21, quote: 'This involves combating terrorism, managing the Korean crisis, tapping the Northern Sea Route’s linkages and stabilizing Afghanistan.' }],
      slide: 'contours-wider',
    },
  ],
})
