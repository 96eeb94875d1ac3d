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
  window.Tessera = window.Tessera || {};
  window.Tessera.csrf = function () {
    var h = {};
    h[meta('csrf-header')] = meta('csrf-token');
    return h;
  };
})();
