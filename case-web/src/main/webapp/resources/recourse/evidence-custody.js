/*
 * Live custody counts on the case page's evidence tab. A reveal is recorded in the item's chain of
 * custody when the browser fetches the sharp preview, a download when the file is served: both
 * after the page's own action was answered. Once a revealed preview has arrived, and a little
 * after a download was asked for, the page asks the server for the counts again
 * (rcCustodyChanged), which updates the "Custody (n)" buttons whose count changed.
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

  document.addEventListener("click", function (event) {
    var link = event.target && event.target.closest
        ? event.target.closest('a[href*="/evidence-files/"][href$="/content"]') : null;
    if (link) {
      // the download is recorded before its first byte is sent; a large file keeps the server
      // busy longer, so asked again later too
      window.setTimeout(function () { recount(0); }, 1500);
      window.setTimeout(function () { recount(0); }, 6000);
    }
  }, true);
})();
