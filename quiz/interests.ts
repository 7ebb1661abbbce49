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
          id: 'supplies',
          text: 'Diversifying energy supplies away from Europe and China',
          explanation: 'Russia: an energy partnership can help it do so.',
        },
        {
          id: 'imports',
          text: 'Diversifying energy imports away from the Middle East',
          explanation: 'Japan: Russian hydrocarbons can let Tokyo do so.',
        },
        {
          id: 'not-isolated',
          text: 'Showing that it cannot be isolated',
          explanation: 'Russia: the Kremlin’s narrative.',
        },
        {
          id: 'legacy',
          text: 'Fortifying a leader’s domestic legacy',
          explanation: 'Japan: Abe’s legacy.',
        },
      ],
      targets: [
        { id: 'russia', text: 'Russia' },
        { id: 'japan', text: 'Japan' },
      ],
      correct: {
        'supplies': 'russia',
        'imports': 'japan',
        'not-isolated': 'russia',
        'legacy': 'japan',
      },
      sources: [
        { paragraph: 19, quote: 'help Russia diversify its energy supplies from Europe and China' },
        { paragraph: 19, quote: 'let Tokyo diversify its energy imports from the volatile Middle East' },
        { paragraph: 20, quote: 'the Kremlin’s narrative that Russia cannot be isolated. Meanwhile, the resolution of the historical boundary dispute can fortify Abe’s domestic legacy' },
      ],
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
          explanation: 'Right: with the entente tilted towards Beijing, wider engagement may give the Kremlin breathing space; otherwise it risks being restricted to China.',
        },
        {
          id: 'lose-kurils',
          text: 'Losing the Kuril Islands to Japan',
          explanation: 'Not so: the article never suggests this; it rather expects Russia is likely to upgrade its military capabilities on the Kurils.',
        },
        {
          id: 'korea',
          text: 'Being drawn into the Korean crisis',
          explanation: 'Not so: the Korean crisis appears as an area where Russia and Japan might cooperate, not as a risk of standing aside.',
        },
        {
          id: 'europe-market',
          text: 'Being shut out of European gas markets',
          explanation: 'Not so: Brussels seeking other suppliers makes energy diversification urgent, but the risk named here is being restricted to China.',
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
      id: 'interests-japan-reasons',
      type: 'multiple',
      prompt: 'Why does a rapprochement with Russia appeal to Tokyo, according to the article?',
      options: [
        {
          id: 'crisis-options',
          text: 'It gives Tokyo options to better manage emerging crises',
          explanation: 'Right: given the rivalries at play.',
        },
        {
          id: 'us-doubts',
          text: 'Japan doubts the US commitment to extended deterrence',
          explanation: 'Right: apprehensions grew.',
        },
        {
          id: 'muddy-waters',
          text: 'A pro-Beijing Russia could muddy Asia-Pacific waters',
          explanation: 'Right: so the article warns.',
        },
        {
          id: 'replace-us',
          text: 'Russia could replace the US as Japan’s security cornerstone',
          explanation: 'Not so: highly unlikely.',
        },
        {
          id: 'buy-arms',
          text: 'Tokyo hopes to buy S-400s from Moscow',
          explanation: 'Not so: Moscow agreed to sell them to Beijing.',
        },
      ],
      correct: ['crisis-options', 'us-doubts', 'muddy-waters'],
      sources: [
        { paragraph: 12, quote: 'A Russian-Chinese convergence of interests, particularly if Moscow takes a sympathetic view of Beijing’s positions, can further muddy the Asia-Pacific waters.' },
        { paragraph: 13, quote: 'apprehensions have grown in Japan about the U.S. commitment' },
        { paragraph: 14, quote: 'can provide Tokyo options to better manage emerging crises. However, it is highly unlikely that Japan will abandon its military cooperation with the U.S.' },
      ],
      slide: 'interests',
    },
    {
      id: 'interests-us-policy-costs',
      type: 'truefalse',
      prompt: 'True or false: the article suggests Tokyo sees the US effort to isolate Russia as carrying costs for Japan itself.',
      options: [
        {
          id: 'true',
          text: 'True',
          explanation: 'Right: Japan noted that isolating Russia has boosted the Moscow-Beijing partnership, and a prolonged clash in Europe might leave Japan in a perilous position.',
        },
        {
          id: 'false',
          text: 'False',
          explanation: 'Not so: Japan did not lose sight of how isolating Russia has boosted the Moscow-Beijing partnership, a convergence Japan is wary of.',
        },
      ],
      correct: 'true',
      sources: [{ paragraph: 13, quote: 'Japan also did not lose sight of the fact that the U.S policy of isolating Russia has boosted the Moscow-Beijing partnership. A prolonged confrontation with Russia in Europe might divert America’s attention from the Asia-Pacific region, leaving Japan in a perilous position.' }],
      slide: 'china-us-factor',
    },
    {
      id: 'interests-who-needs-more',
      type: 'single',
      prompt: 'Reading the article’s account of both sides, which seems to need the rapprochement more, and why?',
      options: [
        {
          id: 'russia',
          text: 'Russia: its China tie is lopsided, while Japan keeps its US cornerstone',
          explanation: 'Right: without it Russia risks being restricted to China; for Tokyo it can add options.',
        },
        {
          id: 'japan-alone',
          text: 'Japan: without Russia it would have no security partner in the region',
          explanation: 'Not so: it is highly unlikely Japan will abandon the US, its security cornerstone; Russia adds options.',
        },
        {
          id: 'russia-gas',
          text: 'Russia: Japan is the major buyer of Russian gas in the region',
          explanation: 'Not so: Beijing is the major recipient of Russian gas in the region.',
        },
        {
          id: 'japan-legacy',
          text: 'Japan: Abe’s legacy depends on a boundary deal within the year',
          explanation: 'Not so: the article sets no deadline and expects no near-term breakthrough.',
        },
      ],
      correct: 'russia',
      sources: [
        { paragraph: 10, quote: 'the balance of the relationship has tilted heavily in favor of Beijing' },
        { paragraph: 11, quote: 'Otherwise, Russia runs the risk of being restricted to China.' },
        { paragraph: 14, quote: 'a rapprochement with Russia can provide Tokyo options to better manage emerging crises. However, it is highly unlikely that Japan will abandon its military cooperation with the U.S. since it remains the cornerstone of its security policy' },
      ],
      slide: 'interests',
    },
    {
      id: 'interests-abe-timing',
      type: 'single',
      prompt: 'Why does the article suggest Abe has sought to re-engage Putin during the final months of Obama’s tenure?',
      options: [
        {
          id: 'us-elections',
          text: 'US attention was on its elections, giving Abe some leeway with Russia',
          explanation: 'Right: it is perhaps no coincidence, with America focused on its elections; it gives Abe some leeway.',
        },
        {
          id: 'obama-request',
          text: 'Obama had asked Japan to mediate between Washington and Moscow',
          explanation: 'Not so: the article mentions no such request.',
        },
        {
          id: 'putin-term',
          text: 'Putin’s term was ending, so any deal had to come quickly',
          explanation: 'Not so: the final months are Obama’s tenure, not Putin’s.',
        },
        {
          id: 'deterrence-withdrawn',
          text: 'The US had withdrawn its extended deterrence from Japan',
          explanation: 'Not so: Japan has apprehensions about it, not a withdrawal.',
        },
      ],
      correct: 'us-elections',
      sources: [{ paragraph: 14, quote: 'With America’s attention focused on the upcoming presidential elections, it is perhaps no coincidence that Abe has sought to re-engage Putin during the final months of Obama’s tenure. This will give him some leeway to explore synergies of cooperation with Russia.' }],
      slide: 'china-us-alliance',
    },
    {
      id: 'interests-engage-china',
      type: 'single',
      prompt: 'The article calls the dynamics of Russia’s and Japan’s engagement with China unequal. Which contrast does it draw?',
      options: [
        {
          id: 'accommodate',
          text: 'Russia has had to accommodate Beijing; Japan stays wary of an assertive Beijing',
          explanation: 'Right: Moscow has accommodated China even in its core strategic space; Japan remains wary.',
        },
        {
          id: 'reversed',
          text: 'Japan has had to accommodate Beijing, while Russia stays wary of an assertive Beijing',
          explanation: 'Not so: it is the other way round.',
        },
        {
          id: 'both-tilt',
          text: 'Both have let the balance of their ties tilt heavily towards Beijing',
          explanation: 'Not so: the article says this of Russia; Japan remains wary of an assertive Beijing.',
        },
        {
          id: 'tech',
          text: 'China meets Russia’s high-tech needs, while Japan competes with it',
          explanation: 'Not so: China has not been able to meet Russia’s high-tech requirements.',
        },
      ],
      correct: 'accommodate',
      sources: [
        { paragraph: 9, quote: 'the unequal dynamics of the engagement of Russia and Japan with China are noteworthy' },
        { paragraph: 10, quote: 'accommodating China even in its core strategic space' },
        { paragraph: 12, quote: 'Similarly, Japan remains wary of an assertive Beijing.' },
      ],
      slide: 'china-four-powers',
    },
  ],
})
