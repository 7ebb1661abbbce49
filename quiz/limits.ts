import { defineQuiz } from './engine/types'

export default defineQuiz({
  id: 'limits',
  title: 'Limits and roadblocks',
  questions: [
    {
      id: 'limits-abe-odds',
      type: 'multiple',
      skill: 'recall',
      prompt: 'The article says Abe has cultivated a personal relationship with Putin “against numerous odds”, and lists some after “including”. Which of these?',
      options: [
        {
          id: 'g7',
          text: 'Going his own way within the G7',
          explanation: 'Right: the article lists breaking ranks with the G7 there, and still judges a near-term breakthrough unlikely.',
        },
        {
          id: 'flexible',
          text: 'Softening his stance over the islands',
          explanation: 'Right: the article lists adopting a more flexible position on the boundary issue there.',
        },
        {
          id: 'olympics',
          text: 'Attending the Sochi Winter Olympics that Western leaders shunned',
          explanation: 'Not so: the article does not mention the Olympics; the Sochi visit it mentions is Abe’s in May.',
        },
        {
          id: 'hometown',
          text: 'Inviting Putin to his home prefecture',
          explanation: 'Not so: the article mentions no such invitation; it only says a reciprocal visit by Putin can result.',
        },
      ],
      correct: ['g7', 'flexible'],
      sources: [{ paragraph: 23, quote: 'Nevertheless, it is unlikely that a breakthrough will emerge in the near future. This despite Abe cultivating a personal relationship with Putin against numerous odds, including breaking ranks with the G7 and adopting a more flexible position on the boundary issue.' }],
      slide: 'limits-no-breakthrough',
    },
    {
      id: 'limits-prudent-role',
      type: 'single',
      skill: 'argument',
      prompt: 'The article suggests that one course may even be prudent for Abe. Which?',
      options: [
        {
          id: 'manage',
          text: 'Helping manage the Moscow–Washington feud',
          explanation: 'Right: perhaps it is even prudent, the article says, that Abe plays a deft role in managing the adversarial relationship between Russia and the U.S.',
        },
        {
          id: 'side-with-us',
          text: 'Siding firmly with Washington against Moscow',
          explanation: 'Not so: the article gives no such advice; perhaps it is even prudent, it says, that Abe helps manage the Russia-US relationship.',
        },
        {
          id: 'trade-first',
          text: 'Setting the islands aside to build trade first',
          explanation: 'Not so: the article gives no such advice; perhaps it is even prudent, it says, that Abe helps manage the Russia-US relationship.',
        },
        {
          id: 'insulate',
          text: 'Insulating his Russia policy from the Moscow–Washington clash',
          explanation: 'Not so: the article says Abe will find insulating the rapprochement daunting; perhaps it is even prudent that he helps manage the Russia-US relationship.',
        },
      ],
      correct: 'manage',
      sources: [{ paragraph: 23, quote: 'Perhaps it is even prudent that Abe plays a deft role in managing the adversarial relationship between Russia and the U.S. At the end of the day, the biggest winner of their confrontation is China.' }],
      slide: 'limits-no-breakthrough',
    },
    {
      id: 'limits-roadblocks',
      type: 'multiple',
      skill: 'argument',
      prompt: 'The article says several roadblocks remain. Which of these does it count among them?',
      options: [
        {
          id: 'trust',
          text: 'A lingering trust deficit over Tokyo’s backing of the sanctions',
          explanation: 'Right: the first roadblock: a trust deficit persists due to Tokyo supporting the economic sanctions.',
        },
        {
          id: 'compromises',
          text: 'The concessions a border deal will demand of both',
          explanation: 'Right: the second: the resolution of the boundary problem will involve compromises, which need deft handling.',
        },
        {
          id: 'sovereignty',
          text: 'Moscow’s refusal to discuss sovereignty over the islands',
          explanation: 'Not so: the article reports no such refusal.',
        },
        {
          id: 'beijing',
          text: 'Beijing’s objections to a Russian-Japanese deal',
          explanation: 'Not so: the article mentions no objections from Beijing; it says the Russian-Chinese entente can limit the rapprochement.',
        },
        {
          id: 'two-islands',
          text: 'Japanese opposition to a deal that returns two of four islands',
          explanation: 'Not so: the article does not discuss what a deal would return.',
        },
      ],
      correct: ['trust', 'compromises'],
      sources: [
        { paragraph: 25, quote: 'First, a trust-deficit persists due to Tokyo supporting the economic sanctions.' },
        { paragraph: 27, quote: 'Second, the resolution of the boundary problem will involve compromises.' },
      ],
      slide: 'roadblock-trust',
    },
    {
      id: 'limits-missile-stakes',
      type: 'truefalse',
      skill: 'argument',
      prompt: 'True or false: the article says US plans for a missile defence in the region will further raise the stakes for Beijing.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Not so: it is for the Kremlin that the plans will further raise the stakes, the article says; Russia is likely to react by upgrading its own capabilities.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Right: the article says the plans will further raise the stakes for the Kremlin, which is likely to react by upgrading its own military capabilities.',
        },
      ],
      correct: 'false',
      sources: [
        { paragraph: 25, quote: 'The U.S. plans to establish a missile defence in the region will further raise the stakes for the Kremlin.' },
        { paragraph: 26, quote: 'Russia is likely to react by upgrading its own military capabilities, including those in the strategically important Kuril Islands.' },
      ],
      slide: 'roadblock-trust',
    },
    {
      id: 'limits-demarcation',
      type: 'single',
      skill: 'argument',
      prompt: 'What consequence does the article draw from a Russian military upgrade on the Kurils?',
      options: [
        {
          id: 'bury',
          text: 'It will likely end Japan’s hopes of fixing the frontier quickly',
          explanation: 'Right: this, the article says, will likely bury Japanese hopes of a speedy demarcation of these territories.',
        },
        {
          id: 'harden',
          text: 'It will likely harden Japanese opinion against compromise',
          explanation: 'Not so: the article does not say this; it says the upgrade will likely bury hopes of a speedy demarcation.',
        },
        {
          id: 'economic-only',
          text: 'It will likely turn Tokyo to a purely economic engagement',
          explanation: 'Not so: the article calls it unclear whether Tokyo would then turn purely economic; what is likely is that hopes of a speedy demarcation are buried.',
        },
        {
          id: 'joint-activity',
          text: 'It will likely freeze joint economic work on the islands themselves',
          explanation: 'Not so: the article mentions no such joint work; it says the upgrade will likely bury hopes of a speedy demarcation.',
        },
      ],
      correct: 'bury',
      sources: [{ paragraph: 26, quote: 'Russia is likely to react by upgrading its own military capabilities, including those in the strategically important Kuril Islands. This will likely bury Japanese hopes of a speedy demarcation of these territories.' }],
      slide: 'roadblock-trust-military',
    },
    {
      id: 'limits-middle-ground',
      type: 'truefalse',
      skill: 'argument',
      prompt: 'True or false: the article says the personal relationship Abe has cultivated with Putin might enable the two to reach a middle ground on the boundary.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Not so: the article says this of their central position in their power hierarchies, not of the relationship Abe has built against numerous odds.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Right: what might enable them to reach a middle ground, the article says, is their central position in their power hierarchies, not the relationship.',
        },
      ],
      correct: 'false',
      sources: [{ paragraph: 27, quote: 'Given the way Abe and Putin have cultivated domestic nationalism, it will require deft handling to arrive at a middle ground. Conversely, their central position in their power hierarchies might enable them to do just that.' }],
      slide: 'roadblock-boundary',
    },
    {
      id: 'limits-nationalism',
      type: 'truefalse',
      skill: 'argument',
      prompt: 'True or false: the article holds that both leaders have themselves cultivated the nationalism that makes a middle ground on the boundary hard to reach.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Right: given the way Abe and Putin have cultivated domestic nationalism, it will require deft handling to arrive at a middle ground.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Not so: the article says Abe and Putin have cultivated domestic nationalism, so a middle ground will require deft handling.',
        },
      ],
      correct: 'true',
      sources: [{ paragraph: 27, quote: 'Given the way Abe and Putin have cultivated domestic nationalism, it will require deft handling to arrive at a middle ground.' }],
      slide: 'roadblock-boundary',
    },
  ],
})
