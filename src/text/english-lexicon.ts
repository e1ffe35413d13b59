/**
 * English content words → French words of the knowledge documents, so that an English question
 * finds French passages without a translation model. Values are folded French words; the analyzer
 * stems them like any other token. English words that are also French words are left out.
 */
export const ENGLISH_TO_FRENCH: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    apply: ['candidater', 'candidature', 'repondre'], applying: ['candidater', 'repondre'], applied: ['candidater', 'repondre'],
    application: ['candidature', 'dossier'], applications: ['candidatures', 'dossiers'], applicant: ['candidat'],
    applicants: ['candidats'], candidate: ['candidat'], candidates: ['candidats'], bid: ['candidature'], respond: ['repondre'], answer: ['repondre', 'reponse'], submit: ['deposer', 'candidater'],
    // "is one centre supposed to serve": aimed at, welcomed.
    supposed: ['vise', 'prevu', 'cense'], expected: ['prevu', 'vise'], serve: ['accueillir'], serves: ['accueille'], served: ['accueilli'],
    call: ['appel', 'ami'], calls: ['appels', 'ami'], first: ['premier', 'premiere'], second: ['deuxieme', 'second'],
    third: ['troisieme'], launch: ['lancement', 'lancer'], launched: ['lance', 'lancement'], start: ['lancement', 'debut'],
    started: ['lance', 'debut'], when: ['date'], date: ['date'], year: ['annee'], paying: ['payer', 'financer'], fund: ['financer'], funding: ['financement'], funded: ['financer', 'financement'], finance: ['financer'],
    financing: ['financement'], cost: ['cout', 'tarif'], costs: ['couts'], price: ['prix', 'tarif'], fee: ['frais'],
    fees: ['frais'], free: ['gratuit'], course: ['formation', 'cours'], courses: ['formations', 'cours'],
    training: ['formation'], study: ['etudier', 'formation'], studies: ['etudes'], class: ['cours'], classes: ['cours'],
    evening: ['soir'], town: ['ville', 'commune'], towns: ['villes', 'communes'], city: ['ville'], cities: ['villes'],
    municipality: ['commune'], municipalities: ['communes'], local: ['local', 'locale'], authority: ['collectivite'],
    authorities: ['collectivites'], council: ['collectivite'], selected: ['retenu', 'selectionne', 'laureat'],
    // "wasn't picked", "not selected": the sources' « non retenues ».
    not: ['non'], wasn: ['non'], weren: ['non'], isn: ['non'], aren: ['non'], didn: ['non'],
    // "did the feasibility study for a full-fledged Cnam lead anywhere?": « étude », « plein exercice », « résultat ».
    feasibility: ['etude', 'etudier'], fledged: ['plein', 'exercice'], outcome: ['resultat'], outcomes: ['resultats'], lead: ['resultat', 'aboutir'],
    paid: ['paye', 'finance', 'achete'], bought: ['achete'], purchased: ['achete'],
    // "only the ACV towns could apply, or other towns also?", "sending the file": « seulement », « autres », « dossier ».
    only: ['seulement', 'uniquement', 'reserve'], other: ['autre', 'autres'], others: ['autres'], file: ['dossier'], files: ['dossiers'],
    send: ['envoyer'], sending: ['envoyer'], sent: ['envoye'], around: ['environ'],
    // "the boss of all the regional centres at national level": who runs it (« dirige »), « niveau national ».
    boss: ['directeur', 'dirige', 'responsable'], level: ['niveau'],
    plan: ['prevu', 'prevoir'], planned: ['prevu'], plans: ['prevu'],
    chosen: ['retenu', 'selectionne'], followed: ['suivre'], follow: ['suivre'], picked: ['retenu', 'choisi', 'selectionne'], pick: ['choisir', 'selectionner'], picks: ['choisir', 'selectionner'], chose: ['choisi', 'retenu'], choose: ['choisir'], proportion: ['part', 'proportion'], share: ['part'], percentage: ['part', 'pourcentage'], selection: ['selection'], winners: ['laureats'], winner: ['laureat'],
    laureate: ['laureat'], laureates: ['laureats'], number: ['nombre'], how: ['comment'], premises: ['locaux'],
    building: ['batiment', 'locaux'], open: ['ouvrir', 'ouverture'], opened: ['ouvert', 'ouverture'], opening: ['ouverture'],
    openings: ['ouvertures'], learners: ['auditeurs', 'apprenants'], learner: ['auditeur', 'apprenant'],
    students: ['auditeurs', 'eleves', 'etudiants'], student: ['auditeur', 'etudiant'], trained: ['formes'],
    people: ['personnes'], center: ['centre'], centers: ['centres'], centres: ['centres'], site: ['site'],
    sites: ['sites'], antenna: ['antenne'], antennas: ['antennes'], branch: ['antenne'], branches: ['antennes'],
    eligible: ['eligible'], eligibility: ['eligible', 'eligibilite'], who: ['qui'], diploma: ['diplome'],
    diplomas: ['diplomes'], degree: ['diplome'], degrees: ['diplomes'], certificate: ['certificat'],
    qualification: ['certification', 'titre'], programme: ['programme'], program: ['programme'], goal: ['objectif'],
    goals: ['objectifs'], aim: ['objectif'], aims: ['objectifs'], target: ['objectif'], targets: ['objectifs'],
    partner: ['partenaire'], partners: ['partenaires'], partnership: ['partenariat'], jury: ['jury'],
    committee: ['comite'], result: ['resultat'], results: ['resultats'], announced: ['annonce'],
    announcement: ['annonce'], enrol: ['inscrire', 'inscription'], enroll: ['inscrire', 'inscription'],
    register: ['inscrire', 'inscription'], registration: ['inscription'], enrolment: ['inscription'],
    job: ['emploi'], jobs: ['emplois'], jobseeker: ['demandeur', 'emploi'], seekers: ['demandeurs', 'emploi'],
    unemployed: ['demandeur', 'emploi'], employee: ['salarie'], employees: ['salaries'], employer: ['employeur'],
    apprenticeship: ['apprentissage'], apprentice: ['apprenti'], work: ['travail'], worker: ['salarie'],
    deadline: ['date', 'limite'], cutoff: ['date', 'limite'], cut: ['limite'], off: [], closing: ['limite'], round: ['vague'], rounds: ['vagues'], industry: ['industrie'], industrial: ['industriel'], heart: ['coeur'],
    territories: ['territoires'], territory: ['territoire'], region: ['region'], regions: ['regions'],
    regional: ['regional'], network: ['reseau'], contact: ['contact'], email: ['courriel', 'mail'],
    skills: ['competences'], skill: ['competence'], need: ['besoin'], needs: ['besoins'], account: ['compte'],
    personal: ['personnel'], hundred: ['centaine'], new: ['nouveau', 'nouveaux', 'nouvelle'], many: ['nombre'],
    minister: ['ministre'], ministers: ['ministres'], government: ['gouvernement', 'etat'], state: ['etat'],
    bank: ['banque'], commit: ['engager'], commitment: ['engagement'], provide: ['fournir', 'mettre'],
    teach: ['enseigner'], teachers: ['enseignants'], teaching: ['enseignement'], advice: ['conseil'],
    adviser: ['conseiller'], advisor: ['conseiller'], help: ['aide', 'accompagnement'], support: ['accompagnement'],
    join: ['rejoindre'], become: ['devenir'], host: ['accueillir'], hosting: ['accueil'], hosts: ['accueille'],
    why: ['pourquoi', 'objectif'], purpose: ['objectif'], what: [], is: [], medium: ['moyenne', 'moyennes'],
    sized: [], size: ['taille'], wave: ['vague'], waves: ['vagues'], list: ['liste'], which: [],
    conflicting: ['divergent'], sources: ['sources'], president: ['president'], director: ['directeur'],
    head: ['directeur', 'administrateur'], general: ['general'], existing: ['existant'], already: ['deja'],
    today: ['aujourd'], now: ['aujourd'], still: ['toujours'], end: ['fin'], months: ['mois'], month: ['mois'],
    procedure: ['procedure', 'demarche'], process: ['procedure', 'demarche'], steps: ['etapes', 'demarche'],
    requirements: ['conditions', 'criteres'], criteria: ['criteres'], conditions: ['conditions'],
    prior: ['acquis'], experience: ['experience'], validation: ['validation'], recognised: ['reconnu'],
    online: ['distance'], remotely: ['distance'], remote: ['distance'], pay: ['payer', 'financer'],
    mail: ['courriel', 'mail'], address: ['adresse'], headquarters: ['siege'], hq: ['siege'], street: ['rue'], coordinate: ['coordonne'], coordinates: ['coordonne'],
    // "fix" is not the French « fixe » (« les objectifs que le Cnam fixe »).
    // "use that programme's money to set up a centre": the knowledge's « mobiliser les financements … pour créer ».
    money: ['financement', 'argent'], funds: ['financement'], use: ['utiliser', 'mobiliser'], draw: ['mobiliser'], set: ['creer', 'ouvrir'],
    up: [], create: ['creer'], creating: ['creer'], establish: ['creer', 'implanter'], agreement: ['convention'], agreements: ['conventions'],
    during: [], fix: ['corriger'], kick: ['lancement', 'lancer'], kicked: ['lance', 'lancement'], whom: [], where: ['ou', 'lieu'], located: ['situe', 'implante'], near: ['proche', 'pres'],
  }),
);
