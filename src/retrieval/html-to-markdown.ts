import * as cheerio from 'cheerio';

/** Text and metadata extracted from an HTML page. */
export interface HtmlContent {
  title: string;
  /** `<link rel="canonical">` when it is an https URL: the public original to cite. */
  canonicalUrl?: string;
  /** `<meta name="author">` or `og:site_name`, when given. */
  publisher?: string;
  /** Headings as Markdown headings, blocks as separate lines (never glued together). */
  markdown: string;
}

const BLOCKS = 'h1, h2, h3, h4, p, li, td, th, blockquote, pre, dt, dd';

/**
 * Extracts readable Markdown from HTML with cheerio: scripts, styles and navigation dropped, one line
 * per block element so that words of adjacent blocks are not glued together.
 */
export function htmlToMarkdown(html: string): HtmlContent {
  const $ = cheerio.load(html);
  $('script, style, noscript, nav, header, footer, form, svg, iframe').remove();
  const title = ($('title').first().text() || $('h1').first().text()).replace(/\s+/g, ' ').trim();
  const canonical = $('link[rel="canonical"]').attr('href');
  const publisher = $('meta[property="og:site_name"]').attr('content') ?? $('meta[name="author"]').attr('content');
  const lines: string[] = [];
  const root = $('main').length > 0 ? $('main') : $('body');
  root.find(BLOCKS).each((_, element) => {
    const node = $(element);
    if (node.find(BLOCKS).length > 0) return;
    const text = node.text().replace(/\s+/g, ' ').trim();
    if (!text) return;
    const tag = element.tagName.toLowerCase();
    if (tag === 'h1') lines.push(`# ${text}`);
    else if (tag === 'h2') lines.push('', `## ${text}`);
    else if (tag === 'h3' || tag === 'h4') lines.push('', `### ${text}`);
    else lines.push(tag === 'li' ? `- ${text}` : text);
  });
  return {
    title: title || 'Page sans titre',
    canonicalUrl: canonical?.startsWith('https://') ? canonical : undefined,
    publisher: publisher?.trim() || undefined,
    markdown: lines.join('\n').trim(),
  };
}
