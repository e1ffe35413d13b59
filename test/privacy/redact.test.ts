import { describe, expect, it } from 'vitest';
import { redact, redactDeep, REDACTED } from '../../src/privacy/redact.js';

describe('redact', () => {
  it.each([
    ['Écrivez-moi à jean.dupont@mairie-dole.fr svp', 'Écrivez-moi à [courriel] svp'],
    ['contact: Marie_Curie+cnam@sub.example.co.uk.', 'contact: [courriel].'],
    ['Appelez le 06 12 34 56 78 !', 'Appelez le [téléphone] !'],
    ['tel 06.12.34.56.78', 'tel [téléphone]'],
    ['tel 01-23-45-67-89', 'tel [téléphone]'],
    ['tel 0612345678', 'tel [téléphone]'],
    ['+33 6 12 34 56 78', '[téléphone]'],
    ['+33612345678', '[téléphone]'],
    ['+33 (0)1 40 27 20 00', '[téléphone]'],
    ['0033 1 40 27 20 00', '[téléphone]'],
    ['(+33) 6 12 34 56 78', '[téléphone]'],
    ['(0)6 12 34 56 78', '[téléphone]'],
    ['+33 6 1234 5678', '[téléphone]'],
    ['tél. 06 1234 5678.', 'tél. [téléphone].'],
    ['+33.6.12.34.56.78', '[téléphone]'],
    ['IBAN FR76 3000 6000 0112 3456 7890 189 merci', 'IBAN [IBAN] merci'],
    ['iban: FR7630006000011234567890189', 'iban: [IBAN]'],
    ['NIR 1 85 05 78 006 084 36, merci', 'NIR [n° de sécurité sociale], merci'],
    ['mon numéro 185057800608436', 'mon numéro [n° de sécurité sociale]'],
    ['Corse : 2 85 05 2A 006 084 36', 'Corse : [n° de sécurité sociale]'],
  ])('redacts %j', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    'Le deuxième AMI a été lancé le 20 janvier 2020.',
    'Chaumont (52121), 22 000 habitants, 75 000 € de budget',
    'le 06/12/2024 à 14h30',
    'Référence 12345678901234567890',
    'Article L. 6323-1 du code du travail',
    'https://www.cnam.fr/formation?id=06123456',
    'AMI 2020, 20 collectivités, 11 retenues',
  ])('leaves ordinary text alone: %j', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('redacts every string inside objects and arrays without changing the input', () => {
    const input = { question: 'mail a@b.fr', nested: { list: ['06 12 34 56 78', 3] }, n: 1 };
    const output = redactDeep(input);
    expect(output).toEqual({ question: `mail ${REDACTED.email}`, nested: { list: [REDACTED.phone, 3] }, n: 1 });
    expect(input.question).toBe('mail a@b.fr');
  });
});
