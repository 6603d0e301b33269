// Compiles zkinfer's contracts with the pinned solc (package.json) and
// writes build/<Contract>.abi, build/<Contract>.bin (creation code) and
// build/<Contract>.runtime.json (the code a deployment holds, and where
// solc writes each immutable's value): a client compares a deployed
// contract's code with it, with no compiler.
// Usage: node compile.js   (run by `go generate ./contracts/...`)
"use strict";
const fs = require("fs");
const path = require("path");
const solc = require("solc");

const here = __dirname;
const out = path.join(here, "build");
fs.mkdirSync(out, { recursive: true });

const settings = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: "cancun",
  outputSelection: {
    "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object", "evm.deployedBytecode.immutableReferences"] },
  },
};

function compile(sources, rename) {
  const input = { language: "Solidity", sources: {}, settings };
  for (const [name, file] of Object.entries(sources)) {
    input.sources[name] = { content: fs.readFileSync(file, "utf8") };
  }
  const result = JSON.parse(solc.compile(JSON.stringify(input)));
  const errors = (result.errors || []).filter((e) => e.severity === "error");
  for (const e of result.errors || []) console.error(e.formattedMessage);
  if (errors.length > 0) process.exit(1);
  for (const [, contracts] of Object.entries(result.contracts)) {
    for (const [name, c] of Object.entries(contracts)) {
      if (!c.evm.bytecode.object) continue; // interfaces
      const as = rename ? rename(name) : name;
      fs.writeFileSync(path.join(out, as + ".abi"), JSON.stringify(c.abi, null, 1) + "\n");
      fs.writeFileSync(path.join(out, as + ".bin"), c.evm.bytecode.object + "\n");
      // one group per immutable variable: every place its value is written
      const immutables = [];
      for (const refs of Object.values(c.evm.deployedBytecode.immutableReferences || {})) {
        immutables.push(refs.map((r) => [r.start, r.length]).sort((a, b) => a[0] - b[0]));
      }
      immutables.sort((a, b) => a[0][0] - b[0][0]);
      const runtime = { code: c.evm.deployedBytecode.object, immutables };
      fs.writeFileSync(path.join(out, as + ".runtime.json"), JSON.stringify(runtime) + "\n");
      console.log("compiled", as, "(" + c.evm.bytecode.object.length / 2 + " bytes)");
    }
  }
}

// The market contracts, one compilation unit.
const src = path.join(here, "src");
const market = {};
for (const f of fs.readdirSync(src).filter((f) => f.endsWith(".sol")).sort()) {
  market[f] = path.join(src, f);
}
compile(market);

console.log("solc", solc.version());
