import { describe, expect, it } from 'vitest';
import { ask } from './finder-fixture.js';

/**
 * A place named in a question about something else is not a question about Cnam sites: the centre finder must
 * let it go (document retrieval then declines it honestly) rather than answer « Oui, il y a un site à Paris ».
 */
describe('centre finder: places in questions about something else', () => {
  it.each([
    'quelle est la météo à Paris demain ?',
    "Quel temps fera-t-il à Lyon ?",
    'Y a-t-il du soleil à Marseille ?',
    'quels restaurants à Dole ?',
    'What is the weather like in Sedan?',
    'Are there any trains to Chaumont?',
    'Where is the town hall in Colmar?',
    'il y a une piscine à Montbéliard ?',
    "Combien d'habitants à Chalon-sur-Saône ?",
    'Quelle est la population de Dole ?',
    'Qui est le maire de Verdun ?',
    'Quels sont les horaires de la piscine de Dole ?',
    'Where can I park in Sedan?',
    'Le marché de Chaumont est-il ouvert le samedi ?',
    'Quelle est la météo à La Réunion ?',
    'Combien de communes dans Loire Forez Agglomération ?',
  ])('when asked %j, returns null', async (text) => {
    expect(await ask(text)).toBeNull();
  });

  it.each([
    'Quelle est la meilleure école de commerce à Lyon ?',
    "Le Cnam de Dole est-il meilleur que l'université de Besançon ?",
    'What is the best university in Sedan?',
  ])('when asked to rank or compare (%j), never answers « Oui, il y a un site »', async (text) => {
    const answer = await ask(text);
    expect(answer?.kind).not.toBe('centre');
    expect(answer?.text ?? '').not.toMatch(/^(Oui|Yes)/);
  });

  it.each([
    ['Je veux suivre des cours du soir à Lyon', 'Lyon'],
    ['Où étudier près de Chaumont ?', 'Chaumont'],
    ['Is there a Cnam centre in Sedan?', 'Sedan'],
    ['quels centres à Dole ?', 'Dole'],
    ['formation à Colmar', 'Colmar'],
  ])('when asked %j (sites or training), answers about %s', async (text, town) => {
    const answer = await ask(text);
    expect(answer?.kind).toBe('centre');
    expect(answer?.lookup?.place?.name).toBe(town);
  });
});
