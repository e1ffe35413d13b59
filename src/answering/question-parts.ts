import { fold } from '../text/fold.js';

/** Words that open a question, in French and English (folded). */
const INTERROGATIVE =
  "(?:qui|que|qu'|quoi|quel|quelle|quels|quelles|quand|jusqu'a quand|jusqu'à quand|depuis quand|ou|comment|combien|pourquoi|est-ce|y a-t-il|y a t il|peut-on|peut on|existe-t-il|faut-il|" +
  'what|when|who|whom|which|how|where|why|is|are|can|could|do|does|did|was|were|will|should)';
const OPENS_QUESTION = new RegExp(`^(?:et |and |mais |but |alors |so )?${INTERROGATIVE}\\b`);
/** Requests phrased as sentences: « Pourriez-vous m'indiquer … », « J'aimerais savoir … », "Could you tell me …". */
const REQUEST =
  /\b(?:pouvez-vous|pourriez-vous|pourrais-tu|peux-tu|pouvez vous|pourriez vous|j'aimerais|je voudrais|je souhaite|je souhaiterais|nous souhaitons|nous aimerions|merci de (?:me|nous) (?:dire|donner|indiquer|preciser|confirmer|rappeler)|(?:souhaite|souhaiterait|souhaitent|aimerait|voudrait|veut|demande) (?:connaitre|savoir)|dites-moi|indiquez-moi|(?:j'aurais|j'ai|nous aurions|nous avons|on a) besoin|besoin de savoir|could you|can you|would you|please (?:tell|give|confirm|explain)|i(?:'d| would) like to know|i need|tell me|explain)\b/;
/** Greetings and sign-offs: never a part. */
const COURTESY =
  /^(?:bonjour|bonsoir|salut|hello|hi|dear|madame|monsieur|mesdames|cordialement|bien cordialement|merci|thanks|thank you|best regards|kind regards|warm regards|regards|sincerely|bien a vous|salutations|sinceres salutations|veuillez agreer|bonne journee|d'avance merci|merci d'avance|merci par avance)\b/;
/**
 * A request that asks nothing of its own but points at what was just said: « Pouvez-vous préciser ? », « Pouvez-vous
 * clarifier, sources à l'appui ? », "Can you confirm?", « Laquelle est la bonne ? ». The statement before it is the question.
 */
const POINTING_REQUEST =
  /^(?:(?:que|qu'est-ce que) (?:puis-je|dois-je|je peux|je dois|peut-on|doit-on|on peut|on doit|pourrais-je|devrais-je) (?:lui|leur|y) (?:repondre|dire)|que (?:lui|leur) (?:repondre|dire)|what (?:should|can|do) (?:i|we) (?:tell|answer|say to) (?:her|him|them)|(?:pouvez|pourriez)[- ]vous (?:nous |me |m'|le |la |les )?(?:preciser|clarifier|confirmer|eclairer|verifier|trancher|aider|expliquer)|(?:can|could) you (?:please )?(?:clarify|confirm|check|explain)|laquelle est (?:la )?(?:bonne|juste|exacte)|quelle est la bonne|(?:laquelle|lequel|quelle date|quelle version|quel chiffre) (?:faut-il |devons-nous |dois-je |doit-on )?(?:retenir|choisir|garder|utiliser)|which (?:one|date|version|figure) (?:should|do|can) (?:we|i) (?:use|keep|take|quote)|qui a raison|which (?:one )?is (?:right|correct)|qu'en est-il)\b(?:\s*,?\s*(?:sources? a l'appui|avec (?:les |vos )?sources|svp|s'il vous plait|merci|please|with sources))?\s*\?\s*$/;

/** Whom a greeting addresses: « Dear colleagues, », « Bonjour à tous, », « Madame, Monsieur, », « Bonjour Marie, ». */
const ADDRESSEE =
  /^\s*,?\s*(?:(?:my |dear |chers? |chères? )?(?:colleagues|all|team|everyone|sir|madam|sirs|à tous|a tous|à toutes|a toutes|collègues|l'équipe|madame|monsieur|mesdames|messieurs)|\p{Lu}[\p{Ll}-]+)(?:\s*,\s*(?:madame|monsieur))?\s*[,;:!]\s*/iu;

/**
 * Labels support agents and staff put before a question: « vérif : », « Question de notre DGS : », « Deux questions svp : »,
 * « Pour le conseil municipal : » (whom the answer is for, not what it is about).
 */
const LABEL =
  /^(?:verif|verification|a verifier|check|urgent|(?:\d|deux|trois|quatre|cinq|quelques|plusieurs|two|three|four|five|a few|some) (?:questions?|points?|demandes?|choses?|things?)(?: rapides?| svp| stp| please| quick)*|(?:question|demande|message)(?: (?:de|du|des|d'un|d'une|from|of) [^:]{1,40})?|pour info(?:rmation)?|fyi|rappel|pour (?:une )?reponse a (?:une|un|la|le) [a-z]+|pour (?:une|la|notre) note(?: [^:]{0,40})?|(?:pour|for) (?:le|la|les|notre|nos|un|une|the|our) (?:prochain |next )?(?:conseil|bureau|commission|elus|maire|president|dgs|council|board|mayor)(?: [^:]{0,30})?)\s*:\s*/;

/** A preposition before the word that opens a question: « et à quelle adresse … », "and to whom …". */
const PREPOSITION = "(?:a|à|de|pour|dans|to|in|at|for)";
/**
 * A conjunction that starts a second question in the same sentence: « …, et combien … ? », « …, et qu'était-il prévu … ? »
 * (the text is not folded: after « qu' » an accented letter is no word boundary), "…, and roughly how many …".
 */
const SECOND_QUESTION = new RegExp(
  `(?:,|;)?\\s+(?:et|ainsi que|puis|and|also)\\s+(?:(?:roughly|approximately|about|also|then|finally|a peu pres|à peu près|environ|aussi|ensuite|enfin)\\s+)?(?=${INTERROGATIVE}(?:\\b|(?<='))|${PREPOSITION}\\s+(?:quel|quelle|quels|quelles|which|what)\\b)` +
    // « qui siégeait au jury, ce que la collectivité doit mettre à disposition, et à quelle adresse écrire ? »
    "|[,;]\\s+(?=ce que\\s|ce qu')",
);

/** A message read as questions: the parts to answer one by one, and the sentences around them. */
export interface QuestionParts {
  /** The questions (or requests) of the message, in order; the whole message when none is found. */
  parts: string[];
  /** Statements that are not questions (« Notre commune n'est pas dans ACV. »): context for the parts. */
  context: string[];
}

/** « 1) », « 2. », « b) », « - » opening an item of a numbered or bulleted list. */
const ITEM_MARKER = /^(?:\d{1,2}|[a-e])[).]\s+|^[-•*–]\s+/;

/** « could you tell me (a) on what date …, (b) which ministers …, and (c) how many … ? »: items lettered inside a sentence. */
const INLINE_ITEM = /[,;]?\s*(?:\b(?:and|et)\s+)?\((?:[a-e]|\d)\)\s+/;

/** A sentence with two or more inline lettered items: one line per item (what comes before the first is dropped when it only asks). */
function inlineItems(sentence: string): string[] {
  const pieces = sentence.split(INLINE_ITEM);
  if (pieces.length < 3) return [sentence];
  const [lead, ...items] = pieces.map((p) => p.trim());
  const asks = !lead || REQUEST.test(fold(lead)) || lead.split(/\s+/).length < 3;
  // Each item is asked, marked or not (« (a) on what date … »).
  const asked = items.filter((i) => i.length > 0).map((i) => (/[?!]$/.test(i) ? i : `${i.replace(/[.;,]$/, '')} ?`));
  return [...(asks ? [] : [lead!]), ...asked];
}

function sentencesOf(text: string): string[] {
  return text
    // « Trois points : 1) AMI, ça signifie quoi ? 2) le porteur… »: the numbers go.
    .replace(/(?<=:\s*)(?:\d{1,2}|[a-e])\)\s+/g, '')
    .split(/\n+|(?<=[?!])\s+|(?<=[.])\s+(?=[A-ZÀ-Ý«"])/)
    .flatMap(inlineItems)
    .map((s) => s.trim().replace(ITEM_MARKER, ''))
    .filter((s) => s.length > 0);
}

/** A question asked without « ? »: « et on peut suivre les cours à distance ou pas », « je peux le faire en ligne ou non ». */
const UNMARKED_QUESTION = /\b(?:ou pas|ou non|or not)\s*[.!]*\s*$|^(?:et |mais |and )?(?:on peut|je peux|nous pouvons|on pourrait|est-il possible|c'est possible)\b/;

function isQuestion(sentence: string): boolean {
  const folded = fold(sentence);
  return /\?\s*$/.test(sentence) || OPENS_QUESTION.test(folded) || REQUEST.test(folded) || UNMARKED_QUESTION.test(folded);
}

/**
 * « trois éléments : le nombre de candidatures, le nombre de lauréats et la date … », « Cognac : date d'inauguration,
 * ministre présente et vague »: the items of a listed request, each with the short topic before the colon. Null when
 * the text before the colon is itself a question (« Qui pouvait répondre : les villes, ou les EPCI aussi ? »).
 */
function listedItems(sentence: string): string[] | null {
  const colon = sentence.indexOf(':');
  if (colon < 0) return null;
  const before = sentence.slice(0, colon).trim();
  if (OPENS_QUESTION.test(fold(before))) return null;
  const items = sentence
    .slice(colon + 1)
    .replace(/[?.!]\s*$/, '')
    .split(/\s*[,;]\s*(?:et\s+|and\s+)?|\s+et\s+(?=(?:le|la|les|l'|leur|son|sa|ses|un|une|des|du|the|a)\b)|\s+and\s+(?=the\b)/)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 2);
  if (items.length < 2) return null;
  // « Cognac : … », « Concernant l'antenne du Pays de Montbéliard : … »: the topic each item is about.
  const words = before.split(/\s+/).length;
  const topic = words <= 4 || (words <= 10 && /^(?:concernant|au sujet d|a propos d|s'agissant d|pour ce qui est d|regarding|about|re)\b/.test(fold(before))) ? `${before} ` : '';
  return items.map((item) => `${topic}${item}`);
}

/** « qui fournit les locaux, qui le finance, et quel montant … ? »: before the last « , et », a series of questions split at its commas. */
const SERIES_ITEM = new RegExp(`,\\s+(?=(?:qui|quel|quelle|quels|quelles|combien|quand|jusqu'(?:a|à) quand|depuis quand|comment|pourquoi|who|what|when|how|where|which)\\b)`);

function seriesItems(piece: string, index: number, pieces: string[]): string[] {
  if (index === pieces.length - 1) return [piece];
  // « By May 2021, how many people … »: a series only when every item is a question.
  const items = piece.split(SERIES_ITEM);
  return items.every((item) => OPENS_QUESTION.test(fold(item.trim()))) ? items : [piece];
}

/** A sentence's questions: « …, et combien … ? » is two. « Qui et quand ? » has nothing to split: pieces count only when each says something. */
function secondQuestions(sentence: string): string[] {
  const pieces = sentence.split(SECOND_QUESTION).flatMap(seriesItems).map((p) => p.trim()).filter((p) => p.length > 0);
  return pieces.length > 1 && pieces.every((p) => p.split(/\s+/).length >= 2) ? pieces : [sentence];
}

/**
 * Splits a message into the questions it asks. A one-line question is one part. A long message — a town's
 * e-mail, a two-part question — gives one part per question sentence, per second question joined by « et
 * combien … » / "and how many …", and per item of a listed request (« trois éléments : A, B et C »). Greetings
 * and sign-offs are dropped; other statements are kept as context.
 */
export function splitQuestionParts(message: string): QuestionParts {
  const parts: string[] = [];
  const context: string[] = [];
  const asides: string[] = [];
  for (let sentence of sentencesOf(message)) {
    // « (vérif avant réponse à une mairie) »: an aside says why one asks, not what.
    const aside = /\s*\(([^()]*[a-zà-ÿ][^()]*\s[^()]*)\)/gi;
    const bare = sentence.replace(aside, '').trim();
    if (bare !== sentence && bare.split(/\s+/).length >= 3) {
      for (const [, said] of sentence.matchAll(aside)) asides.push(said!.trim());
      sentence = bare;
    }
    let folded = fold(sentence);
    // « vérif : », « Pour réponse à une mairie : »: a label that says why one asks, not what.
    const label = LABEL.exec(folded);
    if (label && sentence.length > label[0].length + 10) {
      sentence = sentence.slice(label[0].length);
      folded = fold(sentence);
    }
    const courtesy = COURTESY.exec(folded);
    if (courtesy) {
      // « Bonjour, nos archives indiquent … » on one line: the greeting goes, the statement stays.
      // « Dear colleagues, », « Bonjour à tous, », « Madame, Monsieur, »: the greeting's addressee goes with it.
      const rest = sentence.slice(courtesy[0].length).replace(ADDRESSEE, '').replace(/^[\s,;:!.-]+/, '');
      if (rest.split(/\s+/).length < 4 && !isQuestion(rest)) continue;
      sentence = rest;
      folded = fold(sentence);
    }
    if (!isQuestion(sentence)) {
      context.push(sentence);
      continue;
    }
    if (POINTING_REQUEST.test(folded) && context.length > 0) {
      parts.push(...secondQuestions(context.pop()!));
      continue;
    }
    // « Nous trouvons des dates différentes selon les articles : laquelle retenir ? »: the statement before the colon
    // is context, and the request points at what was said before it.
    const colon = sentence.lastIndexOf(':');
    if (colon > 0 && context.length > 0 && POINTING_REQUEST.test(fold(sentence.slice(colon + 1).trim()))) {
      parts.push(...secondQuestions(context.pop()!));
      context.push(sentence.slice(0, colon).trim());
      continue;
    }
    const items = listedItems(sentence);
    if (items) {
      parts.push(...items);
      continue;
    }
    parts.push(...secondQuestions(sentence));
  }
  // No question sentence (« Lancement du 1er AMI : pour chaque source, la date svp »): the statements are the request.
  if (parts.length === 0) return { parts: [context.length > 0 ? context.join(' ') : message.trim()], context: asides };
  return { parts, context: [...context, ...asides] };
}
