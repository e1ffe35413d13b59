/**
 * Common French and English words (function words, question words, and the assistant's domain words).
 * A commune whose name is one of them ("Y", "Eu", "Mer", "Ville"…) is only recognised when written with a
 * capital after a place preposition ("à Y").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    // French function words
    'a au aux avec ce ces cet cette chez comme comment dans de des du d elle en est et eu il ils je j la le les l leur ' +
    'lui ma mais me mes moi mon ne ni nos notre nous on ou par pas pour qu que quel quelle quelles quels qui sa sans se ses ' +
    'si son sont sur ta te tes toi ton tu un une vos votre vous y c m n s t ai as avez avons ont etait sera ete fait faire ' +
    'peut peux pouvez puis quand combien pourquoi ici la-bas plus moins tres bien aussi encore deja oui non merci bonjour ' +
    'salut svp stp alors donc car ainsi tout tous toute toutes autre autres meme chaque quelque entre vers pres proche ' +
    // Labels agents put before a question (« Vérif : … »)
    'verif verifs verification check fyi urgent rappel ' +
    'proches loin autour cote depuis jusqu existe il-y ya aucun aucune nul nulle ' +
    // English function words
    'the an of in on at to for from by with and or is are was were be been do does did can could will would there here ' +
    'what where when which who whom how why any some my your our their his her its it this that these those near nearest ' +
    'closest close around about me i you we they hi hello thanks please yes no not one many much ' +
    // domain words
    'cnam centre centres center centers site sites antenne antennes campus formation formations cours ville villes commune ' +
    'communes town city region regions departement departements department agglomeration agglo metropole ecole school ' +
    'lieu lieux adresse address ouvert ouverte open opened inscription candidater ami appel programme territoire territoires ' +
    'coeur france french distance nouveau nouvelle nouveaux grand grande petit petite saint sainte'
  ).split(/\s+/),
);
