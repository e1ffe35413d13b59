import { describe, expect, it } from 'vitest';
import { messageBody } from '../../src/text/message-body.js';

describe('messageBody', () => {
  it.each([
    ["Hello,\n\nBy May 2021, how many people had been trained?\n\nMany thanks,\nSarah", 'By May 2021, how many people had been trained?'],
    ['Bonjour,\n\nBonne nouvelle : notre ville est lauréate. Et ensuite ?\n\nCordialement,\nMarie L., chargée de mission', 'Bonne nouvelle : notre ville est lauréate. Et ensuite ?'],
    ['Bonjour, quelle est la date du convention ? Merci, A. Perrin', 'quelle est la date du convention ?'],
    ['Madame, Monsieur, Quels sites en Occitanie ? Respectueusement, Direction de l’attractivité', 'Quels sites en Occitanie ?'],
    ['Dear colleagues, Could you tell me when it was launched? Kind regards, Economic development office', 'Could you tell me when it was launched?'],
    ['Bonjour, 1) Combien de villes ? 2) Lesquelles ? Merci de votre retour, Cabinet du maire', '1) Combien de villes ? 2) Lesquelles ?'],
  ])('keeps what %j asks', (message, body) => expect(messageBody(message)).toBe(body));

  it.each([
    'Merci pour la réponse précédente : et pour le deuxième AMI ?',
    'Sedan ?',
    'Bonjour',
    'Quels sites à Thanville ? Merci de préciser la date de chaque ouverture, la source et le statut de chaque site en 2024 svp, pour notre note',
  ])('leaves %j as it is', (message) => expect(messageBody(message)).toBe(message));
});
