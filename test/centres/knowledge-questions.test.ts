import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/fold.js';
import { ask } from './finder-fixture.js';

/**
 * The knowledge's own questions (section headings and their alternates) come back as clicked suggestions. The centre
 * finder may answer those about a place, but only about a place the question names; questions about why, what a
 * site does, the programme or the organisation go to the knowledge.
 */
function headings(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) out.push(...headings(file));
    else if (name.endsWith('.md')) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        const m = /^(?:## |> \? ?)(.*\?)\s*$/.exec(line);
        if (m) out.push(m[1]!.trim());
      }
    }
  }
  return [...new Set(out)];
}

const QUESTIONS = headings(path.join(process.cwd(), 'knowledge', 'docs'));
const words = (s: string) => fold(s).replace(/[^a-z0-9]+/g, ' ');
/** Usual short names of regions. */
const ALIASES: Record<string, string[]> = {
  "Provence-Alpes-Côte d'Azur": ['paca'],
  'Auvergne-Rhône-Alpes': ['aura', 'ara'],
  'Bourgogne-Franche-Comté': ['bfc'],
  'Centre-Val de Loire': ['cvl'],
  // English names, the régions merged in 2016, and the towns whose regional centre is asked about.
  Bretagne: ['brittany'],
  Corse: ['corsica'],
  'Grand Est': ['alsace', 'lorraine', 'champagne'],
  'Hauts-de-France': ['lille', 'picardie', 'nord', 'hdf'],
  'Nouvelle-Aquitaine': ['poitou', 'limousin', 'aquitaine'],
  Occitanie: ['midi', 'languedoc', 'toulouse', 'montpellier'],
  'Pays de la Loire': ['nantes'],
  'Polynésie française': ['tahiti', 'polynesia'],
};

describe("the knowledge's own questions", () => {
  it('are many', () => {
    expect(QUESTIONS.length).toBeGreaterThan(200);
  });

  it.each(QUESTIONS)('%j: a centre answer is about a place the question names', async (question) => {
    const answer = await ask(question);
    if (!answer?.lookup) return;
    const named = [answer.lookup.place?.name, answer.lookup.area?.name, ...(answer.lookup.candidates ?? []).map((c) => c.name)].filter((n): n is string => !!n);
    const text = ` ${words(question)} `;
    for (const name of named) {
      const all = words(name).trim().split(' ');
      const distinctive = all.filter((w) => w.length > 3 && !['saint', 'sainte', 'grand'].includes(w));
      const parts = distinctive.length > 0 ? distinctive : all;
      const alias = ALIASES[name]?.some((a) => text.includes(` ${a} `)) ?? false;
      expect(alias || parts.some((w) => text.includes(` ${w}`) || text.includes(w.slice(0, 5))), `${question} → ${name}`).toBe(true);
    }
  });

  it.each([
    'Pourquoi le pôle des Ardennes est-il à Sedan et non à Charleville-Mézières ?',
    'Pourquoi le centre de Chaumont est-il important pour le programme ?',
    'Que fait le Cnam à Martigues ?',
    'Quel est le projet du Cnam à Colmar ?',
    "Qu'est-ce que l'antenne du Cnam à La Station de Saint-Omer ?",
    "Qu'est-ce que le Cnam-Enjmin d'Angoulême ?",
    'Comment le Cnam Grand Est a-t-il été créé ?',
    'La page du Cnam Occitanie est-elle à jour ?',
    'Qui dirigeait le Cnam Occitanie en 2019 ?',
    'Quand les pôles du Grand Est devaient-ils démarrer ?',
    'Quelles formations propose un centre du programme ?',
    'Which courses can I take in a programme centre?',
    'Which body picks the AMI 2 winners?',
    'Which towns were eligible for the second AMI?',
    "Le programme « Au cœur des territoires » est-il le seul moyen d'accéder au Cnam près de chez soi ?",
    'Who is in charge of the network of Cnam centres?',
    'What does a Cnam centre cost a town?',
    'What size of area does the Cnam target?',
    'Quel premier centre Villes de France annonçait-elle ?',
    'Comment les centres et les formations sont-ils financés selon Entreprise & Carrières ?',
  ])('%j is left to the knowledge', async (question) => {
    expect(await ask(question)).toBeNull();
  });
});
