import { describe, expect, it } from 'vitest';
import { analyze, analyzeTerms } from '../../src/text/analyze-french.js';
import { lightStem } from '../../src/text/light-stem.js';

describe('analyzeTerms', () => {
  it('when accents, case and elisions differ, returns the same terms', () => {
    expect(analyze("L'Appel à candidatures")).toEqual(analyze('lappel a candidatures'.replace('lappel', "l'appel")));
    expect(analyze('Déploiement ÉLARGI')).toEqual(analyze('deploiement elargi'));
  });

  it('when given stop words and question words, drops them', () => {
    expect(analyze('Quand est-ce que le premier centre a ouvert ?')).toEqual(['premi', 'centr', 'ouvert']);
    expect(analyze("pk le cnam s'interesse autant aux villes moyennes")).not.toContain('autant');
  });

  it('when given a known phrase, adds its acronym so phrase and acronym meet', () => {
    const phrase = analyzeTerms("appel à manifestation d'intérêt");
    expect(phrase).toHaveLength(1);
    expect(phrase[0]!.alternatives[0]).toBe('ami');
    expect(analyze('AMI')).toEqual(['ami']);
    expect(analyze('Action cœur de ville')[0]).toBe('acv');
    expect(analyze('compte personnel de formation')[0]).toBe('cpf');
  });

  it('meets a familiar phrase and the sources\' words on one term', () => {
    expect(analyze("qui met de l'argent ?")).toContain('financ');
    expect(analyze('les chômeurs')).toEqual(analyze("les demandeurs d'emploi").slice(0, 1));
    expect(analyze("demandeurs d'emploi")).toEqual(expect.arrayContaining(['chomeur', 'demandeur', 'emploi']));
    expect(analyze('How many towns put in a bid?')).toContain('candidat');
    expect(analyze('combien avaient envoyé un dossier')).toContain('candidat');
    // "fix" is not the French « fixe »; "during" says nothing.
    expect(analyze('How do I fix it during the day?')).not.toContain('fix');
  });

  it('when given English content words, maps them to French terms', () => {
    const terms = analyze('When was the second call launched?');
    expect(terms).toEqual(expect.arrayContaining(['deuxiem', 'appel', 'lanc']));
    expect(analyze('How do I pay for courses?')).toEqual(expect.arrayContaining(['pay', 'financ', 'form']));
  });

  it('when given ordinals in figures, folds them onto words', () => {
    expect(analyze('2ème AMI')).toEqual(analyze('deuxième AMI'));
    expect(analyze('1er appel')).toEqual(analyze('premier appel'));
  });
});

describe('lightStem', () => {
  it('when given inflected forms, returns one stem', () => {
    expect(new Set(['candidature', 'candidatures', 'candidater', 'candidats'].map(lightStem))).toEqual(new Set(['candidat']));
    expect(lightStem('financement')).toBe(lightStem('financer'));
    expect(lightStem('2020')).toBe('2020');
  });
});

describe('analyzeTerms, calls by number', () => {
  it('reads « AMI2 », « AMI 2 » and « l’AMI n°2 » as the second call', () => {
    for (const q of ['AMI2', 'AMI 2', "l'AMI n°2"]) {
      expect(analyzeTerms(q).map((t) => t.alternatives[0])).toEqual(['deuxiem', 'ami']);
    }
    expect(analyzeTerms('appel 1').map((t) => t.alternatives[0])).toEqual(['premi', 'appel']);
  });
});

describe('analyzeTerms, « vouloir dire »', () => {
  it('reads « ça veut dire », « que veut dire », « cela veut-il dire » as « signifier », not « vouloir »', () => {
    expect(analyzeTerms('que veut dire AMI').map((t) => t.alternatives[0])).toEqual(['signifi', 'ami']);
    expect(analyzeTerms("cela veut-il dire qu'il n'y a pas de Cnam").map((t) => t.alternatives[0])).toEqual(['signifi', 'cnam']);
    // « le Cnam voulait ouvrir … » keeps its verb.
    expect(analyzeTerms('le Cnam voulait ouvrir').map((t) => t.alternatives[0])).toContain('voulu');
  });
});

describe('analyzeTerms, discourse markers and « représenter » with a count', () => {
  it('drops « en gros », « en bref », "in short": they ask for brevity, not a topic', () => {
    expect(analyzeTerms('au coeur des territoires c quoi en gros ?').map((t) => t.surface)).toEqual(['au coeur des territoires']);
    expect(analyzeTerms('in short, what is the AMI?').map((t) => t.alternatives[0])).toEqual(['ami']);
  });

  it('drops « représente » beside a count (« ça représente cb de centres »), keeps it otherwise', () => {
    expect(analyzeTerms('le cnam ca represente cb de centres').map((t) => t.alternatives[0])).toEqual(['cnam', 'centr']);
    expect(analyzeTerms('combien de villes ça représente').map((t) => t.alternatives[0])).toEqual(['vill']);
    expect(analyzeTerms('les 85 candidatures représentent 38 %').map((t) => t.alternatives[0])).toContain('represent');
  });
});

describe('analyzeTerms, per year', () => {
  it('reads « par an », « chaque année », "a year" as one concept, not the « an » of « dès 16 ans »', () => {
    for (const q of ['500 € par an', 'crédité chaque année', '500 euros a year']) expect(analyzeTerms(q).map((t) => t.alternatives)).toContainEqual(['annuel']);
    expect(analyzeTerms('dès 16 ans').flatMap((t) => t.alternatives)).not.toContain('annuel');
  });

  it('« notre rapport annuel » is the asker\'s document, not a yearly figure', () => {
    expect(analyzeTerms('pour notre rapport annuel').flatMap((t) => t.alternatives)).not.toContain('annuel');
  });
});

describe('analyzeTerms, who may use a CPF', () => {
  it('reads "freelance", "self-employed", « auto-entrepreneur » as « indépendant », "civil servants" as « agents publics »', () => {
    for (const q of ['i am freelance', 'self-employed workers', 'je suis auto-entrepreneur', 'travailleurs indépendants']) {
      expect(analyzeTerms(q).flatMap((t) => t.alternatives)).toContain('independant');
    }
    for (const q of ['civil servants', 'les fonctionnaires', 'aux agents publics']) expect(analyzeTerms(q).flatMap((t) => t.alternatives)).toContain('agent-public');
    // "am", "too" are function words.
    expect(analyzeTerms('do i have a CPF too').map((t) => t.alternatives)).toEqual([['cpf']]);
  });
});

describe('analyzeTerms, « nb » and « à ce jour »', () => {
  it('reads « nb de » as a count word and « à ce jour », "so far" as « aujourd\'hui »', () => {
    expect(analyzeTerms('nb de centres ouverts à ce jour').map((t) => t.alternatives)).toEqual([['centr'], ['ouvert'], ['aujourd']]);
    expect(analyzeTerms('how many have opened so far').flatMap((t) => t.alternatives)).toContain('aujourd');
  });
});

describe('analyzeTerms, English aims', () => {
  it('reads "supposed to serve" as the knowledge\'s « vise », « accueillir », and "one" as a function word', () => {
    const terms = analyzeTerms('How many learners is one programme centre supposed to serve?').flatMap((t) => t.alternatives);
    expect(terms).toEqual(expect.arrayContaining(['vis', 'accueilli']));
    expect(terms).not.toContain('one');
  });
});

describe('analyzeTerms, English funding words', () => {
  it('reads "use that programme\'s money to set up a centre" with the knowledge\'s words', () => {
    const terms = analyzeTerms("Can we use that programme's money to set up a Cnam centre?").flatMap((t) => t.alternatives);
    expect(terms).toEqual(expect.arrayContaining(['financ', 'mobilis', 'cre']));
    expect(terms).not.toContain('up');
  });
});

describe('analyzeTerms, feminine nouns in « -trice »', () => {
  it('reads « auditrice », « directrice » as « auditeur », « directeur »', () => {
    expect(analyzeTerms('je suis auditrice').flatMap((t) => t.alternatives)).toEqual(analyzeTerms('je suis auditeur').flatMap((t) => t.alternatives));
    expect(analyzeTerms('les auditrices').flatMap((t) => t.alternatives)).toEqual(['auditeur']);
  });
});

describe('analyzeTerms, « si oui, par quel biais »', () => {
  it('drops « si oui », « par quel biais », "if so, by what means": how to, asked of what the question says', () => {
    expect(analyzeTerms('et si oui, par quel biais ?')).toEqual([]);
    expect(analyzeTerms('if so, by what means?')).toEqual([]);
    expect(analyzeTerms('et par quel moyen ?')).toEqual([]);
  });
});

describe('analyzeTerms, « an »', () => {
  it('reads the English article "an" as a function word, and « un an », « par an » as years', () => {
    expect(analyzeTerms("your answers mention an 'AMI' and an antenna").flatMap((t) => t.alternatives)).not.toContain('ann');
    expect(analyzeTerms('un an et demi').flatMap((t) => t.alternatives)).toContain('ann');
    expect(analyzeTerms('depuis 1 an ici').flatMap((t) => t.alternatives)).toContain('ann');
  });
});

describe('analyzeTerms, English study words', () => {
  it('reads "feasibility study", "full-fledged", "outcome" with the knowledge\'s « étude », « plein exercice », « résultat »', () => {
    const terms = analyzeTerms('Did the feasibility study for a full-fledged Cnam lead anywhere? What was the outcome?').flatMap((t) => t.alternatives);
    expect(terms).toEqual(expect.arrayContaining(['etud', 'plein', 'exercic', 'resultat']));
  });
});

describe('analyzeTerms, English buying words', () => {
  it('reads "paid", "bought" with the knowledge\'s « payé », « acheté »; « Pays de Montbéliard » is no English verb', () => {
    expect(analyzeTerms('who paid for the building?').flatMap((t) => t.alternatives)).toEqual(expect.arrayContaining(['pay', 'achet', 'batiment']));
    expect(analyzeTerms('Ardenne Métropole bought it').flatMap((t) => t.alternatives)).toContain('achet');
    expect(analyzeTerms('Pays de Montbéliard').flatMap((t) => t.alternatives)).not.toContain('achet');
  });
});

describe('analyzeTerms, English eligibility and deadline words', () => {
  it('reads "only … or other towns", "sending the file", "the last day" with the knowledge\'s words', () => {
    expect(analyzeTerms('only the ACV towns, or other towns also?').flatMap((t) => t.alternatives)).toEqual(expect.arrayContaining(['seul', 'autr']));
    const deadline = analyzeTerms('What was the last day for sending the file?').flatMap((t) => t.alternatives);
    expect(deadline).toEqual(expect.arrayContaining(['date-limite', 'envoy', 'dossi']));
  });
});

describe('analyzeTerms, "the boss of all"', () => {
  it('reads "boss" as who runs it, "level" as « niveau », and "all" as a function word (not « aller »)', () => {
    const terms = analyzeTerms('Who is the boss of all the regional centres at national level?').flatMap((t) => t.alternatives);
    expect(terms).toEqual(expect.arrayContaining(['directeur', 'niveau']));
    expect(terms).not.toContain('all');
  });
});

describe('analyzeTerms, paying its own way', () => {
  it('reads "pay for itself", "pay its own way", "break even" as the sources\' « s\'autofinancer »', () => {
    for (const text of ['before it can pay for itself', 'can pay its own way', 'when does a centre break even', "le centre puisse s'autofinancer"]) {
      expect(analyzeTerms(text).flatMap((t) => t.alternatives), text).toContain('autofinanc');
    }
  });
});

describe('analyzeTerms, English negation', () => {
  it('reads "wasn\'t picked" as the knowledge\'s « non retenue », "plan" as « prévu », and drops "like", "ours"', () => {
    const terms = analyzeTerms("my town wasn't picked. what did the Cnam plan for towns like ours?").flatMap((t) => t.alternatives);
    expect(terms).toEqual(expect.arrayContaining(['non', 'retenu', 'prevu']));
    expect(terms).not.toContain('lik');
    expect(terms).not.toContain('our');
  });
});

describe('analyzeTerms, « grandes villes »', () => {
  it('reads « grandes villes », "big cities" as one concept with the sources\' « métropoles universitaires », not « Grand Est »\'s « grand »', () => {
    expect(analyzeTerms('pas seulement dans les grandes villes').map((t) => t.alternatives)).toEqual([['seul'], ['grandes-villes']]);
    expect(analyzeTerms('au profit des métropoles universitaires').flatMap((t) => t.alternatives)).toContain('grandes-villes');
    expect(analyzeTerms('not only in big cities').flatMap((t) => t.alternatives)).toContain('grandes-villes');
  });
});

describe('analyzeTerms, « être »', () => {
  it('drops « suis », « sommes », « êtes » like « est » and « sont »', () => {
    expect(analyzeTerms("je suis demandeur d'emploi").flatMap((t) => t.alternatives)).not.toContain('sui');
    expect(analyzeTerms('nous sommes une petite commune').flatMap((t) => t.alternatives)).toEqual(expect.not.arrayContaining(['somm']));
  });
});

