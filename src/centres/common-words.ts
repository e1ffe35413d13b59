import { COMMON_WORDS_DATA } from './common-words-data.js';
import { SortedWords } from './sorted-words.js';
import { STOP_WORDS } from './stop-words.js';

/**
 * Words of the assistant's own topics and of chat style that are not in a dictionary (or are, but must never be
 * corrected into a place): programme, funding, courses, the jury, SMS spellings.
 */
const DOMAIN_WORDS =
  'course courses cours formation formations formaton formtion training trainings programme program cursus ' +
  'site sites centre centres center centers cnam ami amis aap appel appels call calls jury jurys laureat laureats ' +
  'payer paye payes payent paie paient pay paying paid financer finance financement fund funding funded cpf opco ' +
  'diplome diplomes diploma diplomas degree degrees licence master bachelor certificat certificate vae bac ' +
  'inscription inscriptions inscrire candidature candidatures candidater candidat candidats postuler apply ' +
  'distance online ligne presentiel soir soirs samedi samedis evening night weekend horaires horaire schedule ' +
  'region regions region departement mairie collectivite collectivites commune communes ville villes town towns ' +
  'contact contacts telephone email mail adresse tarif tarifs prix cout couts fee fees gratuit free ' +
  'sinon bref voila bah ben bon ouais okay cool super genial slt cmt bcp jveux minscrire koi kel ' +
  // overseas groupings that are no one territory: never typo-corrected into a commune (« les Antilles » is not Annelles)
  'antilles outremer dom tom drom com domtom hexagone metropolitaine';

/** English and French month and weekday names: dates, never places unless a place is clearly asked for. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  ('january february march april may june july august september october november december ' +
    'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre ' +
    'monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche').split(' '),
);

/** The assistant's own vocabulary: function, domain and calendar words. */
const OWN: ReadonlySet<string> = new Set([...DOMAIN_WORDS.split(/\s+/), ...CALENDAR_WORDS, ...STOP_WORDS].filter((w) => w.length > 0));
/** The dictionary words, searched in place (sorted by their generator): no Set of 45,000 strings. */
const DICTIONARY = new SortedWords(COMMON_WORDS_DATA);

/** Whether a folded word is one of the assistant's own words (function, domain, calendar): « cours », "fee", "june". */
export function isOwnWord(word: string): boolean {
  return OWN.has(word);
}

/**
 * Whether a folded word is an ordinary French or English word (dictionary, function or domain word) rather than
 * only a name: such a word is never typo-corrected into a place, and a place named by it needs clear context.
 */
export function isCommonWord(word: string): boolean {
  return OWN.has(word) || DICTIONARY.has(word);
}
