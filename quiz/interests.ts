import { defineQuiz } from './engine/types'

export default defineQuiz({
  id: 'interests',
  title: 'Interests on each side',
  questions: [
    {
      id: 'interests-entente-why',
      type: 'single',
      skill: 'argument',
      prompt: 'Why, according to the article, has Moscow been compelled to seek an entente with Beijing?',
      options: [
        {
          id: 'west',
          text: 'To tide over its confrontation with the West',
          explanation: 'Right: Moscow has been compelled to seek an entente with Beijing in order to tide over its confrontation with the West.',
        },
        {
          id: 'gas',
          text: 'To find buyers for gas from new Siberian fields',
          explanation: 'Not so: the article does not give this reason; it says Moscow needed to tide over its confrontation with the West.',
        },
        {
          id: 'militancy',
          text: 'To counter Islamist militancy in Central Asia',
          explanation: 'Not so: the article does not give this reason; it says Moscow needed to tide over its confrontation with the West.',
        },
        {
          id: 'nato',
          text: 'To balance NATO’s build-up in Eastern Europe',
          explanation: 'Not so: the article does not mention NATO; it speaks of Moscow’s confrontation with the West in general.',
        },
      ],
      correct: 'west',
      sources: [{ paragraph: 10, quote: 'Moscow has been compelled to seek an entente with Beijing in order to tide over its confrontation with the West including accommodating China even in its core strategic space.' }],
      slide: 'china-russia-entente',
    },
    {
      id: 'interests-breathing-space',
      type: 'single',
      skill: 'argument',
      prompt: 'According to the article, what may a more meaningful engagement with Japan and other regional countries provide the Kremlin?',
      options: [
        {
          id: 'breathing',
          text: 'Some breathing space, and pillars for a pivot to Asia',
          explanation: 'Right: with the entente tilted towards Beijing, such engagement may provide some breathing space and add pillars to Russia’s pivot towards Asia.',
        },
        {
          id: 'sanctions',
          text: 'A way round Western sanctions on Russian banks',
          explanation: 'Not so: the article does not say this; it says such engagement may provide some breathing space and pillars for the pivot.',
        },
        {
          id: 'gas-leverage',
          text: 'More bargaining power in its gas talks with Beijing',
          explanation: 'Not so: the article does not say this here; it says such engagement may provide some breathing space and pillars for the pivot.',
        },
        {
          id: 'trade-talks',
          text: 'A seat at the table in the Asia-Pacific free-trade talks',
          explanation: 'Not so: the article does not mention trade talks; it says such engagement may provide breathing space and pillars for the pivot.',
        },
      ],
      correct: 'breathing',
      sources: [{ paragraph: 10, quote: 'In this light, a more meaningful engagement with Japan and other regional countries may provide the Kremlin with some breathing space and add pillars to Russia’s pivot towards Asia.' }],
      slide: 'china-russia-entente',
    },
    {
      id: 'interests-sympathetic-view',
      type: 'single',
      skill: 'argument',
      prompt: 'According to the article, what would make a Russian-Chinese convergence of interests especially troubling for Japan?',
      options: [
        {
          id: 'sympathetic',
          text: 'Moscow taking a sympathetic view of Beijing’s positions',
          explanation: 'Right: a convergence, particularly if Moscow takes a sympathetic view of Beijing’s positions, can further muddy the Asia-Pacific waters.',
        },
        {
          id: 'ports',
          text: 'Chinese firms buying up ports in Russia’s Far East',
          explanation: 'Not so: the article does not mention Chinese ports deals; it names a sympathetic view in Moscow of Beijing’s positions.',
        },
        {
          id: 'drawdown',
          text: 'A drawdown of the US forces stationed across Japan',
          explanation: 'Not so: the article does not say this; what would make the convergence worse is Moscow’s sympathetic view of Beijing’s positions.',
        },
        {
          id: 'trade-pact',
          text: 'A Russian-Chinese trade pact that shuts Japan out of Asia',
          explanation: 'Not so: the article mentions no such pact; it names a sympathetic view in Moscow of Beijing’s positions.',
        },
      ],
      correct: 'sympathetic',
      sources: [{ paragraph: 12, quote: 'Similarly, Japan remains wary of an assertive Beijing. A Russian-Chinese convergence of interests, particularly if Moscow takes a sympathetic view of Beijing’s positions, can further muddy the Asia-Pacific waters.' }],
      slide: 'china-japan-wary',
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
      id: 'interests-japan-gains',
      type: 'multiple',
      skill: 'recall',
      prompt: 'Which of these does the article give as things Japan stands to gain from closer ties with Russia?',
      options: [
        {
          id: 'energy',
          text: 'Energy imports from beyond the volatile Middle East',
          explanation: 'Right: Russian hydrocarbons can let Tokyo diversify its energy imports from the volatile Middle East.',
        },
        {
          id: 'legacy',
          text: 'A domestic legacy for Abe, if the historical dispute is resolved',
          explanation: 'Right: the resolution of the historical boundary dispute can fortify Abe’s domestic legacy.',
        },
        {
          id: 'cars',
          text: 'A growing market for Japanese cars and machinery',
          explanation: 'Not so: the article does not mention exports of Japanese goods.',
        },
        {
          id: 'rare-earths',
          text: 'Rare earths it would otherwise have to buy from China',
          explanation: 'Not so: the article does not mention rare earths.',
        },
        {
          id: 'abductees',
          text: 'Russian help over the Japanese abducted by Pyongyang',
          explanation: 'Not so: the article does not mention the abductions.',
        },
      ],
      correct: ['energy', 'legacy'],
      sources: [
        { paragraph: 19, quote: 'The Russian hydrocarbons can also let Tokyo diversify its energy imports from the volatile Middle East.' },
        { paragraph: 20, quote: 'Meanwhile, the resolution of the historical boundary dispute can fortify Abe’s domestic legacy.' },
      ],
      slide: 'interests',
    },
  ],
})
