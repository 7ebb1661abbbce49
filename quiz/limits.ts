import { defineQuiz } from './engine/types'

export default defineQuiz({
  id: 'limits',
  title: 'Limits and roadblocks',
  questions: [
    {
      id: 'limits-abe-odds',
      type: 'multiple',
      skill: 'recall',
      prompt: 'The article says Abe has cultivated a personal relationship with Putin against numerous odds. Which does it name among them?',
      options: [
        {
          id: 'g7',
          text: 'Breaking ranks with the G7',
          explanation: 'Right: the article names breaking ranks with the G7 among the odds.',
        },
        {
          id: 'flexible',
          text: 'Showing more flexibility on the boundary issue',
          explanation: 'Right: the article names a more flexible position on the boundary issue among the odds.',
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
      sources: [{ paragraph: 23, quote: 'This despite Abe cultivating a personal relationship with Putin against numerous odds, including breaking ranks with the G7 and adopting a more flexible position on the boundary issue.' }],
      slide: 'limits-no-breakthrough',
    },
    {
      id: 'limits-prudent-role',
      type: 'single',
      skill: 'argument',
      prompt: 'The article suggests it may even be prudent for Abe to play a deft role in managing the adversarial relationship between Russia and the US. Why?',
      options: [
        {
          id: 'china-wins',
          text: 'China is the biggest winner of their confrontation',
          explanation: 'Right: perhaps it is even prudent, the article says, since at the end of the day the biggest winner of their confrontation is China.',
        },
        {
          id: 'cold-war',
          text: 'Japan would be the first casualty of a new Cold War in Asia',
          explanation: 'Not so: the article does not say this; perhaps it is prudent, it says, because China is the biggest winner of the confrontation.',
        },
        {
          id: 'un-seat',
          text: 'It could win Japan a permanent seat on the UN Security Council',
          explanation: 'Not so: the article does not mention the UN; perhaps it is prudent because China is the biggest winner of the confrontation.',
        },
        {
          id: 'beijing-mediator',
          text: 'Otherwise Beijing would step in as the mediator',
          explanation: 'Not so: the article casts Beijing as the winner of the confrontation, perhaps, not as a would-be mediator.',
        },
      ],
      correct: 'china-wins',
      sources: [{ paragraph: 23, quote: 'Perhaps it is even prudent that Abe plays a deft role in managing the adversarial relationship between Russia and the U.S. At the end of the day, the biggest winner of their confrontation is China.' }],
      slide: 'limits-no-breakthrough',
    },
    {
      id: 'limits-daunting',
      type: 'single',
      skill: 'argument',
      prompt: 'What does the article say Abe will find daunting?',
      options: [
        {
          id: 'insulate',
          text: 'Shielding the rapprochement from Moscow’s clash with Washington',
          explanation: 'Right: with a trust deficit over the sanctions and Japan a key US ally, Abe will find it daunting to insulate the rapprochement.',
        },
        {
          id: 'voters',
          text: 'Winning Japanese voters over to territorial concessions',
          explanation: 'Not so: the article does not say this of voters; what Abe will find daunting is insulating the rapprochement.',
        },
        {
          id: 'match-china',
          text: 'Matching what Beijing offers Moscow in investment',
          explanation: 'Not so: the article does not say this; what Abe will find daunting is insulating the rapprochement from the Moscow-Washington confrontation.',
        },
        {
          id: 'us-backing',
          text: 'Winning Washington’s backing for the deals he strikes with Moscow',
          explanation: 'Not so: the article does not say this; what Abe will find daunting is insulating the rapprochement from the confrontation.',
        },
      ],
      correct: 'insulate',
      sources: [{ paragraph: 25, quote: 'First, a trust-deficit persists due to Tokyo supporting the economic sanctions. Abe will find it daunting to insulate the Russian-Japanese rapprochement from the Moscow-Washington confrontation. Japan remains a key U.S. ally, being the fulcrum of the American rebalance towards Asia-Pacific.' }],
      slide: 'roadblock-trust',
    },
    {
      id: 'limits-missile-defence',
      type: 'single',
      skill: 'argument',
      prompt: 'What does the article say US plans to establish a missile defence in the region will do?',
      options: [
        {
          id: 'stakes',
          text: 'Further raise the stakes for the Kremlin',
          explanation: 'Right: the U.S. plans will further raise the stakes for the Kremlin, which is likely to react by upgrading its own military capabilities.',
        },
        {
          id: 'closer',
          text: 'Push Beijing and Moscow closer together',
          explanation: 'Not so: the article does not make this claim; it says the plans will further raise the stakes for the Kremlin.',
        },
        {
          id: 'reassure',
          text: 'Reassure Tokyo that the US still stands behind it',
          explanation: 'Not so: the article does not say this; it says the plans will further raise the stakes for the Kremlin.',
        },
        {
          id: 'arms-control',
          text: 'Make Moscow more open to arms control talks',
          explanation: 'Not so: the article suggests the opposite: Russia is likely to react by upgrading its own military capabilities.',
        },
      ],
      correct: 'stakes',
      sources: [
        { paragraph: 25, quote: 'The U.S. plans to establish a missile defence in the region will further raise the stakes for the Kremlin.' },
        { paragraph: 26, quote: 'Russia is likely to react by upgrading its own military capabilities' },
      ],
      slide: 'roadblock-trust',
    },
    {
      id: 'limits-demarcation',
      type: 'single',
      skill: 'argument',
      prompt: 'What consequence does the article draw from a Russian military build-up on the Kurils?',
      options: [
        {
          id: 'bury',
          text: 'Bury Japan’s hopes of a quick demarcation',
          explanation: 'Right: this, the article says, will likely bury Japanese hopes of a speedy demarcation of these territories.',
        },
        {
          id: 'harden',
          text: 'Harden Japanese opinion against compromise',
          explanation: 'Not so: the article does not say this; it says the upgrade will likely bury hopes of a speedy demarcation.',
        },
        {
          id: 'joint-activity',
          text: 'Set back talks on joint economic projects',
          explanation: 'Not so: the article mentions no such talks; it says the upgrade will likely bury hopes of a speedy demarcation.',
        },
        {
          id: 'alarm-beijing',
          text: 'Alarm Beijing as much as it alarms Tokyo',
          explanation: 'Not so: the article does not say this; it says the upgrade will likely bury Japanese hopes of a speedy demarcation.',
        },
      ],
      correct: 'bury',
      sources: [{ paragraph: 26, quote: 'Russia is likely to react by upgrading its own military capabilities, including those in the strategically important Kuril Islands. This will likely bury Japanese hopes of a speedy demarcation of these territories.' }],
      slide: 'roadblock-trust-military',
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
    {
      id: 'limits-middle-ground',
      type: 'single',
      skill: 'argument',
      prompt: 'What does the article say might enable Abe and Putin to arrive at a middle ground on the boundary?',
      options: [
        {
          id: 'central',
          text: 'Their place at the centre of power at home',
          explanation: 'Right: conversely, their central position in their power hierarchies might enable them to do just that.',
        },
        {
          id: 'rapport',
          text: 'The personal rapport the two leaders have built',
          explanation: 'Not so: the article mentions Abe’s personal relationship with Putin, but what it says might enable a middle ground is their central position.',
        },
        {
          id: 'weariness',
          text: 'Public weariness with the dispute in both countries',
          explanation: 'Not so: the article does not say this; what might enable a middle ground is the leaders’ central position in their power hierarchies.',
        },
        {
          id: 'business',
          text: 'Pressure from business lobbies on both sides',
          explanation: 'Not so: the article mentions no such pressure; what might enable a middle ground is the leaders’ central position.',
        },
      ],
      correct: 'central',
      sources: [{ paragraph: 27, quote: 'Conversely, their central position in their power hierarchies might enable them to do just that.' }],
      slide: 'roadblock-boundary',
    },
  ],
})
