/*
 * Routekaart Kansrijke Start — embed.js
 * Makes an embedded routekaart (<iframe data-routekaart>) as tall as its content, so the page scrolls instead of
 * the frame. Without this script the iframe keeps its fixed height and scrolls by itself.
 * The map page inside the frame posts { type: "routekaart:hoogte", hoogte: <pixels> }. A message is used only when
 * it comes from one of our frames (event.source), from that frame's own origin, and has exactly that shape.
 * No cookies, no tracking, nothing sent anywhere else.
 */
(function () {
  'use strict';
  var HOOGTE = 'routekaart:hoogte';
  var VRAAG_HOOGTE = 'routekaart:vraag-hoogte';
  var MINIMUM = 150;
  var MAXIMUM = 20000;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-routekaart]'));
  }

  function herkomst(iframe) {
    try {
      return new URL(iframe.getAttribute('src') || '', document.baseURI).origin;
    } catch (fout) {
      return null;
    }
  }

  function vraagHoogte(iframe) {
    var origin = herkomst(iframe);
    if (origin && origin !== 'null' && iframe.contentWindow) iframe.contentWindow.postMessage({ type: VRAAG_HOOGTE }, origin);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== HOOGTE) return;
    var hoogte = data.hoogte;
    if (typeof hoogte !== 'number' || !isFinite(hoogte)) return;
    var iframe = frames().filter(function (frame) {
      return frame.contentWindow === event.source;
    })[0];
    if (!iframe || event.origin !== herkomst(iframe)) return;
    // With box-sizing: border-box (common in CSS resets) the height includes the frame's border and padding.
    var stijl = getComputedStyle(iframe);
    var rand = stijl.boxSizing === 'border-box'
      ? ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce(function (som, eigenschap) {
          return som + (parseFloat(stijl[eigenschap]) || 0);
        }, 0)
      : 0;
    iframe.style.height = Math.round(Math.min(MAXIMUM, Math.max(MINIMUM, hoogte)) + rand) + 'px';
  });

  function start() {
    frames().forEach(function (iframe) {
      iframe.addEventListener('load', function () {
        vraagHoogte(iframe);
      });
      vraagHoogte(iframe);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
