/* Fiches Métiers site: search, filters and sortable tables. A classic script (no module, no fetch), so that the
   site works opened from a shared drive; every page is readable and reachable without it. */
(function () {
  'use strict';

  function fold(text) {
    return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/œ/gi, 'oe').replace(/æ/gi, 'ae').toLowerCase();
  }

  function el(name, text, attrs) {
    var node = document.createElement(name);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (attrs) { for (var k in attrs) { node.setAttribute(k, attrs[k]); } }
    return node;
  }

  /* Sortable tables: a button in each sortable header, aria-sort telling the order to screen readers. */
  function sortable(table) {
    var heads = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(heads, function (th, index) {
      var type = th.getAttribute('data-type');
      if (!type) { return; }
      var button = el('button', th.textContent, { type: 'button', 'class': 'sort' });
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[index], y = b.cells[index], r;
          if (type === 'num') {
            var vx = x.getAttribute('data-sort'), vy = y.getAttribute('data-sort');
            /* Unknown facts go last whatever the order. */
            if (vx === '' || vy === '') { return (vx === '') - (vy === ''); }
            r = parseFloat(vx) - parseFloat(vy);
          } else {
            r = x.textContent.localeCompare(y.textContent, document.documentElement.lang);
          }
          return ascending ? r : -r;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  var MAX_SHOWN = 200;

  function search(section) {
    var form = document.getElementById('search-form');
    var fields = { q: form.q, guide: form.guide, level: form.level, salary: form.salary, emp: form.emp };
    var count = document.getElementById('count');
    var results = document.getElementById('results');
    var texts = section.dataset;
    var data = (window.FICHES || []).map(function (f) {
      f.k = fold(f.t + ' ' + f.f + ' ' + (f.s || []).join(' '));
      return f;
    });
    var params = new URLSearchParams(window.location.search);
    Object.keys(fields).forEach(function (name) {
      if (params.has(name)) { fields[name].value = params.get(name); }
    });

    function update(writeUrl) {
      var words = fold(fields.q.value).split(/[\s'’\-]+/).filter(Boolean);
      var guide = fields.guide.value, level = fields.level.value;
      var salary = parseFloat(fields.salary.value), emp = parseInt(fields.emp.value, 10);
      var active = words.length || guide || level || !isNaN(salary) || !isNaN(emp);
      results.textContent = '';
      if (writeUrl) {
        var query = new URLSearchParams();
        Object.keys(fields).forEach(function (name) {
          if (fields[name].value) { query.set(name, fields[name].value); }
        });
        var search = query.toString();
        try {
          window.history.replaceState(null, '', search ? '?' + search : window.location.pathname);
        } catch (e) { /* some browsers refuse it for file:// pages: the search still works */ }
      }
      if (!active) { count.textContent = ''; return; }
      var found = data.filter(function (f) {
        return words.every(function (w) { return f.k.indexOf(w) >= 0; })
          && (!guide || f.g === guide) && (!level || String(f.l) === level)
          && (isNaN(salary) || (f.a !== null && f.a >= salary)) && (isNaN(emp) || (f.e !== null && f.e >= emp));
      });
      count.textContent = found.length === 0 ? texts.none
        : (found.length > MAX_SHOWN ? texts.many.replace('{0}', found.length).replace('{1}', MAX_SHOWN)
          : found.length === 1 ? texts.foundOne : texts.found.replace('{0}', found.length));
      if (!found.length) { return; }
      var wrap = el('div', null, { 'class': 'table-scroll', role: 'region', 'aria-labelledby': 'count',
        tabindex: '0' });
      var table = el('table', null, { id: 'results-table' });
      var head = table.createTHead().insertRow();
      [['title', 'text'], ['guide', 'text'], ['level', 'num'], ['starting', 'num'], ['employability', 'num']]
        .forEach(function (c) {
          var th = el('th', texts[c[0]], { scope: 'col', 'data-type': c[1] });
          head.appendChild(th);
        });
      var body = table.createTBody();
      found.slice(0, MAX_SHOWN).forEach(function (f) {
        var row = body.insertRow();
        var title = el('th', null, { scope: 'row' });
        title.appendChild(el('a', f.t, { href: f.u }));
        if (f.f) { title.appendChild(el('span', ' · ' + f.f, { 'class': 'fem' })); }
        row.appendChild(title);
        row.appendChild(el('td', f.gn));
        row.appendChild(el('td', f.ll, { 'data-sort': f.l === null ? '' : f.l }));
        row.appendChild(el('td', f.at, { 'class': 'num', 'data-sort': f.a === null ? '' : f.a }));
        row.appendChild(el('td', f.el, { 'data-sort': f.e === null ? '' : f.e }));
      });
      wrap.appendChild(table);
      results.appendChild(wrap);
      sortable(table);
    }

    form.addEventListener('submit', function (event) { event.preventDefault(); update(true); });
    Object.keys(fields).forEach(function (name) {
      fields[name].addEventListener('input', function () { update(true); });
      fields[name].addEventListener('change', function () { update(true); });
    });
    section.hidden = false;
    update(false);
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), sortable);
    var section = document.getElementById('search');
    if (section) { search(section); }
  });
}());
