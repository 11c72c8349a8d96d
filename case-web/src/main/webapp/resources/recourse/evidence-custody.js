/*
 * Live custody counts on the case page's evidence tab. A reveal is recorded in the item's chain of
 * custody when the browser fetches the sharp preview, a download when the file is served: both
 * after the page's own action was answered. Once a revealed preview has arrived, and after a
 * download was asked for, the page asks the server for the counts again (rcCustodyChanged), which
 * updates the "Custody (n)" buttons whose count changed. When a download is served is not known
 * here (a large file, a slow line, a save dialog left open): the counts are asked for at growing
 * intervals for two minutes after the click, and when the page has the focus back within that time
 * (the browser's save dialog or download bar closed).
 */
(function () {
  "use strict";

  var pending = null;

  function recount(delay) {
    window.clearTimeout(pending);
    pending = window.setTimeout(function () {
      pending = null;
      if (window.rcCustodyChanged) {
        window.rcCustodyChanged();
      }
    }, delay);
  }

  // load does not bubble: listened for while it travels down (capture)
  document.addEventListener("load", function (event) {
    var target = event.target;
    if (target && target.tagName === "IMG" && target.classList.contains("rc-revealed")) {
      recount(150);
    }
  }, true);

  // after a download's click: when to ask again (ms), and until when focus coming back asks too
  var DOWNLOAD_RECOUNTS = [1500, 6000, 20000, 60000, 120000];
  var downloadWatchedUntil = 0;

  document.addEventListener("click", function (event) {
    var link = event.target && event.target.closest
        ? event.target.closest('a[href*="/evidence-files/"][href$="/content"]') : null;
    if (link) {
      // the download is recorded before its first byte is sent, which may be a while after the
      // click
      DOWNLOAD_RECOUNTS.forEach(function (after) {
        window.setTimeout(function () { recount(0); }, after);
      });
      downloadWatchedUntil = Date.now() + DOWNLOAD_RECOUNTS[DOWNLOAD_RECOUNTS.length - 1];
    }
  }, true);

  window.addEventListener("focus", function () {
    if (Date.now() < downloadWatchedUntil) {
      recount(150);
    }
  });
})();
