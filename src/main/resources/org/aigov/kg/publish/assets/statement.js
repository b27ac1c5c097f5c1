// The document view of a statement page: filters over the clauses, and a panel with the details of the clause under the pointer or selected.
(function () {
  "use strict";
  window.aigovErrors = [];
  window.addEventListener("error", e => window.aigovErrors.push(String(e.message)));
  const dataEl = document.getElementById("clause-data");
  if (!dataEl) return;
  const data = JSON.parse(dataEl.textContent);
  const text = document.getElementById("doc-text");
  const details = document.getElementById("clause-details");
  const count = document.getElementById("doc-count");
  const selects = { sa: "f-sa", str: "f-str", topic: "f-topic", type: "f-type" };
  let pinned = null;

  function clauseParts(n) {
    return text.querySelectorAll('.cl[data-clause="' + n + '"]');
  }

  function matches(part, f) {
    return (!f.sa || part.dataset.sa === f.sa) && (!f.str || part.dataset.str === f.str)
      && (!f.topic || part.dataset.topics.split(" ").includes(f.topic))
      && (!f.type || part.dataset.types.split(" ").includes(f.type));
  }

  function applyFilters() {
    const f = {};
    for (const key in selects) f[key] = document.getElementById(selects[key]).value;
    const shown = new Set();
    text.querySelectorAll(".cl").forEach(part => {
      const ok = matches(part, f);
      part.classList.toggle("filtered-out", !ok);
      if (ok) shown.add(part.dataset.clause);
    });
    text.querySelectorAll("a.m").forEach(a => a.classList.toggle("dim", !!f.type && a.dataset.type !== f.type));
    count.textContent = count.dataset.template.replace("{0}", shown.size).replace("{1}", count.dataset.total);
  }

  function list(title, items) {
    if (!items.length) return "";
    const li = items.map(([label, href]) => "<li><a href=\"" + esc(href) + "\">" + esc(label) + "</a></li>").join("");
    return "<h4>" + esc(title) + "</h4><ul>" + li + "</ul>";
  }

  function esc(s) {
    return String(s).replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" })[c]);
  }

  function show(n) {
    const c = data.clauses[n];
    if (!c) return;
    const ui = data.ui;
    details.innerHTML = "<h3>" + esc(ui["doc.clause"]) + " " + esc(n) + ": " + esc(c.speechAct) + "</h3>"
      + "<p class=\"strength str-" + esc(c.strength) + "\">" + esc(c.strength) + "</p>"
      + list(ui["doc.actors"], c.actor) + list(ui["doc.topics"], c.topic) + list(ui["doc.mentions"], c.mention)
      + list(ui["doc.states"], c.states)
      + "<p><a href=\"" + esc(c.page) + "\">" + esc(ui["doc.clausePage"]) + "</a></p>";
    details.dataset.clause = n;
    text.querySelectorAll(".cl.current").forEach(p => p.classList.remove("current"));
    clauseParts(n).forEach(p => p.classList.add("current"));
  }

  text.addEventListener("mouseover", e => {
    const part = e.target.closest(".cl");
    if (part && pinned === null) show(part.dataset.clause);
  });
  text.addEventListener("click", e => {
    const mark = e.target.closest(".cl-mark");
    if (!mark) return;
    pinned = pinned === mark.dataset.clause ? null : mark.dataset.clause;
    show(mark.dataset.clause);
  });
  text.addEventListener("keydown", e => {
    const mark = e.target.closest(".cl-mark");
    if (mark && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); mark.click(); }
  });
  for (const key in selects) document.getElementById(selects[key]).addEventListener("change", applyFilters);

  applyFilters();
  const target = /^#clause-(\d+)$/.exec(location.hash);
  if (target) { pinned = target[1]; show(target[1]); }
  window.aigovReadyAt = performance.now();
  window.aigovReady = true;
})();
