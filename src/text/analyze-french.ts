import { ENGLISH_TO_FRENCH } from './english-lexicon.js';
import { words } from './fold.js';
import { lightStem } from './light-stem.js';
import { STOP_WORDS } from './stop-words.js';
import { OPAQUE_GROUPS, SYNONYM_GROUPS } from './synonyms.js';
import { verbStem } from './verb-lemmas.js';

/** One concept of a question: a surface word (or a known phrase) and the index terms that stand for it. */
export interface QueryTerm {
  /** What the user typed, folded (for messages and debugging). */
  surface: string;
  /** Index terms, any of which matches this concept; the first is the preferred one. */
  alternatives: string[];
  /** How much the concept counts in scores and coverage (default 1): time words count little. */
  weight?: number;
}

const CALL_ORDINALS: Record<string, string> = { '1': 'premier', '2': 'deuxieme', '3': 'troisieme' };

/** What stands before « an » when it is a year: « un an », « par an », « 1 an », « chaque an », « nouvel an ». */
const FRENCH_YEAR_BEFORE = /(?:\b(?:un|par|cet|chaque|nouvel|bel|dernier|premier|d'un)|\d)\s*$/i;

/** Spelling variants folded onto one word before stemming (ordinals mostly). */
const VARIANTS: ReadonlyMap<string, string> = new Map([
  ['1er', 'premier'], ['1ere', 'premier'], ['1re', 'premier'], ['1res', 'premier'], ['2nde', 'deuxieme'], ['2d', 'deuxieme'], ['premiere', 'premier'], ['1st', 'premier'],
  ['2e', 'deuxieme'], ['2eme', 'deuxieme'], ['2nd', 'deuxieme'], ['second', 'deuxieme'], ['seconde', 'deuxieme'],
  ['3e', 'troisieme'], ['3eme', 'troisieme'], ['3rd', 'troisieme'],
  // The verb « rapporter » (to report) is not the noun « rapport » (a report, a link).
  ['rapporte', 'relater'], ['rapportent', 'relater'], ['rapporter', 'relater'], ['rapportee', 'relater'],
  ['rapportees', 'relater'], ['rapportes', 'relater'], ['rapportait', 'relater'], ['rapportaient', 'relater'],
  // The noun and the verb: « date d'envoi » is when it was « envoyé ».
  ['envoi', 'envoyer'], ['envois', 'envoyer'],
  // SMS spellings of function and question words.
  ['cmb', 'combien'], ['cb', 'combien'], ['nb', 'combien'], ['nbre', 'combien'], ['cbn', 'combien'], ['qd', 'quand'], ['kan', 'quand'], ['pr', 'pour'], ['ki', 'qui'],
  ['koi', 'quoi'], ['kwa', 'quoi'], ['pk', 'pourquoi'], ['pq', 'pourquoi'], ['pkoi', 'pourquoi'], ['ds', 'dans'], ['ac', 'avec'],
  ['avc', 'avec'], ['mtn', 'maintenant'], ['mnt', 'maintenant'], ['tjs', 'toujours'], ['bcp', 'beaucoup'], ['slt', 'salut'],
  ['an', 'annee'], ['ans', 'annees'], ['stp', 'svp'], ['jsp', 'savoir'], ['dc', 'donc'], ['tt', 'tout'], ['tte', 'toute'], ['ts', 'tous'], ['cad', 'savoir'],
]);

interface TrieNode {
  next: Map<string, TrieNode>;
  canonical?: string;
}

const TRIE: TrieNode = buildTrie();

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map() };
  for (const [canonical, ...phrases] of SYNONYM_GROUPS) {
    for (const phrase of [canonical, ...phrases]) {
      let node = root;
      for (const w of words(phrase)) {
        let child = node.next.get(w);
        if (!child) node.next.set(w, (child = { next: new Map() }));
        node = child;
      }
      node.canonical ??= canonical;
    }
  }
  return root;
}

/** Longest known phrase starting at `start`: its canonical token and length, or null. */
function matchPhrase(tokens: readonly string[], start: number): { canonical: string; length: number } | null {
  let node: TrieNode | undefined = TRIE;
  let best: { canonical: string; length: number } | null = null;
  for (let i = start; i < tokens.length && node; i += 1) {
    node = node.next.get(tokens[i]!);
    if (node?.canonical) best = { canonical: node.canonical, length: i - start + 1 };
  }
  return best;
}

/** French words for an English word, trying its base form when inflected (-s, -es, -ed, -ing). */
function englishWord(token: string): readonly string[] | undefined {
  const direct = ENGLISH_TO_FRENCH.get(token);
  if (direct || token.length < 4) return direct;
  for (const [suffix, replacement] of [['ies', 'y'], ['es', ''], ['s', ''], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e']] as const) {
    if (token.endsWith(suffix)) {
      const base = ENGLISH_TO_FRENCH.get(token.slice(0, -suffix.length) + replacement);
      if (base) return base;
    }
  }
  return undefined;
}

/** Index term of one folded word, or null for stop words and stray letters. */
export function termOf(word: string): string | null {
  const w = VARIANTS.get(word) ?? word;
  if (STOP_WORDS.has(w) || (w.length < 2 && !/\d/.test(w))) return null;
  // A conjugated verb stands for its participle's stem: « dirigeait » = « dirigé », « retiendra » = « retenu ».
  const verb = verbStem(w);
  if (verb !== undefined) return STOP_WORDS.has(verb) ? null : verb;
  return lightStem(w);
}

/**
 * The French analyzer behind BM25 and sentence scoring: folds case and accents, removes elisions
 * and stop words, stems lightly, adds acronym tokens for known phrases (AMI, ACV, CPF…) and maps
 * English content words to French ones. Returns one {@link QueryTerm} per concept.
 */
export function analyzeTerms(text: string): QueryTerm[] {
  // « AMI2 », « AMI 2 », « l'AMI n°2 »: the second call, as « deuxième AMI » says it.
  // « la 1re vague », « second round »: a call, as « premier AMI » says it.
  const tokens = words(
    text
      .replace(/\b(ami|appel)\s*(?:n[°o]\s*)?([123])\b/gi, (_, word: string, n: string) => `${CALL_ORDINALS[n]} ${word}`)
      .replace(/\b(premi[eè]re|1[eè]?re|first|1st)[\s-]+(vague|wave|round)\b/gi, 'premier ami')
      .replace(/\b(deuxi[eè]me|2[eè]?me|2e|2nde|seconde?|second|2nd)[\s-]+(vague|wave|round)\b/gi, 'deuxieme ami')
      // « ça veut dire qu'il n'y a pas de Cnam ? », « que veut dire AMI ? »: « signifier », not « vouloir ».
      // « ça représente cb de centres ? », "what does it represent in numbers": with a count, the verb only says "amount to".
      .replace(/\brepr[ée]sente(?:nt|r)?\b(?=.*\b(?:combien|cb|cmb|how many|how much)\b)|(?<=\b(?:combien|cb|cmb|how many|how much)\b.*)\brepr[ée]sente(?:nt|r)?\b/gi, ' ')
      // "an AMI", "an antenna": the English article, not « an » (« un an », « par an », « l'an dernier »).
      .replace(/(^|[\s,;:(«"])an(?=\s+['"‘’«]?\s*[aeiouyhàâéèêîô])/giu, (match: string, before: string, offset: number, whole: string) =>
        FRENCH_YEAR_BEFORE.test(whole.slice(Math.max(0, offset - 12), offset + before.length)) ? match : `${before} `,
      )
      // « et si oui, par quel biais ? », "if so, by what means?": how to, asked of what the question already says.
      .replace(/\b(?:si oui|si c'est le cas|if so|if yes|par (?:quel|quels) (?:biais|moyens?)|de quelle (?:mani[èe]re|fa[çc]on)|by what means|in what way)\b/gi, ' ')
      // Discourse markers ask for brevity, not a topic: « au cœur des territoires c quoi en gros ? », "in short".
      .replace(/\b(?:en gros|grosso modo|en bref|en r[ée]sum[ée]|en clair|en (?:deux|trois|quelques) mots|concr[èe]tement|in a nutshell|in short|in brief|in a few words|briefly|basically)\b/gi, ' ')
      .replace(/\b(veu[tx]|veulent|voulait|voudrait)(?:-(?:il|elle|ils|elles|t-il|t-elle))?\s+dire\b/gi, 'signifie'),
  );
  const terms: QueryTerm[] = [];
  // An e-mail address stands for the concept « courriel » (« quelle adresse mail ? »).
  if (/\S@\S+\.[a-z]{2,}/i.test(text)) terms.push({ surface: '@', alternatives: ['courriel'] });
  for (let i = 0; i < tokens.length; ) {
    const phrase = matchPhrase(tokens, i);
    if (phrase) {
      const alternatives = [phrase.canonical];
      if (phrase.length > 1 && !OPAQUE_GROUPS.has(phrase.canonical)) {
        for (let j = i; j < i + phrase.length; j += 1) {
          const t = termOf(tokens[j]!);
          if (t && !alternatives.includes(t)) alternatives.push(t);
        }
      }
      terms.push({ surface: tokens.slice(i, i + phrase.length).join(' '), alternatives });
      i += phrase.length;
      continue;
    }
    const token = tokens[i]!;
    i += 1;
    const english = STOP_WORDS.has(token) ? undefined : englishWord(token);
    if (english) {
      if (english.length === 0) continue;
      const alternatives = [...new Set(english.map((w) => termOf(w)).filter((t): t is string => t !== null))];
      if (alternatives.length > 0) terms.push({ surface: token, alternatives });
      continue;
    }
    const term = termOf(token);
    if (term) terms.push({ surface: token, alternatives: [term] });
  }
  return terms;
}

/** Flat list of index terms for a document or passage (every alternative of every concept). */
export function analyze(text: string): string[] {
  const out: string[] = [];
  for (const term of analyzeTerms(text)) for (const t of term.alternatives) out.push(t);
  return out;
}
