import { defineQuiz } from './engine/types'

export default defineQuiz({
  id: 'china',
  title: 'The China factor',
  questions: [
    {
      id: 'china-obor',
      type: 'single',
      skill: 'argument',
      prompt: 'What does the article say integration projects such as the One Belt One Road initiative are likely to do?',
      options: [
        {
          id: 'rise',
          text: 'Strengthen Beijing’s rise as a continental and maritime power',
          explanation: 'Right: such projects are likely to strengthen Beijing’s rise as a continental and maritime power, with a profound impact on the regional balance.',
        },
        {
          id: 'central-asia',
          text: 'Pull Central Asia out of Moscow’s sphere of influence',
          explanation: 'Not so: the article does not make this claim; it says such projects are likely to strengthen Beijing’s rise.',
        },
        {
          id: 'debt',
          text: 'Leave poorer partner countries in debt to Beijing',
          explanation: 'Not so: the article does not make this claim; it speaks of Beijing’s likely rise.',
        },
        {
          id: 'energy-route',
          text: 'Secure China’s oil and gas supplies by land, away from the sea lanes',
          explanation: 'Not so: the article says nothing of China’s energy routes; such projects are likely to strengthen Beijing’s rise.',
        },
      ],
      correct: 'rise',
      sources: [{ paragraph: 9, quote: 'Such ambitious integration projects as the One Belt One Road initiative (a plan to connect Asian, European, and African continents through transport and infrastructure development in Eurasia) are likely to strengthen Beijing’s rise as a continental and maritime power and have a profound impact on the regional strategic balance.' }],
      slide: 'china-obor',
    },
    {
      id: 'china-entente-balance',
      type: 'single',
      skill: 'argument',
      prompt: 'According to the article, what has Moscow’s entente with Beijing meant for the relationship between the two?',
      options: [
        {
          id: 'tilt',
          text: 'Its balance has tilted heavily in Beijing’s favour',
          explanation: 'Right: Moscow has accommodated China even in its core strategic space, and as a result the balance has tilted heavily in favour of Beijing.',
        },
        {
          id: 'gas-price',
          text: 'Russian gas goes to China below market prices',
          explanation: 'Not so: the article does not make this claim; its energy point is that Beijing can play the energy card.',
        },
        {
          id: 'loans',
          text: 'Russia’s Far East has come to depend on Chinese loans',
          explanation: 'Not so: the article does not say this; it says China’s pace of investment has not been satisfactory.',
        },
        {
          id: 'equal',
          text: 'It has settled into a partnership of equals',
          explanation: 'Not so: the article says the opposite: the balance has tilted heavily in favour of Beijing.',
        },
      ],
      correct: 'tilt',
      sources: [{ paragraph: 10, quote: 'Moscow has been compelled to seek an entente with Beijing in order to tide over its confrontation with the West including accommodating China even in its core strategic space. As a result, the balance of the relationship has tilted heavily in favor of Beijing.' }],
      slide: 'china-russia-entente',
    },
    {
      id: 'china-pca-ruling',
      type: 'single',
      skill: 'argument',
      prompt: 'How does the article read Russia’s stance on the 12 July South China Sea ruling of the Permanent Court of Arbitration?',
      options: [
        {
          id: 'limits',
          text: 'As showing where Moscow’s backing for Beijing stops',
          explanation: 'Right: Russia’s measured position, backing a diplomatic solution and compliance with international law, highlighted the limits of the entente.',
        },
        {
          id: 'siding',
          text: 'As Moscow siding openly with Beijing against the ruling',
          explanation: 'Not so: the article calls Russia’s position measured: it supported a diplomatic solution and called for compliance with international law.',
        },
        {
          id: 'asean',
          text: 'As a bid to win over the states of Southeast Asia',
          explanation: 'Not so: the article says nothing of Southeast Asian states; it reads the position as highlighting the limits of the entente.',
        },
        {
          id: 'outsiders',
          text: 'As a call to keep other states out of the dispute',
          explanation: 'Not so: the article does not say this; it says the position supported a diplomatic solution and compliance with international law.',
        },
      ],
      correct: 'limits',
      sources: [{ paragraph: 11, quote: 'Russia’s measured position on the July 12 Permanent Court of Arbitration’s South China Sea ruling, which supported a diplomatic solution to the dispute and called for compliance with international law, highlighted the limits of a Russia-China entente.' }],
      slide: 'china-russia-entente',
    },
    {
      id: 'china-japan-wary',
      type: 'multiple',
      skill: 'recall',
      prompt: 'Which of these does the article cite in explaining Japan’s wariness of Russia and China drawing closer?',
      options: [
        {
          id: 'senkaku',
          text: 'Russian and Chinese navies sailing near the Senkaku Islands',
          explanation: 'Right: in June, in what the article calls a highly symbolic move, in disputed waters.',
        },
        {
          id: 'arms',
          text: 'Russia agreeing to sell S-400 systems and SU-35 jets to Beijing',
          explanation: 'Right: cutting-edge platforms which, the article says, might alter the security balance in the region.',
        },
        {
          id: 'exercises',
          text: 'Joint Russian-Chinese naval exercises in the Sea of Japan',
          explanation: 'Not so: the article mentions no such exercises; its naval example is the June sailing near the Senkakus.',
        },
        {
          id: 'kuril-missiles',
          text: 'New Russian missile deployments close to Hokkaido',
          explanation: 'Not so: the article cites none; it says Russia is likely to upgrade its capabilities on the Kurils in reaction to US missile defence.',
        },
        {
          id: 'bombers',
          text: 'Russian bomber flights close to Japanese airspace',
          explanation: 'Not so: the article mentions no such flights.',
        },
      ],
      correct: ['senkaku', 'arms'],
      sources: [{ paragraph: 12, quote: 'In a highly symbolic move in June, Russian and Chinese navies sailed in the disputed waters near the Japanese Senkaku Islands. The Kremlin has also agreed to sell cutting-edge weapons platforms to Beijing, including the S-400 air-defence systems and SU-35 fighter jets which might alter the security balance in the region.' }],
      slide: 'china-japan-wary',
    },
    {
      id: 'china-us-effects',
      type: 'matching',
      skill: 'argument',
      prompt: 'Match each development with the effect the article gives it. One effect is left over.',
      options: [
        {
          id: 'isolation',
          text: 'Washington’s policy of isolating Russia',
          explanation: 'It has boosted the Moscow-Beijing partnership, a fact Japan did not lose sight of.',
        },
        {
          id: 'candidates',
          text: 'Statements by the US presidential candidates',
          explanation: 'They have ruffled many feathers in Japan, raising apprehensions about US extended deterrence.',
        },
        {
          id: 'elections',
          text: 'America’s attention on its upcoming elections',
          explanation: 'Perhaps no coincidence, Abe re-engaged Putin then: it gives him some leeway with Russia.',
        },
      ],
      targets: [
        { id: 'partnership', text: 'Boosted the Moscow-Beijing partnership' },
        { id: 'feathers', text: 'Ruffled many feathers in Japan' },
        { id: 'leeway', text: 'Gives Abe some leeway with Russia' },
        { id: 'defence-budget', text: 'Led Tokyo to raise its defence budget' },
      ],
      correct: {
        isolation: 'partnership',
        candidates: 'feathers',
        elections: 'leeway',
      },
      sources: [
        { paragraph: 13, quote: 'Meanwhile, apprehensions have grown in Japan about the U.S. commitment to its extended deterrence, as statements emanating from the U.S. presidential candidates have ruffled many feathers. Japan also did not lose sight of the fact that the U.S policy of isolating Russia has boosted the Moscow-Beijing partnership.' },
        { paragraph: 14, quote: 'With America’s attention focused on the upcoming presidential elections, it is perhaps no coincidence that Abe has sought to re-engage Putin during the final months of Obama’s tenure. This will give him some leeway to explore synergies of cooperation with Russia.' },
      ],
      slide: 'china-us-factor',
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
          id: 'guarantor',
          text: 'A second security guarantor beside the US',
          explanation: 'Not so: the article does not cast Russia as a guarantor; it says it can provide Tokyo options to manage crises.',
        },
        {
          id: 'leverage',
          text: 'Leverage in its own disputes with Beijing',
          explanation: 'Not so: the article does not say this; it says a rapprochement can provide Tokyo options to manage emerging crises.',
        },
        {
          id: 'market',
          text: 'A market for Japanese cars and machinery',
          explanation: 'Not so: the article does not say this; it says a rapprochement can provide Tokyo options to manage emerging crises.',
        },
      ],
      correct: 'options',
      sources: [{ paragraph: 14, quote: 'Therefore, given the geopolitical rivalries at play, a rapprochement with Russia can provide Tokyo options to better manage emerging crises.' }],
      slide: 'china-us-alliance',
    },
    {
      id: 'china-us-cornerstone',
      type: 'truefalse',
      skill: 'argument',
      prompt: 'True or false: the article thinks Japan very unlikely to give up its military cooperation with Washington, whatever it gains from Russia.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Right: it is highly unlikely that Japan will abandon it, the article says, since it remains the cornerstone of Japan’s security policy.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Not so: the article says it is highly unlikely that Japan will abandon its military cooperation with the U.S., the cornerstone of its security.',
        },
      ],
      correct: 'true',
      sources: [{ paragraph: 14, quote: 'However, it is highly unlikely that Japan will abandon its military cooperation with the U.S. since it remains the cornerstone of its security policy.' }],
      slide: 'china-us-alliance',
    },
  ],
})
