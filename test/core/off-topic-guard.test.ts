import { describe, expect, it } from 'vitest';
import { isOffTopic } from '../../src/core/off-topic-guard.js';
import { fold } from '../../src/text/fold.js';

describe('isOffTopic', () => {
  it.each([
    "What's the best pizza place in Lyon?",
    'un bon resto a Sedan ?',
    'horaires de la piscine de Verdun',
    'Quels sont les horaires du Cnam de Sedan ?',
    'Is it open on Saturdays?',
    "l'antenne est ouverte le samedi ?",
    'quel temps fera-t-il à Chaumont demain ?',
    'Écris-moi un poème sur le Cnam',
    'Which branch of the bank?',
    'ouvrir un compte bancaire à Dole',
    "nb d'inscrits à l'université de Strasbourg cette année ?",
    'How many students are enrolled at Sorbonne University this year?',
    "À quelle heure ferment les urgences de l'hôpital de Bourges ?",
    'prochain train pour Lyon depuis Dole ?',
    'Je cherche un appart à louer à Cognac',
    'Qui est le maire de Saint-Brieuc ?',
    "Bonjour, je souhaite réserver la salle des fêtes d'Auxerre pour un mariage en juin. À qui dois-je m'adresser ?",
    'Quel est le numéro de la mairie de Chaumont ?',
    'Où acheter du pain à Millau ?',
    "Combien d'habitants à Saint-Brieuc ?",
    "Comment s'inscrire à Pôle emploi à Verdun ?",
    'Donne-moi le programme TV de ce soir',
    'What is 2+2?',
    'What is the best programming language?',
    'Quel est le meilleur forfait mobile ?',
    'Comment faire une lettre de motivation ?',
    "Quel est le prix d'un billet de TER Dijon-Dole ?",
    "Comment inscrire mon fils au centre de loisirs de la commune cet été ?",
    'Quels sont les tarifs du conservatoire de musique de Troyes ?',
  ])('when asked "%s", declines', (q) => expect(isOffTopic(fold(q))).toBe(true));

  it.each([
    'Le Cnam a-t-il un site à Bar-le-Duc ?',
    "Millau Enseignement Supérieur était-il à l'Hôtel-Dieu ?",
    'Le Cnam enseigne-t-il au lycée hôtelier de Tahiti ?',
    'Y a-t-il des formations en restauration au Cnam ?',
    'Qui a choisi les villes du premier AMI ?',
    'La Banque des Territoires finance-t-elle les centres ?',
    'Is there a Cnam branch in Dole?',
    "Le Cnam travaille-t-il avec l'université de Reims ?",
    'Une antenne peut-elle être installée dans un lycée ?',
    'Quel maire a inauguré le centre de Chaumont ?',
    "Le programme vise des villes de combien d'habitants ?",
    "Est-ce la mairie qui donne le bâtiment du centre ?",
    'Le Cnam propose-t-il des licences bac+3 ?',
    'Quel est le meilleur moyen de financer ma formation ?',
    'Quel est le meilleur centre du Cnam ?',
    // A town hall's name in the signature, after the question.
    "À quelles collectivités le premier AMI était-il adressé ? Cordialement, Mairie de Laon",
    // The user's own working hours.
    'Je travaille en horaires décalés, puis-je suivre les cours à distance ?',
    // The Cnam is a conservatoire too.
    'Le Conservatoire national des arts et métiers a-t-il un centre à Troyes ?',
  ])('when asked "%s", lets it through', (q) => expect(isOffTopic(fold(q))).toBe(false));
});
