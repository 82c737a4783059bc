// First paint, for either page: records when the first frame holding the chart was produced,
// in ms since navigation start. A canvas is not a Largest Contentful Paint candidate, so the
// page marks it itself: the chart's pixels are in the canvas when the library returns, and a
// task posted from the next requestAnimationFrame runs once that frame has been rendered.
function afterNextFrame() {
  return new Promise((done) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(null);
  }));
}

function painted(canvas) {
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && data[i] < 200) n++;
  return n;
}

async function report(canvas, drawn) {
  const paint = await afterNextFrame();
  window.firstPaint = {
    // When the page's HTML started to arrive: the part of the time no library can change.
    response: performance.getEntriesByType('navigation')[0]?.responseStart,
    drawn,
    paint,
    painted: painted(canvas),
    css: [canvas.clientWidth, canvas.clientHeight],
    store: [canvas.width, canvas.height],
  };
}

const element = document.querySelector('civic-stats');
if (element) {
  element.addEventListener('civic-stats:load', () => {
    report(element.shadowRoot.querySelector('canvas'), performance.now());
  }, { once: true });
} else {
  // Chart.js: the same file, fetched the same way, drawn in a box of civic-stats' size.
  const params = new URLSearchParams(location.search);
  const box = document.getElementById('chartjs-box');
  box.style.height = `${params.get('h') ?? 340}px`;
  // Imported here, so the civic-stats page makes no request the Chart.js page does not need.
  const { loadCase } = await import('/bench/datasets.js');
  const data = await loadCase('a');
  const canvas = document.getElementById('chartjs');
  new window.Chart(canvas, data.chartjs());
  report(canvas, performance.now());
}
