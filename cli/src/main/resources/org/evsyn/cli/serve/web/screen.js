'use strict';
// The screening page. Every piece of record or reviewer text is put in with textContent (or DOM nodes from
// evsynHighlight), never innerHTML: a title holding markup shows as text.
(function () {
  const state = {session: null, record: null, previous: null, revisiting: false, panel: 'screen', busy: false};
  const $ = (id) => document.getElementById(id);

  function stage() { return $('stage').value; }
  function order() { return $('order').value; }
  function reasons() { return state.session ? state.session.settings.exclusionReasons : []; }

  function say(text, isError) {
    $('status').textContent = text;
    $('status').className = isError ? 'error' : '';
  }

  async function api(path, body) {
    const options = {credentials: 'same-origin', headers: {}};
    if (body !== undefined) {
      options.method = 'POST';
      options.headers['Content-Type'] = 'application/json';
      options.headers['X-CSRF-Token'] = state.session ? state.session.csrfToken : '';
      options.body = JSON.stringify(body);
    }
    const response = await fetch(path, options);
    if (response.status === 401) {
      window.location.assign('/signin');
      throw new Error('signed out');
    }
    const answer = await response.json().catch(() => ({error: response.statusText}));
    if (!response.ok) {
      throw new Error(answer.error || ('the server answered ' + response.status));
    }
    return answer;
  }

  function requestId() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  // A decision is sent with its own id; if the answer is lost it is sent again with the same id, and the server
  // records it once.
  async function send(path, body) {
    try {
      return await api(path, body);
    } catch (e) {
      if (e instanceof TypeError) {
        return api(path, body);
      }
      throw e;
    }
  }

  async function start() {
    state.session = await api('/api/session');
    $('who').textContent = 'Signed in as ' + state.session.reviewer.name;
    showReasons();
    await refresh();
  }

  function showReasons() {
    const list = $('reasons');
    list.replaceChildren();
    reasons().forEach((reason, i) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'reason';
      button.dataset.reason = reason;
      const key = document.createElement('kbd');
      key.textContent = i < 9 ? String(i + 1) : '';
      button.append(key, document.createTextNode(' Exclude: ' + reason));
      button.addEventListener('click', () => decide('EXCLUDE', reason));
      li.appendChild(button);
      list.appendChild(li);
    });
  }

  async function refresh() {
    await Promise.all([loadProgress(), state.panel === 'screen' ? loadNext()
      : state.panel === 'conflicts' ? loadConflicts() : loadPrisma()]);
  }

  // Numbers each queue request: when the stage or order changes while one is under way, the older answer arrives
  // stale and must not overwrite the newer one.
  let queueRequests = 0;

  async function loadNext() {
    if (state.revisiting) {
      return showRecord();
    }
    const mine = ++queueRequests;
    const shown = stage();
    const answer = await api('/api/queue?stage=' + shown + '&order=' + order() + '&limit=1');
    if (mine !== queueRequests) {
      return;
    }
    state.record = answer.records.length ? answer.records[0] : null;
    await showRecord();
    $('panel-screen').dataset.stage = shown;
  }

  // Shows state.record again (after u), so its reviewer can vote anew; the new vote supersedes the old one.
  function revisit() {
    if (state.busy) {
      return;
    }
    if (state.previous === null) {
      say('Nothing to go back to yet.', true);
      return;
    }
    state.record = state.previous;
    state.revisiting = true;
    say('Back to ' + state.record.recordKey + ': your new vote will supersede the one you gave.', false);
    showRecord().catch((e) => say(e.message, true));
  }

  async function showRecord() {
    $('record').hidden = state.record === null;
    $('r-empty').hidden = state.record !== null;
    $('actions').hidden = state.record === null;
    $('reasons').hidden = state.record === null;
    $('history').hidden = state.record === null;
    if (state.record === null) {
      return;
    }
    const r = state.record;
    const s = state.session.settings;
    window.evsynHighlight($('r-title'), r.title, s.includeKeywords, s.excludeKeywords);
    window.evsynHighlight($('r-abstract'), r.abstract || '(no abstract)', s.includeKeywords, s.excludeKeywords);
    $('r-journal').textContent = r.journal || '';
    $('r-year').textContent = r.year === null ? '' : '(' + r.year + ')';
    $('r-registry').textContent = r.registryIds.join(', ');
    window.evsynHighlight($('r-keywords'), r.keywords.join('; '), s.includeKeywords, s.excludeKeywords);
    $('r-key').textContent = r.recordKey;
    if ($('history').open) {
      await loadHistory();
    }
  }

  async function loadProgress() {
    const p = await api('/api/progress?stage=' + stage());
    $('p-screened').textContent = p.screenedByMe;
    $('p-remaining').textContent = p.remainingForMe;
    $('p-decided').textContent = p.decided;
    $('p-included').textContent = p.included;
    $('p-conflicts').textContent = p.conflicts;
    $('conflict-count').textContent = p.conflicts ? '(' + p.conflicts + ')' : '';
    const h = p.stoppingHint;
    $('stopping-hint').textContent = 'Stopping hint: about ' + h.estimatedRemaining.toFixed(1)
      + ' relevant records estimated among the ' + h.unscreened + ' not yet decided (' + h.relevantFound
      + ' found in ' + h.screened + '). ' + h.basis;
  }

  async function decide(verdict, reason) {
    if (state.record === null || state.busy) {
      return;
    }
    if (verdict === 'EXCLUDE' && reason === undefined && stage() === 'FULL_TEXT') {
      say('At full text an exclusion needs a reason: press 1-' + Math.min(9, reasons().length)
        + ' or click one.', true);
      return;
    }
    state.busy = true;
    document.body.classList.add('busy');
    try {
      const body = {requestId: requestId(), recordKey: state.record.recordKey, stage: stage(), verdict};
      if (reason !== undefined) {
        body.reason = reason;
      }
      await send('/api/decisions', body);
      state.previous = state.record;
      state.revisiting = false;
      say('Recorded: ' + verdict.toLowerCase() + (reason ? ' (' + reason + ')' : '') + ' for '
        + state.record.recordKey, false);
      await refresh();
    } catch (e) {
      say(e.message, true);
    } finally {
      state.busy = false;
      document.body.classList.remove('busy');
    }
  }

  async function loadHistory() {
    const body = $('history-table').tBodies[0];
    body.replaceChildren();
    if (state.record === null) {
      return;
    }
    const answer = await api('/api/history?key=' + encodeURIComponent(state.record.recordKey));
    for (const v of answer.votes) {
      const what = v.verdict.toLowerCase() + (v.reason ? ' (' + v.reason + ')' : '')
        + (v.resolution ? ', resolving a conflict' : '');
      row(body, [v.decidedAt, v.reviewer.name, v.stage, what, v.supersededAt || '']);
    }
  }

  function row(body, cells) {
    const tr = document.createElement('tr');
    for (const c of cells) {
      const td = document.createElement('td');
      td.textContent = c;
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }

  async function loadConflicts() {
    const answer = await api('/api/conflicts?stage=' + stage());
    const list = $('conflict-list');
    list.replaceChildren();
    $('conflicts-empty').hidden = answer.conflicts.length > 0;
    for (const c of answer.conflicts) {
      const li = document.createElement('li');
      li.className = 'conflict';
      li.dataset.recordKey = c.record.recordKey;
      const title = document.createElement('h3');
      title.textContent = c.record.title;
      const votes = document.createElement('ul');
      for (const v of c.votes) {
        const item = document.createElement('li');
        item.textContent = v.reviewer.name + ': ' + v.verdict.toLowerCase() + (v.reason ? ' (' + v.reason + ')' : '');
        votes.appendChild(item);
      }
      const include = button('Resolve: include', 'resolve-include', () => resolve(c, 'INCLUDE'));
      const select = document.createElement('select');
      select.className = 'resolve-reason';
      const none = document.createElement('option');
      none.value = '';
      none.textContent = '(no reason)';
      select.appendChild(none);
      for (const r of reasons()) {
        const o = document.createElement('option');
        o.value = r;
        o.textContent = r;
        select.appendChild(o);
      }
      const exclude = button('Resolve: exclude', 'resolve-exclude',
        () => resolve(c, 'EXCLUDE', select.value || undefined));
      li.append(title, votes, include, select, exclude);
      list.appendChild(li);
    }
  }

  function button(text, cls, onClick) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = cls;
    b.textContent = text;
    b.addEventListener('click', onClick);
    return b;
  }

  async function resolve(conflict, verdict, reason) {
    try {
      const body = {requestId: requestId(), recordKey: conflict.record.recordKey, stage: conflict.stage, verdict};
      if (reason !== undefined) {
        body.reason = reason;
      }
      await send('/api/resolutions', body);
      say('Resolved ' + conflict.record.recordKey + ': ' + verdict.toLowerCase(), false);
      await refresh();
    } catch (e) {
      say(e.message, true);
    }
  }

  const PRISMA_ROWS = [
    ['identified', 'Records identified'], ['duplicatesRemoved', 'Duplicates removed'],
    ['screened', 'Records screened'], ['excludedAtScreening', 'Records excluded'],
    ['reportsSought', 'Reports sought for retrieval'], ['notRetrieved', 'Reports not retrieved'],
    ['fullTextAssessed', 'Reports assessed for eligibility'], ['studiesIncluded', 'Studies included'],
    ['reportsIncluded', 'Reports of included studies']];

  async function loadPrisma() {
    const counts = await api('/api/prisma');
    const body = $('prisma-counts').tBodies[0];
    body.replaceChildren();
    for (const [key, label] of PRISMA_ROWS) {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.textContent = label;
      const td = document.createElement('td');
      td.dataset.key = key;
      td.textContent = counts[key] === null ? 'not recorded' : String(counts[key]);
      tr.append(th, td);
      body.appendChild(tr);
    }
    for (const [reason, n] of Object.entries(counts.fullTextExcluded)) {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.textContent = 'Excluded at full text: ' + reason;
      const td = document.createElement('td');
      td.textContent = String(n);
      tr.append(th, td);
      body.appendChild(tr);
    }
    $('prisma-figure').src = '/api/prisma.svg?at=' + Date.now();
  }

  function show(panel) {
    state.panel = panel;
    for (const p of ['screen', 'conflicts', 'prisma']) {
      $('panel-' + p).hidden = p !== panel;
      $('tab-' + p).classList.toggle('active', p === panel);
    }
    refresh().catch((e) => say(e.message, true));
  }

  $('tab-screen').addEventListener('click', () => show('screen'));
  $('tab-conflicts').addEventListener('click', () => show('conflicts'));
  $('tab-prisma').addEventListener('click', () => show('prisma'));
  $('stage').addEventListener('change', () => {
    state.previous = null;
    state.revisiting = false;
    refresh().catch((e) => say(e.message, true));
  });
  $('order').addEventListener('change', () => refresh().catch((e) => say(e.message, true)));
  $('act-include').addEventListener('click', () => decide('INCLUDE'));
  $('act-maybe').addEventListener('click', () => decide('MAYBE'));
  $('act-exclude').addEventListener('click', () => decide('EXCLUDE'));
  $('history').addEventListener('toggle', () => {
    if ($('history').open) { loadHistory().catch((e) => say(e.message, true)); }
  });
  $('help-button').addEventListener('click', () => $('help').showModal());
  $('signout').addEventListener('click', async () => {
    await api('/api/signout', {}).catch(() => null);
    window.location.assign('/signin');
  });

  document.addEventListener('keydown', (event) => {
    const tag = event.target.tagName;
    if (event.ctrlKey || event.metaKey || event.altKey || tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
      return;
    }
    const k = event.key;
    if (k === '?') { $('help').open ? $('help').close() : $('help').showModal(); return; }
    if (k === 'c') { show('conflicts'); return; }
    if (k === 's') { show('screen'); return; }
    if (k === 'p') { show('prisma'); return; }
    if (state.panel !== 'screen') { return; }
    if (k === 'i') { decide('INCLUDE'); } else if (k === 'e') { decide('EXCLUDE'); } else if (k === 'm') {
      decide('MAYBE');
    } else if (k === 'u') {
      revisit();
    } else if (k === 'h') {
      $('history').open = !$('history').open;
    } else if (/^[1-9]$/.test(k) && Number(k) <= reasons().length) {
      decide('EXCLUDE', reasons()[Number(k) - 1]);
    }
  });

  start().catch((e) => say(e.message, true));
})();
