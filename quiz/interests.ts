import { defineQuiz } from './engine/types'

export default defineQuiz({
  id: 'interests',
  title: 'Interests on each side',
  questions: [
    {
      id: 'interests-who-holds',
      type: 'matching',
      prompt: 'Match each interest with the country the article says it serves.',
      options: [
        {
          id: 'high-tech',
          text: 'Gaining high-tech knowledge and innovation',
          explanation: 'Russia. It needs to modernize its economy, and China has not met its high-tech requirements.',
        },
        {
          id: 'middle-east',
          text: 'Diversifying energy imports away from the Middle East',
          explanation: 'Japan. As a net importer of energy, it can use Russian hydrocarbons to rely less on the volatile Middle East.',
        },
        {
          id: 'not-isolated',
          text: 'Showing that it cannot be isolated',
          explanation: 'Russia. Engagement with Japan strengthens the Kremlin’s narrative that Russia cannot be isolated.',
        },
        {
          id: 'legacy',
          text: 'Fortifying a leader’s domestic legacy',
          explanation: 'Japan. Resolving the historical boundary dispute could fortify Abe’s domestic legacy.',
        },
        {
          id: 'crisis-options',
          text: 'More options to manage emerging crises',
          explanation: 'Japan. Given the rivalries at play, a rapprochement with Russia can give Tokyo options to manage emerging crises.',
        },
      ],
      targets: [
        { id: 'russia', text: 'Russia' },
        { id: 'japan', text: 'Japan' },
      ],
      correct: {
        'high-tech': 'russia',
        'middle-east': 'japan',
        'not-isolated': 'russia',
        'legacy': 'japan',
        'crisis-options': 'japan',
      },
      sources: [{ paragraph: 20, quote: 'Fourth, an engagement with Japan strengthens the Kremlin’s narrative that Russia cannot be isolated. Meanwhile, the resolution of the historical boundary dispute can fortify Abe’s domestic legacy.' }],
      slide: 'interests',
    },
    {
      id: 'interests-russia-restricted',
      type: 'single',
      prompt: 'What does the article say Russia risks if it does not widen its engagement with Japan and other regional countries?',
      options: [
        {
          id: 'restricted',
          text: 'Being restricted to China',
          explanation: 'Right. With the entente tilted towards Beijing, wider engagement in Asia is what keeps Russia from being restricted to China.',
        },
        {
          id: 'lose-kurils',
          text: 'Losing the Kuril Islands to Japan',
          explanation: 'No. The article never suggests this; it expects Russia to upgrade its military capabilities on the Kurils.',
        },
        {
          id: 'korea',
          text: 'Being drawn into the Korean crisis',
          explanation: 'No. The Korean crisis appears only as an area where Russia and Japan might cooperate.',
        },
        {
          id: 'senkaku-war',
          text: 'A naval clash with Japan near the Senkakus',
          explanation: 'No. The Senkaku episode was a symbolic Russian-Chinese naval move that worried Japan; the article warns of no clash.',
        },
      ],
      correct: 'restricted',
      sources: [{ paragraph: 11, quote: 'Otherwise, Russia runs the risk of being restricted to China.' }],
      slide: 'china-russia-entente',
    },
    {
      id: 'interests-japan-reasons',
      type: 'multiple',
      prompt: 'Why does a rapprochement with Russia appeal to Tokyo, according to the article? Select all that apply.',
      options: [
        {
          id: 'crisis-options',
          text: 'It gives Tokyo options to better manage emerging crises',
          explanation: 'Right. The article concludes that, given the geopolitical rivalries at play, closer ties give Tokyo more options.',
        },
        {
          id: 'us-doubts',
          text: 'Japan doubts the US commitment to extended deterrence',
          explanation: 'Right. Statements by US presidential candidates fed these apprehensions in Japan.',
        },
        {
          id: 'muddy-waters',
          text: 'A Russia sympathetic to Beijing could muddy Asia-Pacific waters',
          explanation: 'Right. Japan is wary of an assertive Beijing, and a Russian-Chinese convergence of interests would make things worse.',
        },
        {
          id: 'replace-us',
          text: 'Russia could replace the US as Japan’s security partner',
          explanation: 'No. The article says Japan is highly unlikely to abandon military cooperation with the US, the cornerstone of its security policy.',
        },
        {
          id: 'buy-arms',
          text: 'Japan hopes to buy S-400 systems from Russia',
          explanation: 'No. The S-400 sale in the article is to Beijing, and it is one of the things that worry Japan.',
        },
      ],
      correct: ['crisis-options', 'us-doubts', 'muddy-waters'],
      sources: [{ paragraph: 14, quote: 'Therefore, given the geopolitical rivalries at play, a rapprochement with Russia can provide Tokyo options to better manage emerging crises.' }],
      slide: 'interests',
    },
    {
      id: 'interests-energy-both-ways',
      type: 'truefalse',
      prompt: 'True or false: in the article, a Russia-Japan energy partnership serves only Russia’s interests.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Not so. Russia can diversify its energy supplies beyond Europe and China, and Japan, a net energy importer, can rely less on the volatile Middle East.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Correct. The partnership works both ways: Russia diversifies away from Europe and China, and Japan diversifies away from the Middle East.',
        },
      ],
      correct: 'false',
      sources: [{ paragraph: 19, quote: 'The Russian hydrocarbons can also let Tokyo diversify its energy imports from the volatile Middle East.' }],
      slide: 'interests',
    },
    {
      id: 'interests-abe-timing',
      type: 'single',
      prompt: 'Why does the article think Abe re-engaged Putin during the final months of Obama’s tenure?',
      options: [
        {
          id: 'us-elections',
          text: 'US attention was on its elections, giving Abe leeway with Russia',
          explanation: 'Right. With America focused on the presidential elections, Abe has some leeway to explore cooperation with Russia.',
        },
        {
          id: 'obama-request',
          text: 'Obama had asked Japan to mediate with Russia',
          explanation: 'No. The article mentions no such request; it only suggests Abe might wisely help manage the Russia-US relationship.',
        },
        {
          id: 'g7-lifted',
          text: 'The G7 had lifted its sanctions on Russia',
          explanation: 'No. Abe broke ranks with the G7 to cultivate Putin, and Tokyo still supports the sanctions.',
        },
        {
          id: 'kurils-settled',
          text: 'The Kuril dispute had just been settled',
          explanation: 'No. The dispute is unresolved; the article expects any settlement to need compromises.',
        },
      ],
      correct: 'us-elections',
      sources: [{ paragraph: 14, quote: 'With America’s attention focused on the upcoming presidential elections, it is perhaps no coincidence that Abe has sought to re-engage Putin during the final months of Obama’s tenure. This will give him some leeway to explore synergies of cooperation with Russia.' }],
      slide: 'china-us-alliance',
    },
  ],
})
