// Tessera's inline-code notation in the browser: <1>bold</1>, <2/>, <b3/>, <e3/>; \< and \\ escape
// text. Codes are shown as chips that cannot be edited from inside; the editor's content is read
// back into the notation, so a saved target carries exactly the chips it shows.
(function () {
  'use strict';
  var TAG = /^<(?:\/(-?\d{1,9})|([be])?(-?\d{1,9})(\/)?)>/;

  function lex(notation) {
    var pieces = [], text = '', i = 0;
    function flush() { if (text) { pieces.push({ text: text }); text = ''; } }
    while (i < notation.length) {
      var c = notation.charAt(i);
      if (c === '\\' && (notation.charAt(i + 1) === '<' || notation.charAt(i + 1) === '\\')) {
        text += notation.charAt(i + 1); i += 2; continue;
      }
      var m = c === '<' ? TAG.exec(notation.slice(i)) : null;
      if (!m) { text += c; i++; continue; }
      flush();
      var kind = m[1] !== undefined ? 'close' : m[2] === 'b' ? 'begin' : m[2] === 'e' ? 'end' : m[4] ? 'placeholder' : 'open';
      pieces.push({ code: m[0], id: m[1] !== undefined ? m[1] : m[3], kind: kind });
      i += m[0].length;
    }
    flush();
    return pieces;
  }

  function escapeText(s) { return s.replace(/\\/g, '\\\\').replace(/</g, '\\<'); }

  function label(piece) {
    switch (piece.kind) {
      case 'open': return '\u27e8' + piece.id + '\u27e9';
      case 'close': return '\u27e8/' + piece.id + '\u27e9';
      case 'placeholder': return '\u27e8' + piece.id + '/\u27e9';
      case 'begin': return '\u27e8b' + piece.id + '\u27e9';
      default: return '\u27e8e' + piece.id + '\u27e9';
    }
  }

  function chip(piece) {
    var span = document.createElement('span');
    span.className = 'chip chip-' + piece.kind;
    span.contentEditable = 'false';
    span.dataset.code = piece.code;
    span.textContent = label(piece);
    return span;
  }

  // Chromium cannot put the caret after a non-editable chip that ends the editor, so a chip at the
  // end is followed by a zero-width space, which the notation never contains (serialize drops it).
  var PAD = '\u200b';
  function pad(el) {
    if (el.lastChild && el.lastChild.nodeType === 1) { el.appendChild(document.createTextNode(PAD)); }
  }

  /** Whether the editor's content ends with a chip (only the caret pad after it). */
  function endsWithChip(el) {
    var last = el.lastChild;
    if (last && last.nodeType === 3 && last.nodeValue.split(PAD).join('') === '') { last = last.previousSibling; }
    return !!(last && last.nodeType === 1 && last.dataset && last.dataset.code);
  }

  /** Fills an element with the notation's text and chips (text nodes only: nothing is parsed as HTML). */
  function render(el, notation) {
    el.textContent = '';
    lex(notation || '').forEach(function (p) {
      el.appendChild(p.text !== undefined ? document.createTextNode(p.text) : chip(p));
    });
    pad(el);
  }

  /** The notation of an editor's content. */
  function serialize(el) {
    var out = '';
    (function walk(node) {
      node.childNodes.forEach(function (n) {
        if (n.nodeType === 3) { out += escapeText(n.nodeValue.split(PAD).join('')); }
        else if (n.nodeType === 1 && n.dataset && n.dataset.code) { out += n.dataset.code; }
        else if (n.nodeType === 1 && n.nodeName !== 'BR') { walk(n); }
      });
    })(el);
    return out;
  }

  function codes(notation) {
    return lex(notation).filter(function (p) { return p.code; }).map(function (p) { return p.code; });
  }

  /** The codes of a source as palette entries: a pair is one entry (open and close), in order of first use. */
  function palette(sourceNotation) {
    var entries = [], seen = {};
    lex(sourceNotation).forEach(function (p) {
      if (!p.code || p.kind === 'close') { return; }
      var key = p.kind + p.id;
      if (seen[key]) { return; }
      seen[key] = true;
      entries.push(p.kind === 'open'
        ? { label: label(p) + '\u2026' + label({ kind: 'close', id: p.id }), open: p, close: { code: '</' + p.id + '>', id: p.id, kind: 'close' } }
        : { label: label(p), open: p });
    });
    return entries;
  }

  /**
   * Puts a palette entry's chips at the caret of the editor (a pair wraps the selection). A chip
   * already in the editor is moved, never doubled.
   */
  function insert(editor, entry) {
    var sel = window.getSelection();
    var range = sel.rangeCount ? sel.getRangeAt(0) : null;
    if (!range || !editor.contains(range.commonAncestorContainer)) {
      range = document.createRange();
      range.selectNodeContents(editor);
      range.collapse(false);
    }
    var old = Array.prototype.filter.call(editor.querySelectorAll('[data-code]'), function (n) {
      return n.dataset.code === entry.open.code || (entry.close && n.dataset.code === entry.close.code);
    });
    var open = chip(entry.open), close = entry.close ? chip(entry.close) : null;
    if (close) {
      var end = range.cloneRange(); end.collapse(false); end.insertNode(close);
    }
    var start = range.cloneRange(); start.collapse(true); start.insertNode(open);
    old.forEach(function (n) { n.remove(); });
    pad(editor);
    var caret = document.createRange();
    var after = close && range.collapsed ? open : (close || open);
    if (after.nextSibling && after.nextSibling.nodeType === 3) { caret.setStart(after.nextSibling, 0); } else { caret.setStartAfter(after); }
    caret.collapse(true);
    sel.removeAllRanges(); sel.addRange(caret);
    editor.normalize();
  }

  /** Missing and extra codes of a target against its source, by multiset. */
  function compare(sourceNotation, targetNotation) {
    var want = codes(sourceNotation), have = codes(targetNotation);
    var missing = want.filter(function (c) { var i = have.indexOf(c); if (i >= 0) { have.splice(i, 1); return false; } return true; });
    return { total: want.length, placed: want.length - missing.length, missing: missing, extra: have };
  }

  window.Notation = { lex: lex, endsWithChip: endsWithChip, render: render, serialize: serialize, palette: palette, insert: insert, compare: compare, escapeText: escapeText };
})();
