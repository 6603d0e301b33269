// The provider's page: its models, its jobs and live figures, read from
// the service's own API; each job's bundle can be downloaded and checked
// here by the wasm verifier (verifier.js).
"use strict";

(function () {
  const zk = globalThis.zkinfer;
  zk.start("/ui/zkinfer.wasm.gz");
  zk.panel(document.getElementById("verifier"));
  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    for (const c of children) e.append(c);
    return e;
  }
  const short = (h) => (h && h.length > 20 ? h.slice(0, 10) + "…" + h.slice(-6) : h || "");
  const mono = (full) => el("span", { class: "mono", title: full || "" }, short(full));
  const time = (t) => (t && !t.startsWith("0001") ? new Date(t).toLocaleTimeString() : "");
  async function json(path) {
    const resp = await fetch(path);
    if (!resp.ok) throw new Error(path + ": HTTP " + resp.status);
    return resp.json();
  }

  const modelsByID = {};
  async function models() {
    const ms = await json("/v1/models");
    const body = $("models").tBodies[0];
    body.replaceChildren();
    for (const m of ms) {
      modelsByID[m.id] = m;
      body.append(el("tr", { "data-model": String(m.id) },
        el("td", {}, String(m.id)), el("td", {}, m.name), el("td", {}, m.proofSystem),
        el("td", {}, (m.constraints || 0).toLocaleString("en")), el("td", {}, m.priceWei),
        el("td", {}, mono(m.commitment)), el("td", {}, mono(m.chainKeyHash)), el("td", {}, m.setup)));
    }
  }

  async function jobs() {
    const js = await json("/v1/jobs");
    const body = $("jobs").tBodies[0];
    body.replaceChildren();
    for (const j of js) {
      const pay = j.fulfilTx ? el("span", {}, mono(j.fulfilTx), j.fulfilGas ? " (" + j.fulfilGas.toLocaleString("en") + " gas)" : "") : "";
      const cell = el("td", {});
      if (j.proved && j.publicInput) {
        // the bundle carries the buyer's input: the buyer's to show
        cell.append(el("span", { class: "note public-input" }, "input public: the buyer's copy of the bundle carries it"));
      } else if (j.proved) {
        cell.append(el("a", { href: "/v1/jobs/" + j.jobId + "/bundle", download: "bundle-" + j.jobId + ".json" }, "download"), " ");
        if (j.batch) {
          // the browser's verifier takes single-job bundles
          cell.append(el("span", { class: "note" }, "batch: zkinfer verify --entry"));
        } else {
          const verify = el("button", { class: "verify-job", "data-job": String(j.jobId) }, "verify here");
          verify.addEventListener("click", () => verifyJob(j));
          cell.append(verify);
        }
      }
      body.append(el("tr", { "data-job": String(j.jobId), "data-state": j.state },
        el("td", {}, String(j.jobId)), el("td", {}, String(j.modelId)),
        el("td", { class: "state-" + j.state }, j.state + (j.error ? ": " + j.error : "")),
        el("td", {}, time(j.created)), el("td", {}, time(j.updated)),
        el("td", {}, j.proveSeconds ? j.proveSeconds.toFixed(2) + " s" : ""), el("td", {}, pay), cell));
    }
  }

  // verifyJob checks a job's bundle here, against the verifying key the
  // provider serves for its model, held to the key hash the provider
  // reports from the registry (the table's). Both come from the provider:
  // this catches a provider serving the wrong key, not a dishonest one; a
  // buyer holds the key to the hash its own deposit pinned.
  async function verifyJob(j) {
    const box = $("verdict");
    box.textContent = "verifying job " + j.jobId + "…";
    delete box.dataset.valid;
    box.scrollIntoView();
    try {
      await modelsLoaded;
      const registered = (modelsByID[j.modelId] || {}).chainKeyHash;
      if (!registered) {
        zk.show(box, { valid: false, kind: "key not pinned", error: "this provider reports no registry hash for model #" + j.modelId + ", so its key is held to nothing: download the bundle and verify it below with the hash your deposit pinned (zkinfer job show prints it)" });
        return;
      }
      const [bundle, key] = await Promise.all([
        fetch("/v1/jobs/" + j.jobId + "/bundle").then((r) => r.arrayBuffer()),
        fetch("/v1/models/" + j.modelId + "/vk").then((r) => r.arrayBuffer()),
      ]);
      const res = await zk.verify(bundle, key, null);
      zk.show(box, zk.pin(res, registered, "as this provider reports the registry's for model #" + j.modelId), "served by this provider for model #" + j.modelId);
    } catch (err) {
      zk.show(box, { valid: false, kind: "error", error: String(err) });
    }
  }

  // spark draws a small line chart of values.
  function spark(values) {
    const w = 180, h = 40;
    const max = Math.max(1e-9, ...values);
    const pts = values.map((v, i) => [values.length < 2 ? 0 : (i / (values.length - 1)) * w, h - 2 - (v / max) * (h - 4)]);
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("width", w);
    svg.setAttribute("height", h);
    const line = document.createElementNS("http://www.w3.org/2000/svg", "polyline");
    line.setAttribute("points", pts.map((p) => p.join(",")).join(" "));
    line.setAttribute("fill", "none");
    line.setAttribute("stroke", "#3056d3");
    line.setAttribute("stroke-width", "1.5");
    svg.append(line);
    return svg;
  }

  async function stats() {
    const s = await json("/v1/stats");
    const charts = [
      ["queue", "queue depth", (x) => x.queue, (v) => String(v)],
      ["prove", "prove time (mean, last minute)", (x) => x.proveSeconds, (v) => v.toFixed(2) + " s"],
      ["rate", "jobs proved per minute", (x) => x.jobsPerMinute, (v) => v.toFixed(1)],
    ];
    const box = $("charts");
    box.replaceChildren();
    for (const [id, label, get, fmt] of charts) {
      const values = s.samples.map(get);
      const last = values.length ? values[values.length - 1] : 0;
      box.append(el("div", { class: "chart", id: "chart-" + id }, el("div", { class: "label" }, label), el("div", { class: "value" }, fmt(last)), spark(values)));
    }
  }

  async function health() {
    const h = await json("/healthz");
    $("provider").textContent = "provider " + h.provider;
    $("chain").textContent = h.status === "ok" ? "chain head " + h.chainHead + ", watcher at block " + h.watcherBlock : "chain " + h.status;
  }

  async function refresh() {
    await Promise.allSettled([health(), jobs(), stats()]);
  }
  const modelsLoaded = models().catch((err) => ($("models").tBodies[0].textContent = String(err)));
  refresh();
  setInterval(refresh, 2000);
})();
