// The /query editor: YASGUI on this server's read-only endpoint, with the named queries of queries/ as examples.
(function () {
  "use strict";
  const endpoint = location.origin + "/aigov/sparql";
  const status = document.getElementById("status");
  document.getElementById("endpoint").textContent = endpoint;
  window.aigovErrors = [];
  window.addEventListener("error", e => window.aigovErrors.push(String(e.message)));

  function say(text, isError) {
    status.textContent = text;
    status.className = isError ? "error" : "";
  }

  const prefixes = fetch("/query/prefixes.json").then(r => r.json());

  // Completion only from this server: the dataset's prefixes replace the prefix.cc list, and the
  // class and property completers (which ask a web service) are left out.
  const Yasqe = Yasgui.Yasqe;
  Yasqe.forkAutocompleter("prefixes", {
    name: "aigovPrefixes",
    persistenceId: null,
    get: () => prefixes.then(map => Object.keys(map).sort().map(p => p + ": <" + map[p] + ">")),
  });
  const completers = ["aigovPrefixes", "variables"];
  Yasqe.defaults.autocompleters.splice(0, Yasqe.defaults.autocompleters.length, ...completers);
  Yasgui.defaults.yasqe.autocompleters = completers.slice();

  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }], keys: [] },
    persistenceId: "aigov-query",
    populateFromUrl: true,
    yasr: { prefixes: {} },
  });
  window.yasgui = yasgui;
  prefixes.then(map => { for (const tabId in yasgui._tabs) applyPrefixes(yasgui._tabs[tabId], map); });

  function applyPrefixes(tab, map) {
    const yasr = tab.getYasr && tab.getYasr();
    if (yasr) yasr.config.prefixes = map;
  }

  yasgui.on("queryResponse", (instance, tab) => {
    const results = tab.getYasr() && tab.getYasr().results;
    const rows = results && results.getBindings ? results.getBindings() : null;
    say(rows ? rows.length + " rows in " + results.getResponseTime() + " ms" : "", false);
    window.aigovLastResponse = Date.now();
  });
  // Resources minted under the dataset's base open on this server's own linked-data pages.
  prefixes.then(map => document.getElementById("yasgui").addEventListener("click", e => {
    const a = e.target.closest("a[href]");
    if (!a || !map.id || !a.href.startsWith(map.id)) return;
    e.preventDefault();
    window.open(location.origin + "/id/" + a.href.slice(map.id.length), "_blank", "noopener");
  }, true));
  yasgui.on("tabAdd", (instance, id) => prefixes.then(map => applyPrefixes(instance.getTab(id), map)));

  // Downloads in the three tabular formats: the current tab's query, asked for again in that format.
  const formats = { csv: "text/csv", json: "application/sparql-results+json", tsv: "text/tab-separated-values" };
  document.querySelectorAll("#downloads button").forEach(button => button.addEventListener("click", () => {
    const format = button.dataset.format;
    const tab = yasgui.getTab();
    const body = new URLSearchParams({ query: tab.getQuery() });
    fetch(endpoint, { method: "POST", body: body, headers: { Accept: formats[format] } })
      .then(r => r.ok ? r.blob() : r.text().then(text => { throw new Error(text); }))
      .then(blob => {
        const a = document.createElement("a");
        a.href = URL.createObjectURL(blob);
        a.download = "results." + format;
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(a.href), 1000);
        say("downloaded results." + format, false);
      })
      .catch(e => say("download failed: " + e.message.slice(0, 200), true));
  }));

  // A parameter from "# param: name (type) — text": its variable name and whether it is a number.
  function parseParam(text) {
    const m = /^\s*\??([A-Za-z_][A-Za-z0-9_]*)\s*(\((\w+)\))?/.exec(text);
    return m ? { name: m[1], type: m[3] || "", text: text } : null;
  }

  // A value typed by the analyst as a SPARQL term: an IRI, a prefixed name (expanded), a number or a plain string.
  function term(value, type, map) {
    const v = value.trim();
    if (/^<[^<>\s]*>$/.test(v)) return v;
    if (/^https?:\/\/\S+$/.test(v)) return "<" + v + ">";
    const pn = /^([A-Za-z][\w-]*):(\S+)$/.exec(v);
    if (pn && map[pn[1]]) return "<" + map[pn[1]] + pn[2] + ">";
    if (type === "integer" || /^-?\d+$/.test(v)) return String(parseInt(v, 10));
    return "\"" + v.replace(/\\/g, "\\\\").replace(/"/g, "\\\"") + "\"";
  }

  function withValues(query, params, map) {
    const filled = params.filter(p => p.input.value.trim() !== "");
    if (!filled.length) return query;
    return query.replace(/\s*$/, "\n") + "VALUES (" + filled.map(p => "?" + p.param.name).join(" ") + ") { ("
      + filled.map(p => term(p.input.value, p.param.type, map)).join(" ") + ") }\n";
  }

  function openExample(example, params) {
    prefixes.then(map => {
      const tab = yasgui.addTab(true, { name: example.title, yasqe: { value: withValues(example.query, params, map) } });
      tab.show && tab.show();
      tab.setQuery(withValues(example.query, params, map));
      say("", false);
    });
  }

  fetch("/query/examples.json").then(r => r.json()).then(list => {
    const box = document.getElementById("examples");
    box.textContent = "";
    for (const example of list) {
      const div = document.createElement("div");
      div.className = "example";
      div.dataset.name = example.name;
      const open = document.createElement("button");
      open.type = "button";
      open.className = "open";
      open.dataset.name = example.name;
      open.textContent = example.title;
      open.title = "Open in a new tab";
      div.appendChild(open);
      const small = document.createElement("small");
      small.textContent = example.description;
      div.appendChild(small);
      const params = [];
      for (const text of example.params) {
        const param = parseParam(text);
        if (!param) continue;
        const label = document.createElement("label");
        label.textContent = "?" + param.name + " — " + text.replace(/^\s*\??[A-Za-z_][A-Za-z0-9_]*\s*/, "").replace(/^[—-]\s*/, "");
        const input = document.createElement("input");
        input.name = param.name;
        input.placeholder = param.type === "integer" ? "a number" : "an IRI, prefixed name or label";
        label.appendChild(input);
        div.appendChild(label);
        params.push({ param: param, input: input });
      }
      open.addEventListener("click", () => openExample(example, params));
      box.appendChild(div);
    }
    window.aigovReady = true;
  }).catch(e => say("could not list the named queries: " + e.message, true));
})();
