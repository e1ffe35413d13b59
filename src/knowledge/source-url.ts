import { z } from 'zod';

/**
 * A public source URL, in a document's front matter or in a site row: https, or http when the publisher serves
 * no https (Answer contract 1.2 allows such citation URLs). The knowledge checker refuses an http URL whose host
 * is known to serve https ({@link servesHttps}).
 */
export const sourceUrlSchema = z.url({
  protocol: /^https?$/,
  message: 'an https URL of the public original (http only when the publisher serves no https)',
});

/**
 * Hosts known to serve https even where the knowledge does not cite them over https yet: an http URL on one of
 * them is refused. An entry starting with "." stands for every subdomain. Hosts the knowledge already cites
 * over https are added to these by {@link httpsHosts}. Keep each entry to a publisher seen serving https.
 */
export const KNOWN_HTTPS_HOSTS: readonly string[] = [
  // The Cnam's national sites: www, formation, regions, presse, recherche, enjmin…
  'cnam.fr',
  '.cnam.fr',
  // State sites: ministries, prefectures, agencies (cohesion-territoires, haute-marne, agence-cohesion-territoires…).
  '.gouv.fr',
  // Villes de France, whose "Ondes urbaines" pages were once cited over http.
  'villesdefrance.fr',
  // Wikipedia and the GitHub copy of Légifrance texts.
  '.wikipedia.org',
  'github.com',
];

/** The host of a URL as compared here: lower case, without a leading "www."; undefined when the URL does not parse. */
export function hostKey(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** Hosts (see {@link hostKey}) of the https URLs among `urls`: the hosts the knowledge itself shows serving https. */
export function httpsHosts(urls: Iterable<string>): Set<string> {
  const hosts = new Set<string>();
  for (const url of urls) {
    if (!url.startsWith('https://')) continue;
    const host = hostKey(url);
    if (host) hosts.add(host);
  }
  return hosts;
}

/**
 * Whether an http URL should have been given in https: its host is among `known` (from {@link httpsHosts}) or
 * matches {@link KNOWN_HTTPS_HOSTS}. Returns the reason, or null when the host is not known to serve https.
 */
export function servesHttps(url: string, known: ReadonlySet<string>): string | null {
  const host = hostKey(url);
  if (!host) return null;
  if (known.has(host)) return `${host} is cited over https elsewhere in the knowledge`;
  const listed = KNOWN_HTTPS_HOSTS.find((entry) => (entry.startsWith('.') ? host.endsWith(entry) || host === entry.slice(1) : host === entry));
  return listed ? `${host} is known to serve https (KNOWN_HTTPS_HOSTS: ${listed})` : null;
}

/** True for an http (not https) URL. */
export function isHttp(url: string): boolean {
  return /^http:\/\//i.test(url);
}
