/*
 * The comparison page: the same voorzieningen as the routekaart, drawn the way most teams would — a vis-timeline with
 * one group per niveau, filtered by a DataView (search text and niveau toggles, like the map's toolbar), zoomed with
 * vis's own window API. vis redraws in a requestAnimationFrame it schedules during the call; the count and the
 * zoom step ([data-stap]) are written right after that call, so the bench's clock (click → the paint after the
 * first change it sees) stops at the paint of the frame in which vis has redrawn — the same rule as for our map.
 */
(function () {
  var data = window.VIS_DATA;
  var items = new vis.DataSet(data.items);
  var query = '';
  var niveaus = [];
  var view = new vis.DataView(items, {
    filter: function (item) {
      return (niveaus.length === 0 || niveaus.indexOf(item.group) !== -1) && (query === '' || item.zoektekst.indexOf(query) !== -1);
    },
  });
  var telling = document.querySelector('[data-telling]');
  var stap = document.querySelector('[data-stap]');
  var input = document.querySelector('input[name=q]');
  var veld = document.querySelector('[data-niveaus]');
  data.groups.forEach(function (group) {
    var label = document.createElement('label');
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'niveau';
    box.value = group.id;
    label.append(box, ' ' + group.content);
    veld.append(label);
  });
  var timeline = new vis.Timeline(document.getElementById('tijdlijn'), view, new vis.DataSet(data.groups), {
    stack: true,
    verticalScroll: true,
    maxHeight: '80vh',
    min: data.min,
    max: data.max,
    start: data.min,
    end: data.max,
    zoomMax: Date.parse(data.max) - Date.parse(data.min),
    locale: 'en',
  });
  timeline.on('changed', function () {
    if (!document.body.hasAttribute('data-klaar')) document.body.setAttribute('data-klaar', String(performance.now()));
  });
  function tel() {
    telling.textContent = view.length + ' voorzieningen';
  }
  tel();
  input.addEventListener('input', function () {
    query = input.value.trim().toLowerCase();
    view.refresh();
    tel();
  });
  veld.addEventListener('change', function () {
    niveaus = [].slice.call(veld.querySelectorAll('input:checked')).map(function (box) {
      return box.value;
    });
    view.refresh();
    tel();
  });
  var stappen = 0;
  document.querySelector('[data-zoom=in]').addEventListener('click', function () {
    timeline.zoomIn(0.5, { animation: false });
    stap.textContent = String(++stappen);
  });
  document.querySelector('[data-zoom=heel]').addEventListener('click', function () {
    timeline.setWindow(data.min, data.max, { animation: false });
    stap.textContent = String(++stappen);
  });
  document.querySelector('form').addEventListener('submit', function (event) {
    event.preventDefault();
  });
})();
