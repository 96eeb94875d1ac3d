// The translator and reviewer workbenches: a claimed run of segments in article order, worked
// with the keyboard through the JSON API. Typed text goes to localStorage at once (keyed by
// segment and version) and to the server as a draft 1.5 s after typing stops.
(function () {
  'use strict';
  var root = document.getElementById('workbench');
  if (!root) { return; }
  var N = window.Notation;
  var lang = root.dataset.lang, review = root.dataset.role === 'review';
  var list = document.getElementById('wb-segments'), statusEl = document.getElementById('wb-status');
  var noticeEl = document.getElementById('wb-notice'), articleEl = document.getElementById('wb-article');
  var suggestionsEl = document.getElementById('wb-suggestions');
  var segs = [], active = -1, lease = null, claiming = false;
  var ahead = null; // the next run, claimed ahead while the last open segment is worked on (a promise)

  function t(key, a, b) {
    var s = root.dataset['t' + key] || key;
    return s.replace('%1', a === undefined ? '' : a).replace('%2', b === undefined ? '' : b);
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function time(ms) { return new Date(ms).toLocaleTimeString(document.documentElement.lang, { hour: '2-digit', minute: '2-digit' }); }
  function notice(text) { noticeEl.textContent = text; noticeEl.hidden = !text; }

  function api(method, path, body) {
    var headers = Object.assign({ 'Accept': 'application/json' }, window.Tessera.csrf());
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    return fetch(path, { method: method, headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) { return r.text().then(function (x) { return { status: r.status, body: x ? JSON.parse(x) : null }; }); });
  }
  function path(seg, action) {
    return '/api/segments/' + seg.data.segmentId + '/translations/' + lang + (action ? '/' + action : '');
  }

  // --- local copies of typed text ------------------------------------------------------------
  function localKey(seg) { return 'tessera:' + lang + ':' + seg.data.segmentId + ':v' + seg.version; }
  function keepLocal(seg, text) { try { localStorage.setItem(localKey(seg), JSON.stringify({ text: text, at: Date.now() })); } catch (e) { /* full or off */ } }
  function dropLocal(seg, version) { try { localStorage.removeItem('tessera:' + lang + ':' + seg.data.segmentId + ':v' + version); } catch (e) { /* off */ } }
  function readLocal(seg) { try { return JSON.parse(localStorage.getItem(localKey(seg))); } catch (e) { return null; } }

  // --- claiming and rendering ----------------------------------------------------------------
  function claimPath(extra) {
    // ?article=ID (the article page's link) keeps the queue to that article.
    var article = new URLSearchParams(window.location.search).get('article');
    return '/api/queue/' + lang + '/claim?limit=10' + (review ? '&role=review' : '')
      + (article && /^\d+$/.test(article) ? '&articleId=' + article : '') + (extra || '');
  }
  function claim() {
    if (claiming) { return; }
    claiming = true;
    api('POST', claimPath()).then(function (r) {
      claiming = false;
      if (r.status !== 200) { statusEl.textContent = (r.body && r.body.detail) || t('Failed'); return; }
      show(r.body);
    }, function () { claiming = false; statusEl.textContent = t('Offline'); });
  }
  // When one open segment is left, the next run is claimed ahead (the server keeps this run's
  // leases and holds at most two runs), so it is shown at once after the last submit.
  function claimAhead() {
    if (ahead || segs.filter(function (s) { return !s.done; }).length > 1) { return; }
    ahead = api('POST', claimPath('&ahead=true')).then(function (r) {
      // not ahead: the server held nothing of this run any more (a lapsed lease); claim afresh after it
      return r.status === 200 && r.body.ahead && r.body.segments.length ? r.body : null;
    }, function () { return null; });
  }
  function nextRun() {
    var pending = ahead;
    ahead = null;
    if (!pending) { claim(); return; }
    pending.then(function (c) { if (c) { show(c); } else { claim(); } });
  }

  function show(c) {
    list.textContent = ''; segs = []; active = -1; suggestionsEl && (suggestionsEl.textContent = '');
    if (!c.segments.length) { articleEl.textContent = ''; statusEl.textContent = t('Nothing'); list.appendChild(el('li', 'empty', t('Nothing'))); return; }
    lease = c.leaseExpiresAt;
    articleEl.textContent = t('Article') + ': ';
    var a = el('a', null, c.articleTitle); a.href = '/articles/' + c.articleId; articleEl.appendChild(a);
    var first = c.segments[0], last = c.segments[c.segments.length - 1];
    if (first.previous) { list.appendChild(contextRow(first.previous, first.position)); }
    c.segments.forEach(function (d) { var s = row(d); segs.push(s); list.appendChild(s.li); });
    if (last.next) { list.appendChild(contextRow(last.next, last.position + 2)); }
    updateStatus();
    var restored = null;
    segs.forEach(function (s) { if (!review) { restored = restore(s) || restored; } });
    if (restored) { notice(t('Restored', time(restored))); }
    go(0);
  }

  function contextRow(n, position) {
    var li = el('li', 'seg seg-context');
    var src = el('div', 'seg-src'); src.appendChild(el('span', 'seg-num', String(position)));
    var text = el('span', 'text'); N.render(text, n.source); src.appendChild(text);
    var tgt = el('div', 'seg-tgt'); var tt = el('span', 'text'); N.render(tt, n.target || ''); tgt.appendChild(tt);
    tgt.appendChild(el('span', 'muted small', ' (' + t('Context') + ')'));
    li.appendChild(src); li.appendChild(tgt);
    return li;
  }

  function row(d) {
    var s = { data: d, version: d.version, saved: d.target || '', done: false, timer: null, saving: null };
    s.li = el('li', 'seg');
    var src = el('div', 'seg-src'); src.appendChild(el('span', 'seg-num', String(d.position + 1)));
    s.source = el('span', 'text'); s.source.lang = ''; N.render(s.source, d.source); src.appendChild(s.source);
    var tgt = el('div', 'seg-tgt');
    if (d.lastComment) { var c = el('p', 'comment', t('LastComment') + ' '); c.appendChild(el('q', null, d.lastComment)); tgt.appendChild(c); }
    s.editor = el('div', review ? 'target-view' : 'editor');
    s.editor.lang = lang;
    s.editor.setAttribute('aria-label', t('Segment', d.position + 1));
    N.render(s.editor, d.target || '');
    tgt.appendChild(s.editor);
    s.state = el('p', 'seg-state small', statusName(d.status));
    s.checks = el('div', 'checks small'); s.checks.setAttribute('aria-live', 'polite');
    if (review) { reviewControls(s, tgt); } else { editorControls(s, tgt); }
    tgt.appendChild(s.checks); tgt.appendChild(s.state);
    if (review) { reviewChecks(s); }
    s.li.appendChild(src); s.li.appendChild(tgt);
    s.li.addEventListener('focusin', function () { go(segs.indexOf(s), true); });
    return s;
  }

  function statusName(status) { return status === 'REJECTED' ? '\u21ba ' + t('Rejected') : status === 'APPROVED' ? '\u2713 ' + t('Approved') : ''; }

  function editorControls(s, tgt) {
    s.editor.contentEditable = 'true';
    s.editor.setAttribute('role', 'textbox');
    s.editor.spellcheck = true;
    s.palette = N.palette(s.data.source);
    if (s.palette.length) {
      var bar = el('div', 'palette');
      s.palette.forEach(function (entry, i) {
        var b = el('button', 'chip-button', entry.label); b.type = 'button';
        b.title = t('InsertCode', entry.label) + (i < 9 ? ' (Alt+Shift+' + (i + 1) + ')' : '');
        b.setAttribute('aria-label', b.title);
        b.addEventListener('mousedown', function (e) { e.preventDefault(); });
        b.addEventListener('click', function () { s.editor.focus(); N.insert(s.editor, entry); typed(s); });
        bar.appendChild(b);
      });
      tgt.appendChild(bar);
    }
    s.editor.addEventListener('input', function () { typed(s); });
    s.editor.addEventListener('paste', function (e) {
      e.preventDefault();
      document.execCommand('insertText', false, (e.clipboardData.getData('text/plain') || '').replace(/[\r\n]+/g, ' '));
    });
    s.editor.addEventListener('drop', function (e) { if (!e.dataTransfer.types.includes('text/plain')) { e.preventDefault(); } });
    s.editor.addEventListener('keydown', function (e) { editorKeys(s, e); });
    codeState(s);
  }

  function reviewControls(s, tgt) {
    s.li.tabIndex = 0;
    s.li.setAttribute('aria-label', t('Segment', s.data.position + 1));
    var box = el('div', 'review-actions');
    var approve = el('button', 'primary', t('Approve') + ' (Ctrl+Enter)'); approve.type = 'button';
    approve.addEventListener('click', function () { decide(s, 'approve'); });
    s.comment = el('textarea', 'comment-input'); s.comment.rows = 2; s.comment.setAttribute('aria-label', t('Comment'));
    s.comment.placeholder = t('Comment');
    var reject = el('button', null, t('Reject') + ' (Ctrl+Shift+X)'); reject.type = 'button';
    reject.addEventListener('click', function () { decide(s, 'reject'); });
    var history = el('details', 'history'); history.appendChild(el('summary', null, t('History')));
    history.addEventListener('toggle', function () { if (history.open && !history.dataset.loaded) { loadHistory(s, history); } });
    box.appendChild(approve); box.appendChild(s.comment); box.appendChild(reject);
    tgt.appendChild(box); tgt.appendChild(history);
  }

  // --- moving between segments ---------------------------------------------------------------
  function go(i, fromFocus) {
    if (i < 0 || i >= segs.length) { return; }
    if (active >= 0 && segs[active]) { segs[active].li.classList.remove('active'); }
    active = i;
    var s = segs[i];
    s.li.classList.add('active');
    if (!fromFocus) {
      (review ? s.li : s.editor).focus();
      if (!review) { caretToEnd(s.editor); }
      s.li.scrollIntoView({ block: 'center' });
    }
    if (!review) { showSuggestions(s); }
    claimAhead();
  }
  function nextOpen(from) {
    for (var i = from + 1; i < segs.length; i++) { if (!segs[i].done) { return i; } }
    for (var j = 0; j < from; j++) { if (!segs[j].done) { return j; } }
    return -1;
  }
  // The end of the last text node (after a closing chip, the pad that follows it): a caret put
  // after the editor's last child can land inside the chip, where Chromium drops what is typed.
  function caretToEnd(node) {
    var r = document.createRange();
    var last = node.lastChild;
    if (last && last.nodeType === 3) { r.setStart(last, last.nodeValue.length); r.collapse(true); }
    else { r.selectNodeContents(node); r.collapse(false); }
    var sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(r);
  }
  function updateStatus() {
    var open = segs.filter(function (s) { return !s.done; }).length;
    statusEl.textContent = lease ? t('Lease', open, time(Date.parse(lease))) : '';
  }

  // --- translating -----------------------------------------------------------------------------
  function editorKeys(s, e) {
    var ctrl = e.ctrlKey || e.metaKey;
    var digit = /^Digit([1-9])$/.exec(e.code);
    if (e.key === 'Enter') {
      e.preventDefault();
      if (ctrl) { submit(s); }
    } else if ((e.key === 'End' || e.key === 'PageDown') && !e.shiftKey && !e.altKey && N.endsWithChip(s.editor)) {
      // Chromium's own End stops before a chip that ends the editor; typing there was lost.
      e.preventDefault(); caretToEnd(s.editor);
    } else if (ctrl && e.shiftKey && e.code === 'KeyS') {
      e.preventDefault(); N.render(s.editor, s.data.source); caretToEnd(s.editor); typed(s);
    } else if (ctrl && e.code === 'KeyS') {
      e.preventDefault(); save(s);
    } else if (e.altKey && digit && e.shiftKey) {
      e.preventDefault();
      var entry = s.palette[digit[1] - 1];
      if (entry) { N.insert(s.editor, entry); typed(s); }
    } else if (e.altKey && digit) {
      e.preventDefault(); useSuggestion(s, digit[1] - 1);
    }
  }

  function typed(s) {
    var text = N.serialize(s.editor);
    keepLocal(s, text);
    codeState(s);
    clearTimeout(s.timer);
    s.timer = setTimeout(function () { save(s); }, 1500);
  }

  function codeState(s) {
    var c = N.compare(s.data.source, N.serialize(s.editor));
    if (!c.total && !c.extra.length) { s.codeNote = ''; return c; }
    var parts = [t('Codes', c.placed, c.total)];
    c.missing.forEach(function (m) { parts.push(t('CodesMissing', m)); });
    c.extra.forEach(function (x) { parts.push(t('CodesExtra', x)); });
    s.codeNote = parts.join(' · ');
    renderChecks(s, s.warnings || [], []);
    return c;
  }

  function renderChecks(s, warnings, errors) {
    s.checks.textContent = '';
    if (s.codeNote) { s.checks.appendChild(el('p', 'codes-note', s.codeNote)); }
    warnings.forEach(function (w) { s.checks.appendChild(el('p', 'warning', '\u26a0 ' + w.message)); });
    if (errors.length) {
      var box = el('div', 'error'); box.setAttribute('role', 'alert');
      box.appendChild(el('strong', null, t('Failed') + ' '));
      errors.forEach(function (x) { box.appendChild(el('span', null, x + ' ')); });
      s.checks.appendChild(box);
    }
  }

  function restore(s) {
    var local = readLocal(s);
    if (!local || local.text === s.saved) { return null; }
    N.render(s.editor, local.text);
    codeState(s);
    s.timer = setTimeout(function () { save(s); }, 1500);
    return local.at;
  }

  function save(s, status) {
    clearTimeout(s.timer);
    var text = N.serialize(s.editor);
    status = status || 'DRAFT';
    if (status === 'DRAFT' && text === s.saved) { return Promise.resolve(true); }
    if (s.saving) { return s.saving.then(function () { return save(s, status); }); }
    s.state.textContent = t('Saving');
    var version = s.version;
    s.saving = api('PUT', path(s), { target: text, status: status, version: version }).then(function (r) {
      s.saving = null;
      if (r.status === 200) {
        s.version = r.body.translation.version; s.saved = text; dropLocal(s, version);
        if (r.body.translation.claimExpiresAt) { lease = r.body.translation.claimExpiresAt; updateStatus(); }
        if (N.serialize(s.editor) !== text) { keepLocal(s, N.serialize(s.editor)); }
        s.warnings = r.body.warnings || [];
        renderChecks(s, s.warnings, []);
        s.state.textContent = status === 'DRAFT' ? t('Saved') : '\u2713 ' + t('Submitted');
        return true;
      }
      if (r.status === 409 && r.body && r.body.current) { conflict(s, r.body.current, text); return false; }
      var errors = r.body && r.body.checks ? r.body.checks.map(function (c) { return c.message; })
        : [(r.body && (r.body.detail || r.body.title)) || String(r.status)];
      renderChecks(s, s.warnings || [], errors);
      s.state.textContent = '';
      return false;
    }, function () {
      s.saving = null;
      s.state.textContent = t('Offline');
      s.timer = setTimeout(function () { save(s); }, 5000);
      return false;
    });
    return s.saving;
  }

  function submit(s) {
    var c = codeState(s);
    if (c.missing.length || c.extra.length) { renderChecks(s, s.warnings || [], [s.codeNote]); return; }
    save(s, 'TRANSLATED').then(function (ok) {
      if (!ok) { return; }
      finish(s);
    });
  }

  function finish(s) {
    s.done = true; s.li.classList.add('done');
    if (s.editor.isContentEditable) { s.editor.contentEditable = 'false'; }
    updateStatus();
    var next = nextOpen(segs.indexOf(s));
    if (next < 0) { nextRun(); } else { go(next); }
  }

  function conflict(s, current, mine) {
    var box = el('div', 'conflict'); box.setAttribute('role', 'alert');
    box.appendChild(el('p', null, t('Conflict')));
    var theirs = el('p', 'text'); theirs.appendChild(el('strong', null, t('Theirs') + ': '));
    var tt = el('span'); N.render(tt, current.target || ''); theirs.appendChild(tt);
    var my = el('p', 'text'); my.appendChild(el('strong', null, t('Mine') + ': '));
    var mm = el('span'); N.render(mm, mine); my.appendChild(mm);
    var keep = el('button', 'primary', t('KeepMine')); keep.type = 'button';
    var take = el('button', null, t('TakeTheirs')); take.type = 'button';
    keep.addEventListener('click', function () { box.remove(); s.version = current.version; s.saved = current.target || ''; save(s); });
    take.addEventListener('click', function () {
      box.remove(); dropLocal(s, s.version); s.version = current.version; s.saved = current.target || '';
      N.render(s.editor, s.saved); codeState(s); s.editor.focus();
    });
    box.appendChild(theirs); box.appendChild(my); box.appendChild(keep); box.appendChild(take);
    s.checks.appendChild(box);
    keep.focus();
  }

  // --- memory suggestions (present once the memory adds them to claims) ------------------------
  function showSuggestions(s) {
    if (!suggestionsEl) { return; }
    suggestionsEl.textContent = '';
    var list = s.data.suggestions || [];
    suggestionsEl.appendChild(el('h3', 'small', t('Suggestions')));
    if (!list.length) { suggestionsEl.appendChild(el('p', 'muted small', t('NoSuggestions'))); return; }
    var ol = el('ol', 'suggestions');
    list.slice(0, 9).forEach(function (sg, i) {
      var li = el('li');
      li.appendChild(el('span', 'score', Math.round(sg.score) + '%'));
      var diff = el('span', 'diff');
      (sg.diff || []).forEach(function (d) {
        diff.appendChild(el(d.type === 'insert' ? 'ins' : d.type === 'delete' ? 'del' : 'span', null, d.text));
      });
      var target = el('span', 'text'); N.render(target, sg.target);
      li.appendChild(diff); li.appendChild(target);
      li.appendChild(el('kbd', null, 'Alt+' + (i + 1)));
      li.addEventListener('click', function () { useSuggestion(s, i); });
      ol.appendChild(li);
    });
    suggestionsEl.appendChild(ol);
  }
  function useSuggestion(s, i) {
    var sg = (s.data.suggestions || [])[i];
    if (!sg) { return; }
    N.render(s.editor, sg.target); caretToEnd(s.editor); typed(s);
  }

  // --- reviewing -------------------------------------------------------------------------------
  // The checks a submit would run, on the translation under review (nothing is saved).
  function reviewChecks(s) {
    api('POST', path(s, 'checks'), { submitting: true }).then(function (r) {
      if (r.status !== 200 || !r.body || s.done) { return; }
      s.warnings = r.body.checks.filter(function (c) { return c.severity === 'WARNING'; });
      renderChecks(s, s.warnings, r.body.checks.filter(function (c) { return c.severity === 'ERROR'; })
        .map(function (c) { return c.message; }));
    }, function () { /* offline: the review works without them */ });
  }
  function decide(s, action) {
    var body = { version: s.version };
    if (action === 'reject') {
      if (!s.comment.value.trim()) { renderChecks(s, [], [t('CommentNeeded')]); s.comment.focus(); return; }
      body.comment = s.comment.value.trim();
    }
    api('POST', path(s, action), body).then(function (r) {
      if (r.status === 200) {
        s.state.textContent = action === 'approve' ? '\u2713 ' + t('Approved') : '\u21ba ' + t('Rejected');
        renderChecks(s, [], []);
        finish(s);
      } else {
        renderChecks(s, [], [(r.body && (r.body.detail || r.body.title)) || String(r.status)]);
      }
    }, function () { renderChecks(s, [], [t('Offline')]); });
  }
  function loadHistory(s, details) {
    api('GET', path(s)).then(function (r) {
      if (r.status !== 200) { return; }
      details.dataset.loaded = '1';
      var ol = el('ol', 'history-list small');
      r.body.history.forEach(function (h) {
        ol.appendChild(el('li', null, new Date(h.at).toLocaleString(document.documentElement.lang) + ' · ' + h.action.toLowerCase()
          + ' · ' + h.oldStatus + ' \u2192 ' + h.newStatus + (h.comment ? ' · \u201c' + h.comment + '\u201d' : '')));
      });
      details.appendChild(ol);
    });
  }

  // --- keys for the whole page -----------------------------------------------------------------
  document.addEventListener('keydown', function (e) {
    var typing = e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.nodeName);
    if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault(); go(active + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === '?' && !typing) {
      e.preventDefault(); document.getElementById('wb-shortcuts').showModal();
    } else if (review && (e.ctrlKey || e.metaKey) && e.key === 'Enter' && active >= 0) {
      e.preventDefault(); decide(segs[active], e.target === segs[active].comment ? 'reject' : 'approve');
    } else if (review && (e.ctrlKey || e.metaKey) && e.shiftKey && e.code === 'KeyX' && active >= 0) {
      e.preventDefault(); segs[active].comment.focus();
    }
  });
  document.getElementById('wb-help').addEventListener('click', function () { document.getElementById('wb-shortcuts').showModal(); });
  window.addEventListener('online', function () { segs.forEach(function (s) { if (!s.done && !review) { save(s); } }); });

  claim();
})();
