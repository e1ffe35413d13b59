/**
 * Acronyms and the phrases they stand for. The analyzer adds the acronym (first entry) as an extra
 * token wherever one of its phrases occurs, in documents and questions alike, so « AMI »,
 * « appel à manifestation d'intérêt » and « call for expressions of interest » all meet on `ami`.
 * Phrases are written naturally; they are folded and split the same way as the text.
 */
/** Groups whose phrases stand only for their first entry: their words are not matched one by one. */
export const OPAQUE_GROUPS: ReadonlySet<string> = new Set(['lien', 'aujourd', 'annuel', 'rapport-annuel', 'grandes-villes']);

export const SYNONYM_GROUPS: ReadonlyArray<readonly [string, ...string[]]> = [
  ['ami', "appel à manifestation d'intérêt", "appels à manifestation d'intérêt", 'appel à manifestations d’intérêt',
    'call for expressions of interest', 'call for expression of interest', 'calls for expressions of interest',
    'call for applications', 'appel à candidatures', 'appel a projet', 'appel à projets'],
  ['cnam', 'conservatoire national des arts et métiers', 'le cnam', 'c.n.a.m'],
  ['acv', 'action cœur de ville', 'action coeur de ville', 'coeur de ville', 'action heart of town', 'heart of town'],
  ['acdt', 'au cœur des territoires', 'cœur des territoires', 'coeur de territoire', 'coeur de territoires',
    'heart of the territories', 'heart of territories'],
  ['cpf', 'compte personnel de formation', 'personal training account', 'mon compte formation', 'moncompteformation'],
  ['adcf', 'assemblée des communautés de france', 'intercommunalités de france'],
  ['anct', 'agence nationale de la cohésion des territoires'],
  ['epci', 'établissement public de coopération intercommunale', 'intercommunalité', 'intercommunalités',
    'intercommunality', 'intercommunal'],
  ['foad', 'formation ouverte à distance', 'formation à distance', 'formations à distance', 'enseignement à distance',
    'distance learning', 'e-learning', 'elearning', 'online course', 'online courses', 'en ligne', 'remote learning'],
  ['bdt', 'banque des territoires', 'caisse des dépôts', 'caisse des depots et consignations', 'cdc'],
  ['tdi', "territoires d'industrie", "territoire d'industrie", 'territories of industry', 'industry territories'],
  ['vae', "validation des acquis de l'expérience", 'validation of prior learning', 'accreditation of prior learning'],
  ['rncp', 'répertoire national des certifications professionnelles'],
  ['cep', 'conseil en évolution professionnelle', 'career advice', 'career guidance'],
  ['pic', "plan d'investissement dans les compétences", 'plan régional d’investissement dans les compétences', 'pric'],
  ['courriel', 'e-mail', 'email', 'mail', 'adresse mail', 'adresse électronique', 'adresse e-mail', 'mel'],
  ['cci', "chambre de commerce et d'industrie"],
  ['uimm', 'union des industries et métiers de la métallurgie'],
  ['pole-emploi', 'pôle emploi', 'france travail', 'job centre'],
  // « jusqu'à quand », « date limite », "deadline": the last day to answer a call.
  ['date-limite', 'date limite', 'dates limites', "jusqu'à quand", "jusqu'à quelle date", 'jusqu à quand', 'date butoir',
    'deadline', 'deadlines', 'cut-off', 'cutoff', 'closing date', 'last date', 'last day', 'final day', 'closing day', 'until when'],
  // « qui est à la tête de », "who heads": who runs it.
  ['dirig', 'à la tête de', 'à la tête du', 'à la tête des', 'head of', 'heads the', 'in charge of', 'director of', 'director', 'directrice', 'directeur', 'dirige'],
  ['jury', 'comité de sélection', 'comités de sélection', 'selection committee', 'selection panel', 'panel'],
  // « Quel rapport entre le programme et ACV ? » asks for a link, not for a report (« rapport », « rapporte »).
  ['lien', 'rapport entre', 'rapport avec', 'quel rapport', 'quels rapports', 'relation entre', 'relation avec',
    'lien entre', 'liens entre', 'lien avec', 'liens avec', 'link between', 'link with', 'relationship between',
    'relationship with', 'connection between', 'connection with'],
  // « aujourd'hui », « à ce jour » are one time word, not concepts (« jour »).
  ['aujourd', "aujourd'hui", 'aujourd hui', 'aujourdhui', 'today', 'nowadays', 'à ce jour', "à l'heure actuelle", 'en ce moment',
    'à présent', 'currently', 'at present', 'to date', 'so far', 'as of today'],
  // « qui met de l'argent ? »: who funds it.
  ['financ', "met de l'argent", "mettre de l'argent", "mettent de l'argent", 'met des sous'],
  // « les chômeurs », « au chômage » are the sources' « demandeurs d'emploi ».
  ['chomeur', "demandeur d'emploi", "demandeurs d'emploi", 'demandeuse d’emploi', "demandeuses d'emploi", 'chômeurs', 'chômeuse',
    'chômeuses', 'au chômage', 'sans emploi', 'job seeker', 'job seekers', 'jobseeker', 'jobseekers', 'unemployed', 'unemployed people'],
  // « envoyer un dossier », "put in a bid": to apply.
  ['candidat', 'envoyé un dossier', 'envoyer un dossier', 'envoyé leur dossier', 'envoyé son dossier', 'déposé un dossier',
    'déposer un dossier', 'déposé leur dossier', 'déposé son dossier', 'remis un dossier', 'put in a bid', 'put in bids',
    'submitted an application', 'submit an application', 'sent an application', 'sent in an application'],
  // « par an », « chaque année », "a year": per year, one concept (not « an » of « dès 16 ans »).
  ['annuel', 'par an', 'chaque année', 'par année', 'tous les ans', 'annuelle', 'annuels', 'annuelles', 'annuellement',
    'per year', 'a year', 'each year', 'every year', 'yearly', 'annual', 'annually'],
  // « pour notre rapport annuel : … »: the document the asker writes, not a yearly figure asked.
  ['rapport-annuel', 'rapport annuel', 'rapports annuels', 'bilan annuel', 'annual report', 'annual review'],
  // "freelance", "self-employed", « auto-entrepreneur »: the sources' « travailleurs indépendants ».
  ['independant', 'indépendant', 'indépendants', 'indépendante', 'indépendantes', 'travailleur indépendant', 'travailleurs indépendants',
    'self-employed', 'self employed', 'freelance', 'freelancer', 'freelancers', 'freelances', 'auto-entrepreneur', 'auto-entrepreneurs',
    'auto-entrepreneuse', 'micro-entrepreneur', 'micro-entrepreneurs'],
  // "civil servants", « fonctionnaires »: the sources' « agents publics » ("public employees").
  ['agent-public', 'agent public', 'agents publics', 'fonctionnaire', 'fonctionnaires', 'civil servant', 'civil servants',
    'public employee', 'public employees', 'public servant', 'public servants'],
  // "pay for itself", "break even", « rentable »: the sources' « s'autofinancer », « autofinancement ».
  ['autofinanc', 'pay for itself', 'pays for itself', 'pay its own way', 'pays its own way', 'self-financing', 'self-financed',
    'self-funding', 'self-funded', 'self-sufficient', 'break even', 'breaks even', 'rentable', 'équilibre financier'],
  // « pas seulement dans les grandes villes », "big cities": the sources' « métropoles universitaires » (not the « Grand Est »).
  ['grandes-villes', 'grandes villes', 'grande ville', 'grosses villes', 'métropoles universitaires', 'métropole universitaire',
    'big cities', 'big city', 'large cities', 'large city', 'university cities'],
  ['villes-moyennes', 'villes moyennes', 'ville moyenne', 'medium-sized towns', 'medium sized towns', 'medium towns',
    'mid-sized towns'],
];
