import { describe, expect, it } from 'vitest';
import { splitQuestionParts } from '../../src/answering/question-parts.js';

describe('splitQuestionParts', () => {
  it('keeps a one-line question whole', () => {
    expect(splitQuestionParts('Quand le deuxième AMI a-t-il été lancé ?')).toEqual({ parts: ['Quand le deuxième AMI a-t-il été lancé ?'], context: [] });
    expect(splitQuestionParts('c koi au coeur des territoires')).toEqual({ parts: ['c koi au coeur des territoires'], context: [] });
  });

  it('takes the question out of a polite e-mail, greetings and sign-off dropped, statements kept as context', () => {
    const mail =
      "Bonjour, je suis chargé de mission à la communauté de communes. Pourriez-vous m'expliquer le programme du Cnam ? Je dois le présenter à nos élus. Merci d'avance.";
    expect(splitQuestionParts(mail)).toEqual({
      parts: ["Pourriez-vous m'expliquer le programme du Cnam ?"],
      // The statement after the greeting is kept, as context (« Bonjour, » alone would go).
      context: ['je suis chargé de mission à la communauté de communes.', 'Je dois le présenter à nos élus.'],
    });
  });

  it('gives one part per question sentence, per « et combien … » and per listed item', () => {
    expect(splitQuestionParts("date limite de l'AMI 2 ? et nb de collectivités retenues le 08/09/2021 ?").parts).toEqual([
      "date limite de l'AMI 2 ?",
      'et nb de collectivités retenues le 08/09/2021 ?',
    ]);
    expect(splitQuestionParts("Cognac : date d'inauguration, ministre présente, et vague d'AMI du site ?").parts).toEqual([
      "Cognac date d'inauguration",
      'Cognac ministre présente',
      "Cognac vague d'AMI du site",
    ]);
    expect(splitQuestionParts('Could you tell me when the programme was launched, and how many new centres were planned?').parts).toEqual([
      'Could you tell me when the programme was launched',
      'how many new centres were planned?',
    ]);
    expect(splitQuestionParts("J'aurais besoin de trois éléments : le nombre de candidatures, le nombre de lauréats et la date d'annonce.").parts).toEqual([
      'le nombre de candidatures',
      'le nombre de lauréats',
      "la date d'annonce",
    ]);
  });

  it('reads a question asked without « ? » (« … ou pas », « et on peut … ») as a part, not as context', () => {
    expect(splitQuestionParts('c koi un auditeur au cnam ? et on peut suivre les cours a distance ou pas').parts).toEqual([
      'c koi un auditeur au cnam ?',
      'et on peut suivre les cours a distance ou pas',
    ]);
    expect(splitQuestionParts("Notre commune n'est pas dans ACV. Peut-elle candidater ?").context).toEqual(["Notre commune n'est pas dans ACV."]);
  });

  it('splits « …, and roughly how many … » into two parts', () => {
    expect(splitQuestionParts('By May 2021, how many people had been trained, and roughly how many centres had opened by then?').parts).toEqual([
      'By May 2021, how many people had been trained',
      'how many centres had opened by then?',
    ]);
  });

  it('drops the numbers and bullets of a numbered list of questions', () => {
    expect(splitQuestionParts("Trois points svp : 1) AMI, ça signifie quoi ? 2) le porteur peut-il être l'interco ? 3) un appel est-il ouvert ?").parts).toEqual([
      'AMI, ça signifie quoi ?',
      "le porteur peut-il être l'interco ?",
      'un appel est-il ouvert ?',
    ]);
    expect(splitQuestionParts('Bonjour,\n1. Qui finance un centre ?\n- Qui fournit les locaux ?').parts).toEqual(['Qui finance un centre ?', 'Qui fournit les locaux ?']);
  });

  it('keeps a question whose colon introduces alternatives, not a list of requests', () => {
    expect(splitQuestionParts('Who could respond to the second call: only towns, or inter-municipal bodies too?').parts).toEqual([
      'Who could respond to the second call: only towns, or inter-municipal bodies too?',
    ]);
  });
});

describe('splitQuestionParts, letters on one line and pointing requests', () => {
  it('when a greeting opens a statement on the same line, keeps the statement', () => {
    expect(splitQuestionParts('Bonjour, nos archives indiquent une ouverture en avril 2019. Qui a raison ?').parts).toEqual([
      'nos archives indiquent une ouverture en avril 2019.',
    ]);
  });

  it('when a request only points at what was said (« Pouvez-vous préciser ? »), the statement before it is the question', () => {
    const { parts, context } = splitQuestionParts("Un collègue parle de septembre 2019 pour l'ouverture de Chaumont. Pouvez-vous préciser ?");
    expect(parts).toEqual(["Un collègue parle de septembre 2019 pour l'ouverture de Chaumont."]);
    expect(context).toEqual([]);
  });

  it('« …, et qu\'était-il prévu … ? » starts a second question, an accented letter after « qu\' » too', () => {
    expect(splitQuestionParts("qui siégeait au jury du premier AMI, et qu'était-il prévu pour les villes non retenues ?").parts).toEqual([
      'qui siégeait au jury du premier AMI',
      "qu'était-il prévu pour les villes non retenues ?",
    ]);
  });

  it('« … selon les articles : laquelle retenir ? » points at the statement before; what precedes the colon is context', () => {
    const { parts, context } = splitQuestionParts(
      'Nous devons mentionner la date de lancement du second AMI. Nous trouvons des dates différentes selon les articles : laquelle retenir ?',
    );
    expect(parts).toEqual(['Nous devons mentionner la date de lancement du second AMI.']);
    expect(context).toEqual(['Nous trouvons des dates différentes selon les articles']);
  });

  it('« Que puis-je lui répondre ? » points at the reported question before it, whose two questions are each a part', () => {
    const { parts } = splitQuestionParts(
      'Une habitante nous demande si elle pourrait suivre une formation du Cnam à distance, et comment elle pourrait la payer. Que puis-je lui répondre ?',
    );
    expect(parts).toEqual(['Une habitante nous demande si elle pourrait suivre une formation du Cnam à distance', 'comment elle pourrait la payer.']);
    expect(splitQuestionParts('Un élu me demande qui finance les centres. What should I tell him?').parts).toEqual(['Un élu me demande qui finance les centres.']);
  });

  it('a request listing what it asks (« qui …, ce que …, et à quelle adresse … ? ») gives one part per question', () => {
    expect(
      splitQuestionParts("Pourriez-vous m'indiquer qui siégeait au jury du premier appel, ce que la collectivité doit mettre à disposition, et à quelle adresse écrire ?").parts,
    ).toEqual(["Pourriez-vous m'indiquer qui siégeait au jury du premier appel", 'ce que la collectivité doit mettre à disposition', 'à quelle adresse écrire ?']);
    // A phrase set before the question is no question of its own.
    expect(splitQuestionParts('Et pour le second appel, qui composait le comité ?').parts).toEqual(['Et pour le second appel, qui composait le comité ?']);
  });

  it('items lettered inside a sentence (« could you tell me (a) …, (b) …, and (c) … ? ») are each asked', () => {
    expect(splitQuestionParts('Could you tell me (a) on what date the towns were announced, (b) which ministers attended, and (c) how many applications had been received?').parts).toEqual([
      'on what date the towns were announced ?',
      'which ministers attended ?',
      'how many applications had been received?',
    ]);
  });

  it('« le conseil municipal souhaite connaître : A, B, et si C » is a request listing its questions', () => {
    expect(splitQuestionParts('Le conseil municipal souhaite connaître : qui finance un centre du programme, qui fournit les locaux, et si un montant est fixé.').parts).toEqual([
      'qui finance un centre du programme',
      'qui fournit les locaux',
      'si un montant est fixé',
    ]);
  });

  it('a series of questions « qui …, qui …, et quel … ? » gives one part each; « By May 2021, how many … » is one question', () => {
    expect(splitQuestionParts("qui fournit les locaux d'un centre, qui le finance, et quel montant doit prévoir la commune ?").parts).toEqual([
      "qui fournit les locaux d'un centre",
      'qui le finance',
      'quel montant doit prévoir la commune ?',
    ]);
    expect(splitQuestionParts('qui pouvait répondre au deuxième AMI, jusqu\'à quand, et combien de collectivités ont été labellisées ?').parts).toEqual([
      'qui pouvait répondre au deuxième AMI',
      "jusqu'à quand",
      'combien de collectivités ont été labellisées ?',
    ]);
    expect(splitQuestionParts("By May 2021, how many people had been trained, and roughly how many centres had opened by then?").parts).toEqual([
      'By May 2021, how many people had been trained',
      'how many centres had opened by then?',
    ]);
  });

  it('« Concernant l\'antenne de X : …, et … ? » keeps its topic with each listed question', () => {
    expect(splitQuestionParts("Concernant l'antenne du Pays de Montbéliard : au titre de quel appel a-t-elle été retenue, et où est-elle installée ?").parts).toEqual([
      "Concernant l'antenne du Pays de Montbéliard au titre de quel appel a-t-elle été retenue",
      "Concernant l'antenne du Pays de Montbéliard où est-elle installée",
    ]);
  });

  it('when a request asks something of its own, keeps it', () => {
    expect(splitQuestionParts('Nous préparons une note. Pouvez-vous préciser la date du deuxième AMI ?').parts).toEqual([
      'Pouvez-vous préciser la date du deuxième AMI ?',
    ]);
  });
});

describe('splitQuestionParts, asides and requests without a question sentence', () => {
  it('when a request is a statement with an aside, asks the statement and keeps the aside as context', () => {
    expect(splitQuestionParts("Lancement du 1er AMI : pour chaque source, la date qu'elle donne svp (vérif avant réponse à une mairie).")).toEqual({
      parts: ["Lancement du 1er AMI : pour chaque source, la date qu'elle donne svp."],
      context: ['vérif avant réponse à une mairie'],
    });
  });

  it('keeps a code in parentheses (« Saint-Louis (68) ») and short asides', () => {
    expect(splitQuestionParts('Y a-t-il un Cnam à Saint-Louis (68) ?').parts).toEqual(['Y a-t-il un Cnam à Saint-Louis (68) ?']);
  });
});

describe('splitQuestionParts, agents’ labels', () => {
  it.each([
    ['vérif : date du 2e AMI ?', 'date du 2e AMI ?'],
    ['Pour réponse à une mairie : qui finance un centre du programme ?', 'qui finance un centre du programme ?'],
    ['Question de notre DGS : qui finance un centre du programme ?', 'qui finance un centre du programme ?'],
    ["Demande d'un élu : quand le 2e AMI a-t-il été lancé ?", 'quand le 2e AMI a-t-il été lancé ?'],
    ['Deux questions svp : qui finance un centre du programme ?', 'qui finance un centre du programme ?'],
    ['Pour le conseil municipal : qui finance un centre du programme ?', 'qui finance un centre du programme ?'],
    ['For the council: who funds a centre?', 'who funds a centre?'],
  ])('drops the label of "%s"', (message, part) => {
    expect(splitQuestionParts(message).parts).toEqual([part]);
  });
});

describe('splitQuestionParts, greetings with their addressee', () => {
  it.each([
    ['Dear colleagues, Could you tell me when the programme was launched? Kind regards, Economic development office', 'Could you tell me when the programme was launched?'],
    ['Bonjour Marie, quand le 2e AMI a-t-il été lancé ?', 'quand le 2e AMI a-t-il été lancé ?'],
    ['Bonjour je voudrais savoir, pour ma commune, quand le 2e AMI a été lancé ?', 'je voudrais savoir, pour ma commune, quand le 2e AMI a été lancé ?'],
  ])('"%s" asks "%s"', (message, part) => {
    expect(splitQuestionParts(message).parts).toEqual([part]);
  });
});
