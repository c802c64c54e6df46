/* Twelve-Factor Playground embeds: include this script once on a page with lesson iframes
 * (src ending in /embed/<slug>/) and each iframe grows to fit its content. It also re-dispatches
 * each lesson's status as a "twelve-factor:status" DOM event on its iframe.
 * Without this script the iframes still work, at the height you give them. */
(function () {
  'use strict';
  function frames() {
    return Array.prototype.filter.call(document.getElementsByTagName('iframe'), function (f) {
      return /\/embed\/[a-z-]+\/?(\?|#|$)/.test(f.src || '');
    });
  }
  // Lessons report on their own; ask again in case they did before this script arrived.
  function hello(frame) {
    try { frame.contentWindow.postMessage({ type: 'twelve-factor:hello' }, '*'); } catch (e) { /* not loaded yet */ }
  }
  frames().forEach(function (f) { hello(f); f.addEventListener('load', function () { hello(f); }); });
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string' || data.type.indexOf('twelve-factor:') !== 0) return;
    // Only believe messages from one of our own iframes.
    var frame = frames().filter(function (f) { return f.contentWindow === event.source; })[0];
    if (!frame) return;
    if (data.type === 'twelve-factor:resize' && typeof data.height === 'number' && data.height > 0 && data.height < 20000) {
      frame.style.height = Math.ceil(data.height) + 'px';
    } else if (data.type === 'twelve-factor:status' && typeof data.status === 'string') {
      frame.setAttribute('data-status', data.status);
      frame.dispatchEvent(new CustomEvent('twelve-factor:status', { detail: { slug: String(data.slug), status: data.status } }));
    }
  });
})();
