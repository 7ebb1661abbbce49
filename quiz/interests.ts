import { defineQuiz } from './engine/types'

export default defineQuiz({
  id: 'interests',
  title: 'Interests on each side',
  questions: [
    {
      id: 'interests-kremlin-gains',
      type: 'multiple',
      skill: 'argument',
      prompt: 'According to the article, what may a more meaningful engagement with Japan and other regional countries provide the Kremlin?',
      options: [
        {
          id: 'breathing',
          text: 'Some room to breathe',
          explanation: 'Right: with the entente tilted towards Beijing, such engagement may provide the Kremlin with some breathing space.',
        },
        {
          id: 'pillars',
          text: 'More support for Russia’s turn to the East',
          explanation: 'Right: it may add pillars to Russia’s pivot towards Asia.',
        },
        {
          id: 'west-front',
          text: 'A crack in the West’s united front',
          explanation: 'Not so: the article does not say this; it says such engagement may give the Kremlin breathing space and pillars for its pivot.',
        },
        {
          id: 'gas-leverage',
          text: 'More bargaining power in its gas talks with Beijing',
          explanation: 'Not so: the article does not say this here; it says such engagement may give breathing space and pillars for the pivot.',
        },
        {
          id: 'tide-over',
          text: 'A way to tide over its confrontation with the West',
          explanation: 'Not so: Moscow was compelled to seek its entente with Beijing for that.',
        },
      ],
      correct: ['breathing', 'pillars'],
      sources: [{ paragraph: 10, quote: 'In this light, a more meaningful engagement with Japan and other regional countries may provide the Kremlin with some breathing space and add pillars to Russia’s pivot towards Asia.' }],
      slide: 'china-russia-entente',
    },
    {
      id: 'interests-restricted',
      type: 'single',
      skill: 'argument',
      prompt: 'The article says that Russia “runs the risk” of something. Of what?',
      options: [
        {
          id: 'restricted',
          text: 'Ending up tied to China alone',
          explanation: 'Right: engaging Japan and other regional countries may give the Kremlin breathing space; otherwise, Russia runs the risk of being restricted to China.',
        },
        {
          id: 'junior',
          text: 'Becoming Beijing’s junior partner',
          explanation: 'Not so: the balance, the article says, has already tilted heavily in favor of Beijing; the risk it names is being restricted to China.',
        },
        {
          id: 'neighbourhood',
          text: 'Losing influence in its neighbourhood to Beijing',
          explanation: 'Not so: the article does not say this; the risk it names is being restricted to China.',
        },
        {
          id: 'isolated',
          text: 'Ending up isolated in its own region',
          explanation: 'Not so: the article says engaging Japan strengthens the narrative that Russia cannot be isolated; the risk it names is being restricted to China.',
        },
      ],
      correct: 'restricted',
      sources: [
        { paragraph: 10, quote: 'In this light, a more meaningful engagement with Japan and other regional countries may provide the Kremlin with some breathing space and add pillars to Russia’s pivot towards Asia.' },
        { paragraph: 11, quote: 'Otherwise, Russia runs the risk of being restricted to China.' },
      ],
      slide: 'china-russia-entente',
    },
    {
      id: 'interests-europe-attention',
      type: 'truefalse',
      skill: 'argument',
      prompt: 'True or false: the article suggests a prolonged US-Russia confrontation in Europe might push Washington into a harder line against Russia in Asia as well.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Not so: the article’s worry is the reverse: such a confrontation might divert America’s attention from the Asia-Pacific, leaving Japan in a perilous position.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Right: the article suggests it might divert America’s attention from the Asia-Pacific region, leaving Japan in a perilous position.',
        },
      ],
      correct: 'false',
      sources: [{ paragraph: 13, quote: 'A prolonged confrontation with Russia in Europe might divert America’s attention from the Asia-Pacific region, leaving Japan in a perilous position.' }],
      slide: 'china-us-factor',
    },
    {
      id: 'interests-energy-partnership',
      type: 'multiple',
      skill: 'argument',
      prompt: 'According to the article, what could a robust energy partnership between Russia and Japan do?',
      options: [
        {
          id: 'beyond-europe-china',
          text: 'Give Russia customers besides the EU and Beijing',
          explanation: 'Right: it can help Russia diversify from Europe and China.',
        },
        {
          id: 'middle-east',
          text: 'Cut Tokyo’s reliance on Middle Eastern energy',
          explanation: 'Right: it can let Tokyo diversify from the Middle East.',
        },
        {
          id: 'nuclear',
          text: 'Make up for the nuclear power Japan lost after Fukushima',
          explanation: 'Not so: the article never mentions nuclear power.',
        },
        {
          id: 'modernize',
          text: 'Help modernize Russia’s economy',
          explanation: 'Not so: that is its high-tech point, not energy.',
        },
        {
          id: 'outbid-china',
          text: 'Let Japan outbid China for Russian oil',
          explanation: 'Not so: the article sets up no such contest.',
        },
      ],
      correct: ['beyond-europe-china', 'middle-east'],
      sources: [
        { paragraph: 19, quote: 'Third, a robust energy partnership can help Russia diversify its energy supplies from Europe and China.' },
        { paragraph: 19, quote: 'The Russian hydrocarbons can also let Tokyo diversify its energy imports from the volatile Middle East.' },
      ],
      slide: 'interests',
    },
    {
      id: 'interests-net-importer',
      type: 'single',
      skill: 'recall',
      prompt: 'Which fact about Japan does the article say helps the energy side of the rapprochement?',
      options: [
        {
          id: 'net-importer',
          text: 'It still buys more energy abroad than it sells',
          explanation: 'Right: it helps, the article says, that Japan remains a net importer of energy.',
        },
        {
          id: 'sakhalin',
          text: 'Its firms already own shares in oil and gas projects on Sakhalin',
          explanation: 'Not so: the article does not mention Sakhalin; it says it helps that Japan remains a net importer of energy.',
        },
        {
          id: 'lng-price',
          text: 'It pays a premium for liquefied gas shipped to Asia',
          explanation: 'Not so: the article says nothing about gas prices; what helps, it says, is that Japan remains a net importer of energy.',
        },
        {
          id: 'reactors',
          text: 'Most of its nuclear reactors stand idle',
          explanation: 'Not so: the article does not mention Japan’s reactors; it says it helps that Japan remains a net importer of energy.',
        },
      ],
      correct: 'net-importer',
      sources: [{ paragraph: 19, quote: 'It helps that Japan remains a net importer of energy.' }],
      slide: 'interests',
    },
  ],
})
