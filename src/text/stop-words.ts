/**
 * French and English function words dropped by the analyzer (folded: no accents).
 * Question words ("quand", "combien"…) are dropped too: they say what kind of answer is wanted,
 * not what it is about.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // French
  'a', 'au', 'aux', 'avec', 'ce', 'ces', 'cet', 'cette', 'dans', 'de', 'des', 'du', 'elle', 'elles', 'en', 'et', 'eu',
  'il', 'ils', 'je', 'la', 'le', 'les', 'leur', 'leurs', 'lui', 'ma', 'mais', 'me', 'meme', 'mes', 'moi', 'mon', 'ne',
  'nos', 'notre', 'nous', 'on', 'ou', 'par', 'pas', 'pour', 'qu', 'que', 'qui', 'sa', 'se', 'ses', 'son', 'sur', 'ta',
  'te', 'tes', 'toi', 'ton', 'tu', 'un', 'une', 'vos', 'votre', 'vous', 'y', 'est', 'sont', 'ete', 'etre', 'suis', 'sommes', 'etes', 'avoir',
  'ai', 'as', 'avons', 'avez', 'ont', 'etait', 'etaient', 'sera', 'seront', 'fait', 'faire', 'peut', 'peux', 'pouvez',
  'peuvent', 'quel', 'quelle', 'quels', 'quelles', 'comment', 'quand', 'combien', 'pourquoi', 'quoi', 'lequel',
  'laquelle', 'lesquels', 'dont', 'ci', 'ca', 'cela', 'ceci', 'si', 'tout', 'tous', 'toute', 'toutes', 'plus', 'tres',
  'aussi', 'alors', 'donc', 'bien', 'ainsi', 'entre', 'chez', 'vers', 'sans', 'sous', 'depuis', 'selon', 'apres',
  'avant', 'comme', 'car', 'encore', 'deja', 'svp', 'stp', 'merci', 'bonjour', 'est-ce', 'ya', 'il', 'ils', 'sait',
  'dit', 'dire', 'lors', 'ou', 'quoi', 'koi', 'ki', 'kel', 'kelle', 'pk', 'pq', 'cest', 'quesque', 'quest', 'y-a-t-il', 'existe', 'existe-t-il', 'savoir', 'voudrais', 'veux', 'souhaite', 'aimerais', 'faut', 'dois', 'doit', 'doivent', 'ok',
  // Auxiliaries and fillers: « le Cnam avait-il prévu quelque chose » (not « chose »: English "who chose them?").
  'avait', 'avaient', 'aurait', 'auraient', 'serait', 'seraient', 'aura', 'auront', 'quelque', 'quelqu',
  // Degree adverbs: « pourquoi le Cnam s'intéresse autant aux villes moyennes ? » (« vraiment », « tant » tried: dev −2).
  'autant', 'tellement',
  'l', 'd', 'j', 'm', 'n', 's', 't', 'c',
  // English
  'the', 'an', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'and', 'or', 'is', 'are', 'was', 'were', 'be',
  'been', 'being', 'do', 'does', 'did', 'have', 'has', 'had', 'it', 'its', 'this', 'that', 'these', 'those', 'i',
  'me', 'my', 'we', 'our', 'you', 'your', 'he', 'she', 'they', 'them', 'their', 'what', 'which', 'who', 'whom',
  'when', 'where', 'why', 'how', 'can', 'could', 'would', 'should', 'will', 'shall', 'may', 'might', 'must', 'there',
  'here', 'about', 'from', 'into', 'as', 'so', 'if', 'then', 'than', 'any', 'some', 'please', 'tell', 'know',
  'want', 'get', 'got', 'many', 'much', 'whats', 'also', 'just', 'did', 'does', 'was', 'exactly', 'am', 'too', 'one', 'like', 'ours', 'all',
]);
