// Behaviour shared by every page: the CSRF header on htmx requests, and forms that submit on change.
(function () {
  'use strict';
  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') : null;
  }
  document.addEventListener('htmx:configRequest', function (event) {
    var header = meta('csrf-header');
    var token = meta('csrf-token');
    if (header && token) {
      event.detail.headers[header] = token;
    }
  });
  document.addEventListener('change', function (event) {
    if (event.target.classList && event.target.classList.contains('autosubmit')) {
      event.target.form.submit();
    }
  });
  // Segment texts arrive in the inline-code notation (\< escapes, <1>…</1> codes): show them as text and chips.
  function renderNotation(scope) {
    if (!window.Notation) { return; }
    scope.querySelectorAll('.notation').forEach(function (el) { window.Notation.render(el, el.textContent); });
  }
  renderNotation(document);
  document.addEventListener('htmx:afterSwap', function (event) { renderNotation(event.target); });
  // A refused form (problem+json) keeps the page and shows the reason next to the form.
  document.addEventListener('htmx:responseError', function (event) {
    var xhr = event.detail.xhr;
    if ((xhr.getResponseHeader('Content-Type') || '').indexOf('problem+json') < 0) { return; }
    var form = event.detail.elt.closest ? event.detail.elt.closest('form') : null;
    var box = form ? form.querySelector('.form-problem') : null;
    if (!box) { return; }
    var problem = {};
    try { problem = JSON.parse(xhr.responseText); } catch (e) { /* not JSON after all: show the status */ }
    box.textContent = (problem.detail || problem.title || ('HTTP ' + xhr.status)) + (problem.code ? ' (' + problem.code + ')' : '');
    box.hidden = false;
  });
  window.Tessera = window.Tessera || {};
  window.Tessera.csrf = function () {
    var h = {};
    h[meta('csrf-header')] = meta('csrf-token');
    return h;
  };
})();
