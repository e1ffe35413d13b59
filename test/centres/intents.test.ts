import { describe, expect, it } from 'vitest';
import { readCentreIntent } from '../../src/centres/centre-intent.js';
import { toQuestion } from '../../src/core/question.js';
import { loadSites } from '../../src/knowledge/load-sites.js';
import { ask, converse } from './finder-fixture.js';

/**
 * Intent, then place: what a question about a town asks decides the answer; the town is its parameter.
 * Cases written from the README and knowledge/ (courses documented for Chalon-sur-Saône, Montbéliard, Vierzon,
 * Sedan; regional centres in the directory), as people at a town hall or citizens would ask.
 */
describe('courses in a place', () => {
  it.each([
    ['Quelles formations à Chalon-sur-Saône ?', 'Chalon-sur-Saône', /bac\+1/],
    ['Quelles formations à Chalon ?', 'Chalon-sur-Saône', /bac\+1/],
    ['on peut étudier quoi au Cnam de Montbéliard ?', 'Montbéliard', /UIMM/],
    ['Où suivre les cours du Cnam à Vierzon ?', 'Vierzon', /campus connecté/],
    ['Quels cours propose le Cnam à Sedan ?', 'Sedan', /cours du soir/],
    ['What courses can I take at the Cnam in Sedan?', 'Sedan', /evening classes/],
    ['Which courses are offered in Vierzon?', 'Vierzon', /connected campus/],
    // A course named in a presence section (« le Cnam de Millau proposait un BPJEPS… »), not a course section.
    ['Quelles formations au Cnam de Millau ?', 'Millau', /BPJEPS/],
    // A course prepared or set up there (« un petit centre … préparant le DPCE », « une première formation, montée avec Pôle emploi »).
    ['Saint-Céré : quelle formation le petit centre du Cnam préparait-il ?', 'Saint-Céré', /DPCE/],
    // A school's subject is what is taught there.
    ["Qu'est-ce qu'on étudie au Cnam d'Angoulême ?", 'Angoulême', /jeu vidéo/],
  ])('%j quotes what the knowledge says of %s, cited', async (text, town, quoted) => {
    const answer = await ask(text);
    expect(answer?.kind).toBe('centre');
    expect(answer?.lookup?.intent).toBe('courses');
    expect(answer?.lookup?.place?.name).toBe(town);
    expect(answer?.text).toMatch(quoted);
    const marker = new RegExp(`${quoted.source}[^\\n]*\\[(\\d+)\\]`).exec(answer!.text);
    expect(marker, 'the course sentence carries its citation').not.toBeNull();
    expect(answer?.citations[Number(marker![1]) - 1]?.url).toMatch(/^https:\/\//);
    expect(answer?.text).not.toMatch(/^Oui/);
  });

  it('« on peut suivre des cours du cnam à Millau ? » is answered yes first when a site there is open, then its courses', async () => {
    const answer = await ask('on peut suivre des cours du cnam a millau ?');
    expect(answer?.lookup?.intent).toBe('courses');
    expect(answer?.text).toMatch(/^Oui : d'après l'annuaire des sites du Cnam, un site est connu à \*\*Millau\*\*/);
    expect(answer?.text).toMatch(/BPJEPS/);
    // The first marker of the text is [1]: citations are numbered in reading order.
    expect(/\[(\d+)\]/.exec(answer!.text)?.[1]).toBe('1');
    // No yes where no site is open.
    expect((await ask('on peut suivre des cours du cnam a montbard ?'))?.text ?? '').not.toMatch(/^Oui/);
  });

  it('when the knowledge has no example, says the list is on the regional centre\'s website and still gives the lookup', async () => {
    const sete = await ask('Quelles formations au Cnam de Sète ?');
    expect(sete?.lookup).toMatchObject({ intent: 'courses', place: { name: 'Sète' }, inTown: true });
    expect(sete?.text).toMatch(/Mes sources ne donnent pas la liste des formations proposées à \*\*Sète\*\*/);
    expect(sete?.text).toMatch(/site du Cnam Occitanie, https:\/\/www\.cnam-occitanie\.fr/);
    expect(sete?.text).toMatch(/Antenne du Cnam de Sète/);
    const nantes = await ask('Quelles formations au Cnam de Nantes ?');
    expect(nantes?.text).toMatch(/Cnam Pays de la Loire/);
    const montbard = await ask('Quelles formations à Montbard ?');
    expect(montbard?.lookup?.inTown).toBe(false);
    expect(montbard?.text).toMatch(/https:\/\/www\.cnam\.fr/);
    expect(montbard?.text).toMatch(/Les sites connus les plus proches de Montbard/);
    expect(montbard?.lookup?.centres.length).toBeGreaterThan(0);
  });

  it('a follow-up keeps the intent: « Quelles formations à Chalon ? » then « et à Montbéliard ? »', async () => {
    const [, second] = await converse(['Quelles formations à Chalon ?', 'et à Montbéliard ?']);
    expect(second?.lookup?.intent).toBe('courses');
    expect(second?.lookup?.place?.name).toBe('Montbéliard');
    const [, verdun] = await converse(["comment s'inscrire au Cnam de Sedan ?", 'et à Verdun ?']);
    expect(verdun?.lookup).toMatchObject({ intent: 'enrolment', place: { name: 'Verdun' } });
    const [, brittany] = await converse(['Où est le centre régional du Cnam en Occitanie ?', 'et en Bretagne ?']);
    expect(brittany?.lookup).toMatchObject({ intent: 'regional-centre', area: { code: '53' } });
    const [, presence] = await converse(['Quelles formations à Chalon ?', 'Y a-t-il un centre Cnam à Dole ?']);
    expect(presence?.lookup?.intent).toBeUndefined();
  });
});

describe('comparisons and rankings are declined', () => {
  it.each([
    'Quelle est la meilleure école de commerce à Lyon ?',
    "Le Cnam de Dole est-il meilleur que l'université de Besançon ?",
    'Quel est le meilleur centre Cnam en Bretagne ?',
    'classement des écoles d\'ingénieurs à Toulouse',
    'Vaut-il mieux étudier au Cnam de Sedan ou à Reims ?',
    'Le Cnam est-il mieux qu\'une fac ?',
  ])('%j: « je ne fais pas de classement », never « Oui, il y a un site »', async (text) => {
    const answer = await ask(text);
    expect(answer?.kind).not.toBe('centre');
    expect(answer?.text).toMatch(/je ne fais pas de classement/i);
    expect(answer?.text).not.toMatch(/Oui/);
    expect(answer?.suggestions?.length).toBeGreaterThan(0);
  });

  it.each(['Which is better, the Cnam in Sedan or in Reims?', 'What is the best school in Lyon?', 'Compare the Cnam centres of Dole and Chaumont'])(
    '%j is declined in English',
    async (text) => {
      const answer = await ask(text);
      expect(answer?.text).toMatch(/I do not rank or compare schools/);
    },
  );

  it('a "best way" or « meilleur moyen » question is not a ranking', async () => {
    expect((await ask('Quel est le meilleur moyen de venir au centre Cnam de Chaumont ?'))?.text ?? '').not.toMatch(/classement/);
  });
});

describe('regional centre', () => {
  it('« Où est le centre régional du Cnam en Occitanie ? » gives the directory row with its status and 2009 address, and the website', async () => {
    const answer = await ask('Où est le centre régional du Cnam en Occitanie ?');
    expect(answer?.lookup).toMatchObject({ intent: 'regional-centre', area: { type: 'region', code: '76' } });
    expect(answer?.lookup?.centres.map((c) => c.town)).toEqual(['Montpellier', 'Toulouse']);
    expect(answer?.lookup?.centres.every((c) => c.kind === 'regional-centre')).toBe(true);
    expect(answer?.text).toMatch(/adresse de 2009/);
    expect(answer?.text).toMatch(/statut non confirmé/);
    expect(answer?.text).toMatch(/cnam-occitanie\.fr/);
    expect(answer?.text).not.toMatch(/Alès|Sète|Carcassonne/);
  });

  it.each([
    ["le cnam régional de Bretagne c'est où", '53', []],
    ['Quel est le centre régional du Cnam pour Dole ?', '27', []],
    ['where is the Cnam regional centre in Hauts-de-France?', '32', ['Amiens', 'Lille']],
    ['Où se trouve le centre régional du Cnam en Pays de la Loire ?', '52', ['Nantes']],
    ['centre régional cnam auvergne-rhône-alpes', '84', ['Lyon']],
  ])('%j → région %s, the directory\'s regional-centre rows (or none known)', async (text, code, towns) => {
    const answer = await ask(text);
    expect(answer?.lookup?.intent).toBe('regional-centre');
    expect(answer?.lookup?.area).toMatchObject({ type: 'region', code });
    expect(answer?.lookup?.centres.map((c) => c.town).sort()).toEqual(towns);
    if (towns.length === 0) expect(answer?.text).toMatch(/Je ne connais pas le centre régional du Cnam|I don't know the Cnam regional centre/);
  });

  it('the bot\'s own knowledge heading « Où est le centre régional du Cnam en Occitanie ? » is answered as a regional centre question', async () => {
    expect((await ask('Où est le centre régional du Cnam en Occitanie ?'))?.lookup?.intent).toBe('regional-centre');
  });
});

describe('enrolment, hours, prices of a specific centre', () => {
  it.each([
    ["comment s'inscrire au Cnam de Sedan ?", 'Sedan', /Je ne trouve pas les modalités d'inscription au Cnam à \*\*Sedan\*\*/],
    ['horaires du cnam de chaumont', 'Chaumont', /horaires d'ouverture/],
    ['Combien coûte une formation au Cnam de Chaumont ?', 'Chaumont', /tarifs/],
    ['Quel est le numéro de téléphone du Cnam de Verdun ?', 'Verdun', /coordonnées/],
    ['How do I enrol at the Cnam in Sedan?', 'Sedan', /How to enrol at the Cnam in \*\*Sedan\*\*/],
    ['What are the opening hours of the Cnam in Chaumont?', 'Chaumont', /The opening hours of the Cnam in/],
    ["numero de tel de l'antenne de saint brieuc svp", 'Saint-Brieuc', /coordonnées/],
    ["Le parking est-il gratuit à l'antenne de Bastia ?", 'Bastia', /informations pratiques/],
  ])('%j says plainly it is not in the knowledge and points to the right door', async (text, town, what) => {
    const answer = await ask(text);
    expect(answer?.kind).toBe('centre');
    expect(answer?.lookup?.intent).toBe('enrolment');
    expect(answer?.lookup?.place?.name).toBe(town);
    expect(answer?.text).toMatch(what);
    expect(answer?.text).toMatch(/^Je ne trouve pas .*dans mes sources|not in my sources/);
    expect(answer?.text).toMatch(/https:\/\/www\.cnam\.fr|https:\/\/[a-z.-]*cnam[a-z.-]*\.fr/);
    expect(answer?.text).not.toMatch(/\d{2} \d{2} \d{2} \d{2}|@/);
  });

  it('« … suivre un cours à Bastia : à partir de quand sera-t-il opérationnel ? » asks when it opens, not its courses', async () => {
    const answer = await ask("Mon fils veut suivre un cours du Cnam à Bastia : à partir de quand l'espace sera-t-il opérationnel ?");
    expect(answer?.lookup?.intent).not.toBe('courses');
  });

  it('« … relève de quel AMI, le premier ou le deuxième ? » gives each site\'s call first, or says the sources do not give it', async () => {
    const cognac = await ask('Le centre de Cognac relève de quel AMI, le premier ou le deuxième ?');
    expect(cognac?.text).toMatch(/^Appel de chaque site, d'après l'annuaire :\n- \*\*Centre du Cnam de Cognac\*\* : site du programme ; mes sources ne précisent pas au titre de quel AMI\./);
    // « au premier ou au deuxième AMI ? », "in the first or the second call?" ask it too.
    expect((await ask('Cognac a été retenu au premier ou au deuxième AMI ?'))?.text).toMatch(/^Appel de chaque site/);
    expect((await ask('Was Cognac selected in the first or the second call?'))?.text).toMatch(/^The call of each site, according to the directory:\n- \*\*Centre du Cnam de Cognac\*\*: a programme site/);
    const montelimar = await ask('Le Cnam de Montélimar relève de quel AMI, le premier ou le deuxième ?');
    expect(montelimar?.text).toMatch(/retenu au premier AMI \(2019\)/);
  });

  it('« le tarif horaire » asks a price, not opening hours', async () => {
    expect((await ask('c combien le tarif horaire au cnam de manosque'))?.text).toMatch(/^Je ne trouve pas les tarifs du Cnam à \*\*Manosque\*\*/);
  });

  it('two details asked at once are both said not known', async () => {
    const answer = await ask('le numéro de téléphone et les horaires du Cnam de Vierzon ?');
    expect(answer?.text).toMatch(/^Je ne trouve pas dans mes sources les horaires d'ouverture du Cnam à \*\*Vierzon\*\* \(Cher, 18\), ni les coordonnées \(téléphone, courriel\) :/);
  });

  it('« Jour exact d\'ouverture de l\'antenne de Saint-Brieuc ? » says first that the sources give no day', async () => {
    const answer = await ask("Jour exact d'ouverture de l'antenne de Saint-Brieuc ?");
    expect(answer?.text).toMatch(/^Mes sources ne donnent pas le jour exact d'ouverture/);
    expect(answer?.text).toMatch(/Saint-Brieuc/);
  });

  it('« il a ouvert quand ? » asks a date, « c\'est ouvert quand ? » the hours', async () => {
    expect((await ask('le cnam de chaumont il a ouvert quand ?'))?.lookup?.intent).not.toBe('enrolment');
    expect((await ask('le cnam de chaumont a-t-il ouvert quand ?'))?.lookup?.intent).not.toBe('enrolment');
    expect((await ask("le cnam de chaumont c'est ouvert quand ?"))?.lookup?.intent).toBe('enrolment');
  });

  it('points to the regional centre\'s website when a source shows one (Occitanie, PACA, Hauts-de-France, Île-de-France)', async () => {
    expect((await ask("Comment s'inscrire au Cnam de Sète ?"))?.text).toMatch(/https:\/\/www\.cnam-occitanie\.fr/);
    expect((await ask('horaires du Cnam de Draguignan'))?.text).toMatch(/https:\/\/www\.cnam-paca\.fr/);
    expect((await ask('Comment s\'inscrire au Cnam de Lille ?'))?.text).toMatch(/https:\/\/cnam-hauts-de-france\.fr/);
  });
});

describe('audience and other topics are not lookups', () => {
  it.each([
    'Le centre de Sedan accueille qui ?',
    "À qui s'adresse le centre du Cnam de Chaumont ?",
    'Pour qui est le pôle du Cnam de Sedan ?',
    'Who is the Cnam centre in Sedan for?',
    'Quelle est la population de Chalon-sur-Saône ?',
    'Combien d\'habitants à Montbéliard ?',
    'Quel temps fait-il à Dole ?',
    'Quelle est la météo à Verdun ?',
    'Comment candidater au Cnam à Chaumont ?',
    'Comment financer une formation au Cnam de Sedan ?',
    "Je suis demandeur d'emploi, est-ce que je peux aller au pôle du Cnam de Sedan ?",
    "Mon fils a 19 ans, il peut aller au pôle de Verdun ou c'est que pour les adultes ?",
    'I am a student, can I go to the Cnam centre in Dole?',
    // A région's name is not a site word: « Centre-Val de Loire » names no centre.
    "nom de l'agglo du Centre-Val de Loire labellisée au 2e AMI ?",
    // Towns that received a call, or the programme's target, are not rows of the directory.
    'Pouvez-vous me rappeler à quelles collectivités le premier AMI avait été envoyé ?',
    "le cnam compte ouvrir combien d'antennes en tout dans ce plan ?",
    'quelles collectivités pouvaient répondre au deuxième AMI ?',
    'Bonjour, Je suis auto-entrepreneuse à Cognac. Le centre du Cnam de Cognac est-il ouvert aux travailleurs indépendants ?',
    'Who is the director of the Cnam Hauts-de-France?',
    // « le Cnam Grand Est » is the organisation: no site question in it.
    'Le Cnam Grand Est, il vient de la fusion de quelles régions ?',
    "Dans ma ville il n'y a aucune antenne « Au cœur des territoires ». Ça veut dire que je ne peux pas suivre de formation du Cnam près de chez moi ?",
    'je veux suivre une formation dans lantenne de ma ville, comment je la paye ?',
  ])('%j goes to the knowledge (the centre skill returns null)', async (text) => {
    expect(await ask(text)).toBeNull();
  });
});

describe('presence stays a presence lookup', () => {
  const sites = loadSites();
  it.each([
    ['Y a-t-il un centre Cnam à Chaumont ?', 'Chaumont'],
    ['Is there a Cnam centre in Sedan?', 'Sedan'],
    ['Où étudier près de Chaumont ?', 'Chaumont'],
    ['Quand le centre de Chaumont a-t-il ouvert ?', 'Chaumont'],
    ['Quelle est l\'adresse du Cnam de Sedan ?', 'Sedan'],
    // Who asks is context: whether and where a site is, the question.
    ["jsuis demandeur d'emploi a sedan, ya un cnam ? c ou ?", 'Sedan'],
    ['I am a student, is there a Cnam centre in Sedan?', 'Sedan'],
  ])('%j has no lookup.intent (or presence)', async (text, town) => {
    const answer = await ask(text);
    expect(answer?.kind).toBe('centre');
    expect(answer?.lookup?.intent ?? 'presence').toBe('presence');
    expect(answer?.lookup?.place?.name).toBe(town);
  });

  it('has sites to test against', () => {
    expect(sites.length).toBeGreaterThan(30);
  });
});

describe('follow-ups and choices read as a person would', () => {
  it('« super, et les formations à Bourges ? » after a lookup asks for courses', async () => {
    const [, courses] = await converse(['Y a-t-il un Cnam à Bourges ?', 'super, et les formations à Bourges ?']);
    expect(courses?.lookup?.intent).toBe('courses');
    expect(courses?.lookup?.place?.name).toBe('Bourges');
  });

  it('« et les frais d\'inscription ? » after a courses answer is about that town; "and is there a fee?" is not', async () => {
    const [, enrolment] = await converse(['Quelles formations à Chalon ?', "et les frais d'inscription ?"]);
    expect(enrolment?.lookup?.intent).toBe('enrolment');
    expect(enrolment?.lookup?.place?.name).toBe('Chalon-sur-Saône');
  });

  it('« lesquels sont ouverts ? » after a région lists that région\'s open sites only', async () => {
    const [region, open] = await converse(['Y a-t-il un Cnam en Grand Est ?', 'lesquels sont ouverts ?']);
    expect(region?.lookup?.area).toMatchObject({ type: 'region', code: '44' });
    expect(open?.lookup?.area).toMatchObject({ type: 'region', code: '44' });
    expect(open?.lookup?.centres.length).toBeGreaterThan(0);
    expect(open?.lookup?.centres.every((c) => c.status === 'open')).toBe(true);
  });

  it('« et au deuxième appel ? » after a list of a call\'s sites is the same list for the other call; "when do they open?" is no filter', async () => {
    const [first, second] = await converse(["Quelles villes d'Occitanie ont été choisies en 2019 ?", 'et au deuxième appel ?']);
    expect(first?.text).toMatch(/Sète/);
    expect(second?.kind).toBe('centre');
    expect(second?.text).toMatch(/Carcassonne/);
    expect(second?.text).not.toMatch(/Sète/);
    const [, when] = await converse(['Which Occitanie sites were selected in the first call?', 'and when do they open?']);
    expect(when?.text ?? '').not.toMatch(/I know of no sites/);
  });

  it('a choice between two schools is a ranking, declined', async () => {
    const answer = await ask('Entre le Cnam de Nancy et la fac de Metz, lequel est le mieux pour un master ?');
    expect(answer?.text).toMatch(/Je ne fais pas de classement/);
  });

  it('"which is the best one?" after a list of sites is a ranking of those sites, declined', async () => {
    const [, best] = await converse(['Where does the Cnam have sites in Normandy?', 'Which is the best one?']);
    expect(best?.text).toMatch(/I do not rank or compare schools/);
    // Without a list before, the same words are not about schools.
    expect((await ask('Which is the best one?'))?.text ?? '').not.toMatch(/I do not rank/);
  });

  it('"since what year?" after a lookup gives that place\'s sites with their opening dates', async () => {
    const [, since] = await converse(['Is there a Cnam in Saint-Martin?', 'since what year?']);
    expect(since?.kind).toBe('centre');
    expect(since?.text).toMatch(/1998/);
  });

  it('« vous avez le jour exact ? » after a lookup says the sources give only a year, then what they give', async () => {
    const [, , exact] = await converse(["L'antenne de Saint-Brieuc est-elle ouverte ?", 'et celle de Quimper ?', "vous avez le jour exact d'ouverture ?"]);
    expect(exact?.text).toMatch(/^Mes sources ne donnent pas le jour exact d'ouverture/);
    expect(exact?.lookup?.place?.name).toBe('Quimper');
  });

  it('« ça propose quoi ? » after a lookup asks for the courses of that place', async () => {
    const [, courses] = await converse(['Bonjour, y a-t-il un centre du Cnam à Sedan ?', 'ça propose quoi ?']);
    expect(courses?.lookup).toMatchObject({ intent: 'courses', place: { name: 'Sedan' } });
  });

  it('« ils proposent quelles formations ? » after a lookup asks for the courses of that place', async () => {
    const [, courses] = await converse(['Y a-t-il un Cnam à Millau ?', 'ils proposent quelles formations ?']);
    expect(courses?.lookup).toMatchObject({ intent: 'courses', place: { name: 'Millau' } });
    expect(courses?.text).toMatch(/BPJEPS/);
  });

  it('« et ça propose quoi comme formations ? » after a knowledge answer about a town asks for that town\'s courses', async () => {
    const [audience, courses] = await converse(["L'antenne du Cnam de Sedan, c'est ouvert aux jeunes ?", 'et ça propose quoi comme formations ?']);
    expect(audience).toBeNull();
    expect(courses?.lookup).toMatchObject({ intent: 'courses', place: { name: 'Sedan' } });
    const [, address] = await converse(["L'antenne du Cnam de Sedan, c'est ouvert aux jeunes ?", 'ok et le pôle il est où exactement ?']);
    expect(address?.text).toMatch(/19 boulevard Fabert/);
    // No town in the question before: nothing to point back at.
    const [, none] = await converse(["C'est quoi le programme Au cœur des territoires ?", 'et ça propose quoi comme formations ?']);
    expect(none?.lookup?.place ?? null).toBeNull();
  });

  it('« c\'était dans quel appel ? » after a lookup gives the call of that place\'s sites', async () => {
    const [, call] = await converse(['Le Cnam est à Cognac ?', "c'était dans quel appel, le 1er ou le 2e ?"]);
    expect(call?.lookup?.place?.name).toBe('Cognac');
    expect(call?.text).toMatch(/mes sources ne précisent pas au titre de quel AMI/);
    const [, sedan] = await converse(['Y a-t-il un Cnam à Sedan ?', 'which call was it?']);
    expect(sedan?.text).toMatch(/selected in the first call \(2019\)/);
  });

  it('the call asked of an intercommunality gives the call of each of its sites', async () => {
    const answer = await ask('La communauté d\'agglomération Pays de Montbéliard Agglomération a été retenue au titre de quel appel ?');
    expect(answer?.lookup?.area?.type).toBe('epci');
    expect(answer?.text).toMatch(/^Appel de chaque site, d'après l'annuaire :\n- \*\*Antenne du Cnam du Pays de Montbéliard\*\* : retenu au deuxième AMI/);
  });

  it('« à proximité de mon domicile » asks for the town', async () => {
    const answer = await ask("Bonjour, je voudrais savoir s'il existe une antenne du Cnam à proximité de mon domicile.");
    expect(answer?.kind).toBe('clarify');
    expect(answer?.lookup?.candidates ?? []).toEqual([]);
  });

  it('a région named in lower case without hyphens is the région, and « c ou » asks where (« cnam hauts de france c ou ? »)', async () => {
    expect((await ask('cnam hauts de france c ou ?'))?.lookup?.area).toMatchObject({ type: 'region', code: '32' });
  });

  it('a misspelt town whose name heads longer ones is still found (« et a belfor ? » → Belfort)', async () => {
    const [, belfort] = await converse(['Y a-t-il un Cnam à Dole ?', 'et a belfor ?']);
    expect(belfort?.lookup?.place?.insee).toBe('90010');
  });
});

describe('more ways people ask', () => {
  it('an address the directory does not have is said not known, with the door', async () => {
    const answer = await ask("Quelle est l'adresse exacte du Cnam à Nantes ?");
    expect(answer?.lookup?.intent).toBe('enrolment');
    expect(answer?.text).toMatch(/Je ne trouve pas l'adresse précise du Cnam à \*\*Nantes\*\*/);
  });

  it('an address the directory has is given', async () => {
    const answer = await ask("Quelle est l'adresse du Cnam à Vierzon ?");
    expect(answer?.lookup?.intent).toBeUndefined();
    expect(answer?.text).toMatch(/Adresse : /);
  });

  it('« propose quoi comme cursus », « on peut y faire quelles formations ? » ask for courses', async () => {
    expect((await ask('le cnam de millau propose quoi comme cursus ?'))?.lookup?.intent).toBe('courses');
    const [, courses] = await converse(['Y a-t-il un Cnam à Sedan ?', 'on peut y faire quelles formations ?']);
    expect(courses?.lookup?.intent).toBe('courses');
    expect(courses?.lookup?.place?.name).toBe('Sedan');
  });

  it('a misspelt town before a site word, a lower-case name after « le cnam de »', async () => {
    expect((await ask('draguigan cnam ?'))?.lookup?.place?.insee).toBe('83050');
    expect((await ask('je cherche le cnam de la roche sur yon'))?.lookup?.place?.insee).toBe('85191');
  });
});

describe('what a front desk would hear', () => {
  it.each([
    ['Des formations du Cnam à Cherbourg-en-Cotentin, il y en a lesquelles ?', 'courses'],
    ["Le Cnam d'Angoulême, on y apprend quoi ?", 'courses'],
    ['formations cnam bourges', 'courses'],
    ['Y a-t-il des formations du Cnam à Carpentras ? Lesquelles ?', 'courses'],
    ["Auriez-vous l'amabilité de m'indiquer à quelle heure ferme le Cnam de Lille ?", 'enrolment'],
    ['le cnam de niort il est ouvert pendant les vacances scolaires ?', 'enrolment'],
    ['Le Cnam de Bastia est-il fermé pendant les vacances de Noël ?', 'enrolment'],
    ['roanne c quoi les formations au cnam ??', 'courses'],
    ['cherbourg quelles formations au cnam', 'courses'],
    ['Can I study computer science at the Bourges antenna?', 'courses'],
    ['What can I study at the Cnam in Angoulême?', 'courses'],
  ])('%j → %s', async (text, intent) => {
    expect((await ask(text))?.lookup?.intent).toBe(intent);
  });

  it.each([
    "Est-ce que le centre du Cnam de Chaumont, en Haute-Marne, accueille aussi les demandeurs d'emploi ?",
    "L'ESGT du Mans, c'est une école pour quel type d'étudiants ?",
    'Who is Cnam-Intechmer in Cherbourg meant for?',
    'les chômeurs peuvent aller au centre de Sedan ?',
    "Avant le programme, est-ce qu'on pouvait déjà suivre des cours du Cnam à Lunéville ?",
    'je suis au chomage, je peux aller au cnam de verdun ?',
    "Le Cnam de Metz accueillait-il des demandeurs d'emploi ?",
    "l'ecole vaucanson de ploufragan elle prend quel genre d'eleves ?",
    'Le pôle de Sedan, on peut y entrer avec juste le bac ?',
    'Can unemployed people go to the Sedan hub?',
  ])('%j is an audience or history question (the knowledge answers)', async (text) => {
    expect(await ask(text)).toBeNull();
  });

  it('"Can I study with the Cnam there?" asks whether it is there, not for courses', async () => {
    const answer = await ask('Hi, I am moving to Wallis and Futuna next year. Can I study with the Cnam there?');
    expect(answer?.lookup?.area).toMatchObject({ code: '986' });
    expect(answer?.lookup?.intent).not.toBe('courses');
  });

  it('English town names and « in the 71 »', async () => {
    expect((await ask('Is there a Cnam site in Dunkirk?'))?.lookup?.place?.insee).toBe('59183');
    expect((await ask('cnam sites in the 71?'))?.lookup?.area).toMatchObject({ type: 'departement', code: '71' });
  });

  it('« il vaut mieux attendre » is no ranking; « à proximité de notre commune » asks for the town', async () => {
    const answer = await ask("Monsieur le Maire souhaiterait savoir s'il existe un site du Cnam à proximité de notre commune, ou s'il vaut mieux attendre un futur appel.");
    expect(answer?.kind).toBe('clarify');
    expect(answer?.lookup?.candidates ?? []).toEqual([]);
  });

  it('« and are they open? » asks the status of each site listed, not a filter', async () => {
    const answer = await ask('Hello, which Cnam sites are listed in Brittany (Bretagne region), and are they open?');
    expect(answer?.lookup?.centres.map((c) => c.town)).toContain('Guingamp');
  });
});

describe('intents in dialogue (dev-places-6 kinds)', () => {
  it.each([
    ["Je voudrais faire de la compta, c'est possible à Quimper ?", 'courses'],
    ['slt on peut faire koi comme formation o cnam de cognac', 'courses'],
    ['Can I study computer science at the Bourges antenna?', 'courses'],
    ['Le Cnam au Havre, il y a une permanence le mercredi après-midi ?', 'enrolment'],
    ['Who runs the Cnam in my region? I\'m in Dieppe.', 'regional-centre'],
  ])('%j → %s', async (text, intent) => {
    expect((await ask(text))?.lookup?.intent).toBe(intent);
  });

  it.each([
    'Mon père est retraité, il peut s\'inscrire à l\'antenne de Vierzon ?',
    "Bonjour, j'ai 67 ans et j'habite Saverne. Est-ce que le Cnam accepte les personnes de mon âge ?",
    'un dirigeant de PME à Manosque peut trouver du conseil à l\'antenne du Cnam ?',
    // Out of scope, whatever the town: the knowledge skill declines.
    'Vous connaissez un bon resto près du Cnam de Vierzon ?',
    "C'est quoi le menu de la cantine de l'école Jules-Ferry à Saint-Brieuc cette semaine ?",
  ])('%j is not a lookup', async (text) => {
    expect(await ask(text)).toBeNull();
  });

  it('« … ou à celui de Compiègne ? » is a ranking; « et l\'antenne de X, elle est ouverte ? » after a regional centre is a lookup', async () => {
    expect((await ask('Vaut mieux aller au Cnam de Creil ou à celui de Compiègne ?'))?.text).toMatch(/Je ne fais pas de classement/);
    const [, open] = await converse(['Où est le centre régional du Cnam en Occitanie ?', "et l'antenne de Carcassonne, elle est ouverte ?"]);
    expect(open?.lookup?.intent).toBeUndefined();
    expect(open?.lookup?.place?.name).toBe('Carcassonne');
  });
});

describe('the asker saying who they are', () => {
  const intent = (text: string) => readCentreIntent(toQuestion(text, { turns: [] }));
  it('asks whom a site is for only with « est-ce que je peux … », "can I …", « c\'est ouvert aux … »', () => {
    expect(intent("Je suis demandeur d'emploi, est-ce que je peux aller au pôle du Cnam de Sedan ?")).toBe('audience');
    expect(intent('I am a student, can I go to the Cnam centre in Dole?')).toBe('audience');
  });

  it('is context for a question of funding or of where a site is', () => {
    expect(intent("je suis demandeur d'emploi a Dole, qui paye ma formation si je vais au cnam ?")).not.toBe('audience');
    expect(intent("jsuis demandeur d'emploi a sedan, ya un cnam ? c ou ?")).toBe('presence');
  });
});

describe('asking the assistant what it has somewhere', () => {
  it.each([
    ['dans le 42 vous avez quoi ?', '42'],
    ['à Dole vous avez quoi ?', '39198'],
    ['what do you have in Brittany?', '53'],
  ])('%j is a question about the sites there', async (text, code) => {
    const answer = await ask(text);
    expect(answer?.kind).toBe('centre');
    expect(answer?.lookup?.area?.code ?? answer?.lookup?.place?.insee).toBe(code);
  });
});

describe('comparing as the asker\'s purpose', () => {
  const intent = (text: string) => readCentreIntent(toQuestion(text, { turns: [] }));
  it('"I want to compare them" after a request for course lists is not a ranking; "compare the centres of X and Y" is', () => {
    expect(intent('Where can I see the exact list of courses taught at each programme centre? I want to compare them.')).not.toBe('compare');
    expect(intent('je cherche la liste des cours de chaque antenne, pour les comparer')).not.toBe('compare');
    expect(intent('Compare the Cnam centres of Dole and Chaumont')).toBe('compare');
  });
});
