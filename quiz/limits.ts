import { defineQuiz } from './engine/types'

export default defineQuiz({
  id: 'limits',
  title: 'Limits and roadblocks',
  questions: [
    {
      id: 'limits-no-breakthrough',
      type: 'truefalse',
      prompt: 'True or false: the article expects a breakthrough in Russia-Japan relations in the near future.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Not so: despite Abe’s personal diplomacy with Putin, the article says a breakthrough is unlikely in the near future.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Right: the article judges a near-term breakthrough unlikely, as several roadblocks remain.',
        },
      ],
      correct: 'false',
      sources: [{ paragraph: 23, quote: 'Nevertheless, it is unlikely that a breakthrough will emerge in the near future.' }],
      slide: 'limits-no-breakthrough',
    },
    {
      id: 'limits-abe-efforts',
      type: 'multiple',
      prompt: 'What has Abe done, against numerous odds, to cultivate a personal relationship with Putin?',
      options: [
        {
          id: 'g7',
          text: 'Broken ranks with the G7',
          explanation: 'Right: breaking ranks with the G7 is one of the odds the article says Abe took on to cultivate Putin.',
        },
        {
          id: 'flexible',
          text: 'Taken a more flexible position on the boundary issue',
          explanation: 'Right: the article says Abe adopted a more flexible position on the boundary issue.',
        },
        {
          id: 'crimea',
          text: 'Recognised Crimea’s incorporation into Russia',
          explanation: 'Not so: Tokyo still supports Washington’s sanctions, imposed in response to the incorporation of Crimea.',
        },
        {
          id: 'treaty',
          text: 'Signed a Second World War peace treaty with Russia',
          explanation: 'Not so: there is still no Second World War peace treaty, so the two technically remain at war.',
        },
      ],
      correct: ['g7', 'flexible'],
      sources: [{ paragraph: 23, quote: 'This despite Abe cultivating a personal relationship with Putin against numerous odds, including breaking ranks with the G7 and adopting a more flexible position on the boundary issue.' }],
      slide: 'limits-no-breakthrough',
    },
    {
      id: 'limits-why-manage-confrontation',
      type: 'single',
      prompt: 'Why might it be prudent for Abe to help manage the adversarial relationship between Russia and the US?',
      options: [
        {
          id: 'china-wins',
          text: 'China is the biggest winner of their confrontation',
          explanation: 'Right: it is perhaps prudent, since China is the biggest winner of their confrontation.',
        },
        {
          id: 'us-asked',
          text: 'Washington asked Tokyo to mediate on its behalf',
          explanation: 'Not so: the article mentions no such request.',
        },
        {
          id: 'missile-drop',
          text: 'Russia could then drop its missile defence plans',
          explanation: 'Not so: the missile defence plans are American.',
        },
        {
          id: 'energy-calm',
          text: 'Japan’s energy imports depend on calm between the two powers',
          explanation: 'Not so: Japan wants to diversify its imports from the volatile Middle East.',
        },
      ],
      correct: 'china-wins',
      sources: [{ paragraph: 23, quote: 'Perhaps it is even prudent that Abe plays a deft role in managing the adversarial relationship between Russia and the U.S. At the end of the day, the biggest winner of their confrontation is China.' }],
      slide: 'limits-no-breakthrough',
    },
    {
      id: 'limits-kremlin-optics',
      type: 'multiple',
      prompt: 'Which points in the article explain why Moscow, too, would mind China winning?',
      options: [
        {
          id: 'tilt',
          text: 'The entente has tilted heavily in Beijing’s favour',
          explanation: 'Right: it tilts heavily to Beijing.',
        },
        {
          id: 'forays',
          text: 'China is making increasing forays into Russia’s underbelly',
          explanation: 'Right: Japan can subtly balance them.',
        },
        {
          id: 'no-investment',
          text: 'China has refused to invest in Russia’s economy',
          explanation: 'Not so: its pace is unsatisfactory.',
        },
        {
          id: 'sanctions-joined',
          text: 'China has joined the Western sanctions imposed on Russia over Crimea',
          explanation: 'Not so: the article says no such thing.',
        },
        {
          id: 'arms-refused',
          text: 'China refuses to sell Russia cutting-edge weapons such as the S-400',
          explanation: 'Not so: the Kremlin has agreed to sell them to Beijing.',
        },
      ],
      correct: ['tilt', 'forays'],
      sources: [
        { paragraph: 23, quote: 'the unchecked rise of an assertive Beijing is surely not in their core interests. These optics would not have been lost in the Kremlin either.' },
        { paragraph: 10, quote: 'the balance of the relationship has tilted heavily in favor of Beijing' },
        { paragraph: 18, quote: 'subtly balance China’s increasing forays into Russia’s underbelly' },
      ],
      slide: 'limits-no-breakthrough',
    },
    {
      id: 'limits-missile-defence-chain',
      type: 'ordering',
      prompt: 'Put the chain of consequences the article foresees in cause-and-effect order.',
      options: [
        {
          id: 'upgrade',
          text: 'Russia upgrades its military capabilities, incl. on the Kurils',
          explanation: 'Third: Russia is likely to react by upgrading its military capabilities, including in the strategically important Kurils.',
        },
        {
          id: 'hopes',
          text: 'Japanese hopes of a speedy demarcation are buried',
          explanation: 'Last: a build-up on the Kurils will likely bury Japanese hopes of a speedy demarcation of these territories.',
        },
        {
          id: 'us-plans',
          text: 'The US plans a missile defence in the region',
          explanation: 'First: the chain starts with US plans to establish a missile defence in the region.',
        },
        {
          id: 'stakes',
          text: 'The stakes rise for the Kremlin',
          explanation: 'Second: the article says the missile defence plans will further raise the stakes for the Kremlin.',
        },
      ],
      correct: ['us-plans', 'stakes', 'upgrade', 'hopes'],
      sources: [
        { paragraph: 25, quote: 'The U.S. plans to establish a missile defence in the region will further raise the stakes for the Kremlin.' },
        { paragraph: 26, quote: 'Russia is likely to react by upgrading its own military capabilities, including those in the strategically important Kuril Islands. This will likely bury Japanese hopes of a speedy demarcation of these territories.' },
      ],
      slide: 'roadblock-trust-military',
    },
    {
      id: 'limits-roadblock-consequence',
      type: 'matching',
      prompt: 'Match each roadblock with the consequence the article draws from it. One target is left over.',
      options: [
        {
          id: 'sanctions',
          text: 'Tokyo’s support for the economic sanctions',
          explanation: 'Trust deficit: it persists.',
        },
        {
          id: 'nationalism',
          text: 'The nationalism both leaders have cultivated',
          explanation: 'Deft handling: a middle ground needs it.',
        },
        {
          id: 'complexity',
          text: 'The complexity of the trade-offs',
          explanation: 'More than meetings: given the complexities.',
        },
      ],
      targets: [
        { id: 'trust-deficit', text: 'A trust deficit that persists' },
        { id: 'deft-handling', text: 'Deft handling to reach a middle ground' },
        { id: 'more-meetings', text: 'A lot more than a few meetings' },
        { id: 'build-up', text: 'A likely Russian military build-up on the Kuril Islands' },
      ],
      correct: {
        sanctions: 'trust-deficit',
        nationalism: 'deft-handling',
        complexity: 'more-meetings',
      },
      sources: [
        { paragraph: 25, quote: 'a trust-deficit persists due to Tokyo supporting the economic sanctions' },
        { paragraph: 27, quote: 'cultivated domestic nationalism, it will require deft handling to arrive at a middle ground' },
        { paragraph: 28, quote: 'That will take a lot more than a few meetings.' },
      ],
      slide: 'roadblock-trust',
    },
    {
      id: 'limits-leaders-position',
      type: 'single',
      prompt: 'What might enable Abe and Putin to reach a middle ground on the boundary despite domestic nationalism?',
      options: [
        {
          id: 'central-position',
          text: 'Their central position in their power hierarchies',
          explanation: 'Right: the article says their central position in their power hierarchies might enable them to reach that middle ground.',
        },
        {
          id: 'public-demand',
          text: 'Public opinion at home pressing both leaders for a quick deal',
          explanation: 'Not so: the article points the other way: both leaders have cultivated nationalism, which makes compromise harder.',
        },
        {
          id: 'court-ruling',
          text: 'A ruling on the boundary by an international court of arbitration',
          explanation: 'Not so: the court ruling in the article concerns the South China Sea, not the Kurils.',
        },
        {
          id: 'us-pressure',
          text: 'US pressure on both sides to settle',
          explanation: 'Not so: the article mentions no such pressure; US missile defence plans instead raise the stakes for the Kremlin.',
        },
      ],
      correct: 'central-position',
      sources: [{ paragraph: 27, quote: 'Given the way Abe and Putin have cultivated domestic nationalism, it will require deft handling to arrive at a middle ground. Conversely, their central position in their power hierarchies might enable them to do just that.' }],
      slide: 'roadblock-boundary',
    },
  ],
})
