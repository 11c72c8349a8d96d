/*
 * The idle warning: p:idleMonitor calls RecourseIdle.warn() after the configured quiet time; the
 * dialog counts down the remaining seconds; "Stay signed in" posts to /keep-alive (activity for the
 * server) and starts the monitor again; at zero the page goes to /logout, which ends the Keycloak
 * session too, so nobody finds the case still open at an unattended desk.
 */
var RecourseIdle = (function () {
  var timer = null;

  function config() {
    return document.getElementById('rc-idle-config').dataset;
  }

  function setRemaining(seconds) {
    document.getElementById('rc-idle-remaining').textContent = String(seconds);
  }

  function warn() {
    var remaining = parseInt(config().warningSeconds, 10);
    setRemaining(remaining);
    PF('idleWarning').show();
    clearInterval(timer);
    timer = setInterval(function () {
      remaining -= 1;
      setRemaining(Math.max(remaining, 0));
      if (remaining <= 0) {
        expire();
      }
    }, 1000);
  }

  function stay() {
    clearInterval(timer);
    timer = null;
    PF('idleWarning').hide();
    var body = new URLSearchParams();
    return fetch(config().keepAlive, {method: 'POST', credentials: 'same-origin', body: body})
      .then(function () {
        PF('idleMonitor').reset();
      });
  }

  function expire() {
    clearInterval(timer);
    timer = null;
    window.location.href = config().logout;
  }

  return {warn: warn, stay: stay, expire: expire};
})();
