/* Parley embed loader: sizes iframe[data-parley-embed] to its content and relays messages. docs/embedding.md */
(function () {
  'use strict';
  if (window.Parley && window.Parley.loader) return;
  var SELECTOR = 'iframe[data-parley-embed]';
  var frames = new WeakMap();
  var handlers = {};

  // An anchor resolves the URL without throwing; an unusable src gives '' and matches nothing.
  function originOf(iframe) {
    var a = document.createElement('a');
    a.href = iframe.src;
    return a.origin;
  }

  function post(iframe, message) {
    var origin = originOf(iframe);
    if (iframe.contentWindow && origin && origin !== 'null')
      iframe.contentWindow.postMessage(message, origin);
  }

  // An embed without lang= speaks the article's language: the host page's <html lang> goes into its address as
  // hostlang=, which Parley uses when it has that language (English otherwise). Set before the listeners below,
  // and before a lazy frame has loaded anything, so the frame loads once.
  // Returns whether it set the frame's src (which loads the frame again).
  function passHostLanguage(iframe, again) {
    var lang = (document.documentElement.getAttribute('lang') || '').trim();
    if (!lang) return false;
    try {
      var url = new URL(iframe.getAttribute('src') || '', document.baseURI);
      if (url.searchParams.has('lang')) return false;
      if (url.searchParams.has('hostlang') && !again) return false;
      url.searchParams.set('hostlang', lang);
      iframe.setAttribute('src', url.href);
      return true;
    } catch {
      // An unusable src stays as it is: the frame shows what it would have shown.
      return false;
    }
  }

  // The embed says in parley:ready which hostlang= its address carried. null while this page has a language
  // means the rewrite above did not reach it: the page set its lang after this script ran, or the browser
  // kept loading the src it had first (a lazy frame whose src changed while its load was deferred, seen in
  // Chromium under load). One more load, with the language, mends it; an older Parley sends no hostlang field.
  // Returns true when the frame loads again: its ready is then not passed on, the next one will be.
  function mendHostLanguage(iframe, frame, data) {
    if (data.hostlang !== null || frame.languageMended) return false;
    frame.languageMended = passHostLanguage(iframe, true);
    return frame.languageMended;
  }

  // Commands wait until the embed has said it is ready: before that, the app has no data to act on.
  function register(iframe) {
    var frame = frames.get(iframe);
    if (frame) return frame;
    passHostLanguage(iframe);
    frame = { ready: false, queue: [], languageMended: false };
    frames.set(iframe, frame);
    iframe.addEventListener('load', function () {
      frame.ready = false;
      post(iframe, { type: 'parley:get-state', version: 1 });
    });
    // Loaded before this script ran (a cross-origin document reads as null): ask for the state,
    // whose answer counts as ready. A frame still on about:blank waits for its load event instead.
    var doc = iframe.contentDocument;
    if (!doc || doc.URL !== 'about:blank') post(iframe, { type: 'parley:get-state', version: 1 });
    return frame;
  }

  function scan(root) {
    if (root.matches && root.matches(SELECTOR)) register(root);
    if (root.querySelectorAll) Array.prototype.forEach.call(root.querySelectorAll(SELECTOR), register);
  }

  function frameFor(source) {
    var all = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < all.length; i++) if (all[i].contentWindow === source) return all[i];
    return null;
  }

  function prefixed(type) {
    return type.indexOf('parley:') === 0 ? type : 'parley:' + type;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    var type = data && typeof data === 'object' ? data.type : null;
    if (typeof type !== 'string' || !/^parley:[a-z-]+$/.test(type)) return;
    var iframe = event.source && frameFor(event.source);
    // Only the embed's own window, serving from the origin its src names, may size or speak for it.
    if (!iframe || event.origin !== originOf(iframe)) return;
    var frame = register(iframe);
    if (type === 'parley:height') {
      if (typeof data.height !== 'number' || !isFinite(data.height)) return;
      iframe.style.height = Math.min(20000, Math.max(100, Math.ceil(data.height))) + 'px';
    }
    if (type === 'parley:ready' && mendHostLanguage(iframe, frame, data)) return;
    if ((type === 'parley:ready' || type === 'parley:state') && !frame.ready) {
      frame.ready = true;
      frame.queue.splice(0).forEach(function (message) {
        post(iframe, message);
      });
    }
    iframe.dispatchEvent(new CustomEvent(type, { detail: data, bubbles: true }));
    (handlers[type] || []).slice().forEach(function (handler) {
      try {
        handler(data, iframe);
      } catch (error) {
        setTimeout(function () {
          throw error;
        });
      }
    });
  });

  window.Parley = {
    loader: 1,
    /** Parley.send(iframe or selector, { type: 'select-round', round: 'x' }); queued until the embed is ready. */
    send: function (iframe, message) {
      if (typeof iframe === 'string') iframe = document.querySelector(iframe);
      if (!(iframe instanceof HTMLIFrameElement) || !iframe.matches(SELECTOR)) return false;
      if (!message || typeof message.type !== 'string') return false;
      var full = Object.assign({ version: 1 }, message, { type: prefixed(message.type) });
      var frame = register(iframe);
      if (frame.ready) post(iframe, full);
      else if (frame.queue.length < 100) frame.queue.push(full);
      else return false;
      return true;
    },
    /** Parley.goToStep(iframe or selector, 3[, 'story-id']): shows a story's step, counted from 1. */
    goToStep: function (iframe, step, story) {
      var message = { type: 'go-to-step', step: step };
      if (story) message.story = story;
      return window.Parley.send(iframe, message);
    },
    /**
     * Parley.scrollytelling(iframe or selector[, { steps: '[data-parley-step]' }]): as the reader scrolls, the
     * article's section crossing the middle of the window picks the step (data-parley-step="3", and optionally
     * data-parley-story="id"). Returns a function that stops following the scroll.
     */
    scrollytelling: function (iframe, options) {
      var selector = (options && options.steps) || '[data-parley-step]';
      var shown = null;
      var observer = new IntersectionObserver(
        function (entries) {
          entries.forEach(function (entry) {
            if (!entry.isIntersecting) return;
            var step = parseInt(entry.target.getAttribute('data-parley-step'), 10);
            var story = entry.target.getAttribute('data-parley-story') || undefined;
            var key = (story || '') + '/' + step;
            if (!(step >= 1) || key === shown) return;
            shown = key;
            window.Parley.goToStep(iframe, step, story);
          });
        },
        // A band across the middle tenth of the window: one section at a time is "being read".
        { rootMargin: '-45% 0px -45% 0px' },
      );
      Array.prototype.forEach.call(document.querySelectorAll(selector), function (section) {
        observer.observe(section);
      });
      return function () {
        observer.disconnect();
      };
    },
    /** Calls handler(message, iframe) for each event of that type from any embed; returns an unsubscribe function. */
    on: function (type, handler) {
      type = prefixed(type);
      (handlers[type] = handlers[type] || []).push(handler);
      return function () {
        handlers[type] = handlers[type].filter(function (h) {
          return h !== handler;
        });
      };
    },
  };

  scan(document);
  new MutationObserver(function (records) {
    records.forEach(function (record) {
      Array.prototype.forEach.call(record.addedNodes, function (node) {
        if (node.nodeType === 1) scan(node);
      });
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
