import type { Question } from '../core/question.js';
import { fold } from '../text/fold.js';
import type { PlaceReading } from './place-reading.js';
import { SELF_DESCRIPTION_SOURCE } from '../text/self-description.js';

/**
 * Words that make a question about Cnam sites or training somewhere. Presence or list words alone (« y a-t-il »,
 * « quel », "where", "any") are not enough: « quelle est la météo à Paris ? » names a place but is not about sites.
 */
const CENTRE_WORDS = /\b(cnam|centres?|centers?|sites?|antennes?|antennas?|branch(?:es)?|campus|implantations?|poles?|hubs?|maisons? des competences|formations?|former|cours|courses?|training|study|studying|etudier|etudes|ecoles?|schools?|learn|apprendre|diplomes?)\b/;
/** Words of other topics (applying, funding, the programme) that a place alone must not capture. */
const OTHER_TOPIC = /\b(dirig\w*|directeur|directrice|director|a la tete|head of|heads the|president\w*|who (?:runs|ran|leads|led|heads|headed|directs|directed)|candidat\w*|postuler|apply|application|inscri\w*|enrol\w*|financ\w*|fund\w*|pay|paying|paid|payments?|payer|paye[rz]?|paie(nt|r)?|cpf|ami|appels?|call|prix|cout|costs?|tarifs?|fees?|gratuit|free|diplomes?|degrees?|vae|jury|programme|program)\b/;
/** Words that keep a question about sites even when it names another topic: "où se trouve", "is there", "près de". */
const PRESENCE = /\b(centres?|centers?|sites?|antennes?|antennas?|branch(?:es)?|campus|pres|proches?|near|nearest|closest|y a t il|is there|are there|where|ou se trouve|c est ou|c ou|ou est|existe|ouvert|opened?)\b/;
/** Opening words of a follow-up: "et à Dole ?", "and in Dole?", "what about Sedan?". */
/** Interjections before a follow-up: « super, et les formations ? », "great, and in Dole?". */
const INTERJECTIONS = '(?:(?:non|no|ok|okay|bon|super|parfait|genial|merci|top|cool|d accord|tres bien|great|thanks|thank you|perfect|nice) )*';
const FOLLOW_UP = new RegExp(`^${INTERJECTIONS}(et|and|what about|how about|and what about|et pour|et du cote de|et sur|et vers|ou alors|plutot|sinon|instead)\\b`);

/**
 * A message saying where the user is: « j'habite à Verdun », « je suis de Dole », « on est sur Chalon », « notre
 * commune fait partie de Loire Forez Agglomération », "I live in Sedan", "I'm from Dole". With a place in it, a person
 * at a front desk hears "what is there for me near here?": a presence lookup.
 */
export const LOCATION_STATEMENT =
  /^(?:(?:bonjour|bonsoir|salut|hello|hi|alors|donc|euh|ben|bah|oui|ok|moi|nous) )*(?:j habite|je vis|je reside|je suis|jsuis|chuis|j suis|on est|on habite|on vit|nous sommes|nous habitons|nous vivons|notre (?:commune|ville|village|collectivite|mairie|intercommunalite|interco|agglomeration|agglo|communaute|territoire)|ma (?:commune|ville|mairie|collectivite)|mon (?:village|intercommunalite|interco|agglo|agglomeration|territoire|departement)|je travaille|je viens|i live|i m (?:from|in|based)|i am (?:from|in|based)|we are (?:in|from|based)|we re (?:in|from|based)|we live|our (?:town|city|village|commune|council|municipality)|my (?:town|city|village|commune))\b/;

/** Each question's normalised text, made once (the intent, follow-up and topic tests all read it). */
const NORMALISED = new WeakMap<Question, string>();

/** The folded question with hyphens, apostrophes and punctuation as spaces (« non, plutôt Dole » → "non plutot dole"). */
function normalised(question: Question): string {
  let text = NORMALISED.get(question);
  if (text === undefined) {
    text = question.folded.replace(/[-'’,;:!?.()«»"]/g, ' ').replace(/\s+/g, ' ').trim();
    NORMALISED.set(question, text);
  }
  return text;
}

/** Whether the turn before was a centre lookup or a clarification (so a bare name is an answer to it). */
export function followsLookup(question: Question): boolean {
  const previous = question.context.turns.at(-1);
  return previous?.kind === 'centre' || previous?.kind === 'clarify';
}

/**
 * Whether a question with this place reading is for the centre finder: a place plus a word about sites or
 * proximity, a bare place name or postal code, or a follow-up to a previous lookup.
 */
export function isCentreQuestion(question: Question, reading: PlaceReading): boolean {
  // The place's own words say nothing of what is asked: « Centre-Val de Loire » names no centre.
  const name = fold(reading.text).replace(/[-'’,;:!?.()«»"]/g, ' ').replace(/\s+/g, ' ').trim();
  // « le Cnam Grand Est » names the organisation, not a site there: « cnam » goes with the name.
  const text = name.length > 0 ? normalised(question).replace(` cnam ${name}`, ' ').replace(`cnam ${name}`, ' ').replace(name, ' ') : normalised(question);
  if (OTHER_TOPIC.test(text) && !PRESENCE.test(text)) return false;
  if (reading.bare) return true;
  if (followsLookup(question) && FOLLOW_UP.test(text)) return true;
  if (LOCATION_STATEMENT.test(text)) return true;
  // « cnam hauts de france c'est où ? »: the regional Cnam named, and where it is asked.
  // « y a-t-il qqch à Saint-Quentin ? », "is there anything in Dole?": on this assistant, something of the Cnam.
  // « dans le 42 vous avez quoi ? », "what do you have in Dole?": what this assistant has there, its sites.
  return CENTRE_WORDS.test(text) || WHAT_YOU_HAVE.test(text) || (PRESENCE.test(text) && /\b(cnam|qqch|qq chose|quelque chose|something|anything)\b/.test(normalised(question)));
}

/** Asking the assistant what it has somewhere. */
const WHAT_YOU_HAVE = /\b(?:vous avez quoi|qu avez vous|qu est ce que vous avez|vous y avez quoi|ya quoi|y a quoi|il y a quoi|what do you have|what have you got)\b/;

/** "near me", « près de chez moi », "the nearest", « le plus proche »: a proximity question that names no place. */
const NEAR_ME = /\b(near me|close to me|around me|near (my|where i)|close to (my|where i)|in my (town|city|area|region)|nearest|closest|(pres|proche|autour) (de )?(chez )?moi|pres de chez|proche de chez|chez moi|(dans|ds) ma (ville|commune|region)|de ma (ville|commune)|pas loin|dans le coin|a cote de chez|(le|la|les) plus proches?|(?:a proximite|pres|proche|autour|pas loin|non loin) (?:de|du) (?:mon|ma|notre|nos) (?:domicile|maison|logement|travail|lieu de travail|quartier|village|residence|commune|ville|collectivite|territoire)|near (?:my|our) (?:home|house|place|work|office))\b/;
/** Words naming Cnam sites. */
const SITES = /\b(cnam|centres?|centers?|sites?|antennes?|antennas?|branch(?:es)?|campus|implantations?)\b/;

/**
 * A question for the nearest Cnam site that names no place: "Is there a centre near me?", « le Cnam le plus proche ».
 * With `siteWord` false (courses, enrolment, regional centre already asked), « près de chez moi » alone is enough.
 */
export function isNearMeQuestion(question: Question, siteWord = true): boolean {
  const text = normalised(question);
  // « Le programme est-il le seul moyen d'accéder au Cnam près de chez soi ? » asks about the programme.
  if (/\b(seul moyen|only way|programme|program)\b/.test(text)) return false;
  // « il n'y a aucune antenne dans ma ville, je ne peux pas me former ? », « comment je la paye ? »: access in general
  // and funding are the knowledge's questions, not a lookup.
  if (/\b(aucune? (?:antenne|site|centre)|pas d (?:antenne|site|centre)|a pas d (?:antenne|site|centre)|no (?:branch|centre|center|site)|there is no|isn t any|paye[rz]?|payer|paie|financ\w*|cpf|fund\w*|pay)\b/.test(text)) return false;
  return NEAR_ME.test(text) && (!siteWord || SITES.test(text));
}

/**
 * What a question about a place asks, decided before the place is looked up:
 * - `presence`: is there a site, which are the nearest (the lookup as it always was);
 * - `courses`: what can be studied there;
 * - `regional-centre`: where the regional centre is;
 * - `enrolment`: how to enrol, opening hours, prices, contact of a centre (not in the knowledge: point to the door);
 * - `compare`: a ranking or comparison of schools (declined: the assistant does not rank);
 * - `audience`: whom a centre is for (the knowledge answers it, not the finder);
 * - `other`: why, what a site does or is, the history or web page of a regional Cnam (the knowledge again).
 */
export type CentreIntent = 'presence' | 'courses' | 'regional-centre' | 'enrolment' | 'compare' | 'audience' | 'other';

/** Ranking and comparison words: « meilleure école », « est-il meilleur que », "which is better", « classement ». */
const RANKING = /\b(meilleur(?:e|s|es)?|mieux|moins bien|moins bon(?:ne)?s?|classement|classements|classer|palmares|top \d+|ranking|rankings|ranked|rank|better|best|worse|worst|compare[rsz]?|comparer|comparaison|comparatif|comparison|versus|vs)\b/;
/** "the best way to…", « le meilleur moyen de… », « mieux comprendre »: not a ranking of schools. */
const NOT_RANKING = /\b(vaut mieux|vaudrait mieux|better to|meilleur(?:e)? (?:moyen|facon|maniere|solution|option|chance|periode|moment)|best (?:way|option|time|chance|thing)|(?:le|au) mieux (?:pour|possible)|mieux (?:comprendre|connaitre|savoir)|(?:le |la )?mieux adapte\w*|convient le mieux|better understand|had better|best suited|suits me|(?:to|pour|afin de|i want to|je veux|je voudrais) (?:les )?compar\w* ?(?:them|les|the (?:lists?|courses|offers?|programmes))?$)\b/;
/** What a ranking would be about: schools, universities, the Cnam, its sites and courses. */
const INSTITUTIONS = /\b(ecoles?|schools?|universites?|university|universities|facs?|faculte|iut|cnam|centres?|centers?|sites?|antennes?|formations?|cours|courses?|training|diplomes?|degrees?|etablissements?|business|commerce|ingenieurs?|engineering|colleges?|lycees?|campus|cursus|programmes?|masters?|licences?)\b/;

/** A choice between two places or schools: « lequel est le mieux », « entre le Cnam de Nancy et la fac de Metz », "which one is better". */
const CHOICE = /\b(lequel|laquelle|lesquels|lesquelles|which one|which is|entre (?:le|la|l|les) .+ et (?:le|la|l|les) |ou (?:a |au |a la )?(?:celui|celle) (?:de|d)|or the one)/;

/** Whom a site is for: « Le centre de Sedan accueille qui ? », « à qui s'adresse … », "who is it for?". */
const AUDIENCE = /\b(accueill(?:e|ent|ait|aient|era|eront)(?: t? ?(?:il|elle|ils|elles))? (?:aussi |egalement |meme )?(?:les |des )?(?:demandeurs|salaries|jeunes|adultes|etudiants|retraites|independants|chomeurs|lyceens|personnes)|pour quel(?:le)?s? (?:type|genre|public|profil)s?|(?:quel|quels|quelle|quelles) (?:genre |type |sorte )?(?:d )?(?:eleves|etudiants|auditeurs|apprenants|public|publics)|(?:c est|est ce) (?:bien |seulement |uniquement |que )?pour (?:les )?(?:apprentis|jeunes|salaries|adultes|etudiants|demandeurs|chomeurs|lyceens|retraites)|(?:entrer|rentrer|acceder|s inscrire) avec (?:juste |seulement |uniquement )?(?:le |un )?(?:bac|brevet|cap|bts|licence)|niveau (?:requis|d entree|minimum)|prerequis|(?:meant|intended|designed) for|accueille(?:nt)? qui|qui (?:est|sont) accueillis?|pour qui|a qui s adresse(?:nt)?|s adresse(?:nt)? a qui|qui (?:peut|peuvent) (?:y )?(?:aller|venir|suivre|etudier|s y inscrire|s inscrire|beneficier|frequenter)|quels? publics?|publics? (?:vise|visee|vises|concerne|concernes|cible|cibles|accueilli|accueillis)|who (?:is it|are they|is the (?:centre|center|site|antenna)) for|who can (?:go|attend|study|enrol|enroll|join|use)|for whom|aimed at|target audience|who (?:does|do) (?:it|they|the (?:centre|center|site)) (?:welcome|serve|accept)|who (?:is|are) [a-z ]{0,60} for$)\b/;

/**
 * Whether a site is for someone like the asker: « mon fils a 19 ans, c'est que pour les adultes ? », "I work full time".
 */
const AUDIENCE_SELF = new RegExp(
  '\\b(?:(?:mon fils|ma fille|mon enfant|my son|my daughter) (?:a|has|is) \\d+' +
    '|(?:que|seulement|only|just) pour (?:les )?(?:adultes|salaries|jeunes|etudiants|demandeurs)|only for (?:adults|employees|students)' +
    '|(?:ouvert|ouverte|ouverts|accessible|open) (?:aux|a des|to) (?:travailleurs|independants|salaries|demandeurs|chomeurs|jeunes|adultes|retraites|etudiants|lyceens|artisans|auto entrepreneu\\w*|self employed|employees|job seekers|students|adults|retirees)' +
    '|(?:mon pere|ma mere|mon mari|ma femme|mon fils|ma fille|my father|my mother|my dad|my mum|my mom) (?:est|is|a|has) (?:un |une |a |an )?(?:retraite\\w*|chomeu\\w*|salarie\\w*|demandeu\\w*|etudiant\\w*|retired|unemployed|student|\\d+ ans)' +
    '|j ai \\d+ ans|i m \\d+|de mon age|my age|(?:accepte|accueille)(?:nt)? (?:aussi |les |des )*(?:personnes|gens|retraites|seniors|salaries|jeunes|chomeurs)' +
    '|(?:nos |mes |les )?(?:salaries|employes|agents|employees|staff) (?:peuvent|peut|can)|(?:ouverte?s?|open) a tous|open to (?:everyone|all)|trouver du conseil|get advice' +
    '|(?:les )?(?:chomeurs|demandeurs d emploi|salaries|jeunes|etudiants|retraites|adultes|lyceens|seniors|unemployed|job seekers|students|employees) (?:peuvent|peut|ont le droit|sont admis|sont acceptes|can|may|are allowed)' +
    '|can (?:unemployed|job seekers|jobseekers|students|employees|retirees|retired people|adults|young people)' +
    '|i work full time|je travaille a temps plein)\\b',
);

/** The asker saying who they are (« je suis demandeur d'emploi »): whom a site is for only when they ask whether they may go. */
const SELF_DESCRIBED = new RegExp(`\\b${SELF_DESCRIPTION_SOURCE}\\b`);

/** Whether the asker may go: « est-ce que je peux y aller ? », « c'est ouvert aux indépendants ? », "can I go?". */
const ADMISSION_ASKED = /\b(?:peux|puis|peut|peuvent|pourrais|pourrait|can|could|may|allowed|droit|possible|ouverte?s?|open|accessible|accept\w*|admis\w*|pour moi|for me|eligible|que pour|only for)\b/;

/** Whether or where a site is: « ya un cnam ? », « c où ? », "is there a centre?". */
const PRESENCE_ASKED = /\b(?:y a t il|y a t elle|ya|y a|il y a|existe t il|c ou|c est ou|ou est|ou se trouve|is there|are there|where is|where are)\b/;

/** The regional centre: « Où est le centre régional du Cnam en Occitanie ? », « le cnam régional de Bretagne c'est où ». */
const REGIONAL = /\b((?:cnam|centre|center) (?:in|de|dans|of) (?:my|ma|notre|our) region|who runs the cnam in|centres? regiona(?:l|ux)|cnam regional|regional (?:cent(?:re|er)s?|cnam|office|headquarters|seat)|siege (?:regional|du cnam (?:en|de|d|dans|pour))|direction regionale|delegation regionale)\b/;

/** Enrolment, opening hours, prices, contact of a centre: not in the knowledge. */
const ENROLMENT = /\b(inscri(?:re|ption|ptions|s|t|vent|vez|rai)?|m inscrire|s inscrire|enrol(?:l)?(?:ment|ing|ed|s)?|register(?:ing)?|registration|sign up|admissions?|horaires?|heures? d ouverture|opening (?:hours|times)|(?<!\b(?:a|ont|avait|avaient|ete|a t il|a t elle|ont ils|ont elles) )ouvert(?:e|s)? (?:le (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|soir|midi|week end)|les (?:lundis|samedis|dimanches|soirs|week ends)|quand|a quelle heure|en (?:aout|juillet|ete|vacances)|pendant (?:les )?(?:vacances|conges|fetes|ete))|open (?:during|over) the (?:holidays|summer|school holidays)|jours? d ouverture|open (?:on|at|in (?:august|july|summer))|a quelle heure|quelle heure|ferme(?:nt)? a|ferme(?:e|s|es)? (?:pendant|durant|en|le|les|au mois)|closed (?:during|over|on|in)|closing time|what time|permanences?|(?:open|classes|courses|cours|ouvert|ouverte|accueil) (?:le |les |on )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)s?|prix|tarifs?|couts?|combien (?:coute|ca coute|c est)|frais|fees?|prices?|costs?|how much|contacter|contact|joindre|telephone|tel|numero de telephone|numero|phone number|adresse (?:mail|e mail|email)|e mail|email|courriel|phone|parking|stationnement|se garer|accessib\w*|acces (?:pmr|handicapes?)|wifi)\b/;
/** Price words: after a lookup, alone, they ask how training is paid for (the knowledge), not one site's prices. */
const PRICE_WORDS = /\b(prix|tarifs?|couts?|coute|frais|fees?|prices?|costs?|how much|combien)\b/g;
/** Enrolment words alone are about the programme or funding unless a site or a course is named. */
const SITE_OR_COURSE = /\b(cnam|centres?|centers?|sites?|antennes?|antennas?|branch(?:es)?|campus|poles?|formations?|cours|courses?|training|diplomes?)\b/;

/** What can be studied: « Quelles formations à Chalon ? », « on peut étudier quoi au Cnam de Montbéliard ? », « où suivre les cours ». */
const COURSES = new RegExp(
  '\\b(' +
    [
      'quel(?:le)?s? (?:sont les )?(?:formations?|cours|diplomes?|filieres?|cursus|specialites|metiers|enseignements?|programmes? de formation)',
      '(?:formations?|cours|diplomes?) (?:proposee?s?|disponibles?|dispo|offerte?s?|dispensee?s?|possibles?|enseignee?s?)',
      '(?:etudier|apprendre|suivre|faire|preparer|passer) quoi',
      'quoi (?:etudier|apprendre|suivre)',
      'proposen?t? quoi',
      '(?:faire|suivre|etudier|preparer|passer) (?:quoi|koi) comme',
      '(?:quoi|koi) comme (?:formations?|cursus|cours)',
      '(?:c est quoi|c quoi|c koi|cest quoi) (?:les |comme )?(?:formations?|cours|cursus)',
      '(?:faire|suivre|etudier|preparer|passer|reprendre) (?:de la |du |des |une |un |l |en )?[a-z]+(?: [a-z]+){0,4},? (?:c est |est ce )?possible',
      // "Can I study computing in Sedan?" asks for courses; "Can I study with the Cnam there?" asks whether it is there.
      'can (?:i|we|you|one|he|she|they) (?:study|take|do|learn|train) (?!with |at |in |there|here|near|around)[a-z]+',
      '(?:retrain|study|studying|train) in [a-z]+ (?:is|at|in)',
      '(?:y |on y |qu est ce qu on y )?apprend\\w* quoi',
      '^(?:formations?|cours|courses) (?:du |au )?cnam\\b',
      '(?:y a t il|existe t il|il y a|ya) des (?:formations?|cours)\\b.*\\blesquel(?:le)?s',
      'formations? .*\\b(?:il y en a )?lesquel(?:le)?s',
      'quoi comme (?:formations?|cursus|cours|diplomes?|filieres?)',
      'qu est ce qu on (?:peut|pourrait) (?:y )?(?:etudier|apprendre|suivre)',
      'qu est ce qu on (?:y )?(?:etudie|apprend|enseigne)',
      'on (?:y )?(?:etudie|enseigne) quoi',
      'ou (?:suivre|prendre|faire) (?:les |des |une |un )?(?:cours|formations?)',
      'suivre (?:les |des |une |un )?(?:cours|formations?)',
      'liste des (?:formations|cours|diplomes)',
      'catalogue',
      'offre de (?:formations?|cours)',
      'what (?:courses|training|trainings|programmes|programs|degrees|classes|subjects)',
      'which (?:courses|training|trainings|programmes|programs|degrees|classes|subjects)',
      'what can (?:i|we|you|one) (?:study|learn|take)',
      '(?:courses?|classes|training|programmes?|programs?) (?:offered|available|on offer|taught)',
      'take (?:a |the )?(?:courses?|classes)',
      'list of (?:courses|training|programmes|programs)',
      // « et les formations ? », "and the courses?" after a lookup
      `^${INTERJECTIONS}(?:et|and|what about|et pour|et cote|et niveau) (?:les |the )?(?:formations?|cours|courses|training|diplomes?)(?: proposee?s?| disponibles?| offered| available| there| la bas)?(?: (?:a|au|aux|dans|in|at) [a-z ]+)?$`,
    ].join('|') +
    ')\\b',
);

/** The past before the programme: « Avant le programme, pouvait-on déjà suivre des cours à Lunéville ? » (the knowledge). */
const HISTORY = /\b(avant (?:le programme|l ami|le premier ami|2019|sa creation|la creation)|auparavant|autrefois|a l epoque|before the (?:programme|program|first call|call)|used to)\b/;
/** Explanations: « Pourquoi le pôle des Ardennes est-il à Sedan ? », "Why was Sedan chosen?". */
const WHY = /\b(pourquoi|why)\b/;
/**
 * What a site does or is, and the regional Cnam as an organisation: « Que fait le Cnam à Martigues ? », « Qu'est-ce
 * que l'antenne de Saint-Omer ? », « Quel est le projet du Cnam à Colmar ? », « Comment le Cnam Grand Est a-t-il été
 * créé ? », « La page du Cnam Occitanie est-elle à jour ? ».
 */
const DESCRIBE = /^(?:que fait|que font|qu est ce que (?:le|la|l|les) (?:cnam|centre|antenne|pole|espace|site|ecole)|c est quoi (?:le|la|l) (?:cnam|centre|antenne|pole|espace)|quel est le projet|quelle est l histoire|what does the cnam do|what is the cnam doing|what is the (?:cnam )?(?:project|antenna|centre|center|hub|school) (?:in|at|of)|tell me about the cnam)\b|\b(?:page|site web|website|web page|a jour|up to date|outdated|cree|creee|crees|creation|created|founded|fonde|fondee|histoire|history|demarr\w*)\b/;

/** A word that any of the specific intents needs (ranking, audience, why, regional, enrolment, courses, description). */
const MAYBE_INTENT = /(avant|auparavant|autrefois|epoque|before|used to|permanence|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|day|region|possible|can |retrain|train|koi|age|ans|salaries|employ|staff|conseil|advice|tous|everyone|celui|celle|one|heure|ferme|closing|time|meant|intended|designed|apprend|lesquel|accueill|pour quel|open to|entrepreneu|parking|stationnement|garer|accessib|acces|wifi|numero|tel|lequel|laquelle|entre|meilleur|mieux|moins|classe|palmares|top|rank|better|best|wors|compar|versus|vs|qui|public|who|whom|aimed|audience|pourquoi|why|regiona|siege|inscri|enrol|regist|sign up|admission|horaire|heure|opening|ouvert|open|jour|prix|tarif|cout|combien|frais|fee|price|cost|how much|contact|joindre|telephone|numero|mail|courriel|phone|formation|cours|diplom|filiere|cursus|specialite|metier|enseignement|programme|quoi|catalogue|offre|what|which|course|class|training|program|degree|subject|study|learn|take|list|que fait|que font|qu est ce|c est quoi|projet|histoire|tell me|page|site web|website|a jour|up to date|outdated|cree|creation|created|founded|fonde|history|demarr|je suis|jsuis|j suis|i am|i m |mon fils|ma fille|mon enfant|my son|my daughter|only|que pour|seulement|full time|temps plein)/;

/** Reads what a question about a place asks (see {@link CentreIntent}); `presence` when nothing more specific is asked. */
export function readCentreIntent(question: Question): CentreIntent {
  const text = normalised(question);
  // Most questions name no intent word at all: one cheap test before the specific ones.
  if (!MAYBE_INTENT.test(text)) return 'presence';
  // « lequel est le meilleur ? », "which is the best one?" after a list of sites: the sites just listed.
  const ranked = INSTITUTIONS.test(text) || (CHOICE.test(text) && followsLookup(question));
  if (RANKING.test(text) && (!NOT_RANKING.test(text) || CHOICE.test(text)) && ranked) return 'compare';
  // « jsuis demandeur d'emploi a sedan, ya un cnam ? c ou ? »: who asks is context; whether and where a site is, the question.
  // « je suis demandeur d'emploi, qui paye ma formation ? »: only « est-ce que je peux y aller ? » asks whom it is for.
  if (AUDIENCE.test(text) || AUDIENCE_SELF.test(text) || (SELF_DESCRIBED.test(text) && !PRESENCE_ASKED.test(text) && ADMISSION_ASKED.test(text))) return 'audience';
  if (WHY.test(text) || HISTORY.test(text)) return 'other';
  if (REGIONAL.test(text)) return 'regional-centre';
  // « et les frais d'inscription ? », « et le numéro ? » after a lookup are about that site; a bare price ("and is
  // there a fee?") is the knowledge's funding question.
  if (ENROLMENT.test(text) && (SITE_OR_COURSE.test(text) || (followsLookup(question) && FOLLOW_UP.test(text) && ENROLMENT.test(text.replace(PRICE_WORDS, ' '))))) return 'enrolment';
  if (COURSES.test(text)) return 'courses';
  if (DESCRIBE.test(text)) return 'other';
  return 'presence';
}

/** « et à Dole ? », "and in Sedan?": an elliptical follow-up, which keeps the previous lookup's intent. */
export function isFollowUp(question: Question): boolean {
  return FOLLOW_UP.test(normalised(question));
}

/** A pronoun for the place just answered, or for its people: « on peut y faire quelles formations ? », « ça propose quoi ? », « ils proposent quelles formations ? », "what can I study there?". */
const PLACE_PRONOUN = /\b(y|there|la bas|labas|sur place|ca|cela|it|ils|elles|they)\b/;

/** A follow-up, or a question that points back at the place just answered. */
export function refersBack(question: Question): boolean {
  return isFollowUp(question) || PLACE_PRONOUN.test(normalised(question));
}
