# Shared steps for scripts/serve and scripts/test: each installs what is missing, and does
# nothing when it is already there, so both commands work on a fresh Debian machine with
# rustup and are quick on a warm one.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$ROOT/node_modules/.bin:$PATH"
TARGET=wasm32-unknown-unknown

step() { printf '\n==> %s\n' "$*"; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

APT_UPDATED=
apt_install() {
    if [ -z "$APT_UPDATED" ]; then
        as_root apt-get update -qq
        APT_UPDATED=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

# rust-toolchain.toml lists both; recent rustups add them on first use, older ones may not.
ensure_wasm_target() {
    if ! rustup target list --installed | grep -qx "$TARGET"; then
        step "adding the $TARGET target"
        rustup target add "$TARGET"
    fi
    if ! rustup component list --installed | grep -qx rust-src; then
        step "adding the standard library's source (the release module rebuilds it for size)"
        rustup component add rust-src
    fi
}

# The CLI must be exactly the version of the wasm-bindgen crate in Cargo.lock: the two
# share a schema, and a mismatch fails the build.
wasm_bindgen_version() {
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock
}

ensure_wasm_bindgen() {
    local want
    want=$(wasm_bindgen_version)
    [ -n "$want" ] || { echo "wasm-bindgen not found in Cargo.lock" >&2; exit 1; }
    if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
        step "installing wasm-bindgen-cli $want from crates.io (a few minutes, once)"
        # No --locked: this registry's index lacks one of the CLI's locked dependencies.
        cargo install wasm-bindgen-cli --version "$want"
    fi
}

ensure_node() {
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
        step "installing Node.js and npm from Debian"
        apt_install nodejs npm
    fi
}

# npm packages (playwright-core, binaryen's wasm-opt) exactly as package-lock.json pins them.
ensure_npm_packages() {
    ensure_node
    if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
        step "installing npm packages"
        npm ci --no-audit --no-fund --loglevel=error
    fi
}

ensure_chromium() {
    if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
        step "installing Chromium and ChromeDriver from Debian"
        apt_install chromium chromium-driver
    fi
}

# Builds the crate to WebAssembly twice and writes each ES module and .wasm into www/pkg/:
# civic_stats (everything) and civic_stats_json (without the CSV reader, 35 KB gzipped less;
# what a page gets unless a chart on it reads CSV, see www/civic-stats.js).
build_wasm() {
    ensure_wasm_target
    ensure_wasm_bindgen
    build_module civic_stats
    build_module civic_stats_json --no-default-features
    minify_element
    bash scripts/size
}

# www/civic-stats.min.js: the element as sites download it (12.5 -> 6.8 KB gzipped), with a
# source map back to www/civic-stats.js, which stays the file integrators read and audit; and
# www/civic-stats.min.css, which the minified element loads (2.6 -> 1.5 KB gzipped: the
# stylesheet's comments say why each rule is there). clean-css at level 1 keeps fallbacks
# such as width: -webkit-fill-available before width: stretch.
minify_element() {
    step "minifying the element"
    (cd www && terser civic-stats.js --module --compress passes=3 --mangle \
        --define "CIVIC_STATS_STYLES='civic-stats.min.css'" \
        --source-map "url='civic-stats.min.js.map'" -o civic-stats.min.js &&
        cleancss -O1 civic-stats.css -o civic-stats.min.css)
}

# build_module NAME [cargo feature flags]
build_module() {
    local name=$1
    shift
    step "building the WebAssembly module $name"
    # The standard library is rebuilt from source (rust-src, see rust-toolchain.toml) for size,
    # with panics compiled to a bare trap: no panic message formatting, no location strings.
    # A panic is a bug either way (the fuzzers look for them; none is known) and took the
    # module down before too; only its console message is gone. 178 -> 163 KB gzipped (the
    # build with the CSV reader). Both flags are unstable, hence RUSTC_BOOTSTRAP on the pinned
    # stable compiler; native builds and the browser tests' debug build use the standard
    # library as shipped. The standard library and the dependencies are built once for both
    # feature sets; only this crate is compiled again for each (about ten seconds).
    # -Zfmt-debug=none leaves out every Debug implementation and the Unicode tables that
    # escape strings for `{:?}` (3 KB gzipped). Nothing the widget shows goes through Debug:
    # serde's "invalid type: string \"377\"" loses its quoted value, and data::JsonProblem
    # reads only the word before it; the e2e tests check such messages in this build.
    # -Zlocation-detail=none drops the file names and lines panics would have reported
    # (0.3 KB gzipped), which a bare trap never shows.
    RUSTC_BOOTSTRAP=1 RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none" \
        cargo build --release --target "$TARGET" --lib "$@" \
        -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
    wasm-bindgen --target web --no-typescript --out-dir www/pkg --out-name "$name" \
        "target/$TARGET/release/civic_stats.wasm"
    if command -v wasm-opt >/dev/null && wasm-opt --version | grep -qE 'version (1[1-9][0-9]|[2-9][0-9]{2})'; then
        # Debian's binaryen 108 writes modules Chromium refuses; npm's 132 is fine. Flattening
        # and re-looping the control flow before three rounds of -Oz finds 1.4 KB (gzipped)
        # more than -Oz alone, for nine more seconds of build.
        local features="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
            --enable-mutable-globals --enable-reference-types --enable-multivalue"
        # shellcheck disable=SC2086 # one flag per word
        wasm-opt --flatten --rereloop -Oz -Oz -Oz $features \
            "www/pkg/${name}_bg.wasm" -o "www/pkg/${name}_bg.wasm"
        # The functions laid out smallest first, where gzip finds more of their common bytes
        # (-1.2 KB gzipped): scripts/order-functions.mjs names them in that order for the
        # next pass's --reorder-functions-by-name.
        node scripts/order-functions.mjs "www/pkg/${name}_bg.wasm"
        # Imports and exports renamed to a letter or two, and the glue given the same names
        # (scripts/short-names.mjs): wasm-bindgen's names end in a 16-digit hash each, in
        # both files (-1.9 KB gzipped; the exports object init() returns has these names
        # too). The toolchain's and the features' custom sections go (-0.2 KB).
        # shellcheck disable=SC2086
        wasm-opt $features --reorder-functions-by-name --minify-imports-and-exports-and-modules \
            --strip-producers --strip-target-features \
            "www/pkg/${name}_bg.wasm" -o "www/pkg/${name}_bg.wasm" >"target/$name-names.json"
        node scripts/short-names.mjs "target/$name-names.json" "www/pkg/$name.js" "www/pkg/${name}_bg.wasm"
    else
        echo "wasm-opt 110 or newer not found: the module is unoptimised but works" >&2
    fi
    if command -v terser >/dev/null; then
        # The generated glue minified (7.5 -> 4.5 KB gzipped), as the element is (minify_element).
        terser "www/pkg/$name.js" --module --compress --mangle -o "www/pkg/$name.js"
    fi
}
