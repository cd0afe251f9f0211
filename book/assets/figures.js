// Controls of the book's HTML figures (widgets/html_figures): added, deferred, to pages that have one.
//
// The figures are complete without this script: every item is in the page and the controls are
// `hidden`. The script shows the controls and wires them, declaratively (see widgets/html_figures/frame.py):
//   data-wct-filter="KEY"     shows only the items ([data-wct-item]) whose data-KEY holds the value
//                             (an empty value shows all); a [data-wct-group] with no item left is hidden;
//   data-wct-highlight="KEY"  marks the matching items (class wct-match), hides nothing;
//   data-wct-step             marks items reached (data-step <= N) and the current one on each path
//                             (min(N, data-last-step)); an empty value marks every step reached;
//   [data-wct-mark]           elements (table cells, rows, headers) that carry a data-KEY of an active
//                             control are marked when they match;
//   [data-wct-status]         a live line filled from its template: {shown}, {total}, {matched}, {marked}.
(function () {
  "use strict";

  function tokens(el, key) {
    var value = el.getAttribute("data-" + key);
    return value === null ? null : value.split(/\s+/);
  }

  function controlsOf(figure) {
    // One entry per control: a select, or a checked radio of a group.
    var found = [];
    figure.querySelectorAll("select[data-wct-filter], select[data-wct-highlight], select[data-wct-step]")
      .forEach(function (el) { found.push(el); });
    figure.querySelectorAll("input[type=radio]:checked").forEach(function (el) { found.push(el); });
    return found.map(function (el) {
      var role = el.hasAttribute("data-wct-filter") ? "filter"
        : el.hasAttribute("data-wct-highlight") ? "highlight" : "step";
      return { role: role, key: el.getAttribute("data-wct-" + role) || "step", value: el.value };
    });
  }

  function matches(el, control) {
    var have = tokens(el, control.key);
    return have !== null && have.indexOf(control.value) !== -1;
  }

  function update(figure) {
    var controls = controlsOf(figure);
    var items = Array.prototype.slice.call(figure.querySelectorAll("[data-wct-item]"));
    var shown = 0, matched = 0, marked = 0;
    var step = null;
    controls.forEach(function (c) { if (c.role === "step") { step = c.value === "" ? Infinity : Number(c.value); } });
    items.forEach(function (item) {
      var visible = controls.every(function (c) {
        return c.role !== "filter" || c.value === "" || matches(item, c);
      });
      var match = controls.some(function (c) {
        return c.role === "highlight" && c.value !== "" && matches(item, c);
      });
      item.classList.toggle("wct-filtered-out", !visible);
      item.classList.toggle("wct-match", match);
      if (step !== null) {
        var n = Number(item.getAttribute("data-step"));
        var last = Number(item.getAttribute("data-last-step"));
        var reached = n <= step;
        item.classList.toggle("wct-reached", reached);
        item.classList.toggle("wct-current", step !== Infinity && n === Math.min(step, last));
        if (reached) { item.setAttribute("data-wct-marked", ""); } else { item.removeAttribute("data-wct-marked"); }
        if (step !== Infinity && n === Math.min(step, last)) { item.setAttribute("aria-current", "step"); }
        else { item.removeAttribute("aria-current"); }
      }
      if (visible) {
        shown += 1;
        if (match) { matched += 1; }
        if (item.hasAttribute("data-wct-marked")) { marked += 1; }
      }
    });
    figure.querySelectorAll("[data-wct-group]").forEach(function (group) {
      var any = group.querySelector("[data-wct-item]:not(.wct-filtered-out)") !== null;
      group.classList.toggle("wct-filtered-out", !any);
    });
    var active = controls.filter(function (c) { return c.role !== "step" && c.value !== ""; });
    figure.querySelectorAll("[data-wct-mark]").forEach(function (el) {
      var relevant = active.filter(function (c) { return el.hasAttribute("data-" + c.key); });
      el.classList.toggle("wct-match", relevant.length > 0 && relevant.every(function (c) { return matches(el, c); }));
    });
    var status = figure.querySelector("[data-wct-status]");
    if (status) {
      var values = { shown: shown, total: items.length, matched: matched, marked: marked };
      status.textContent = status.getAttribute("data-wct-status").replace(/\{(\w+)\}/g, function (all, name) {
        return name in values ? String(values[name]) : all;
      });
    }
  }

  function init(figure) {
    var panel = figure.querySelector(".wct-figure-controls");
    if (!panel) { return; }
    panel.hidden = false;
    figure.classList.add("wct-scripted");
    panel.addEventListener("change", function () { update(figure); });
    update(figure);
  }

  function start() {
    document.querySelectorAll("figure[data-wct-figure]").forEach(init);
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();

// ---- The Rapid Response case table (widgets/html_figures/rrm_case_table.py) -------------------------
// Its own section and attributes (data-wct-case-*), separate from the declarative controls above: a
// text search and sortable columns. Without this script the whole table is shown and the controls stay
// hidden (the section above un-hides the panel of every figure it finds).
//   select[data-wct-case-filter="KEY"]  shows only the rows whose data-KEY holds the value ("" = all);
//   [data-wct-case-search]              shows only the rows whose data-search holds every word typed
//                                       (lower case, accents ignored);
//   th[data-sort="text|date|number"]    becomes a button that sorts the rows by the cells' data-value,
//                                       with aria-sort on the heading;
//   [data-wct-case-status]              a live line filled from its data-template: {shown}, {total}.
(function () {
  "use strict";

  function plain(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function init(figure) {
    var table = figure.querySelector("table[data-wct-case-table]");
    if (!table || table.hasAttribute("data-wct-case-ready")) { return; }
    table.setAttribute("data-wct-case-ready", "");
    figure.classList.add("wct-case-scripted");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.querySelectorAll("tr[data-wct-case-row]"));
    rows.forEach(function (row, i) { row.setAttribute("data-order", String(i)); });
    var search = figure.querySelector("[data-wct-case-search]");
    var filters = Array.prototype.slice.call(figure.querySelectorAll("select[data-wct-case-filter]"));
    var status = figure.querySelector("[data-wct-case-status]");
    var empty = figure.querySelector("[data-wct-case-empty]");
    var panel = figure.querySelector(".wct-figure-controls");
    if (panel) { panel.hidden = false; }

    function update() {
      var words = plain(search ? search.value : "").split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row) {
        var keep = filters.every(function (f) {
          if (f.value === "") { return true; }
          var have = (row.getAttribute("data-" + f.getAttribute("data-wct-case-filter")) || "").split(/\s+/);
          return have.indexOf(f.value) !== -1;
        }) && words.every(function (w) { return (row.getAttribute("data-search") || "").indexOf(w) !== -1; });
        row.classList.toggle("wct-filtered-out", !keep);
        if (keep) { shown += 1; }
      });
      if (empty) { empty.hidden = shown !== 0; }
      if (status) {
        var values = { shown: shown, total: rows.length };
        status.textContent = status.getAttribute("data-template").replace(/\{(\w+)\}/g, function (all, name) {
          return name in values ? String(values[name]) : all;
        });
      }
    }

    function sortBy(th, button) {
      var index = Array.prototype.indexOf.call(th.parentNode.children, th);
      var kind = th.getAttribute("data-sort");
      var descending = th.getAttribute("aria-sort") === "ascending";
      table.querySelectorAll("thead th[aria-sort]").forEach(function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      table.querySelectorAll("thead th[data-sort] .wct-sort-mark").forEach(function (mark) { mark.textContent = ""; });
      button.querySelector(".wct-sort-mark").textContent = descending ? " \u25BC" : " \u25B2";
      function value(row) { return row.children[index] ? row.children[index].getAttribute("data-value") || "" : ""; }
      var sorted = rows.slice().sort(function (a, b) {
        var x = value(a), y = value(b), order;
        // An empty cell (no day-precise span) sorts last in either direction.
        if (x === "" || y === "") { order = (x === "") - (y === ""); return order || (Number(a.getAttribute("data-order")) - Number(b.getAttribute("data-order"))); }
        if (kind === "number") { order = Number(x) - Number(y); }
        else { order = x < y ? -1 : x > y ? 1 : 0; }
        if (descending) { order = -order; }
        return order || (Number(a.getAttribute("data-order")) - Number(b.getAttribute("data-order")));
      });
      sorted.forEach(function (row) { body.appendChild(row); });
    }

    table.querySelectorAll("thead th[data-sort]").forEach(function (th) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "wct-sort";
      button.textContent = th.textContent;
      var mark = document.createElement("span");
      mark.className = "wct-sort-mark";
      mark.setAttribute("aria-hidden", "true");
      button.appendChild(mark);
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () { sortBy(th, button); });
    });
    if (search) { search.addEventListener("input", update); }
    filters.forEach(function (f) { f.addEventListener("change", update); });
    update();
  }

  function start() {
    document.querySelectorAll("figure[data-wct-figure] table[data-wct-case-table]").forEach(function (table) {
      init(table.closest("figure"));
    });
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
