// /timeline: statements, events and targets drawn on a zoomable SVG time axis, filtered by country, forum and statement.
(function () {
  "use strict";
  window.aigovErrors = [];
  window.addEventListener("error", e => window.aigovErrors.push(String(e.message)));
  const lang = new URLSearchParams(location.search).get("lang") || "en";
  const WORDS = {
    ja: { query: "SPARQL 検索", graph: "グラフ表示", timeline: "年表", ontology: "オントロジー", country: "国", forum: "フォーラム",
      statement: "声明", all: "すべて", fit: "全体", event: "行事", target: "目標", hint: "スクロールで拡大縮小、ドラッグで移動。点は日、帯は月または年。各項目はそのページへのリンクです。",
      shown: "{0} / {1} 件を表示", undated: "日付のない声明: {0} 件（表示されません）" },
    hi: { query: "SPARQL क्वेरी", graph: "ग्राफ़ दृश्य", timeline: "समयरेखा", ontology: "ऑन्टोलॉजी", country: "देश", forum: "मंच",
      statement: "वक्तव्य", all: "सभी", fit: "पूरा", event: "आयोजन", target: "लक्ष्य", hint: "ज़ूम के लिए स्क्रॉल करें, समय में चलने के लिए खींचें; बिंदु एक दिन है, पट्टी एक महीना या वर्ष। हर प्रविष्टि अपने पृष्ठ से जुड़ी है।",
      shown: "{1} में से {0} दिखाए गए", undated: "बिना तिथि के वक्तव्य: {0} (नहीं दिखाए गए)" },
    en: { event: "Events", target: "Targets (deadline)", statement: "Statements", shown: "{0} of {1} shown", undated: "Statements without a date: {0} (not drawn)" },
  };
  const words = Object.assign({}, WORDS.en, WORDS[lang] || {});
  if (lang !== "en") {
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-word]").forEach(el => { if (WORDS[lang][el.dataset.word]) el.textContent = WORDS[lang][el.dataset.word]; });
    document.querySelectorAll("header a[href^='/']").forEach(a => a.href = a.getAttribute("href") + "?lang=" + lang);
  }
  const laneTitle = { statement: lang === "en" ? words.statement : words.statement, event: words.event, target: words.target };
  if (lang === "en") { laneTitle.statement = "Statements"; }
  const NS = "http://www.w3.org/2000/svg";
  const svg = document.getElementById("timeline");
  const chart = document.getElementById("chart");
  const LEFT = 110, AXIS = 28, ROW = 22, MAX_ROWS = 10, LANES = ["statement", "event", "target"];
  const selects = { country: "f-country", forum: "f-forum", statement: "f-statement" };
  let items = [], view = null, frame = 0;

  function el(name, attrs, parent) {
    const e = document.createElementNS(NS, name);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }

  function filters() {
    const f = {};
    for (const k in selects) f[k] = document.getElementById(selects[k]).value;
    return f;
  }

  function visible(item, f) {
    return (!f.country || item.country.includes(f.country)) && (!f.forum || item.forum.includes(f.forum))
      && (!f.statement || item.statement.includes(f.statement));
  }

  function dateText(item) {
    return item.precision === "year" ? item.start.slice(0, 4) : item.precision === "month" ? item.start.slice(0, 7) : item.start;
  }

  function width() { return Math.max(400, chart.clientWidth); }

  function fit(list) {
    const shown = list.length ? list : items;
    if (!shown.length) { const now = Date.UTC(2026, 0, 1); view = { t0: now - 3e10, t1: now + 3e10 }; return; }
    let t0 = Math.min(...shown.map(i => i.s)), t1 = Math.max(...shown.map(i => i.e));
    const pad = Math.max((t1 - t0) * 0.08, 1000 * 86400 * 60);
    view = { t0: t0 - pad, t1: t1 + pad * 2.5 };
  }

  // Tick steps from days to decades; the first giving at least 70 px per step is used.
  const STEPS = [["day", 1], ["day", 7], ["month", 1], ["month", 3], ["year", 1], ["year", 2], ["year", 5], ["year", 10], ["year", 25], ["year", 50], ["year", 100]];
  function ticks(x, w) {
    const perMs = (w - LEFT) / (view.t1 - view.t0);
    const approx = { day: 864e5, month: 2.63e9, year: 3.156e10 };
    const [unit, n] = STEPS.find(([u, k]) => approx[u] * k * perMs >= 70) || STEPS[STEPS.length - 1];
    const out = [];
    const d = new Date(view.t0);
    let t = unit === "day" ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())
      : unit === "month" ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - d.getUTCMonth() % n, 1)
      : Date.UTC(d.getUTCFullYear() - d.getUTCFullYear() % n, 0, 1);
    for (let guard = 0; t <= view.t1 && guard < 400; guard++) {
      const c = new Date(t);
      const label = unit === "year" ? String(c.getUTCFullYear()) : unit === "month" ? c.toISOString().slice(0, 7) : c.toISOString().slice(0, 10);
      if (t >= view.t0) out.push([x(t), label]);
      t = unit === "day" ? t + n * 864e5 : unit === "month" ? Date.UTC(c.getUTCFullYear(), c.getUTCMonth() + n, 1) : Date.UTC(c.getUTCFullYear() + n, 0, 1);
    }
    return out;
  }

  function render() {
    frame = 0;
    const w = width();
    const x = t => LEFT + (t - view.t0) / (view.t1 - view.t0) * (w - LEFT);
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    const f = filters();
    const shown = items.filter(i => visible(i, f));
    let y = AXIS;
    const axis = el("g", { class: "axis" }, svg);
    const drawn = [];
    for (const kind of LANES) {
      const lane = shown.filter(i => i.kind === kind && i.e >= view.t0 && i.s <= view.t1).sort((a, b) => a.s - b.s || a.label.localeCompare(b.label));
      const rowEnd = [];
      const placed = [];
      let dense = false;
      for (const item of lane) {
        const x0 = x(item.s), x1 = Math.max(x(item.e), x0 + 8);
        const labelW = item.label.length * 6.4 + dateText(item).length * 6.4 + 18;
        let row = rowEnd.findIndex(end => end <= x0 - 4);
        let label = true;
        if (row < 0 && rowEnd.length < MAX_ROWS) row = rowEnd.push(-Infinity) - 1;
        // no room left: the item goes to one unlabelled row below the others (its name is in its tooltip)
        if (row < 0) { row = MAX_ROWS; label = false; dense = true; }
        else rowEnd[row] = Math.max(rowEnd[row], x1 + labelW);
        placed.push({ item, x0, x1, row, label });
      }
      const rows = Math.max(1, dense ? MAX_ROWS + 1 : rowEnd.length);
      el("rect", { class: "lane-bg", x: 0, y: y, width: LEFT - 6, height: rows * ROW + 8 }, svg);
      el("text", { class: "lane-title", x: 8, y: y + 16 }, svg).textContent = laneTitle[kind];
      const g = el("g", { class: "lane", "data-kind": kind }, svg);
      for (const p of placed) {
        const a = el("a", { href: p.item.href }, g);
        const item = el("g", { class: "item " + kind + " precision-" + p.item.precision, "data-id": p.item.id,
          "data-precision": p.item.precision, "data-start": p.item.start, "data-end": p.item.end }, a);
        el("title", {}, item).textContent = p.item.label + " — " + dateText(p.item);
        const cy = y + 4 + p.row * ROW + ROW / 2;
        if (p.item.precision === "day") el("circle", { class: "mark", cx: (p.x0 + x(p.item.e)) / 2, cy: cy, r: 5 }, item);
        else el("rect", { class: "mark", x: p.x0, y: cy - 6, width: p.x1 - p.x0, height: 12, rx: 2 }, item);
        if (p.label) el("text", { x: p.x1 + 5, y: cy + 4 }, item).textContent = p.item.label + " · " + dateText(p.item);
        drawn.push(p.item.id);
      }
      y += rows * ROW + 16;
    }
    svg.setAttribute("height", y);
    svg.setAttribute("viewBox", "0 0 " + w + " " + y);
    for (const [tx, label] of ticks(x, w)) {
      el("line", { x1: tx, x2: tx, y1: AXIS - 6, y2: y }, axis);
      el("text", { x: tx + 3, y: AXIS - 10 }, axis).textContent = label;
    }
    document.getElementById("count").textContent = words.shown.replace("{0}", drawn.length).replace("{1}", items.length);
    window.aigovTimeline.drawn = drawn;
  }

  function schedule() { if (!frame) frame = requestAnimationFrame(render); }

  function zoom(factor, atX) {
    const w = width();
    const at = atX === undefined ? (LEFT + w) / 2 : atX;
    const t = view.t0 + (at - LEFT) / (w - LEFT) * (view.t1 - view.t0);
    const span = Math.min(Math.max((view.t1 - view.t0) / factor, 864e5 * 10), 3.156e10 * 400);
    const share = (t - view.t0) / (view.t1 - view.t0);
    view = { t0: t - share * span, t1: t - share * span + span };
    schedule();
  }

  window.aigovTimeline = { zoom: zoom, range: () => [view.t0, view.t1], drawn: [], render: render };

  chart.addEventListener("wheel", e => {
    e.preventDefault();
    zoom(e.deltaY < 0 ? 1.25 : 0.8, e.clientX - chart.getBoundingClientRect().left);
  }, { passive: false });
  let drag = null;
  chart.addEventListener("pointerdown", e => { if (e.target.closest("a")) return; drag = { x: e.clientX, view: view }; chart.classList.add("dragging"); });
  window.addEventListener("pointermove", e => {
    if (!drag) return;
    const dt = (e.clientX - drag.x) / (width() - LEFT) * (drag.view.t1 - drag.view.t0);
    view = { t0: drag.view.t0 - dt, t1: drag.view.t1 - dt };
    schedule();
  });
  window.addEventListener("pointerup", () => { drag = null; chart.classList.remove("dragging"); });
  window.addEventListener("resize", schedule);
  document.getElementById("zoom-in").addEventListener("click", () => zoom(1.5));
  document.getElementById("zoom-out").addEventListener("click", () => zoom(1 / 1.5));
  document.getElementById("zoom-fit").addEventListener("click", () => { fit(items.filter(i => visible(i, filters()))); schedule(); });
  for (const k in selects) document.getElementById(selects[k]).addEventListener("change", () => { fit(items.filter(i => visible(i, filters()))); schedule(); });

  fetch("/timeline/data.json?lang=" + encodeURIComponent(lang)).then(r => r.json()).then(data => {
    items = data.items.map(i => Object.assign(i, { s: Date.parse(i.start + "T00:00:00Z"), e: Date.parse(i.end + "T00:00:00Z") }));
    for (const k in selects) {
      const select = document.getElementById(selects[k]);
      const values = data.facets[k] || {};
      Object.keys(values).sort((a, b) => values[a].localeCompare(values[b])).forEach(v => {
        const o = document.createElement("option");
        o.value = v;
        o.textContent = values[v];
        select.appendChild(o);
      });
    }
    if (data.undated) document.getElementById("undated").textContent = words.undated.replace("{0}", data.undated);
    fit(items);
    render();
    window.aigovReadyAt = performance.now();
    window.aigovReady = true;
  }).catch(e => window.aigovErrors.push("timeline data: " + e.message));
})();
