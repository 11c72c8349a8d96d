/*
 * A link to an evidence item elsewhere on the case page (the client's incident log on the Portal
 * tab names the files attached to an entry): opens the Evidence tab and brings the item's row into
 * view, marked for a moment. Without this script the link still leads to the Evidence tab's anchor.
 */
(function () {
  function showItem(id) {
    var marks = document.querySelectorAll('[data-evidence-item]');
    var rows = [];
    for (var m = 0; m < marks.length; m++) {
      rows.push(marks[m].closest('tr'));
    }
    for (var i = 0; i < rows.length; i++) {
      if (rows[i] && marks[i].getAttribute('data-evidence-item') === id) {
        rows[i].scrollIntoView({block: 'center'});
        rows[i].classList.add('rc-evidence-target');
        rows[i].setAttribute('tabindex', '-1');
        rows[i].focus();
        window.setTimeout(function (row) {
          row.classList.remove('rc-evidence-target');
        }, 4000, rows[i]);
        return;
      }
    }
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.rc-evidence-link') : null;
    if (!link) {
      return;
    }
    event.preventDefault();
    var tab = document.querySelector('a[href$=":evidenceTab"]:not(.rc-evidence-link)');
    if (tab) {
      tab.click();
    }
    var id = link.getAttribute('data-evidence');
    window.setTimeout(function () {
      showItem(id);
    }, 50);
  });
})();
