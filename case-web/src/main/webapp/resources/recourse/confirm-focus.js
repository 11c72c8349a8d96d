/*
 * Takes the keyboard into a confirmation as it opens, on its answer button, so that Enter answers
 * and Escape or Tab to "Keep it open" cancels; PrimeFaces' own focusing of the global confirm dialog
 * did not reach it on the case page.
 */
(function () {
  function focusOpenConfirmation() {
    var dialogs = document.querySelectorAll('.ui-confirm-dialog');
    for (var i = 0; i < dialogs.length; i++) {
      var dialog = dialogs[i];
      if (window.getComputedStyle(dialog).display !== 'none' && !dialog.contains(document.activeElement)) {
        var answer = dialog.querySelector('.ui-confirmdialog-yes');
        if (answer) {
          answer.focus();
        }
      }
    }
  }
  document.addEventListener('click', function () {
    window.setTimeout(focusOpenConfirmation, 0);
    window.setTimeout(focusOpenConfirmation, 250);
  }, true);
})();
