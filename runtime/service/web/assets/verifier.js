// zkinfer's bundle verifier in the page: zkinfer-wasm (Go compiled to
// WebAssembly) checks a proof bundle against a verifying key, and an
// opening when one is given, on this machine. Nothing is sent anywhere.
"use strict";

(function () {
  // load starts the wasm verifier from a URL (served gzipped) or from
  // inline gzipped bytes (the standalone page).
  async function load(source) {
    const go = new Go();
    let bytes;
    if (typeof source === "string") {
      const resp = await fetch(source);
      if (!resp.ok) throw new Error("fetching the verifier: HTTP " + resp.status);
      bytes = await resp.arrayBuffer();
    } else {
      const stream = new Blob([source]).stream().pipeThrough(new DecompressionStream("gzip"));
      bytes = await new Response(stream).arrayBuffer();
    }
    const t0 = performance.now();
    const { instance } = await WebAssembly.instantiate(bytes, go.importObject);
    go.run(instance);
    for (let i = 0; i < 500 && !globalThis.zkinferVerifierReady; i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    if (!globalThis.zkinferVerifierReady) throw new Error("the verifier did not start");
    zk.wasmBytes = bytes.byteLength;
    zk.startMillis = performance.now() - t0;
  }

  const zk = {
    ready: null,
    start(source) {
      zk.ready = load(source);
      return zk.ready;
    },
    // verify checks bundle and key (Uint8Array or string), and an optional
    // opening; it resolves to {valid, error, kind, anchors, keyHash,
    // chainKeyHash, output, millis}.
    async verify(bundle, key, opening) {
      await zk.ready;
      const enc = (v) => (v == null ? null : typeof v === "string" ? new TextEncoder().encode(v) : new Uint8Array(v));
      const t0 = performance.now();
      const res = globalThis.zkinferVerify(enc(bundle), enc(key), enc(opening));
      res.millis = performance.now() - t0;
      return res;
    },
  };

  // pin holds a verdict to the key hash a buyer trusts: the keccak256 of
  // the key's on-chain encoding, which the registry records per model and
  // a deposit pins per job (`zkinfer job show` prints it). A proof that
  // verifies under another key is not one the escrow pays.
  zk.pin = function (res, pinned, whose) {
    if (!pinned || !pinned.trim()) return res;
    const want = pinned.trim().toLowerCase().replace(/^(0x)?/, "0x");
    if (!/^0x[0-9a-f]{64}$/.test(want)) {
      return { valid: false, kind: "input", error: "the pinned key hash must be 32 bytes of hex (0x and 64 digits), as zkinfer job show prints it" };
    }
    res.pinned = want + (whose ? " — " + whose : "");
    if (res.valid && res.chainKeyHash !== want) {
      res.valid = false;
      res.kind = "key not pinned";
      res.error = "the proof verifies under the key given, but that key's keccak256 is " +
        (res.chainKeyHash || "unknown (" + res.chainKeyError + ")") + ", not the pinned " + want +
        ": the escrow judges with the pinned key, so this is not a proof it pays";
    }
    return res;
  };

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    for (const c of children) e.append(c);
    return e;
  }

  // show renders a result into the verdict box: VALID or INVALID with the
  // reason, and the trust anchors beside it.
  zk.show = function (box, res, keySource) {
    box.replaceChildren();
    box.className = "verdict " + (res.valid ? "valid" : "invalid");
    box.dataset.valid = String(res.valid);
    const head = res.valid ? "VALID" : "INVALID";
    box.append(el("div", { class: "verdict-head", id: "verdict-head" }, head + (res.valid ? "" : ": " + (res.kind || "error"))));
    if (!res.valid) box.append(el("div", { class: "reason", id: "verdict-reason" }, res.error || "unknown error"));
    const a = res.anchors || {};
    const rows = [
      ["model", a.model],
      ["model commitment", a.modelCommitment],
      ["circuit", a.circuitId && a.circuitId + " (" + a.options + ")"],
      ["proof system", a.backend],
      ["verifying key (SHA-256 the bundle names)", a.verifyingKeyHash],
      ["verifying key given (SHA-256)", res.keyHash && res.keyHash + (keySource ? " — " + keySource : "")],
      ["verifying key given (keccak256 of its on-chain encoding)", res.chainKeyHash],
      ["verifying key pinned (keccak256)", res.pinned || (res.chainKeyHash && "none given: the key is trusted as given")],
      ["setup (who could forge proofs)", a.setup],
      ["job", a.job || (a.jobTag && "tag " + a.jobTag)],
      ["output commitment", a.outputCommitment],
      ["output (from your opening, checked here)", res.output && "[" + res.output.join(", ") + "]"],
      ["public output", a.publicOutput && "[" + a.publicOutput.join(", ") + "]"],
      ["output sealed to buyer key", a.sealedTo],
      ["checked in", res.millis != null ? res.millis.toFixed(0) + " ms in this browser" : null],
    ];
    const dl = el("dl", { class: "anchors" });
    for (const [k, v] of rows) {
      if (v == null || v === "") continue;
      dl.append(el("dt", {}, k), el("dd", {}, String(v)));
    }
    box.append(dl);
  };

  // panel wires a verifier panel: file inputs (or files dropped on it) for
  // the bundle, the key and an optional opening, a button, a verdict box.
  zk.panel = function (root) {
    const files = { bundle: null, key: null, opening: null };
    const box = root.querySelector(".verdict");
    const pinned = root.querySelector("input[name=pinned]");
    for (const name of Object.keys(files)) {
      const input = root.querySelector("input[name=" + name + "]");
      input.addEventListener("change", () => (files[name] = input.files[0] || null));
    }
    root.addEventListener("dragover", (e) => e.preventDefault());
    root.addEventListener("drop", (e) => {
      e.preventDefault();
      for (const f of e.dataTransfer.files) {
        const n = f.name.toLowerCase();
        if (n.includes("open")) files.opening = f;
        else if (n.endsWith(".json") || n.endsWith(".bin")) files.bundle = f;
        else files.key = f;
      }
      root.querySelector(".dropped").textContent = Object.entries(files).filter(([, f]) => f).map(([k, f]) => k + ": " + f.name).join(", ");
    });
    root.querySelector("button.verify").addEventListener("click", async () => {
      if (!files.bundle || !files.key) {
        zk.show(box, { valid: false, kind: "input", error: "give a bundle and its verifying key (the opening is optional)" });
        return;
      }
      box.textContent = "verifying…";
      delete box.dataset.valid;
      const read = (f) => (f ? f.arrayBuffer() : null);
      try {
        const res = await zk.verify(await read(files.bundle), await read(files.key), await read(files.opening));
        zk.show(box, zk.pin(res, pinned ? pinned.value : "", "given here"), "from " + files.key.name);
      } catch (err) {
        zk.show(box, { valid: false, kind: "error", error: String(err) });
      }
    });
  };

  globalThis.zkinfer = zk;
})();
