import { toQuestion, type Question } from '../core/question.js';
import type { Site } from '../knowledge/site.js';
import type { CentreFinder } from './centre-finder.js';
import { findPlace } from './find-place.js';
import type { LocatedSite } from './site-directory.js';
import { territoryOf } from './territory.js';

/** A question over the directory as data: which sites, filtered how, listed or counted. */
export interface DirectoryQuery {
  mode: 'list' | 'count';
  area?: { level: 'region' | 'departement' | 'epci'; code: string; name: string };
  waves?: ReadonlyArray<Site['wave']>;
  statuses?: ReadonlyArray<Site['status']>;
  kinds?: ReadonlyArray<Site['kind']>;
  /** Opened (status open) or selected in this year. */
  year?: string;
  /** « … et sont-ils ouverts ? »: whether each is open is asked (said first), not a filter. */
  statusAsked?: boolean;
}

/** What is listed: sites and their synonyms, towns selected, schools. */
const LISTED_NOUNS = '(?:cnam|sites?|centres?|centers?|antennes?|antennas?|implantations?|locations?|poles?|lieux|villes|communes|collectivites|laureats|winners|towns|cities|ecoles?|schools?|campus)';
/**
 * A list or a count OF sites: the list or count word governs a site noun (« quels sites… », « liste des villes… »,
 * « combien d'antennes… », "which schools…"), not any noun of the sentence (« quelles institutions … les villes »).
 */
const LIST = new RegExp(`\\b(?:quel(?:le)?s|lesquel(?:le)?s|which|what|all the|tous les|toutes les|c est quoi les|c koi les|c quoi les|what are the)\\s+(?:sont\\s+les\\s+|are\\s+the\\s+)?(?:[a-z]+\\s+)?${LISTED_NOUNS}\\b|\\b(?:liste[rz]?|listing|list|enumere[rz]?|donne[rz]?(?: moi)? les)\\s+(?:de\\s+|des\\s+|d |of\\s+|the\\s+|les\\s+|tous les\\s+|toutes les\\s+|all\\s+|l ensemble\\s+|la totalite\\s+|la liste\\s+)*(?:[a-z]+\\s+)?${LISTED_NOUNS}\\b|\\bannuaire\\b|\\bdirectory\\b`);
/**
 * A list asked without a list word: « Lauréats AMI 2 en PACA ? », « Sites du programme dont la vague n'est pas connue ? »
 * (a noun phrase that opens the message and asks no verb), « les écoles du Cnam, elles sont où ? », « … : lesquels ? ».
 */
const IMPLICIT_LIST = new RegExp(
  `^(?:et\\s+)?(?:les\\s+|des\\s+)?(?:projets\\s+d(?:e\\s+|\\s+)sites?|sites|centres|centers|antennes|antennas|implantations|locations|poles|laureats|winners|ecoles|schools)\\b(?!.*\\b(?:t\\s+)?(?:ils|elles|il|elle|on)\\b)|\\b(?:(?:sont|se trouvent|situes?|situees?)\\s+ou|ou\\s+(?:sont|se trouvent))\\b|\\blesquel(?:le)?s\\s*$`,
);
const COUNT = new RegExp(`\\b(?:combien|how many|nombre|nb|number)\\s+(?:de\\s+|d |des\\s+|of\\s+)?(?:[a-z]+\\s+)?${LISTED_NOUNS}\\b`);
const SITES = /\b(cnam|sites?|centres?|centers?|antennes?|antennas?|implantations?|locations?|poles?|lieux|villes|communes|collectivites|laureats|winners|towns|cities|ecoles?|schools?|campus|annuaire|directory)\b/;
/** Lists of something else (bodies, criteria, people), eligibility (« à quelles collectivités l'AMI était adressé ? »), or one site (« which was the first… »). */
const NOT_A_LIST = /\b(?:a quel(?:le)?s? (?:villes|communes|collectivites|territoires|intercommunalites)|(?:which|quel(?:le)?s?) (?:body|bodies|organisations?|organizations?|organismes?|jury|jurys|partenaires|partners|criteres|criteria|personnes|people|ministres?|ministers?|acteurs|conditions)|who|(?:^|[,;:?!.] |\bet )qui (?:a|ont|choisit|choisissent|selectionne\w*|decide\w*)|eligib\w*|which (?:was|is)|quel(?:le)? (?:etait|est|fut))\b/;

/** The directory's own nouns (not towns): a list of these is a list of sites. */
const SITE_NOUNS = /\b((?<=\b(?:quels|quelles|combien de|which|how many) )cnam|sites?|centres?|centers?|antennes?|antennas?|implantations?|locations?|poles?|lieux|laureats|winners|ecoles?|schools?|campus|annuaire|directory)\b/;
/** What makes a list of towns a list of the directory's: selected, labelled, with a Cnam site. */
const SELECTION = /\b(retenu\w*|selectionn\w*|laureat\w*|labellis\w*|labels?|gagnant\w*|choisi\w*|selected|chosen|picked|winn\w*|labelled|labeled|avec (?:un|une) (?:site|antenne|centre)|with a (?:site|centre|center|branch))\b/;
/** Words that make it a question about the directory even without a filter. */
const DIRECTORY = /\b(annuaire|directory|ecoles?|schools?)\b/;

const WAVES: Array<[RegExp, Site['wave'][]]> = [
  [
    /\b(sans vague|(?:vague|appel|ami)\W+(?:\w+\W+){0,3}(?:inconnue?|(?:n est |n'est )?(?:pas|non) (?:connue?|precise\w*|indique\w*))|ni (?:l'|l |le )?(?:ami ?1|premier) ni (?:l'|l |le )?(?:ami ?2|deuxieme)|unknown (?:wave|call)|no known (?:wave|call))\b/,
    ['ami-unknown'],
  ],
  [/\b(premier (?:ami|appel)|premiere vague|1er (?:ami|appel)|ami ?1|first (?:call|wave)|en 2019|de 2019|2019)\b/, ['ami1-2019']],
  [/\b(deuxieme (?:ami|appel)|second (?:ami|appel|call|wave)|seconde vague|deuxieme vague|2e (?:ami|appel)|ami ?2|2020|2021)\b/, ['ami2-2020']],
  [/\b(reseau (?:regulier|historique)|hors programme|outside the programme|regular network)\b/, ['network']],
  // « (annoncés, ni simplement sélectionnés) »: a negated selection word names no call.
  [/\b(programme|au coeur des territoires|ami|laureats|winners|(?<!\b(?:ni|pas|non|not)(?: (?:simplement|seulement|juste|encore|just|only|yet))? )(?:retenu(?:e|s|es)?|selectionne(?:e|s|es)?))\b/, ['ami1-2019', 'ami2-2020', 'ami-unknown']],
];

const STATUSES: Array<[RegExp, Site['status'][]]> = [
  [/\b(deplace(?:e|s|es)?|demenage(?:e|s|es)?|transfere(?:e|s|es)?|moved|relocated)\b/, ['moved']],
  [/\b(statut (?:inconnu|non confirme)|unknown status|status unknown)\b/, ['unknown']],
  // « lauréats retenus sans qu'aucune ouverture n'ait été trouvée »: the directory's « selected » status, word for word.
  [/\b(?:retenu\w*|laureat\w*|selectionn\w*|selected|winners?)\b.{0,40}\b(?:sans|aucune|without|no)\b.{0,25}\b(?:ouverture|opening)\b/, ['selected']],
  [/\b(?:sans|aucune|without|no)\b.{0,25}\b(?:ouverture|opening)\b/, ['planned', 'selected']],
  // « au stade prévu », « en projet », "planned": the directory's status of that name; « pas encore ouverts »: every
  // site selected or announced that no source says opened.
  [/\b(?:(?:statut|stade|status)\W+(?:prevu|planned|en projet)|en projet|planned|a l etude)\b/, ['planned']],
  [/\b(pas encore ouverts?|pas (?:encore )?ouvert(?:e|s|es)?|non ouvert(?:e|s|es)?|not (?:yet )?open(?:ed)?|prevu(?:e|s|es)?|annonce(?:e|s|es)?|a venir|upcoming)\b/, ['planned', 'selected']],
  // « date d'ouverture en 2023 », "whose opening date falls in 2023": opened that year.
  [/\b(ouvert(?:e|s|es)?|open(?:ed)?|fonctionne\w*|en activite|operating|existants?|(?:date d |annee d )?ouverture (?:en|in) 20[12]\d|opening (?:date |year )?(?:falls |is |was )?in 20[12]\d)\b/, ['open']],
];

const KINDS: Array<[RegExp, Site['kind'][]]> = [
  [/\b(ecoles?|schools?)\b/, ['school']],
  [/\b(centres? regionaux|centre regional|regional cent(?:re|er)s?)\b/, ['regional-centre']],
  [/\b(antennes?|antennas?)\b/, ['antenna']],
];

/**
 * Reads a list or count question over the sites directory — « quels sites sont prévus mais pas encore ouverts ? »,
 * « liste des villes du Grand Est retenues en 2019 », « combien de sites en Occitanie ? », « quelles sont les écoles
 * du Cnam ? » — into filters. Null when the question is not one: no list or count word, no site word, or no filter
 * at all (« combien de centres ont ouvert ? » is for the knowledge, which gives the counts the sources announce).
 */
export function readDirectoryQuery(finder: CentreFinder, question: Question): DirectoryQuery | null {
  const text = question.folded.replace(/[-']/g, ' ').replace(/\s+/g, ' ');
  const folded = question.folded;
  const narrowing = narrowingFollowUp(finder, question, text);
  if (narrowing) return narrowing;
  const count = COUNT.test(text);
  const implicit = !count && !LIST.test(text);
  // « HDF, sites de l'AMI 2 ? », « grand est : les antennes ? »: a territory set before the list.
  if (implicit && !IMPLICIT_LIST.test(text.replace(/[?!.\s]+$/, '').replace(/^[^,:;?]{2,40}[,:]\s*/, ''))) return null;
  if (!SITES.test(text)) return null;
  // « Which body picks the winners? », « Which towns were eligible? », « Which was the first centre to open? »: about
  // the selection or one site, not a list of the directory.
  if (NOT_A_LIST.test(text)) return null;
  // « quels sites étaient ouverts en janvier 2021 ? »: a past state at a date, which the sources' counts give; the
  // directory knows only each site's latest status.
  if (PAST_STATE.test(text) || OPEN_AT_MONTH.test(text)) return null;
  // « … selon l'AdCF : combien, lesquels ? »: what a source said, the knowledge's (« d'après l'annuaire » is the directory).
  if (SOURCE_NAMED.test(text) && !DIRECTORY.test(text)) return null;
  // « Combien de communes dans Loire Forez Agglomération ? » asks the gazetteer, not the directory: towns count as
  // sites only when selected, labelled or with a Cnam site.
  if (!SITE_NOUNS.test(text) && !SELECTION.test(text)) return null;
  const query: DirectoryQuery = { mode: count ? 'count' : 'list' };
  const reading = findPlace(question.body, finder.index, { language: question.language, followUp: false });
  if (reading?.type === 'region' || reading?.type === 'departement') {
    const territory = territoryOf(finder.index, reading.type, reading.area);
    query.area = { level: territory.level, code: territory.area.code, name: territory.area.name };
  } else if (reading?.type === 'epci') {
    query.area = { level: 'epci', code: reading.epci.siren, name: reading.epci.name };
  } else if (reading?.type === 'locality') {
    return null; // one town: the centre lookup answers it
  }
  const year = /\b(?:ouvert\w*|open(?:ed)?(?: (?:their|its) doors?)?(?: in)?|opening (?:date |year )?(?:falls |is |was )?in|inaugur\w*|depuis|since|en|in|during|durant|pendant|au cours de)\s+(?:l'annee\s+|the year\s+)?(20[12]\d)\b/.exec(folded);
  const statusAsked = STATUS_ASKED.test(folded);
  const status = statusAsked ? undefined : STATUSES.find(([pattern]) => pattern.test(folded));
  if (statusAsked) query.statusAsked = true;
  if (status) query.statuses = status[1];
  if (year && status?.[1].includes('open')) query.year = year[1];
  // « programme et réseau confondus », "both the programme and the network": no call filter.
  const everyWave = /\b(?:confondu(?:e|s|es)?|programme et reseau|reseau et programme|both)\b/.test(folded);
  const wave = everyWave ? undefined : WAVES.find(([pattern]) => pattern.test(folded.replace(year && query.year ? year[0] : '\u0000', ' ')));
  if (wave) query.waves = wave[1];
  const kind = KINDS.find(([pattern]) => pattern.test(folded));
  if (kind) query.kinds = kind[1];
  // « les sites du Cnam en Occitanie » is the territory's lookup; a list asked without a list word needs a filter of its own.
  if (implicit && !(query.waves || query.statuses || query.kinds || query.year)) return null;
  const filtered = query.area || query.waves || query.statuses || query.kinds || query.year;
  if (!filtered && !DIRECTORY.test(text)) return null;
  // A count with no place nor kind (« combien de sites ont ouvert ? », « combien d'antennes en tout ? ») is a
  // question for the knowledge's figures: « antenne » is what the programme calls its sites.
  // So is the network's count of regional centres (« 19 centres en région » in 2024), which the directory lists only in part.
  const kindFilter = query.kinds && !(query.kinds.length === 1 && (query.kinds[0] === 'antenna' || query.kinds[0] === 'regional-centre'));
  // A status the sources never count (selected with no opening found, planned, moved) is the directory's to count.
  const dataStatus = query.statuses && !query.statuses.includes('open');
  if (count && !query.area && !kindFilter && !dataStatus && !DIRECTORY.test(text)) return null;
  return query;
}

/** « étaient ouverts en janvier 2021 », "were open in January 2021", « au 1er janvier 2021 ». */
const PAST_STATE =
  /\b(?:etaient|etait|were|was|had)\b.*\b(?:(?:en|in|au|at|fin|debut|mi|end of|early|late)\s+)?(?:1er\s+)?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)\s+20[12]\d\b/;

/** « ouverts en janvier 2021 », "open in January 2021": a state at a past month, not a site's latest status. */
const OPEN_AT_MONTH =
  /\b(?:ouvert(?:e|s|es)?|open(?:ed)?)\s+(?:(?:en|in|au|a|at|fin|debut|end of|early)\s+)(?:1er\s+)?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|june|july|august|september|october|november|december)\s+20[12]\d\b/;
/** « selon l'AdCF », "according to Localtis": what a source says. */
const SOURCE_NAMED = /\b(?:selon|d'apres|d apres|according to)\b/;

/** « lesquels sont ouverts ? », « et ceux qui sont prévus ? », "which ones are open?": a filter on the sites just listed. */
const NARROWING = /^(?:et |and )?(?:lesquel(?:le)?s|which(?: ones?)?|ceux|celles|those|combien|how many)\b/;
/** « … et sont-ils ouverts ? », "and are they open?": the status is asked of each site (every line gives it), not a filter. */
const STATUS_ASKED = /\b(?:are they|is it|are these|sont[- ](?:ils|elles)|est[- ](?:il|elle))\s+(?:still |encore |deja |already |tous |all )?(?:open|ouverte?s?)\b/;
/** « et au deuxième appel ? », "and for the second call?": the same list with another filter. */
const ELLIPTICAL = /^(?:et|and|what about|how about)\b/;

/**
 * After an answer about a territory (« Y a-t-il un Cnam en Grand Est ? »), a short question that only adds a status
 * or a call (« lesquels sont ouverts ? », « combien du deuxième AMI ? ») lists that territory's sites so filtered. After
 * a list (« Quelles villes d'Occitanie ont été choisies en 2019 ? »), « et au deuxième appel ? » is that list with the
 * new call or status in place of its own.
 */
function narrowingFollowUp(finder: CentreFinder, question: Question, text: string): DirectoryQuery | null {
  const previous = question.context.turns.at(-1);
  // "and when do they open?" asks a date of the sites listed, not the open ones.
  // Words only: « aujourd'hui ? » is one word, its « ? » none.
  if (!previous || text.replace(/aujourd hui/g, 'aujourdhui').split(' ').filter((w) => /[a-z0-9]/.test(w)).length > 8 || /\b(?:quand|when|date|depuis|since)\b/.test(text)) return null;
  // « Et ces antennes sont-elles ouvertes aujourd'hui ? » after a list: the same list, whose lines say each status.
  if (STATUS_ASKED.test(question.folded) && (ELLIPTICAL.test(text) || /\b(?:ces|ceux|celles|these|those|they|ils|elles)\b/.test(text))) {
    const before = previousListQuery(finder, question);
    if (before) return { ...before, statusAsked: true };
  }
  const status = STATUSES.find(([pattern]) => pattern.test(question.folded));
  const wave = WAVES.slice(0, 4).find(([pattern]) => pattern.test(question.folded));
  if (!status && !wave) return null;
  const counted = /^(?:et |and )?(?:combien|how many)\b/.test(text);
  if (ELLIPTICAL.test(text) || NARROWING.test(text)) {
    const before = previousListQuery(finder, question);
    if (before) return { ...before, ...(counted ? { mode: 'count' as const } : {}), ...(status ? { statuses: status[1] } : {}), ...(wave ? { waves: wave[1] } : {}) };
  }
  const area = previous.area;
  if (!area || !NARROWING.test(text)) return null;
  return {
    mode: counted ? 'count' : 'list',
    area: { level: area.type, code: area.code, name: area.name },
    ...(status ? { statuses: status[1] } : {}),
    ...(wave ? { waves: wave[1] } : {}),
  };
}

/** The query of the directory list the previous answer gave, or null when it gave none. */
export function previousListQuery(finder: CentreFinder, question: Question): DirectoryQuery | null {
  const previous = question.context.turns.at(-1);
  return previous?.intent === 'list' ? readDirectoryQuery(finder, toQuestion(previous.question, { turns: [] })) : null;
}

/** The directory's sites that match the query, in a stable order (région, town, name); moved projects left out. */
export function matchingSites(finder: CentreFinder, query: DirectoryQuery): LocatedSite[] {
  return finder.directory.sites
    .filter(({ site, commune }) => {
      if (site.status === 'moved' && !query.statuses?.includes('moved')) return false;
      if (query.area?.level === 'region' && commune.region !== query.area.code) return false;
      if (query.area?.level === 'departement' && commune.dep !== query.area.code) return false;
      if (query.area?.level === 'epci' && commune.epci !== query.area.code) return false;
      if (query.waves && !query.waves.includes(site.wave)) return false;
      if (query.statuses && !query.statuses.includes(site.status)) return false;
      // « projets d'antenne »: a site the directory names an antenna (« Cnam Normandie – antenne de Vernon ») is one.
      if (query.kinds && !query.kinds.includes(site.kind) && !(query.kinds.includes('antenna') && /\bantenne\b/i.test(site.name))) return false;
      if (query.year && !(site.statusDate ?? '').startsWith(query.year)) return false;
      return true;
    })
    .sort((a, b) => a.site.region.localeCompare(b.site.region, 'fr') || a.site.town.localeCompare(b.site.town, 'fr') || a.site.name.localeCompare(b.site.name, 'fr'));
}
