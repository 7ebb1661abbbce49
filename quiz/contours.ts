import { defineQuiz } from './engine/types'

export default defineQuiz({
  id: 'contours',
  title: 'Contours of the rapprochement',
  questions: [
    {
      id: 'contours-legacy',
      type: 'single',
      skill: 'argument',
      prompt: 'What does the article say the resolution of the historical boundary dispute can do?',
      options: [
        {
          id: 'legacy',
          text: 'Add to Abe’s record at home',
          explanation: 'Right: the resolution of the historical boundary dispute, the article says, can fortify Abe’s domestic legacy.',
        },
        {
          id: 'treaty',
          text: 'Open the way to a peace treaty',
          explanation: 'Not so: the article notes that there is no peace treaty but does not tie it to the dispute; a resolution can fortify Abe’s domestic legacy.',
        },
        {
          id: 'anchor',
          text: 'Anchor the bilateral ties',
          explanation: 'Not so: it is the web of economic partnerships that is to anchor the bilateral ties; a resolution of the dispute can fortify Abe’s domestic legacy.',
        },
        {
          id: 'pattern',
          text: 'Set a pattern for Japan’s other territorial quarrels',
          explanation: 'Not so: notably, the article says, Japan’s territorial problems with other neighbors remain far more contentious and immediate solutions distant.',
        },
      ],
      correct: 'legacy',
      sources: [{ paragraph: 20, quote: 'Meanwhile, the resolution of the historical boundary dispute can fortify Abe’s domestic legacy. Notably, Japan’s territorial problems with other neighbors remain far more contentious and immediate solutions distant.' }],
      slide: 'contours-energy-narrative',
    },
    {
      id: 'contours-energy-urgency',
      type: 'multiple',
      skill: 'argument',
      prompt: 'According to the article, what makes it urgent for Russia to diversify its energy supplies?',
      options: [
        {
          id: 'brussels',
          text: 'The EU’s hunt for other energy sellers',
          explanation: 'Right: this acquires urgency, the article says, given Brussels’ plans to seek alternative suppliers.',
        },
        {
          id: 'energy-card',
          text: 'China’s leverage as the region’s main buyer of Russian gas',
          explanation: 'Right: as the major recipient of Russian gas in the region, Beijing can play the energy card.',
        },
        {
          id: 'oil-price',
          text: 'The fall in world oil prices',
          explanation: 'Not so: the article does not mention oil prices.',
        },
        {
          id: 'china-demand',
          text: 'China’s slowing appetite for Russian oil',
          explanation: 'Not so: the article does not say this; its point about China is Beijing’s ability to play the energy card.',
        },
        {
          id: 'fukushima',
          text: 'Japan’s demand for gas after the Fukushima shutdown',
          explanation: 'Not so: the article does not mention Fukushima.',
        },
      ],
      correct: ['brussels', 'energy-card'],
      sources: [{ paragraph: 19, quote: 'Third, a robust energy partnership can help Russia diversify its energy supplies from Europe and China. This acquires urgency, given Brussels’ plans to seek alternative suppliers of hydrocarbons and Beijing’s ability to play the energy card by virtue of being the major recipient of Russian gas in the region.' }],
      slide: 'contours-energy-narrative',
    },
    {
      id: 'contours-four-reasons',
      type: 'ordering',
      skill: 'recall',
      prompt: 'The article numbers these four points First to Fourth. Put them in its order.',
      options: [
        {
          id: 'energy',
          text: 'Robust cooperation on energy',
          explanation: 'Third: the energy partnership.',
        },
        {
          id: 'narrative',
          text: 'A narrative that Russia cannot be isolated',
          explanation: 'Last: the Fourth, with Abe’s legacy beside it.',
        },
        {
          id: 'tech',
          text: 'Japan as a source of high-tech knowledge',
          explanation: 'First: high-tech knowledge.',
        },
        {
          id: 'investment',
          text: 'Japanese investment in the Far East',
          explanation: 'Second: the Far East.',
        },
      ],
      correct: ['tech', 'investment', 'energy', 'narrative'],
      sources: [
        { paragraph: 17, quote: 'First, given the compelling need to modernize Russia’s economy, Japan can be the source of high-tech knowledge and innovation.' },
        { paragraph: 18, quote: 'Second, Japanese investments in the Far East can spur the region’s development.' },
        { paragraph: 19, quote: 'Third, a robust energy partnership can help Russia diversify its energy supplies from Europe and China.' },
        { paragraph: 20, quote: 'Fourth, an engagement with Japan strengthens the Kremlin’s narrative that Russia cannot be isolated.' },
      ],
      slide: 'contours-blueprint',
    },
    {
      id: 'contours-tech-significance',
      type: 'single',
      skill: 'argument',
      prompt: 'The article says Japan’s role as a source of high-tech knowledge for Russia “assumes significance” given what?',
      options: [
        {
          id: 'limits',
          text: 'What China has failed to give Russia',
          explanation: 'Right: China has not met Russia’s high-tech requirements, nor has its pace of investment been satisfactory.',
        },
        {
          id: 'export-bans',
          text: 'Western bans on selling technology to Russia',
          explanation: 'Not so: the article does not mention them; it sets Japan against what China has failed to provide.',
        },
        {
          id: 'industry',
          text: 'The age of Russia’s Soviet-built industry',
          explanation: 'Not so: the article does not say this; it speaks of the inherent limits of the Moscow-Beijing partnership.',
        },
        {
          id: 'competition',
          text: 'Competition from Chinese firms in Russia’s own markets',
          explanation: 'Not so: the article does not mention competition; it speaks of the inherent limits of the Moscow-Beijing partnership.',
        },
      ],
      correct: 'limits',
      sources: [{ paragraph: 17, quote: 'First, given the compelling need to modernize Russia’s economy, Japan can be the source of high-tech knowledge and innovation. This assumes significance given the inherent limits of the Moscow-Beijing partnership. Neither has China been able to meet Russia’s high-tech requirements nor has its pace of investments been satisfactory.' }],
      slide: 'contours-tech-investment',
    },
    {
      id: 'contours-far-east-offset',
      type: 'truefalse',
      skill: 'argument',
      prompt: 'True or false: the article suggests Japanese investment in the Far East could help Russia offset pressure from the West.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Not so: after the investments spur the region’s development, “It can also subtly balance China’s increasing forays into Russia’s underbelly.”',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Right: what the article says “can also subtly balance” is China’s increasing forays into Russia’s underbelly, not the West.',
        },
      ],
      correct: 'false',
      sources: [{ paragraph: 18, quote: 'Second, Japanese investments in the Far East can spur the region’s development. It can also subtly balance China’s increasing forays into Russia’s underbelly.' }],
      slide: 'contours-tech-investment',
    },
    {
      id: 'contours-central-asia',
      type: 'truefalse',
      skill: 'recall',
      prompt: 'True or false: the article suggests Moscow has been open to Japan’s efforts to build economic links in Central Asia.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Right: Russia has also been receptive to Japan’s Central Asian overtures, the article says, in building economic linkages and tackling drug trafficking.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Not so: the article says Russia has been receptive to Japan’s Central Asian overtures, in building economic linkages and tackling drug trafficking.',
        },
      ],
      correct: 'true',
      sources: [{ paragraph: 21, quote: 'Russia has also been receptive to Japan’s Central Asian overtures in building economic linkages and tackling drug trafficking.' }],
      slide: 'contours-wider',
    },
    {
      id: 'contours-wider-spectrum',
      type: 'multiple',
      skill: 'recall',
      prompt: 'Which of these does the article list in a wider spectrum of potential Russia-Japan cooperation?',
      options: [
        {
          id: 'terrorism',
          text: 'Fighting terrorism',
          explanation: 'Right: it opens the article’s list.',
        },
        {
          id: 'korea',
          text: 'Handling the crisis on the Korean peninsula',
          explanation: 'Right: it is on the list.',
        },
        {
          id: 'afghanistan',
          text: 'Bringing stability to Afghanistan',
          explanation: 'Right: it closes the list.',
        },
        {
          id: 'medical',
          text: 'Medical care and longer lives',
          explanation: 'Not so: the article does not list it.',
        },
        {
          id: 'urban',
          text: 'Urban development',
          explanation: 'Not so: the article does not list it.',
        },
        {
          id: 'cyber',
          text: 'Cybersecurity',
          explanation: 'Not so: the article does not list it.',
        },
      ],
      correct: ['terrorism', 'korea', 'afghanistan'],
      sources: [{ paragraph: 21, quote: 'Moreover, there exists a wider spectrum of potential cooperation. This involves combating terrorism, managing the Korean crisis, tapping the Northern Sea Route’s linkages and stabilizing Afghanistan.' }],
      slide: 'contours-wider',
    },
  ],
})
