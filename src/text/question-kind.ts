import { fold } from './fold.js';

/** What a question (or a section heading) asks for, from its interrogative words. */
export type QuestionKind = 'when' | 'count' | 'who' | 'how' | 'why' | 'where' | 'what' | 'yesno' | 'other';

const KINDS: ReadonlyArray<readonly [QuestionKind, RegExp]> = [
  // « on peut se former quand on habite à Tahiti ? », "can I study when I live abroad?": « quand » before a subject is a condition.
  ['when', /\b(quand(?! (?:on|je|j'|tu|nous|vous|meme|memes)\b)|qd|kan|jusqu'(a|au) quand|a partir de quand|depuis quand|quelle date|a quelle date|en quelle annee|quel jour|la date|date de|date d'|when(?! (?:i|we|you)\b)|what date|which date|what year|(?:what|which|exact) day|deadline|cut-?off|closing date|date limite)\b/],
  ['count', /\b(combien|cmb|cbn|cb|nb de|how many|how much|quel nombre|quel est le nombre|what number|nombre de)\b/],
  ['why', /\b(pourquoi|pk|pq|pkoi|why|dans quel but|pour quelles? raisons?|for what reason|what for)\b/],
  ['how', /\b(comment|how|de quelle maniere|de quelle facon|par quel moyen|quelles? demarches?|quelle procedure|what steps)\b/],
  ['what', /\b(qu'est-ce|que se passe|what is|what are)\b/],
  ['who', /\b(qui|ki|who|whom)\b/],
  ['where', /\b(ou se|ou est|ou sont|ou trouver|ou peut|dans quelles? villes?|where)\b/],
  ['what', /\b(qu'est-ce|que se passe|quels?|quelles?|what|which)\b/],
  ['yesno', /^(y a-t-il|peut-on|est-ce que|existe-t-il|les? .+-(ils|elles|il|elle) |is |are |can |do |does |did |was |were )/],
];

/** The kind of answer a question wants: « Quand… » → when, « Combien… » → count, "How do we…" → how. */
export function questionKind(text: string): QuestionKind {
  const folded = fold(text).replace(/\s+/g, ' ').trim();
  for (const [kind, pattern] of KINDS) if (pattern.test(folded)) return kind;
  return 'other';
}
