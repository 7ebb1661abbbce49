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
          explanation: 'Not so. Despite Abe’s personal diplomacy, the article says a breakthrough is unlikely in the near future.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Correct. The article says a near-term breakthrough is unlikely, because several roadblocks remain.',
        },
      ],
      correct: 'false',
      sources: [{ paragraph: 23, quote: 'Nevertheless, it is unlikely that a breakthrough will emerge in the near future.' }],
      slide: 'limits-no-breakthrough',
    },
    {
      id: 'limits-abe-efforts',
      type: 'multiple',
      prompt: 'What has Abe done, against numerous odds, to cultivate a personal relationship with Putin? Select all that apply.',
      options: [
        {
          id: 'g7',
          text: 'Broken ranks with the G7',
          explanation: 'Right. Breaking ranks with the G7 is one of the odds the article says Abe took on to cultivate Putin.',
        },
        {
          id: 'flexible',
          text: 'Taken a more flexible position on the boundary issue',
          explanation: 'Right. The article says Abe adopted a more flexible position on the boundary issue.',
        },
        {
          id: 'sanctions',
          text: 'Ended Japan’s support for the sanctions',
          explanation: 'No. Tokyo still supports the sanctions, and the article says this causes a trust deficit.',
        },
        {
          id: 'us-cooperation',
          text: 'Scaled back military cooperation with the US',
          explanation: 'No. The US alliance remains the cornerstone of Japan’s security policy, and Japan is a key US ally.',
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
          explanation: 'Right. The article argues that the unchecked rise of an assertive Beijing is surely not in their core interests.',
        },
        {
          id: 'leave-alliance',
          text: 'It would let Japan leave its alliance with the US',
          explanation: 'No. Japan remains a key US ally and is highly unlikely to abandon military cooperation with the US.',
        },
        {
          id: 'g7-request',
          text: 'The G7 asked Abe to act as mediator',
          explanation: 'No. The article says Abe broke ranks with the G7; it mentions no request to mediate.',
        },
        {
          id: 'kurils-now',
          text: 'It would settle the Kuril dispute at once',
          explanation: 'No. The article expects no quick breakthrough, and a boundary deal will involve compromises.',
        },
      ],
      correct: 'china-wins',
      sources: [{ paragraph: 23, quote: 'At the end of the day, the biggest winner of their confrontation is China. And the unchecked rise of an assertive Beijing is surely not in their core interests.' }],
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
          explanation: 'Third. The article expects Russia to react by upgrading its military capabilities, including in the strategically important Kurils.',
        },
        {
          id: 'hopes',
          text: 'Japanese hopes of a speedy demarcation are buried',
          explanation: 'Last. A military build-up on the Kurils would likely bury hopes of quickly demarcating these territories.',
        },
        {
          id: 'us-plans',
          text: 'The US plans a missile defence in the region',
          explanation: 'First. The chain starts with US plans to establish a missile defence in the region.',
        },
        {
          id: 'stakes',
          text: 'The stakes rise for the Kremlin',
          explanation: 'Second. The article says the missile defence plans will further raise the stakes for the Kremlin.',
        },
      ],
      correct: ['us-plans', 'stakes', 'upgrade', 'hopes'],
      sources: [{ paragraph: 26, quote: 'Russia is likely to react by upgrading its own military capabilities, including those in the strategically important Kuril Islands. This will likely bury Japanese hopes of a speedy demarcation of these territories.' }],
      slide: 'roadblock-trust-military',
    },
    {
      id: 'limits-roadblock-consequence',
      type: 'matching',
      prompt: 'Match each roadblock with the consequence the article draws from it.',
      options: [
        {
          id: 'sanctions',
          text: 'Tokyo’s support for the sanctions',
          explanation: 'The article says a trust deficit persists because Tokyo supports the economic sanctions.',
        },
        {
          id: 'entente',
          text: 'The Russian-Chinese entente',
          explanation: 'The article warns that the entente can limit the Moscow-Tokyo rapprochement.',
        },
        {
          id: 'nationalism',
          text: 'The nationalism both leaders have cultivated',
          explanation: 'Because both leaders have cultivated nationalism, reaching a middle ground on the boundary will need deft handling.',
        },
        {
          id: 'complexity',
          text: 'The complexity of the trade-offs',
          explanation: 'Given the complexities, the rapprochement will take a lot more than a few meetings.',
        },
      ],
      targets: [
        { id: 'trust-deficit', text: 'A persistent trust deficit' },
        { id: 'limits-ties', text: 'It can limit the Moscow-Tokyo rapprochement' },
        { id: 'deft-handling', text: 'A boundary compromise needs deft handling' },
        { id: 'more-meetings', text: 'It will take more than a few meetings' },
      ],
      correct: {
        sanctions: 'trust-deficit',
        entente: 'limits-ties',
        nationalism: 'deft-handling',
        complexity: 'more-meetings',
      },
      sources: [{ paragraph: 25, quote: 'First, a trust-deficit persists due to Tokyo supporting the economic sanctions.' }],
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
          explanation: 'Right. The article suggests that the leaders’ central position at home might let them strike the needed compromise.',
        },
        {
          id: 'public-demand',
          text: 'Public opinion demanding a quick deal',
          explanation: 'No. The article points the other way: both leaders have cultivated nationalism, which makes compromise harder.',
        },
        {
          id: 'court-ruling',
          text: 'A ruling by an international court',
          explanation: 'No. The only court ruling in the article concerns the South China Sea, not the Kurils.',
        },
        {
          id: 'us-pressure',
          text: 'US pressure on both sides to settle',
          explanation: 'No. The article mentions no such pressure; US missile defence plans instead raise the stakes for the Kremlin.',
        },
      ],
      correct: 'central-position',
      sources: [{ paragraph: 27, quote: 'Conversely, their central position in their power hierarchies might enable them to do just that.' }],
      slide: 'roadblock-boundary',
    },
  ],
})
