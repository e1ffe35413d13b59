/**
 * Requests the assistant declines whatever the retrieval finds: attempts to change its instructions,
 * creative writing, weather, and other administrations' procedures. Patterns run on folded text.
 */
const OFF_TOPIC: readonly RegExp[] = [
  /\b(ignore|ignorez?|oublie|oubliez|forget|disregard|bypass|contourne)\b.{0,40}\b(instructions?|consignes?|regles?|rules|prompt|previous|precedentes?|system)\b/,
  /\b(system prompt|prompt systeme|jailbreak|dan mode|developer mode|mode developpeur|pretend (to be|you are)|act as|fais comme si|tu es maintenant|you are now)\b/,
  /\b(poeme|poem|poesie|poetry|haiku|sonnet|chanson|song|lyrics|blague|joke|devinette|riddle|histoire drole|recette|recipe|dissertation|essay)\b/,
  /\b(meteo|weather|temperature|pleuvoir|pleut|pleuvra|rain|forecast|previsions?|beau temps|fera beau|faire beau|fait beau|quel temps|temps fera|temps qu'il fera|sunny|snow|neiger?)\b/,
  // Booking travel, tables, tickets: nothing the assistant does.
  /\b(reserve[rz]?|book|booking|achete[rz]?|buy)\b.{0,30}\b(billets?|tickets?|trains?|avions?|flights?|hotels?|tables?|places? de cinema|taxi)\b|\bbillets? (?:de |d')?(?:train|ter|tgv|bus|car|avion)\b|\btrain tickets?\b|\b(?:ter|tgv|ouigo|blablacar)\b/,
  // The time of day, cooking.
  /\b(quelle heure est[- ]il|what time is it|faire (?:du|son|un) pain|cuisiner|cuisson|cook(?:ing)?)\b/,
  // Arithmetic (« 2+2 », not « bac+3 » nor dates) and writing a CV or a cover letter.
  /\b\d+\s*[+*×÷=]\s*\d+\b|\b(lettre de motivation|cover letter|curriculum vitae|(?:ecrire|rediger|faire|write|writing) (?:mon |un |my |a )?(?:cv|resume))\b/,
  // Television, films and streaming; car repairs.
  /\b(programme (?:tv|tele)|a la tele|television|netflix|streaming|replay|bon film|films? a voir|movies?|pneus?|vidange|carrosserie|car repair)\b/,
  // Registering with another public service: « s'inscrire à Pôle emploi ».
  /\b(inscri\w*|s'inscrire|register|sign up)\b.{0,20}\b(?:a|au|a la|chez|with|at) (pole emploi|france travail|la caf|caf|cpam|urssaf)\b/,
  // A town hall's own services and details: renting its halls, weddings, civil records, its phone or hours.
  // Within one sentence: « … le premier AMI était adressé ? Cordialement, Mairie » signs off from a town hall.
  /\b(numero|telephone|tel|horaires?|adresse|contacter|joindre|phone number|opening hours)\b[^.?!\n]{0,30}\b(mairie|hotel de ville|town hall|city hall|prefecture|sous-prefecture)\b/,
  /\b(salle des fetes|salle polyvalente|salles? municipales?|mariages?|pacs|etat civil|acte de naissance|birth certificate|wedding)\b/,
  // Childcare and school procedures.
  /\b(creche|cantine|periscolaire|maternelle|nounou|garderie|daycare|nursery|centres? de loisirs|accueils? de loisirs|centres? aeres?|colonies? de vacances|summer camps?|holiday camps?)\b/,
  // Music and dance schools (« le conservatoire de musique » is not the Conservatoire national des arts et métiers).
  /\b(conservatoires? (?:de musique|de danse|a rayonnement|municipal|communal|departemental|regional de musique)|ecoles? de (?:musique|danse)|music school|cours de (?:piano|guitare|violon|solfege|danse|chant)|(?:piano|guitar|violin|dance|singing) (?:lessons?|classes))\b/,
  // Other public procedures and services: elections, Parcoursup, housing aid…
  /\b(elections?|electoral|scrutin|listes electorales|parcoursup|apl|aide au logement|logement etudiant)\b/,
  /\b(passeport|passport|carte grise|permis de conduire|driving licen[cs]e|carte d'identite|identity card|impots?|tax return|declaration de revenus|caf|allocations? familiales|visa|titre de sejour|retraite|pension|assurance maladie|carte vitale|ameli)\b/,
  /\b(bitcoin|crypto|bourse|stock market|horoscope|football|match|score du|recette de)\b/,
  // Personal banking (not the Banque des Territoires, which funds centres).
  /\b(branch of (?:the|my|a) bank|bank (?:account|branch|loan|card)|compte bancaire|compte en banque|agence bancaire|carte bancaire|pret immobilier|credit immobilier)\b/,
  // Hospitals, transport timetables, housing, a town's officials: other services.
  /\b(urgences|hopital|hospital|emergency room|pharmacie|pharmacy|prochain train|next train|horaires? (?:de|des) (?:trains?|bus)|train times|sncf|appartements?|appart|louer|a louer|loyers?|for rent|immobilier|real estate|prix du m2|prix du m|qui est (?:le|la) maire|who is the mayor|mayor of)\b/,
  // Tourism, festivals and sport clubs.
  /\b(distillery|distilleries|distillerie|carnaval|carnival|festival|concerts?|visiter|sightseeing|tourist office|office de tourisme|joue a domicile|plays? at home|fc [a-z]+ joue)\b/,
  // Eating and going out (not « bar » or « hôtel »: Bar-le-Duc, l'Hôtel-Dieu de Millau; not « musée »: the Cnam has one).
  /\b(pizzas?|pizzerias?|restaurants?|restos?|boulangeries?|cinemas?|piscines?|swimming pools?|supermarches?|epiceries?|acheter du pain|faire (?:ses|les|mes) courses|grocery|groceries|supermarkets?)\b/,
  /\b(ecris|ecrivez|write|compose|redige|redigez|translate|traduis|traduisez|code|programme en|calcule|calculate)\b.{0,30}\b(poeme|poem|histoire|story|lettre|letter|email|courriel|code|python|javascript|script|chanson|song)\b/,
];

/** Another institution named (« l'université de Strasbourg », "Sorbonne University", « l'IUT de … »). */
const OTHER_INSTITUTION = /\b(universites?|university|universities|sorbonne|iut|facs?|faculte|business school|ecole de commerce|grandes? ecoles?|lycees?|high school|college)\b/;
/** « Quel est le meilleur forfait ? », "What is the best programming language?": a ranking of something else. */
const BEST_OF = /\b(?:what is|what's|which is|quel(?:le)? est) (?:the |le |la )?(?:best|meilleure?)\b(?! (?:way|option|time|moment|moyen|facon|maniere|solution|periode))/;
/** A town's own finances or population (« le budget primitif de la ville de Saverne »), unless asked about a Cnam centre. */
const TOWN_FINANCES = /\b(budget (?:primitif|municipal|communal|de la (?:ville|commune|mairie))|taxe fonciere|taxe d'habitation|impots locaux|property tax|council tax|combien d'habitants|nombre d'habitants|population (?:de|du|d')|how many (?:people live|inhabitants)|population of)\b/;
/** What the assistant's own subject is called: a question naming it is not about another institution only. */
const OWN_SUBJECT = /\b(centres?|participation|cnam|programme|program|villes moyennes|conservatoire|au coeur des territoires|heart of the territories|ami|appel a manifestation|call for (?:expressions? of interest|applications)|antennes?|action coeur de ville)\b/;

/** Facts no source of the knowledge gives: a centre's opening hours (the centre finder points to the regional centre). */
// « je travaille en horaires décalés » speaks of the user's own working hours, not a centre's.
const HOURS = /\b(horaires?(?! (?:decales?|atypiques?|de travail|variables|irreguliers))|opening (?:hours|times)|heures d'ouverture|office hours|(?:open|ouvert|ouverte|ouverts|ouvertes) (?:on |le |les |the )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?|week-ends?))\b/;

/** Whether a (folded) question is a request the assistant must decline. */
export function isOffTopic(folded: string): boolean {
  return HOURS.test(folded) || isOffTopicForSites(folded);
}

/** Like {@link isOffTopic}, for the centre finder, which answers a site's opening hours with the door to ask. */
export function isOffTopicForSites(folded: string): boolean {
  if ((OTHER_INSTITUTION.test(folded) || TOWN_FINANCES.test(folded) || BEST_OF.test(folded)) && !OWN_SUBJECT.test(folded)) return true;
  return OFF_TOPIC.some((pattern) => pattern.test(folded));
}
