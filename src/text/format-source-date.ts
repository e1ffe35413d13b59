const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} as const;

/**
 * An ISO date of full or reduced precision, written for readers: `2020-01-20` → « 20 janvier 2020 »
 * or "20 Jan 2020"; `2020-01` → « janvier 2020 » / "Jan 2020"; `2020` → "2020".
 */
export function formatSourceDate(iso: string, language: 'fr' | 'en'): string {
  const [year, month, day] = iso.split('-');
  if (!month) return year ?? iso;
  const name = MONTHS[language][Number(month) - 1] ?? month;
  if (!day) return `${name} ${year}`;
  const d = Number(day);
  return language === 'fr' ? `${d === 1 ? '1er' : d} ${name} ${year}` : `${d} ${name} ${year}`;
}
