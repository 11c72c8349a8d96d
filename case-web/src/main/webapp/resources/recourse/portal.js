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

  // The idle timeout: after data-idle-seconds without a key, tap, click or scroll the page leaves
  // as "Leave quickly" does, before the server's session (as long) would end on its own. Activity
  // after a quiet minute tells the server (data-keep-alive), so its session lasts as long as the
  // page's.
  var idleSeconds = parseInt(button.getAttribute('data-idle-seconds'), 10);
  var keepAlive = button.getAttribute('data-keep-alive');
  if (!(idleSeconds > 0)) {
    return;
  }
  var lastActivity = Date.now();
  var lastServerContact = lastActivity;
  function active() {
    var now = Date.now();
    lastActivity = now;
    if (keepAlive && now - lastServerContact > 60000) {
      lastServerContact = now;
      fetch(keepAlive, {method: 'POST', credentials: 'same-origin'});
    }
  }
  ['keydown', 'pointerdown', 'scroll', 'touchstart'].forEach(function (type) {
    document.addEventListener(type, active, {passive: true});
  });
  setInterval(function () {
    if (Date.now() - lastActivity >= idleSeconds * 1000) {
      leave();
    }
  }, 1000);
})();

// The upload form: a file larger than the server takes is refused here, before it is sent, beside
// the file field and in the page's language (data-max-bytes, data-too-large), as the server refuses
// it. A browser still sending a large body may show a broken connection instead of the server's
// early answer; the server's refusal stays for a browser without this script.
(function () {
  var form = document.getElementById('portalUpload');
  var input = document.getElementById('uploadFile');
  var error = document.getElementById('uploadFileError');
  var max = form ? parseInt(form.getAttribute('data-max-bytes'), 10) : 0;
  if (!input || !error || !(max > 0)) {
    return;
  }
  var refusedHere = false;
  input.addEventListener('change', function () {
    if (refusedHere) {
      refusedHere = false;
      error.textContent = '';
      input.removeAttribute('aria-invalid');
    }
  });
  form.addEventListener('submit', function (event) {
    var file = input.files && input.files[0];
    if (file && file.size > max) {
      event.preventDefault();
      refusedHere = true;
      error.textContent = form.getAttribute('data-too-large');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
  });
})();
