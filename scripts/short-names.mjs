// node scripts/short-names.mjs MAP GLUE WASM
//
// Gives the generated glue the names `wasm-opt --minify-imports-and-exports-and-modules` gave
// the module's imports and exports (MAP is what that pass printed). wasm-bindgen names each
// import after its JS function and a 16-digit hash (`__wbg_set_font_aa0c0c514c73a5fa`), and
// both files carry every name: digits gzip cannot shrink. A name the glue should hold and does
// not stops the build, which would otherwise ship a module that cannot start.
import { readFileSync, writeFileSync } from 'node:fs';

const [mapPath, gluePath, wasmPath] = process.argv.slice(2);
const map = JSON.parse(readFileSync(mapPath, 'utf8'));
let glue = readFileSync(gluePath, 'utf8');

/** Replaces `pattern` by `to`; one that must be there (`what`) and is not stops the build. */
function swap(pattern, to, what) {
  let found = 0;
  glue = glue.replace(pattern, () => {
    found += 1;
    return to;
  });
  if (!found && what) throw new Error(`short-names: ${what} is not in ${gluePath}`);
}

// The imports' object: its one module's key, then each function's key.
const modules = new Set(map.imports.map(([module]) => module));
const renamed = new Set(WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath)))
  .map((i) => i.module));
if (modules.size !== 1 || renamed.size !== 1) {
  throw new Error(`short-names: one import module expected, found ${[...modules]} -> ${[...renamed]}`);
}
swap(JSON.stringify([...modules][0]), JSON.stringify([...renamed][0]), 'the import module');
for (const [, from, to] of map.imports) swap(new RegExp(`\\b${from}\\b(?=:)`, 'g'), to, from);
// Exports, read as properties of `wasm`; those the glue never reads need no new name there.
for (const [from, to] of map.exports) swap(new RegExp(`\\bwasm\\.${from}\\b`, 'g'), `wasm.${to}`, null);
writeFileSync(gluePath, glue);
