// "Leave quickly": replaces the page (so Back does not return to it) with the sign-out, which ends
// on a neutral site. The button, or the Escape key pressed twice within a second.
(function () {
  var button = document.getElementById('leave-quickly');
  if (!button) {
    return;
  }
  function leave() {
    document.body.style.visibility = 'hidden';
    window.location.replace(button.getAttribute('data-leave'));
  }
  button.addEventListener('click', leave);
  var lastEscape = 0;
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      var now = Date.now();
      if (now - lastEscape < 1000) {
        leave();
      }
      lastEscape = now;
    }
  });
})();
