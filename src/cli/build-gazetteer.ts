import { loadGazetteer } from '../centres/load-gazetteer.js';

/** `npm run gazetteer:build`: (re)builds the compact gazetteer cache used by the centre finder. */
const started = performance.now();
const { gazetteer } = loadGazetteer({ rebuild: true });
const ms = Math.round(performance.now() - started);
console.log(
  `gazetteer built in ${ms} ms: ${gazetteer.communes.length} communes, ${gazetteer.formers.length} former communes, ` +
    `${gazetteer.arrondissements.length} arrondissements, ${gazetteer.epcis.length} EPCI (${gazetteer.key})`,
);
