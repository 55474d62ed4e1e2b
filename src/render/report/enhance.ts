/**
 * The report page's only script: it re-sorts the matrix by a column and filters the task list
 * by unit and role. Everything it works on is already on the page; without it (scripts off, or
 * a strict viewer) the matrix stands in load order and every task is listed. It runs inline,
 * allowed by its hash in the page's policy, reads nothing from outside and sends nothing.
 *
 * Kept as plain ES2020 text: it runs in the reader's browser, not in Node.
 */
export const REPORT_SCRIPT = `
(function () {
  'use strict';
  var all = function (selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); };

  // Sorting the matrix: a button in each sortable header; numbers sort high to low, 单位 by first mention.
  var table = document.querySelector('table.matrix');
  if (table && table.tBodies[0]) {
    var body = table.tBodies[0];
    var rows = all('tr', body);
    var num = function (row, key) { return Number(row.getAttribute('data-' + key)); };
    var orders = {
      order: function (a, b) { return num(a, 'order') - num(b, 'order'); },
      total: function (a, b) { return num(b, 'total') - num(a, 'total') || num(b, 'lead') - num(a, 'lead') || num(a, 'order') - num(b, 'order'); },
      lead: function (a, b) { return num(b, 'lead') - num(a, 'lead') || num(b, 'total') - num(a, 'total') || num(a, 'order') - num(b, 'order'); },
      join: function (a, b) { return num(b, 'join') - num(a, 'join') || num(b, 'total') - num(a, 'total') || num(a, 'order') - num(b, 'order'); }
    };
    var heads = all('th[data-sort]', table);
    heads.forEach(function (th) {
      var key = th.getAttribute('data-sort');
      if (!orders[key]) return;
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.textContent = th.textContent;
      button.title = key === 'order' ? '按文中出现顺序排列' : '按此列从多到少排列';
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () {
        rows.sort(orders[key]).forEach(function (row) { body.appendChild(row); });
        heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', key === 'order' ? 'ascending' : 'descending');
      });
    });
  }

  // Filtering the tasks by unit and role.
  var filter = document.querySelector('.task-filter');
  if (filter) {
    var select = filter.querySelector('select');
    var count = filter.querySelector('output');
    var tasks = all('article.task');
    var groups = all('section.task-group');
    var none = document.querySelector('.no-match');
    var has = function (el, attr, key) { return (' ' + (el.getAttribute(attr) || '') + ' ').indexOf(' ' + key + ' ') >= 0; };
    var apply = function () {
      var unit = select.value;
      var checked = filter.querySelector('input[name="role"]:checked');
      var role = checked ? checked.value : 'any';
      var shown = 0;
      tasks.forEach(function (task) {
        var lead = unit !== '' && has(task, 'data-lead', unit);
        var join = unit !== '' && has(task, 'data-join', unit);
        var visible = unit === '' || (role === 'lead' ? lead : role === 'participant' ? join : lead || join);
        task.hidden = !visible;
        if (visible) shown++;
        all('.unit', task).forEach(function (chip) { chip.classList.toggle('hit', unit !== '' && chip.getAttribute('data-unit') === unit); });
      });
      groups.forEach(function (group) { group.hidden = all('article.task:not([hidden])', group).length === 0; });
      if (none) none.hidden = shown > 0;
      count.textContent = unit === '' ? '共 ' + tasks.length + ' 项任务' : '显示 ' + shown + ' / ' + tasks.length + ' 项任务';
    };
    filter.hidden = false;
    filter.addEventListener('change', apply);
    // A link to a task the filter hides (from the matrix or a finding) clears the filter first.
    var reveal = function () {
      var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      if (target && target.closest('[hidden]')) {
        select.value = '';
        apply();
        target.scrollIntoView();
      }
    };
    window.addEventListener('hashchange', reveal);
    apply();
  }
})();
`;
