'use strict';
// Puts text into an element with the review's keywords marked, building DOM nodes only: record text is data
// and never parsed as HTML.
window.evsynHighlight = function (element, text, includeWords, excludeWords) {
  element.replaceChildren();
  const words = [];
  for (const w of includeWords) { if (w.trim()) { words.push({word: w.trim().toLowerCase(), cls: 'kw-include'}); } }
  for (const w of excludeWords) { if (w.trim()) { words.push({word: w.trim().toLowerCase(), cls: 'kw-exclude'}); } }
  words.sort((a, b) => b.word.length - a.word.length);
  const lower = text.toLowerCase();
  let at = 0;
  let plain = 0;
  while (at < text.length) {
    let hit = null;
    for (const w of words) {
      if (lower.startsWith(w.word, at) && boundary(lower, at - 1) && boundary(lower, at + w.word.length)) {
        hit = w;
        break;
      }
    }
    if (hit === null) {
      at++;
      continue;
    }
    if (at > plain) { element.appendChild(document.createTextNode(text.slice(plain, at))); }
    const mark = document.createElement('mark');
    mark.className = hit.cls;
    mark.textContent = text.slice(at, at + hit.word.length);
    element.appendChild(mark);
    at += hit.word.length;
    plain = at;
  }
  if (plain < text.length) { element.appendChild(document.createTextNode(text.slice(plain))); }

  function boundary(s, i) {
    return i < 0 || i >= s.length || !/[\p{L}\p{N}]/u.test(s[i]);
  }
};
