/**
 * Other names of the current regions (INSEE region code): English names, usual abbreviations and the
 * former regions merged in 2016, so "Brittany", "PACA" or "en Alsace" resolve to a region.
 */
export const REGION_ALIASES: Readonly<Record<string, string>> = {
  Brittany: '53', Normandy: '28', Burgundy: '27', 'Burgundy-Franche-Comte': '27', Corsica: '94',
  'Paris region': '11', 'Ile de France': '11', IDF: '11', 'Greater Paris': '11',
  'Loire Valley': '24', 'Centre Val de Loire': '24', 'French Riviera': '93', Provence: '93', PACA: '93', 'Cote d Azur': '93',
  'Hauts de France': '32', HDF: '32', BFC: '27', AURA: '84', ARA: '84', CVL: '24', 'Grand-Est': '44', 'Great East': '44', 'New Aquitaine': '75', 'Nouvelle Aquitaine': '75',
  Occitania: '76', 'Auvergne Rhone Alpes': '84', 'Pays de Loire': '52',
  Alsace: '44', Lorraine: '44', 'Champagne-Ardenne': '44', Picardie: '32', Picardy: '32', 'Nord-Pas-de-Calais': '32',
  'Haute-Normandie': '28', 'Basse-Normandie': '28', Bourgogne: '27', 'Franche-Comte': '27', Aquitaine: '75', Limousin: '75',
  'Poitou-Charentes': '75', 'Midi-Pyrenees': '76', 'Languedoc-Roussillon': '76', 'Rhone-Alpes': '84', Auvergne: '84',
  Guadeloupe: '01', Martinique: '02', Guyane: '03', 'French Guiana': '03', 'Guyane francaise': '03', 'La Reunion': '04', Reunion: '04',
  'Reunion Island': '04', 'Ile de la Reunion': '04', Mayotte: '06',
  // Overseas collectivities (their INSEE region code is their own three-digit code), in English and as people say them.
  'Saint Pierre and Miquelon': '975', SPM: '975', 'Saint Barth': '977', 'Saint Barts': '977', 'Saint Barths': '977', 'Saint Bart': '977',
  'Wallis and Futuna': '986', 'Wallis-et-Futuna': '986', 'French Polynesia': '987', Polynesie: '987', Tahiti: '987',
  'New Caledonia': '988', Caledonie: '988', 'Nouvelle Caledonie': '988',
  TAAF: '984', 'Terres australes': '984', 'French Southern Territories': '984', Clipperton: '989', 'Clipperton Island': '989',
};
