// Redraw, hover and memory measurements, driven by benches/run.mjs. Both libraries draw the
// same case side by side into canvases of the same CSS size and devicePixelRatio, and the
// runner alternates between them, so the two share whatever noise the machine has at that
// moment. The timing loops run here, in the page: a round trip to node per redraw would cost
// more than a redraw.
//
// Canvas 2D in Chromium records drawing commands and rasterises them later; every timed
// redraw therefore ends with a one-pixel getImageData, which forces the recording to be
// rasterised, so both libraries pay for their pixels and not only for issuing commands.
import init, { Chart as Civic } from '/pkg/civic_stats_json.js';
import '/civic-stats.min.js';
import { loadCase } from '/bench/datasets.js';

// The build a page of JSON datasets gets, as the element does: it has already started
// init(), and this returns the same instance. Its exports have one- and two-letter names
// (scripts/short-names.mjs): the memory is found by what it is.
const memoryOfWasm = Object.values(await init()).find((e) => e instanceof WebAssembly.Memory);
const ChartJs = window.Chart;

let current = null;

function canvasIn(id) {
  const box = document.getElementById(id);
  const canvas = document.createElement('canvas');
  box.replaceChildren(canvas);
  return { box, canvas };
}

function flush(canvas) {
  canvas.getContext('2d').getImageData(0, 0, 1, 1);
}

/** Non-background pixels in the first rows of the backing store: 0 means nothing was drawn. */
function painted(canvas) {
  const rows = Math.min(canvas.height, 2000);
  if (!canvas.width || !rows) return 0;
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, rows);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && data[i] < 200) n++;
  return n;
}

/**
 * The calls `draw` makes on `canvas`'s 2D context, in order: [name, arguments] for methods,
 * [name, value, true] for properties set. Replayed from JavaScript they are the browser's
 * share of a redraw, what any library issuing them would pay (see `ops.replay`).
 */
function record(canvas, draw) {
  const context = canvas.getContext('2d');
  const proto = CanvasRenderingContext2D.prototype;
  const calls = [];
  const saved = [];
  for (const name of Object.getOwnPropertyNames(proto)) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (typeof d.value === 'function' && name !== 'constructor') {
      saved.push([name, d]);
      Object.defineProperty(proto, name, {
        ...d,
        value(...args) {
          if (this === context) calls.push([name, args]);
          return d.value.apply(this, args);
        },
      });
    } else if (d.set) {
      saved.push([name, d]);
      Object.defineProperty(proto, name, {
        ...d,
        set(v) {
          if (this === context) calls.push([name, v, true]);
          d.set.call(this, v);
        },
      });
    }
  }
  try {
    draw();
  } finally {
    for (const [name, d] of saved) Object.defineProperty(proto, name, d);
  }
  return calls;
}

function replay(canvas, calls) {
  const context = canvas.getContext('2d');
  for (const [name, a, set] of calls) {
    if (set) context[name] = a;
    else context[name](...a);
  }
}

function size(canvas) {
  return { css: [canvas.clientWidth, canvas.clientHeight], store: [canvas.width, canvas.height] };
}

/** Up to `n` indices spread evenly over `count` items. */
function spread(count, n = 64) {
  const step = Math.max(1, count / n);
  const out = [];
  for (let i = 0; i < count && out.length < n; i += step) out.push(Math.floor(i));
  return out;
}

function teardown() {
  if (!current) return;
  current.civic.free();
  current.chartjs.destroy();
  current.element?.remove();
  current = null;
}

/** Draws case `key` with both libraries; returns sizes, a painted check and hover points. */
async function setup(key, { element = false } = {}) {
  teardown();
  const data = await loadCase(key);
  const c = canvasIn('civic-box');
  const civic = new Civic(c.canvas, data.options);
  civic.loadJson(data.text);
  // civic-stats sizes its canvas to its content; Chart.js fills its box, made the same size.
  const j = canvasIn('chartjs-box');
  j.box.style.height = c.canvas.style.height;
  const chartjs = new ChartJs(j.canvas, data.chartjs());

  // Hover targets: the middle of bars spread over the chart, in CSS px from the canvas corner.
  const civicPoints = spread(civic.targetCount).map((i) => {
    const [x, y, w, h] = civic.targetBox(i);
    return [x + w / 2, y + h / 2];
  });
  const bars = chartjs.data.datasets.flatMap((_, d) => chartjs.getDatasetMeta(d).data);
  const chartjsPoints = spread(bars.length).map((i) => {
    const { x, y, base } = bars[i];
    return [(x + base) / 2, y];
  });
  current = { key, data, civic, chartjs, civicCanvas: c.canvas, chartjsCanvas: j.canvas, civicPoints, chartjsPoints };
  current.calls = {
    civic: record(c.canvas, () => civic.draw()),
    chartjs: record(j.canvas, () => chartjs.update('none')),
  };

  if (element) {
    const el = document.createElement('civic-stats');
    for (const [k, v] of Object.entries(data.options)) el.setAttribute(k, v);
    el.data = data.text;
    const loaded = new Promise((ok) => el.addEventListener('civic-stats:load', ok, { once: true }));
    document.getElementById('elements').replaceChildren(el);
    await loaded;
    const canvas = el.shadowRoot.querySelector('canvas');
    current.element = el;
    current.elementCanvas = canvas;
    current.elementPoints = spread(el.chart.targetCount).map((i) => {
      const [x, y, w, h] = el.chart.targetBox(i);
      return [x + w / 2, y + h / 2];
    });
  }

  const misses = {
    civic: current.civicPoints.filter(([x, y]) => civic.hit(x, y) === undefined).length,
    chartjs: current.chartjsPoints.filter(([x, y]) => hitChartJs(chartjs, x, y).length === 0).length,
  };
  return {
    key,
    label: data.label,
    bars: data.bars,
    civic: { ...size(c.canvas), painted: painted(c.canvas), targets: civic.targetCount, error: civic.error ?? null },
    chartjs: { ...size(j.canvas), painted: painted(j.canvas), targets: bars.length },
    misses,
  };
}

function hitChartJs(chart, x, y) {
  const { mode, ...interaction } = chart.options.interaction;
  // An object with `native` is taken by Chart.js as an already-resolved event position.
  return chart.getElementsAtEventForMode({ type: 'mousemove', native: null, x, y }, mode, interaction, true);
}

// The operations timed. Each takes a running counter so hovers move to a new bar every call.
const ops = {
  redraw: {
    // Chart.draw(): layout and painting at the canvas's current size (the figure is kept
    // while data and options stay the same, as on a resize).
    civic: () => { current.civic.draw(); flush(current.civicCanvas); },
    // update('none'): Chart.js re-resolves data, scales and layout, then draws, without animation.
    chartjs: () => { current.chartjs.update('none'); flush(current.chartjsCanvas); },
  },
  // The canvas calls of one redraw, recorded, issued again from JavaScript with the readback:
  // what the browser takes for them, the least any library drawing the same would take.
  replay: {
    civic: () => { replay(current.civicCanvas, current.calls.civic); flush(current.civicCanvas); },
    chartjs: () => { replay(current.chartjsCanvas, current.calls.chartjs); flush(current.chartjsCanvas); },
  },
  // The same without the readback, for the memory loops, where only allocations matter.
  draw: {
    civic: () => current.civic.draw(),
    chartjs: () => current.chartjs.update('none'),
  },
  hover: {
    // What the element's pointermove handler asks of the chart: hit-test, then tooltip text.
    civic: (n) => {
      const [x, y] = current.civicPoints[n % current.civicPoints.length];
      const i = current.civic.hit(x, y);
      if (i !== undefined) current.civic.tooltip(i);
    },
    // What Chart.js does on a mousemove: find the elements under the pointer in its
    // interaction mode, set hover styles and the tooltip's elements (which lays the tooltip
    // out), and render the chart again with them (no re-layout: render, not update).
    chartjs: (n) => {
      const chart = current.chartjs;
      const [x, y] = current.chartjsPoints[n % current.chartjsPoints.length];
      const active = hitChartJs(chart, x, y);
      chart.setActiveElements(active);
      chart.tooltip.setActiveElements(active, { x, y });
      chart.render();
    },
    // The element end to end: a synchronous pointermove on its canvas runs its own handler
    // (hit, tooltip text, tooltip DOM, placing it, which reads layout).
    element: (n) => {
      const [x, y] = current.elementPoints[n % current.elementPoints.length];
      const rect = current.elementCanvas.getBoundingClientRect();
      current.elementCanvas.dispatchEvent(new PointerEvent('pointermove', {
        clientX: rect.left + x, clientY: rect.top + y, bubbles: true,
      }));
    },
  },
};

/** The smallest step performance.now() takes here (100 µs unless cross-origin isolated). */
function timerResolution() {
  let best = Infinity;
  for (let k = 0; k < 50; k++) {
    const t0 = performance.now();
    let t1 = t0;
    while (t1 === t0) t1 = performance.now();
    best = Math.min(best, t1 - t0);
  }
  return best;
}
const resolution = timerResolution();

let counter = 0;

/**
 * Warms `kind` up (V8 first runs wasm and JS in baseline tiers and optimises hot code later),
 * then returns how many operations one sample must hold to span 50 timer steps (≤ 2 %
 * rounding error).
 */
function calibrate(kind, lib) {
  const op = ops[kind][lib];
  const t0 = performance.now();
  let n = 0;
  for (; n < 3 || (performance.now() - t0 < 300 && n < 500); n++) op(counter++);
  // Operations slower than a sample's span (10 000 bars) need no batching and no second pass.
  const warm = (performance.now() - t0) / n;
  if (warm >= 50 * resolution) return { per: warm, batch: 1 };
  const t1 = performance.now();
  let m = 0;
  for (; m < 3 || (performance.now() - t1 < 20 && m < 2000); m++) op(counter++);
  const per = (performance.now() - t1) / m;
  return { per, batch: Math.max(1, Math.ceil((50 * resolution) / Math.max(per, 1e-4))) };
}

/** `samples` timings of `kind` for `lib`, each the mean of `batch` consecutive operations, in ms. */
function measure(kind, lib, samples, batch) {
  const op = ops[kind][lib];
  const out = [];
  for (let s = 0; s < samples; s++) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) op(counter++);
    out.push((performance.now() - t0) / batch);
  }
  return out;
}

/** Runs `kind` `n` times untimed (for the memory figures). */
function repeat(kind, lib, n) {
  const op = ops[kind][lib];
  for (let i = 0; i < n; i++) op(counter++);
}

/** `n` create/destroy cycles: the <civic-stats> element, or a Chart.js chart on a new canvas. */
async function cycles(lib, n) {
  // The case set up last, at the same size: civic-stats elements are 800 px wide and as tall
  // as their content; each Chart.js canvas fills a box of that size.
  const { data } = current;
  const host = document.getElementById('elements');
  const box = document.getElementById('cycle-box');
  box.style.height = current.civicCanvas.style.height;
  for (let i = 0; i < n; i++) {
    if (lib === 'civic') {
      const el = document.createElement('civic-stats');
      for (const [k, v] of Object.entries(data.options)) el.setAttribute(k, v);
      el.data = data.text;
      const loaded = new Promise((ok) => el.addEventListener('civic-stats:load', ok, { once: true }));
      host.append(el);
      await loaded;
      el.remove();
    } else {
      const canvas = document.createElement('canvas');
      box.replaceChildren(canvas);
      new ChartJs(canvas, data.chartjs()).destroy();
      canvas.remove();
    }
  }
}

function memory() {
  return {
    wasm: memoryOfWasm.buffer.byteLength,
    heap: performance.memory.usedJSHeapSize,
    liveCharts: customElements.get('civic-stats').liveCharts,
  };
}

window.bench = { resolution, setup, teardown, calibrate, measure, repeat, cycles, memory };
window.benchReady = true;
