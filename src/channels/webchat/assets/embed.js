/*
 * Cnam territories assistant — embeddable widget.
 * Paste on any page:
 *   <script src="https://ASSISTANT-HOST/embed.js" defer
 *           data-title="Assistant Cnam" data-primary-color="#c1002a" data-position="right"
 *           data-locale="fr-FR" data-greeting="Une question sur le Cnam près de chez vous ?"></script>
 * Options (all optional): data-title, data-primary-color, data-primary-text-color, data-locale,
 * data-position (right|left), data-greeting, data-button-label, data-mode (floating|inline), data-target
 * (CSS selector of the element to fill in inline mode), data-transport (websocket|polling: polling for networks
 * whose proxy blocks WebSockets).
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__cnamTerritoiresWidget) return;
  window.__cnamTerritoiresWidget = true;

  var base = new URL('.', script.src).href.replace(/\/$/, '');
  var data = script.dataset;
  function color(value, fallback) {
    return value && window.CSS && CSS.supports('color', value) ? value : fallback;
  }
  var locale = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(data.locale || '') ? data.locale : 'fr-FR';
  var english = /^en\b/i.test(locale);
  var text = english
    ? { open: 'Ask the Cnam assistant a question', close: 'Close the assistant', loading: 'Loading the assistant…', failed: 'The assistant is unavailable for now.', retry: 'Try again', chat: 'Conversation with the assistant' }
    : { open: "Poser une question à l'assistant du Cnam", close: "Fermer l'assistant", loading: "Chargement de l'assistant…", failed: "L'assistant est momentanément indisponible.", retry: 'Réessayer', chat: "Conversation avec l'assistant" };
  var options = {
    title: data.title || (english ? 'Cnam territories assistant' : 'Assistant Cnam territoires'),
    primary: color(data.primaryColor, '#b0002a'),
    primaryText: color(data.primaryTextColor, '#ffffff'),
    position: data.position === 'left' ? 'left' : 'right',
    greeting: data.greeting || '',
    buttonLabel: data.buttonLabel || text.open,
    mode: data.mode === 'inline' ? 'inline' : 'floating',
    target: data.target || '',
    // Web Chat's default is a WebSocket stream; polling (one request a second) is for networks that block WebSockets.
    webSocket: data.transport !== 'polling',
  };

  var css =
    '.cnamw{--cnamw-primary:' + options.primary + ';--cnamw-on-primary:' + options.primaryText + ';font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;}' +
    '.cnamw *{box-sizing:border-box}' +
    '.cnamw__launcher{position:fixed;bottom:20px;' + options.position + ':20px;z-index:2147483000;display:flex;align-items:center;gap:8px;border:0;border-radius:999px;padding:14px 20px;background:var(--cnamw-primary);color:var(--cnamw-on-primary);font:600 16px/1.2 inherit;font-family:inherit;cursor:pointer;box-shadow:0 6px 20px rgba(0,0,0,.25)}' +
    '.cnamw__launcher:hover{filter:brightness(1.08)}' +
    '.cnamw__launcher:focus-visible,.cnamw__close:focus-visible,.cnamw__retry:focus-visible{outline:3px solid #1a1a1a;outline-offset:3px;box-shadow:0 0 0 6px #fff}' +
    '.cnamw__greeting{position:fixed;bottom:84px;' + options.position + ':20px;z-index:2147483000;max-width:280px;margin:0;padding:12px 14px;border-radius:12px;background:#fff;color:#1a1a1a;font-size:15px;line-height:1.4;box-shadow:0 4px 16px rgba(0,0,0,.18)}' +
    '.cnamw__panel{position:fixed;bottom:20px;' + options.position + ':20px;z-index:2147483001;width:min(420px,calc(100vw - 24px));height:min(640px,calc(100vh - 40px));display:flex;flex-direction:column;background:#fff;border-radius:16px;overflow:hidden;box-shadow:0 12px 40px rgba(0,0,0,.3)}' +
    '.cnamw__panel[hidden]{display:none}' +
    '.cnamw--inline{height:100%}.cnamw--inline .cnamw__panel{position:static;width:100%;height:100%;box-shadow:none;border-radius:0}' +
    '.cnamw__header{display:flex;align-items:center;justify-content:space-between;gap:12px;padding:12px 16px;background:var(--cnamw-primary);color:var(--cnamw-on-primary)}' +
    '.cnamw__title{margin:0;font-size:17px;font-weight:700}' +
    '.cnamw__close{border:0;background:transparent;color:inherit;font-size:26px;line-height:1;width:40px;height:40px;border-radius:8px;cursor:pointer}' +
    '.cnamw__close:hover{background:rgba(255,255,255,.18)}' +
    '.cnamw__chat{flex:1;min-height:0;position:relative}' +
    '.cnamw__status{padding:24px;color:#333;font-size:15px}' +
    '.cnamw__retry{margin-top:12px;border:2px solid var(--cnamw-primary);background:#fff;color:var(--cnamw-primary);border-radius:8px;padding:8px 14px;font:600 15px inherit;font-family:inherit;cursor:pointer}' +
    '@media (prefers-reduced-motion:no-preference){.cnamw__panel{animation:cnamw-in .18s ease-out}@keyframes cnamw-in{from{opacity:0;transform:translateY(12px)}}}';

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === 'text') node.textContent = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }

  var loadingWebChat;
  function loadWebChat() {
    if (window.WebChat) return Promise.resolve(window.WebChat);
    if (!loadingWebChat) {
      loadingWebChat = new Promise(function (resolve, reject) {
        var tag = el('script', { src: base + '/webchat/webchat.js', async: '' });
        tag.onload = function () { window.WebChat ? resolve(window.WebChat) : reject(new Error('Web Chat missing')); };
        tag.onerror = function () { loadingWebChat = undefined; reject(new Error('Web Chat did not load')); };
        document.head.appendChild(tag);
      });
    }
    return loadingWebChat;
  }

  function fetchToken() {
    return fetch(base + '/api/directline/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ locale: locale }),
      credentials: 'omit',
    }).then(function (response) {
      if (!response.ok) throw new Error('token request failed: HTTP ' + response.status);
      return response.json();
    });
  }

  var styleOptions = {
    accent: options.primary,
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    fontSizeSmall: '80%',
    backgroundColor: '#ffffff',
    bubbleBackground: '#f1f3f5',
    bubbleBorderWidth: 0,
    bubbleBorderRadius: 14,
    bubbleNubSize: 0,
    bubbleTextColor: '#1a1a1a',
    bubbleFromUserBackground: options.primary,
    bubbleFromUserTextColor: options.primaryText,
    bubbleFromUserBorderWidth: 0,
    bubbleFromUserBorderRadius: 14,
    bubbleFromUserNubSize: 0,
    botAvatarImage: base + '/webchat/cnam-mark.svg',
    botAvatarInitials: 'C',
    botAvatarBackgroundColor: options.primary,
    avatarSize: 36,
    hideUploadButton: true,
    sendBoxButtonColor: options.primary,
    sendBoxButtonColorOnHover: options.primary,
    sendBoxHeight: 52,
    sendBoxTextWrap: true,
    suggestedActionLayout: 'flow',
    suggestedActionBorderRadius: 18,
    suggestedActionBorderColor: options.primary,
    suggestedActionBorderWidth: 1,
    suggestedActionTextColor: options.primary,
    suggestedActionHeight: 'auto',
    timestampColor: '#4d4d4d',
    subtle: '#4d4d4d',
    paddingRegular: 12,
    transcriptActivityVisualKeyboardIndicatorColor: '#1a1a1a',
  };

  function start(panel, chat) {
    chat.innerHTML = '';
    chat.appendChild(el('p', { class: 'cnamw__status', role: 'status', text: text.loading }));
    return Promise.all([loadWebChat(), fetchToken()])
      .then(function (results) {
        var WebChat = results[0];
        var token = results[1];
        var directLine = WebChat.createDirectLine({ token: token.token, domain: token.domain, webSocket: options.webSocket, pollingInterval: 1000 });
        chat.innerHTML = '';
        WebChat.renderWebChat({ directLine: directLine, locale: locale, styleOptions: styleOptions }, chat);
        panel.setAttribute('data-state', 'ready');
      })
      .catch(function () {
        chat.innerHTML = '';
        var retry = el('button', { type: 'button', class: 'cnamw__retry', text: text.retry });
        retry.addEventListener('click', function () { start(panel, chat); });
        chat.appendChild(el('div', { class: 'cnamw__status', role: 'alert' }, [el('p', { text: text.failed }), retry]));
      });
  }

  function focusSendBox(panel) {
    var input = panel.querySelector('.webchat__send-box-text-box__input, input[type="text"], textarea');
    if (input) input.focus();
  }

  function mount() {
    var root = el('div', { class: 'cnamw' + (options.mode === 'inline' ? ' cnamw--inline' : ''), lang: locale });
    var style = el('style', { text: css });
    var titleId = 'cnamw-title-' + Math.random().toString(36).slice(2, 8);
    var chat = el('div', { class: 'cnamw__chat', role: 'region', 'aria-label': text.chat });
    var heading = el('h2', { class: 'cnamw__title', id: titleId, text: options.title });
    var header = el('div', { class: 'cnamw__header' }, [heading]);
    var panel = el('section', { class: 'cnamw__panel', 'aria-labelledby': titleId, id: titleId + '-panel' }, [header, chat]);
    root.appendChild(style);

    if (options.mode === 'inline') {
      var target = options.target ? document.querySelector(options.target) : null;
      root.appendChild(panel);
      (target || script.parentNode).appendChild(root);
      start(panel, chat);
      return;
    }

    var started = false;
    var launcher = el('button', { type: 'button', class: 'cnamw__launcher', 'aria-expanded': 'false', 'aria-controls': panel.id }, [
      el('span', { 'aria-hidden': 'true', text: '💬' }),
      el('span', { text: options.buttonLabel }),
    ]);
    var close = el('button', { type: 'button', class: 'cnamw__close', 'aria-label': text.close, title: text.close, text: '×' });
    header.appendChild(close);
    panel.setAttribute('role', 'dialog');
    panel.hidden = true;
    var greeting = options.greeting ? el('p', { class: 'cnamw__greeting', text: options.greeting }) : null;

    function open() {
      panel.hidden = false;
      launcher.hidden = true;
      launcher.setAttribute('aria-expanded', 'true');
      if (greeting) greeting.hidden = true;
      if (!started) {
        started = true;
        start(panel, chat).then(function () { setTimeout(function () { focusSendBox(panel); }, 300); });
      } else {
        focusSendBox(panel);
      }
    }
    function shut() {
      panel.hidden = true;
      launcher.hidden = false;
      launcher.setAttribute('aria-expanded', 'false');
      launcher.focus();
    }
    launcher.addEventListener('click', open);
    close.addEventListener('click', shut);
    panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') shut();
    });
    if (greeting) root.appendChild(greeting);
    root.appendChild(launcher);
    root.appendChild(panel);
    document.body.appendChild(root);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
  else mount();
})();
