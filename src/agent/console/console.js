// Support-agent console: plain ES module, no dependency. Every piece of server text is put in the page with
// textContent / DOM nodes, never innerHTML, so an answer or a question cannot inject markup.

const TOKEN_KEY = 'cnam-agent-token';
const AGENT_KEY = 'cnam-agent-id';

const $ = (id) => document.getElementById(id);

const KIND_LABELS = {
  knowledge: 'Connaissances',
  centre: 'Centres',
  clarify: 'Précision demandée',
  smalltalk: 'Échange courant',
  fallback: 'Sans réponse fiable',
};

/** The suggestion being reviewed. */
let current = null;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'className') node.className = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function session() {
  return { token: sessionStorage.getItem(TOKEN_KEY), agentId: sessionStorage.getItem(AGENT_KEY) };
}

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function api(path, { method = 'GET', body, raw = false } = {}) {
  const headers = { authorization: `Bearer ${session().token ?? ''}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) {
    let message = `Erreur ${response.status}`;
    try {
      const data = await response.json();
      if (data?.error?.message) message = data.error.message;
    } catch {
      // not JSON: keep the status
    }
    if (response.status === 401) logout(`Jeton refusé : ${message}`);
    throw new ApiError(response.status, message);
  }
  return raw ? response : response.json();
}

function setStatus(node, text, tone) {
  node.textContent = text;
  node.classList.toggle('is-error', tone === 'error');
  node.classList.toggle('is-ok', tone === 'ok');
}

// --- Markdown (the subset answers use): paragraphs, "- " lists, **bold**, *italic*, [n] markers, links -----

const INLINE = /(\*\*[^*]+\*\*|\*[^*\s][^*]*\*|\[\d+\](?!\()|\[[^\]]+\]\(https?:\/\/[^\s)]+\)|https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"»])/g;

function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function renderInline(text) {
  const nodes = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) nodes.push(document.createTextNode(text.slice(last, match.index)));
    const token = match[0];
    let node;
    if (token.startsWith('**')) node = el('strong', {}, token.slice(2, -2));
    else if (token.startsWith('*')) node = el('em', {}, token.slice(1, -1));
    else if (/^\[\d+\]$/.test(token)) {
      const n = token.slice(1, -1);
      node = el('a', { className: 'cite', href: `#source-${n}`, 'aria-label': `source ${n}` }, `[${n}]`);
    } else if (token.startsWith('[')) {
      const [, label, url] = /^\[([^\]]+)\]\((.+)\)$/.exec(token) ?? [];
      const href = safeUrl(url);
      node = href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, label) : document.createTextNode(token);
    } else {
      const href = safeUrl(token);
      node = href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, token) : document.createTextNode(token);
    }
    nodes.push(node);
    last = match.index + token.length;
  }
  if (last < text.length) nodes.push(document.createTextNode(text.slice(last)));
  return nodes;
}

function renderMarkdown(markdown) {
  const fragment = document.createDocumentFragment();
  for (const block of markdown.replace(/\r\n/g, '\n').split(/\n{2,}/)) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    let paragraph = [];
    let list = null;
    const flush = () => {
      if (paragraph.length) fragment.append(el('p', {}, renderInline(paragraph.join(' '))));
      paragraph = [];
    };
    for (const line of lines) {
      const item = /^\s*[-*•]\s+(.*)$/.exec(line);
      if (item) {
        flush();
        list ??= fragment.appendChild(el('ul'));
        list.append(el('li', {}, renderInline(item[1])));
      } else {
        list = null;
        paragraph.push(line.trim());
      }
    }
    flush();
  }
  return fragment;
}

// --- Suggestion -------------------------------------------------------------------------------------------

function confidenceLevel(confidence) {
  if (confidence >= 0.75) return ['high', 'élevée'];
  if (confidence >= 0.5) return ['medium', 'moyenne'];
  return ['low', 'faible'];
}

function formatDate(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' });
}

function renderAnswer(answer) {
  const badges = $('answer-badges');
  badges.replaceChildren(
    ...[
      el('span', { className: `badge ${answer.kind === 'fallback' ? 'badge-fallback' : ''}` }, KIND_LABELS[answer.kind] ?? answer.kind),
      answer.reviewed
        ? el('span', { className: 'badge badge-reviewed' }, `Vérifiée par ${answer.reviewed.by} le ${formatDate(answer.reviewed.at)}`)
        : null,
    ].filter(Boolean),
  );
  const percent = Math.round(answer.confidence * 100);
  const [level, label] = confidenceLevel(answer.confidence);
  const bar = el('span');
  bar.style.width = `${percent}%`; // CSSOM, allowed by the page's CSP (an inline style attribute is not)
  const confidence = $('confidence');
  confidence.className = `confidence level-${level}`;
  confidence.replaceChildren(
    el('span', {}, 'Confiance : ', el('strong', {}, `${percent} % (${label})`)),
    el('span', { className: 'meter', role: 'presentation' }, bar),
  );
  $('answer-text').replaceChildren(renderMarkdown(answer.text));

  const sources = $('sources');
  sources.replaceChildren(
    ...(answer.citations.length
      ? answer.citations.map((c) =>
          el('li', { id: `source-${c.n}` },
            el('a', { href: safeUrl(c.url) ?? '#', target: '_blank', rel: 'noopener noreferrer' }, c.title),
            el('div', { className: 'source-meta' }, [c.publisher, c.date].filter(Boolean).join(' · ')),
            c.excerpt ? el('blockquote', { className: 'excerpt' }, c.excerpt) : null,
          ),
        )
      : [el('li', { className: 'empty' }, 'Aucune source citée.')]),
  );
}

function renderPassages(passages) {
  const list = $('passages');
  if (!passages.length) {
    list.replaceChildren(el('li', { className: 'empty' }, 'Aucun passage retrouvé.'));
    return;
  }
  list.replaceChildren(
    ...passages.map((p, index) =>
      el('li', {},
        el('details', { open: index === 0 },
          el('summary', {}, p.headingPath.length ? p.headingPath.join(' › ') : p.title),
          el('div', { className: 'passage-meta' },
            `Score ${p.score.toFixed(3)} · similarité ${Math.round(p.similarity * 100)} %`,
            p.sources.length ? ' · ' : '',
            ...p.sources.flatMap((s, i) => [
              i ? ', ' : '',
              el('a', { href: safeUrl(s.url) ?? '#', target: '_blank', rel: 'noopener noreferrer' }, s.publisher ?? s.title),
            ]),
          ),
          el('p', { className: 'passage-text' }, p.text.replace(/\s*\[\^[^\]]+\]/g, '')),
        ),
      ),
    ),
  );
}

function showEditor(show) {
  $('edit-area').hidden = !show;
  $('review-actions').hidden = show;
  if (show) {
    $('edit-text').value = current.answer.text;
    $('edit-text').focus();
  } else {
    $('edit').focus();
  }
}

async function suggest(event) {
  event.preventDefault();
  const question = $('question').value.trim();
  const status = $('result-status');
  if (!question) {
    setStatus(status, 'Saisissez une question.', 'error');
    $('question').focus();
    return;
  }
  $('ask-button').disabled = true;
  setStatus(status, 'Recherche en cours…');
  try {
    const result = await api('/api/suggest', { method: 'POST', body: { question } });
    current = { question, answer: result.answer };
    renderAnswer(result.answer);
    renderPassages(result.passages);
    showEditor(false);
    $('result').hidden = false;
    setStatus($('review-status'), '');
    const [, label] = confidenceLevel(result.answer.confidence);
    setStatus(status, `Réponse proposée, confiance ${label}, ${result.answer.citations.length} source(s), ${result.passages.length} passage(s).`, 'ok');
  } catch (error) {
    setStatus(status, error.message, 'error');
  } finally {
    $('ask-button').disabled = false;
  }
}

async function review(action) {
  if (!current) return;
  const body = { action, agentId: session().agentId, question: current.question, answer: current.answer };
  if (action === 'edit') body.finalText = $('edit-text').value.trim();
  const status = $('review-status');
  const buttons = document.querySelectorAll('#review-actions button, #edit-area button');
  buttons.forEach((b) => (b.disabled = true));
  try {
    await api('/api/reviews', { method: 'POST', body });
    if (action === 'edit') {
      current.answer = { ...current.answer, text: body.finalText };
      $('answer-text').replaceChildren(renderMarkdown(body.finalText));
      showEditor(false);
    }
    const done = { approve: 'Réponse approuvée : elle sera réutilisée pour cette question.', edit: 'Correction enregistrée : elle sera réutilisée pour cette question.', reject: 'Réponse rejetée : elle ne sera pas réutilisée.' };
    setStatus(status, done[action], 'ok');
  } catch (error) {
    setStatus(status, error.message, 'error');
  } finally {
    buttons.forEach((b) => (b.disabled = false));
  }
}

// --- Gaps -------------------------------------------------------------------------------------------------

async function loadGaps() {
  const status = $('gaps-status');
  setStatus(status, 'Chargement…');
  try {
    const { gaps } = await api('/api/gaps');
    $('gaps-body').replaceChildren(
      ...(gaps.length
        ? gaps.map((g) =>
            el('tr', {},
              el('td', {}, g.question, g.comments.length ? el('span', { className: 'gap-comments' }, `« ${g.comments.join(' » · « ')} »`) : null),
              el('td', { className: 'num' }, g.total),
              el('td', { className: 'num' }, g.fallback),
              el('td', { className: 'num' }, g.lowConfidence),
              el('td', { className: 'num' }, g.dislikes),
              el('td', {}, el('time', { datetime: g.lastAt }, formatDate(g.lastAt))),
            ),
          )
        : [el('tr', {}, el('td', { colspan: 6, className: 'empty' }, 'Aucune lacune enregistrée.'))]),
    );
    setStatus(status, `${gaps.length} question(s) à couvrir.`, 'ok');
  } catch (error) {
    setStatus(status, error.message, 'error');
  }
}

async function exportGaps() {
  try {
    const response = await api('/api/gaps.csv', { raw: true });
    const url = URL.createObjectURL(await response.blob());
    const link = el('a', { href: url, download: `lacunes-${new Date().toISOString().slice(0, 10)}.csv` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus($('gaps-status'), 'Export CSV téléchargé.', 'ok');
  } catch (error) {
    setStatus($('gaps-status'), error.message, 'error');
  }
}

// --- Session and views -------------------------------------------------------------------------------------

function showView(view) {
  for (const name of ['suggest', 'gaps']) $(`${name}-view`).hidden = name !== view;
  document.querySelectorAll('.tab').forEach((tab) => {
    if (tab.dataset.view === view) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  });
  if (view === 'gaps') void loadGaps();
  $(view === 'gaps' ? 'gaps-title' : 'question').focus?.();
}

function showSession() {
  const { token, agentId } = session();
  const signedIn = Boolean(token && agentId);
  $('login-view').hidden = signedIn;
  $('nav').hidden = !signedIn;
  $('session').hidden = !signedIn;
  if (signedIn) {
    $('session-label').textContent = `Connecté·e : ${agentId}`;
    showView('suggest');
  } else {
    $('suggest-view').hidden = true;
    $('gaps-view').hidden = true;
    $('agent-id').focus();
  }
}

function logout(message) {
  sessionStorage.removeItem(TOKEN_KEY);
  showSession();
  const error = $('login-error');
  error.hidden = !message;
  error.textContent = message ?? '';
}

function login(event) {
  event.preventDefault();
  const agentId = $('agent-id').value.trim();
  const token = $('token').value.trim();
  if (!agentId || !token) {
    const error = $('login-error');
    error.hidden = false;
    error.textContent = 'Renseignez votre identifiant et le jeton agent.';
    (agentId ? $('token') : $('agent-id')).focus();
    return;
  }
  sessionStorage.setItem(AGENT_KEY, agentId);
  sessionStorage.setItem(TOKEN_KEY, token);
  $('token').value = '';
  $('login-error').hidden = true;
  showSession();
}

$('login-form').addEventListener('submit', login);
$('logout').addEventListener('click', () => logout());
$('ask-form').addEventListener('submit', suggest);
$('question').addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) $('ask-form').requestSubmit();
});
$('approve').addEventListener('click', () => review('approve'));
$('reject').addEventListener('click', () => review('reject'));
$('edit').addEventListener('click', () => showEditor(true));
$('cancel-edit').addEventListener('click', () => showEditor(false));
$('save-edit').addEventListener('click', () => review('edit'));
$('refresh-gaps').addEventListener('click', loadGaps);
$('export-gaps').addEventListener('click', exportGaps);
document.querySelectorAll('.tab').forEach((tab) => tab.addEventListener('click', () => showView(tab.dataset.view)));
$('agent-id').value = session().agentId ?? '';
showSession();
