/*
 * The comparison page: the same voorzieningen as the routekaart, drawn the way most teams would — a vis-timeline with
 * one group per niveau, filtered by a DataView on a text query. The count is updated when vis reports its redraw
 * ("changed"), so a keystroke is measured until vis has drawn the result, like the routekaart's count.
 */
(function () {
  var data = window.VIS_DATA;
  var items = new vis.DataSet(data.items);
  var query = '';
  var view = new vis.DataView(items, {
    filter: function (item) {
      return query === '' || item.zoektekst.indexOf(query) !== -1;
    },
  });
  var telling = document.querySelector('[data-telling]');
  var input = document.querySelector('input[name=q]');
  var wachtend = true;
  var timeline = new vis.Timeline(document.getElementById('tijdlijn'), view, new vis.DataSet(data.groups), {
    stack: true,
    verticalScroll: true,
    maxHeight: '80vh',
    min: data.min,
    max: data.max,
    start: data.min,
    end: data.max,
    locale: 'en',
  });
  timeline.on('changed', function () {
    if (!document.body.hasAttribute('data-klaar')) document.body.setAttribute('data-klaar', String(performance.now()));
    if (wachtend) {
      wachtend = false;
      telling.textContent = view.length + ' voorzieningen';
    }
  });
  input.addEventListener('input', function () {
    query = input.value.trim().toLowerCase();
    wachtend = true;
    view.refresh();
  });
  document.querySelector('form').addEventListener('submit', function (event) {
    event.preventDefault();
  });
})();
