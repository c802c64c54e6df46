/* Registers the service worker that keeps the whole site available offline, and offers
 * an update when a new version has been deployed. Plain DOM, no markup from strings. */
(function () {
  'use strict';
  if (!('serviceWorker' in navigator) || window.self !== window.top) return; // not in embeds
  var script = document.currentScript;
  var base = new URL('.', script ? script.src : location.href).href;
  function offer(worker) {
    if (document.getElementById('update-banner')) return;
    var bar = document.createElement('div');
    bar.id = 'update-banner';
    bar.className = 'notice update-banner';
    bar.setAttribute('role', 'status');
    var text = document.createElement('p');
    text.textContent = 'A new version of Twelve-Factor Playground is available.';
    var go = document.createElement('button');
    go.type = 'button';
    go.textContent = 'Reload to update';
    go.addEventListener('click', function () { accepted = true; worker.postMessage({ type: 'skip-waiting' }); });
    var later = document.createElement('button');
    later.type = 'button';
    later.textContent = 'Later';
    later.addEventListener('click', function () { bar.remove(); });
    bar.append(text, go, later);
    document.body.prepend(bar);
  }
  // Reload only for an update the learner accepted; the first install taking control of
  // this page (clients.claim) also fires controllerchange and must not reload it.
  var accepted = false;
  var reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (!accepted || reloading) return;
    reloading = true;
    location.reload();
  });
  window.addEventListener('load', function () {
    navigator.serviceWorker.register(base + 'sw.js', { scope: base }).then(function (reg) {
      if (reg.waiting && navigator.serviceWorker.controller) offer(reg.waiting);
      reg.addEventListener('updatefound', function () {
        var worker = reg.installing;
        if (!worker) return;
        worker.addEventListener('statechange', function () {
          // A new version is ready and this page is run by the old one: ask before switching.
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
        });
      });
      window.twelveFactorUpdate = function () { return reg.update(); };
    }).catch(function () { /* offline support is a bonus; the site works without it */ });
  });
})();
