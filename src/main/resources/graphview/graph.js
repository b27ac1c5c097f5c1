// The /graph view: loads graph/data.json (the exporter's network as Cytoscape.js elements) and
// offers a legend, filters, search, neighbourhood highlight, a details panel and PNG export.
(function () {
  'use strict';

  // Errors are collected so a browser test can read them (window.aigovErrors).
  var errors = window.aigovErrors = [];
  window.addEventListener('error', function (e) { errors.push(String(e.message || e)); });
  window.addEventListener('unhandledrejection', function (e) { errors.push(String(e.reason)); });
  performance.mark('aigov-start');

  var LANGS = ['en', 'ja', 'hi'];
  var params = new URLSearchParams(location.search);
  var lang = LANGS.indexOf(params.get('lang')) >= 0 ? params.get('lang') : 'en';
  var statementParam = params.get('statement');
  var data = null, cy = null, looks = {}, typeOrder = [], openNode = null;
  window.aigovLanguage = lang;

  function $(id) { return document.getElementById(id); }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text != null) e.textContent = text;   // never innerHTML: labels hold <, & and quotes
    if (cls) e.className = cls;
    return e;
  }
  function status(text) { $('status').textContent = text; }

  function dataUrl() {
    return 'graph/data.json?lang=' + lang + (statementParam ? '&statement=' + encodeURIComponent(statementParam) : '');
  }

  function fetchJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) return r.json().then(function (b) { throw new Error(b.error || r.statusText); });
      return r.json();
    });
  }

  function look(type) { return looks[type] || { color: '#BBBBBB', shape: 'round-rectangle' }; }
  function relationColor(rel) { return (data.relations && data.relations[rel]) || '#555555'; }

  function styles() {
    return [
      { selector: 'node', style: {
        'background-color': 'data(color)', 'shape': 'data(shape)', 'width': 'data(size)', 'height': 'data(size)',
        'border-width': 1, 'border-color': '#00000055',
        'label': 'data(label)', 'font-size': 11, 'color': '#222',
        'font-family': 'system-ui, "Noto Sans", "IPAGothic", "Lohit Devanagari", sans-serif',
        'text-wrap': 'wrap', 'text-max-width': '110px',
        'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-y': 3,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': '1px',
        'min-zoomed-font-size': 0 } },
      { selector: 'edge', style: {
        'width': 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle', 'arrow-scale': 0.7, 'curve-style': 'bezier',
        'opacity': 0.75, 'font-size': 9, 'color': '#333',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-rotation': 'autorotate' } },
      { selector: 'edge[relation = "clause"]', style: { 'line-style': 'solid', 'opacity': 0.45 } },
      { selector: 'edge[relation != "clause"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3] } },
      { selector: '.faded', style: { 'opacity': 0.12, 'text-opacity': 0.2 } },
      { selector: 'edge.highlight', style: { 'opacity': 1, 'label': function (e) {
          return e.data('weight') > 1 ? e.data('label') + ' ×' + e.data('weight') : e.data('label'); } } },
      { selector: 'node.match', style: { 'border-width': 4, 'border-color': '#000' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#d00' } },
      { selector: '.filtered', style: { 'display': 'none' } }
    ];
  }

  function buildLegend() {
    var types = $('types'), rels = $('relations');
    types.textContent = ''; rels.textContent = '';
    data.types.forEach(function (t) {
      looks[t.type] = t;
      if (typeOrder.indexOf(t.type) < 0) typeOrder.push(t.type);
      if (!t.count) return;
      var li = el('li'), box = el('input');
      box.type = 'checkbox'; box.checked = true; box.value = t.type; box.id = 'type-' + t.type;
      box.addEventListener('change', applyFilters);
      var label = el('label'); label.htmlFor = box.id;
      var sw = el('span', null, 'swatch'); sw.style.background = t.color;
      if (t.shape === 'ellipse') sw.style.borderRadius = '50%';
      label.append(sw, ' ' + t.type + ' ', el('span', '(' + t.count + ')', 'count'));
      li.append(box, label);
      types.append(li);
    });
    var used = {};
    data.elements.edges.forEach(function (e) { used[e.data.relation] = true; });
    Object.keys(used).sort().forEach(function (r) {
      var li = el('li'), line = el('span', null, 'line');
      line.style.borderTopColor = relationColor(r);
      if (r !== 'clause') line.style.borderTopStyle = 'dashed';
      li.append(line, ' ' + (r === 'clause' ? 'clause (speech act)' : r));
      rels.append(li);
    });
  }

  function option(select, value, text) {
    var o = el('option', text); o.value = value; select.append(o);
  }

  function buildFilters() {
    var st = $('f-statement'), act = $('f-act'), area = $('f-area');
    data.statements.forEach(function (s) {
      option(st, s.id, s.title);
      s.areas.forEach(function (a) { option(area, a.id, (data.statements.length > 1 ? s.title + ' — ' : '') + a.label); });
    });
    data.acts.forEach(function (a) { option(act, a, a); });
    [st, act, area].forEach(function (s) { s.addEventListener('change', applyFilters); });
    $('search').addEventListener('input', search);
    $('search').addEventListener('keydown', function (e) { if (e.key === 'Enter') focusMatches(); });
    $('lang').value = lang;
    $('lang').addEventListener('change', function () { changeLanguage($('lang').value); });
    $('fit').addEventListener('click', function () { cy.fit(cy.elements(':visible'), 30); });
    $('png').addEventListener('click', exportPng);
    $('panel-close').addEventListener('click', closePanel);
  }

  function checkedTypes() {
    var on = {};
    document.querySelectorAll('#types input').forEach(function (b) { if (b.checked) on[b.value] = true; });
    return on;
  }

  // Hides what the filters exclude; with a speech-act or area filter only nodes on a shown edge stay.
  function applyFilters() {
    var types = checkedTypes(), st = $('f-statement').value, act = $('f-act').value, area = $('f-area').value;
    cy.batch(function () {
      cy.elements().removeClass('filtered');
      cy.nodes().forEach(function (n) {
        if (!types[n.data('type')] || (st && n.data('inStatements').indexOf(st) < 0)) n.addClass('filtered');
      });
      cy.edges().forEach(function (e) {
        var hide = e.source().hasClass('filtered') || e.target().hasClass('filtered')
          || (st && e.data('inStatements').indexOf(st) < 0)
          || (act && !(e.data('relation') === 'clause' && e.data('label') === act))
          || (area && e.data('areas').indexOf(area) < 0);
        if (hide) e.addClass('filtered');
      });
      if (act || area) {
        cy.nodes().forEach(function (n) {
          if (n.connectedEdges().filter(function (e) { return !e.hasClass('filtered'); }).length === 0) n.addClass('filtered');
        });
      }
    });
    showCounts();
  }

  function showCounts() {
    var n = cy.nodes().filter(function (x) { return !x.hasClass('filtered'); }).length;
    var e = cy.edges().filter(function (x) { return !x.hasClass('filtered'); }).length;
    status(n + ' of ' + cy.nodes().length + ' nodes, ' + e + ' of ' + cy.edges().length + ' edges');
  }

  function search() {
    var q = $('search').value.trim().toLowerCase();
    cy.batch(function () {
      cy.elements().removeClass('match faded');
      if (!q) return;
      var hits = cy.nodes().filter(function (n) {
        return n.data('label').toLowerCase().indexOf(q) >= 0 || n.id().toLowerCase().indexOf(q) >= 0;
      });
      cy.elements().not(hits).addClass('faded');
      hits.addClass('match');
    });
  }

  function focusMatches() {
    var hits = cy.nodes('.match');
    if (hits.length) cy.animate({ fit: { eles: hits.closedNeighborhood(), padding: 60 }, duration: 300 });
    if (hits.length === 1) openPanel(hits[0]);
  }

  function hover(n) {
    if ($('search').value.trim()) return;
    cy.batch(function () {
      cy.elements().addClass('faded');
      var near = n.closedNeighborhood();
      near.removeClass('faded');
      near.edges().addClass('highlight');
    });
  }

  function unhover() {
    if ($('search').value.trim()) return;
    cy.batch(function () { cy.elements().removeClass('faded highlight'); });
  }

  function closePanel() {
    $('panel').hidden = true;
    openNode = null;
    cy.nodes().unselect();
    cy.resize();
  }

  function nodeLink(n) {
    var a = el('a', n.data('label'), 'node-link');
    a.tabIndex = 0;
    a.addEventListener('click', function () { n.select(); openPanel(n); });
    return a;
  }

  function openPanel(n) {
    openNode = n;
    var wasHidden = $('panel').hidden;
    $('panel').hidden = false;
    if (wasHidden) cy.resize();
    $('panel-label').textContent = n.data('label');
    $('panel-type').textContent = n.data('type');
    $('panel-swatch').style.background = look(n.data('type')).color;
    var c = n.data('statements');
    $('panel-count').textContent = c + (c === 1 ? ' statement' : ' statements');
    var rels = $('panel-relations');
    rels.textContent = '';
    n.connectedEdges().sort(function (a, b) { return a.data('relation').localeCompare(b.data('relation')); }).forEach(function (e) {
      var out = e.source().same(n), other = out ? e.target() : e.source();
      var li = el('li');
      var what = e.data('relation') === 'clause' ? e.data('label') : e.data('relation');
      if (e.data('weight') > 1) what += ' ×' + e.data('weight');
      li.append(el('span', (out ? '→ ' : '← ') + what + ' ', 'rel'), nodeLink(other));
      rels.append(li);
    });
    $('panel-sentences').textContent = '';
    $('panel-labels').textContent = '';
    var page = $('panel-page');
    fetchJson('graph/node.json?lang=' + lang + '&id=' + encodeURIComponent(n.id())).then(function (d) {
      if (openNode !== n) return;
      $('panel-label').textContent = d.label;
      $('panel-labels').textContent = Object.keys(d.labels).filter(function (k) { return k; })
        .map(function (k) { return k + ': ' + d.labels[k]; }).join(' · ');
      page.href = d.page;
      var list = $('panel-sentences');
      d.sentences.forEach(function (s) {
        var li = el('li', s.text);
        if (s.title && data.statements.length > 1) li.append(el('span', s.title, 'stmt'));
        list.append(li);
      });
      if (!d.sentences.length) list.append(el('li', '(none)'));
    }).catch(function (e) { errors.push('node.json: ' + e.message); });
  }

  function exportPng() {
    var a = document.createElement('a');
    a.href = cy.png({ full: true, scale: 2, bg: '#ffffff' });
    a.download = 'aigov-graph.png';
    document.body.append(a);
    a.click();
    a.remove();
  }

  // Cytoscape keeps label sizes measured for the old script, so a new language is a fresh page
  // (the layout is deterministic, so the picture barely moves).
  function changeLanguage(next) {
    var url = new URL(location.href);
    url.searchParams.set('lang', next);
    location.assign(url.toString());
  }

  // Label-inclusive boxes of the shown nodes, as plain objects we can move.
  function boxes() {
    return cy.nodes().filter(function (n) { return !n.hasClass('filtered'); }).map(function (n) {
      var b = n.boundingBox({ includeLabels: true, includeOverlays: false });
      return { n: n, x1: b.x1, x2: b.x2, y1: b.y1, y2: b.y2, dx: 0, dy: 0 };
    });
  }

  function overlapping(a, b, gap) {
    return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
  }

  // The force layout leaves a few labels touching; push such pairs apart along the shorter overlap.
  // Works on plain boxes measured once (a label moves with its node) and moves the nodes at the end.
  function separateLabels() {
    var gap = 4, bs = boxes(), rounds = -1;
    for (var round = 0; round < 400; round++) {
      bs.sort(function (a, b) { return a.x1 - b.x1; });
      var moved = false;
      for (var i = 0; i < bs.length; i++) {
        for (var j = i + 1; j < bs.length && bs[j].x1 < bs[i].x2 + gap; j++) {
          var a = bs[i], b = bs[j];
          if (!overlapping(a, b, gap)) continue;
          var dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
          var dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
          var ax = (a.x1 + a.x2) / 2, bx = (b.x1 + b.x2) / 2, ay = (a.y1 + a.y2) / 2, by = (b.y1 + b.y2) / 2;
          var mx = 0, my = 0;
          // Each moves a bit more than half the overlap, so a crowded pair does not settle touching.
          if (dx < dy) mx = (bx >= ax ? 1 : -1) * dx * 0.6; else my = (by >= ay ? 1 : -1) * dy * 0.6;
          shift(a, -mx, -my); shift(b, mx, my);
          moved = true;
        }
      }
      if (!moved) { rounds = round; break; }
    }
    cy.batch(function () {
      bs.forEach(function (b) { if (b.dx || b.dy) { var p = b.n.position(); b.n.position({ x: p.x + b.dx, y: p.y + b.dy }); } });
    });
    return rounds;
  }

  function shift(box, dx, dy) {
    box.dx += dx; box.dy += dy;
    box.x1 += dx; box.x2 += dx; box.y1 += dy; box.y2 += dy;
  }

  // A force layout comes out roughly round; the screen is wide. Stretching only lengthens distances.
  function stretchToViewport() {
    var bb = cy.nodes().boundingBox({ includeLabels: false });
    if (bb.w < 1 || bb.h < 1) return;
    var want = cy.width() / Math.max(1, cy.height()), have = bb.w / bb.h;
    var sx = have < want ? Math.min(2.5, want / have) : 1, sy = have > want ? Math.min(2.5, have / want) : 1;
    var cx = bb.x1 + bb.w / 2, cyy = bb.y1 + bb.h / 2;
    cy.nodes().positions(function (n) {
      var p = n.position();
      return { x: cx + (p.x - cx) * sx, y: cyy + (p.y - cyy) * sy };
    });
  }

  // For tests and the benchmark: pairs of shown nodes whose label boxes overlap.
  window.aigovLabelOverlaps = function () {
    var bs = boxes(), count = 0;
    for (var i = 0; i < bs.length; i++) for (var j = i + 1; j < bs.length; j++) if (overlapping(bs[i], bs[j], 0)) count++;
    return count;
  };

  function typeRank(n) {
    var r = typeOrder.indexOf(n.data('type'));
    return r < 0 ? typeOrder.length : r;
  }

  function layout() {
    performance.mark('aigov-layout-start');
    // A deterministic start (rings by type) so the force layout gives the same picture each time.
    cy.layout({ name: 'concentric', animate: false, fit: false, minNodeSpacing: 40,
      concentric: function (n) { return typeOrder.length - typeRank(n); }, levelWidth: function () { return 1; } }).run();
    var n = cy.nodes().length;
    var run = cy.layout({ name: 'cose', animate: false, randomize: false, fit: false,
      nodeDimensionsIncludeLabels: true, padding: 30, componentSpacing: 60,
      idealEdgeLength: function () { return 70; }, edgeElasticity: function () { return 60; },
      nodeRepulsion: function () { return 60000; }, nodeOverlap: 40, gravity: 0.6,
      // Repulsion costs n² per iteration: big graphs get fewer iterations so the page stays quick.
      numIter: Math.max(100, Math.min(1500, Math.round(3e7 / Math.max(1, n * n)))),
      initialTemp: 500, coolingFactor: 0.97, minTemp: 1 });
    run.one('layoutstop', function () {
      performance.mark('aigov-cose');
      stretchToViewport();
      separateLabels();
      performance.mark('aigov-separated');
      cy.fit(undefined, 30);
      performance.mark('aigov-layoutstop');
      window.aigovReady = true;
      document.body.setAttribute('data-ready', 'true');
    });
    run.run();
  }

  // Style values computed once into the data: mapper functions per element are slow on big graphs.
  function decorate() {
    var degree = {};
    data.elements.edges.forEach(function (e) {
      degree[e.data.source] = (degree[e.data.source] || 0) + 1;
      degree[e.data.target] = (degree[e.data.target] || 0) + 1;
      e.data.color = relationColor(e.data.relation);
      e.data.width = 1 + 1.5 * Math.log2(Math.max(1, e.data.weight));
    });
    data.elements.nodes.forEach(function (n) {
      var l = look(n.data.type);
      n.data.color = l.color; n.data.shape = l.shape;
      n.data.size = 16 + 3 * Math.min(degree[n.data.id] || 0, 12);
    });
  }

  function draw() {
    decorate();
    var big = data.elements.edges.length > 1500;
    cy = window.cy = cytoscape({
      container: $('cy'), elements: data.elements, style: styles(),
      layout: { name: 'preset' }, minZoom: 0.05, maxZoom: 4, boxSelectionEnabled: false,
      // Thousands of edges: draw cached bitmaps while panning and zooming.
      textureOnViewport: big, hideEdgesOnViewport: big
    });
    if (big) cy.style().selector('edge').style('curve-style', 'straight').update();
    cy.on('mouseover', 'node', function (e) { hover(e.target); });
    cy.on('mouseout', 'node', unhover);
    cy.on('tap', 'node', function (e) { openPanel(e.target); });
    cy.on('tap', function (e) { if (e.target === cy) closePanel(); });
    layout();
    showCounts();
  }

  fetchJson(dataUrl()).then(function (d) {
    data = d;
    performance.mark('aigov-data');
    buildLegend();
    buildFilters();
    draw();
  }).catch(function (e) {
    errors.push('data.json: ' + e.message);
    status('Could not load the graph: ' + e.message);
  });
})();
