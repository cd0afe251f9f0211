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
