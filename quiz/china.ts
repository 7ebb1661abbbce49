import { defineQuiz } from './engine/types'

export default defineQuiz({
  id: 'china',
  title: 'The China factor',
  questions: [
    {
      id: 'china-obor-rise',
      type: 'multiple',
      skill: 'recall',
      prompt: 'Which of these does the article say about projects like One Belt One Road?',
      options: [
        {
          id: 'rise',
          text: 'Likely to boost Beijing’s power on land and at sea',
          explanation: 'Right: such projects are likely to strengthen Beijing’s rise as a continental and maritime power.',
        },
        {
          id: 'continents',
          text: 'The plan would reach as far as Africa',
          explanation: 'Right: the plan is to connect Asian, European, and African continents through transport and infrastructure development in Eurasia.',
        },
        {
          id: 'eeu',
          text: 'Moscow has agreed to tie its Eurasian Union to China’s plan',
          explanation: 'Not so: the article mentions no Russian agreement on the plan; it says such projects are likely to strengthen Beijing’s rise.',
        },
        {
          id: 'via-russia',
          text: 'Its chief route to the West would run through Russia',
          explanation: 'Not so: the article names no route; the plan, it says, would connect three continents through transport and infrastructure in Eurasia.',
        },
      ],
      correct: ['rise', 'continents'],
      sources: [
        { paragraph: 9, quote: 'a plan to connect Asian, European, and African continents' },
        { paragraph: 9, quote: 'are likely to strengthen Beijing’s rise as a continental and maritime power' },
      ],
      slide: 'china-obor',
    },
    {
      id: 'china-entente-terms',
      type: 'multiple',
      skill: 'argument',
      prompt: 'What does the article say Moscow’s entente with Beijing has involved, or led to?',
      options: [
        {
          id: 'core-space',
          text: 'Making room for China even in Russia’s own backyard',
          explanation: 'Right: Moscow sought the entente including accommodating China even in its core strategic space.',
        },
        {
          id: 'tilt',
          text: 'A partnership in which Beijing now holds the upper hand',
          explanation: 'Right: as a result, the balance of the relationship has tilted heavily in favour of Beijing.',
        },
        {
          id: 'loans',
          text: 'Chinese loans that keep Russia’s Far East afloat',
          explanation: 'Not so: the article does not say this; it says China’s pace of investment has not been satisfactory.',
        },
        {
          id: 'sea-claims',
          text: 'Russia backing Beijing’s South China Sea claims',
          explanation: 'Not so: on the 12 July South China Sea ruling, the article says, Russia took a measured position that highlighted the limits of the entente.',
        },
        {
          id: 'gas-price',
          text: 'Russian gas sold to China below market prices',
          explanation: 'Not so: the article does not say this; its energy point is that Beijing can play the energy card.',
        },
      ],
      correct: ['core-space', 'tilt'],
      sources: [{ paragraph: 10, quote: 'including accommodating China even in its core strategic space. As a result, the balance of the relationship has tilted heavily in favor of Beijing.' }],
      slide: 'china-russia-entente',
    },
    {
      id: 'china-pca-ruling',
      type: 'truefalse',
      skill: 'argument',
      prompt: 'True or false: the article reads Russia’s stance on the 12 July South China Sea ruling as a sign of how far Moscow will not go for Beijing.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Right: the article says Russia’s measured position on the ruling highlighted the limits of a Russia-China entente.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Not so: Russia’s measured position on the ruling, the article says, highlighted the limits of a Russia-China entente.',
        },
      ],
      correct: 'true',
      sources: [{ paragraph: 11, quote: 'Russia’s measured position on the July 12 Permanent Court of Arbitration’s South China Sea ruling, which supported a diplomatic solution to the dispute and called for compliance with international law, highlighted the limits of a Russia-China entente.' }],
      slide: 'china-russia-entente',
    },
    {
      id: 'china-japan-wary',
      type: 'multiple',
      skill: 'recall',
      prompt: 'Which moves does the article cite after warning of a Russian-Chinese convergence?',
      options: [
        {
          id: 'senkaku',
          text: 'Russian and Chinese warships in the waters off the Senkakus',
          explanation: 'Right: in June, in what the article calls a highly symbolic move, in disputed waters.',
        },
        {
          id: 'arms',
          text: 'Moscow’s deal to supply Beijing with advanced air defences and fighters',
          explanation: 'Right: cutting-edge platforms which, the article says, might alter the security balance in the region.',
        },
        {
          id: 'exercises',
          text: 'Joint Russian-Chinese naval exercises in the Sea of Japan',
          explanation: 'Not so: the article mentions no such exercises.',
        },
        {
          id: 'kuril-build-up',
          text: 'A Russian military build-up on the Kurils',
          explanation: 'Not so: the article cites none here; it expects an upgrade on the Kurils only later, as Russia’s likely reaction to US missile defence plans.',
        },
        {
          id: 'bombers',
          text: 'Russian bomber flights near Japan',
          explanation: 'Not so: the article mentions no such flights.',
        },
      ],
      correct: ['senkaku', 'arms'],
      sources: [{ paragraph: 12, quote: 'In a highly symbolic move in June, Russian and Chinese navies sailed in the disputed waters near the Japanese Senkaku Islands. The Kremlin has also agreed to sell cutting-edge weapons platforms to Beijing, including the S-400 air-defence systems and SU-35 fighter jets which might alter the security balance in the region.' }],
      slide: 'china-japan-wary',
    },
    {
      id: 'china-us-noted',
      type: 'multiple',
      skill: 'argument',
      prompt: 'Which of these does the article report about how Japan sees the United States?',
      options: [
        {
          id: 'candidates',
          text: 'Remarks on its campaign trail have unsettled Tokyo',
          explanation: 'Right: they have raised apprehensions in Japan about the U.S. commitment to its extended deterrence.',
        },
        {
          id: 'isolation',
          text: 'Its effort to shut Moscow out has pushed Moscow closer to Beijing',
          explanation: 'Right: Japan did not lose sight of this, the article says.',
        },
        {
          id: 'harder-line',
          text: 'It has urged Tokyo to take a harder line on Beijing',
          explanation: 'Not so: the article mentions no such urging.',
        },
        {
          id: 'sochi-trip',
          text: 'It pressed Abe to call off his trip to Sochi',
          explanation: 'Not so: the article mentions no such pressure.',
        },
        {
          id: 'senkaku-pledge',
          text: 'Its president has said the alliance covers the Senkaku Islands',
          explanation: 'Not so: the article mentions no such statement.',
        },
      ],
      correct: ['candidates', 'isolation'],
      sources: [{ paragraph: 13, quote: 'Meanwhile, apprehensions have grown in Japan about the U.S. commitment to its extended deterrence, as statements emanating from the U.S. presidential candidates have ruffled many feathers. Japan also did not lose sight of the fact that the U.S policy of isolating Russia has boosted the Moscow-Beijing partnership.' }],
      slide: 'china-us-factor',
    },
    {
      id: 'china-abe-timing',
      type: 'single',
      skill: 'argument',
      prompt: 'The article says it is perhaps no coincidence that Abe sought to re-engage Putin during the final months of Obama’s tenure. Why?',
      options: [
        {
          id: 'elections',
          text: 'Washington was busy with its election year, leaving Abe room to act',
          explanation: 'Right: with America’s attention on the upcoming elections, it is perhaps no coincidence; this will give Abe some leeway to explore cooperation.',
        },
        {
          id: 'successor',
          text: 'Abe wanted progress before a less predictable American president took office',
          explanation: 'Not so: the article does not say this; perhaps no coincidence, it says, as America’s attention was on its elections.',
        },
        {
          id: 'encouraged',
          text: 'Obama had privately encouraged Tokyo to keep Moscow talking',
          explanation: 'Not so: the article mentions no such encouragement; it points to America’s attention being on its elections.',
        },
        {
          id: 'putin-waits',
          text: 'Putin was waiting out Obama before dealing with the West again',
          explanation: 'Not so: the article does not say this; perhaps no coincidence, it says, as America’s attention was on its elections.',
        },
      ],
      correct: 'elections',
      sources: [{ paragraph: 14, quote: 'With America’s attention focused on the upcoming presidential elections, it is perhaps no coincidence that Abe has sought to re-engage Putin during the final months of Obama’s tenure. This will give him some leeway to explore synergies of cooperation with Russia.' }],
      slide: 'china-us-alliance',
    },
    {
      id: 'china-tokyo-options',
      type: 'single',
      skill: 'argument',
      prompt: 'Given the geopolitical rivalries at play, what does the article say a rapprochement with Russia can provide Tokyo?',
      options: [
        {
          id: 'options',
          text: 'Options to better manage emerging crises',
          explanation: 'Right: given the rivalries at play, a rapprochement with Russia can provide Tokyo options to better manage emerging crises.',
        },
        {
          id: 'leeway',
          text: 'Some leeway to explore synergies of cooperation',
          explanation: 'Not so: the leeway comes from Abe’s timing, in Obama’s final months; what a rapprochement can provide Tokyo is options to better manage emerging crises.',
        },
        {
          id: 'apprehensions',
          text: 'Relief from apprehensions over U.S. extended deterrence',
          explanation: 'Not so: the article reports those apprehensions, yet finds it highly unlikely that Japan will abandon its military cooperation with the U.S.',
        },
        {
          id: 'counterweight',
          text: 'A counterweight to an assertive Beijing',
          explanation: 'Not so: Japan remains wary of an assertive Beijing, the article says, but what a rapprochement can provide is options to manage emerging crises.',
        },
      ],
      correct: 'options',
      sources: [{ paragraph: 14, quote: 'Therefore, given the geopolitical rivalries at play, a rapprochement with Russia can provide Tokyo options to better manage emerging crises.' }],
      slide: 'china-us-alliance',
    },
  ],
})
