/*
 * The keyboard on staff pages.
 *
 * Date fields (p:datePicker with showOnFocus="false"): the field is for typing, the calendar opens
 * by its button only. Tab leaves an open calendar as Escape does, back to the field and on,
 * instead of walking through every day of the month.
 *
 * Ajax actions: when an update replaced the element that had the focus, the browser drops the focus
 * to the page body and a keyboard user starts again from the top. The focus goes back to the new
 * element of the same id; failing that, to what the action revealed in its place (an element marked
 * data-focus-from="<id of the control that was focused>", with tabindex="-1"), so that "Show
 * identity" leads on to the identity it showed; failing that, to the messages when the action said
 * something (an error, a confirmation), else to the main content.
 */
(function () {
  "use strict";

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Tab" || !event.target.closest) {
      return;
    }
    var panel = event.target.closest(".ui-datepicker-panel");
    if (panel && panel.id && window.PrimeFaces) {
      var widget = PrimeFaces.getWidgetById(panel.id.replace(/_panel$/, ""));
      if (widget && widget.hideOverlay) {
        widget.hideOverlay();
      }
    }
  }, true);

  var hadFocus = false;
  var focusedId = null;

  function visible(element) {
    return element && element.offsetParent !== null && !element.disabled;
  }

  function successorOf(id) {
    var marked = document.querySelectorAll("[data-focus-from]");
    for (var i = 0; i < marked.length; i++) {
      if (marked[i].getAttribute("data-focus-from").split(" ").indexOf(id) >= 0) {
        return marked[i];
      }
    }
    return null;
  }

  function restoreFocus() {
    var active = document.activeElement;
    if (!hadFocus || (active && active !== document.body && document.documentElement.contains(active))) {
      return;
    }
    var again = focusedId ? document.getElementById(focusedId) : null;
    if (visible(again)) {
      again.focus();
      return;
    }
    var successor = focusedId ? successorOf(focusedId) : null;
    if (visible(successor)) {
      successor.focus();
      return;
    }
    var messages = document.getElementById("messages");
    if (messages && messages.textContent.trim() !== "") {
      messages.setAttribute("tabindex", "-1");
      messages.focus();
      return;
    }
    var main = document.getElementById("main");
    if (main) {
      main.focus();
    }
  }

  if (window.jQuery) {
    jQuery(document).on("pfAjaxSend", function () {
      var active = document.activeElement;
      hadFocus = !!active && active !== document.body;
      focusedId = hadFocus ? active.id || null : null;
    });
    jQuery(document).on("pfAjaxComplete", function () {
      window.setTimeout(restoreFocus, 0);
    });
  }
})();
