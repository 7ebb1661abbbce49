// Deck styles. Nunito Sans is self-hosted, cut down to the characters the deck uses (`npm run fonts`),
// so the deck makes no request beyond its origin. The quiz styles (quiz.css) load with the quiz components.

import './fonts.css'
import './deck.css'
