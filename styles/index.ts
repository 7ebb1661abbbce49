// Deck styles. Fonts are self-hosted (latin subset only) so the deck makes no request beyond its origin.

import '@fontsource/nunito-sans/latin-400.css'
import '@fontsource/nunito-sans/latin-400-italic.css'
import '@fontsource/nunito-sans/latin-700.css'
import './deck.css'
import './quiz.css'
