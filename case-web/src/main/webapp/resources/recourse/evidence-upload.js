/*
 * Evidence uploads on the case page: drag and drop or choose several files; each is sent on its own
 * as multipart/form-data with the capture facts to the evidence servlet, which streams it into
 * encrypted storage. A progress bar per file; a refused file shows the server's message beside the
 * field it names. Nothing here renders file content.
 */
(function () {
  "use strict";

  function text(node, value) {
    node.textContent = value;
    return node;
  }

  function clearErrors(root) {
    root.querySelectorAll(".rc-field-error").forEach(function (el) { text(el, ""); });
  }

  function showErrors(root, problem) {
    var errors = (problem && problem.errors) || [];
    if (errors.length === 0) {
      errors = [{ field: "file", message: (problem && problem.detail) || "The upload failed." }];
    }
    errors.forEach(function (e) {
      var slot = root.querySelector('.rc-field-error[data-field="' + e.field + '"]')
          || root.querySelector('.rc-field-error[data-field="file"]');
      text(slot, (slot.textContent ? slot.textContent + " " : "") + e.message);
    });
  }

  /*
   * The capture time as typed or chosen ("2026-11-20 14:05"), sent as a local date-time with the
   * zone the page names beside the field: the person's own (their profile's, else UTC), not the
   * browser's, so that the instant saved is the one they meant and shown back as they typed it.
   */
  function capturedAt(root) {
    var input = root.querySelector(".rc-captured-at input");
    var value = input ? input.value.trim() : "";
    return /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(value) ? value.replace(" ", "T") : value;
  }

  function fields(root) {
    var data = {};
    ["sourceUrl", "capturedBy", "method", "description"].forEach(function (name) {
      var input = root.querySelector('[data-part="' + name + '"]');
      if (input && input.value) {
        data[name] = input.value;
      }
    });
    var at = capturedAt(root);
    if (at) {
      data.capturedAt = at;
      data.timeZone = root.getAttribute("data-zone") || "UTC";
    }
    return data;
  }

  function progressRow(list, file) {
    var row = document.createElement("li");
    row.className = "rc-upload";
    var name = text(document.createElement("span"), file.name);
    name.className = "rc-upload-name";
    var bar = document.createElement("div");
    bar.className = "ui-progressbar ui-widget ui-widget-content ui-corner-all rc-upload-bar";
    bar.setAttribute("role", "progressbar");
    var value = document.createElement("div");
    value.className = "ui-progressbar-value ui-widget-header ui-corner-left";
    value.style.width = "0%";
    value.style.display = "block";
    bar.appendChild(value);
    var state = document.createElement("span");
    state.className = "rc-upload-state";
    row.appendChild(name);
    row.appendChild(bar);
    row.appendChild(state);
    list.appendChild(row);
    return { row: row, value: value, bar: bar, state: state };
  }

  function send(root, file, done) {
    var list = root.querySelector(".rc-upload-list");
    var ui = progressRow(list, file);
    var form = new FormData();
    var facts = fields(root);
    Object.keys(facts).forEach(function (key) { form.append(key, facts[key]); });
    form.append("file", file, file.name);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", root.getAttribute("data-url"));
    xhr.setRequestHeader("X-Recourse-Token", root.getAttribute("data-token"));
    xhr.upload.onprogress = function (event) {
      if (event.lengthComputable) {
        var percent = Math.round((event.loaded / event.total) * 100);
        ui.value.style.width = percent + "%";
        ui.bar.setAttribute("aria-valuenow", String(percent));
      }
    };
    xhr.onload = function () {
      if (xhr.status === 201) {
        ui.value.style.width = "100%";
        text(ui.state, "stored");
        ui.row.classList.add("rc-upload-done");
      } else {
        var problem = null;
        try { problem = JSON.parse(xhr.responseText); } catch (ignored) { /* not JSON */ }
        text(ui.state, "refused");
        ui.row.classList.add("rc-upload-failed");
        showErrors(root, problem);
      }
      done();
    };
    xhr.onerror = function () {
      text(ui.state, "failed");
      ui.row.classList.add("rc-upload-failed");
      showErrors(root, { detail: "The connection failed before the file was stored; send it again." });
      done();
    };
    xhr.send(form);
  }

  function upload(root, files) {
    clearErrors(root);
    var queue = Array.prototype.slice.call(files);
    function next() {
      if (queue.length === 0) {
        if (window.rcEvidenceUploaded) {
          window.rcEvidenceUploaded();
        }
        return;
      }
      send(root, queue.shift(), next);
    }
    next();
  }

  function init() {
    var root = document.querySelector(".rc-evidence-upload");
    if (!root || root.getAttribute("data-ready")) {
      return;
    }
    root.setAttribute("data-ready", "true");
    var zone = root.querySelector(".rc-dropzone");
    var input = root.querySelector('input[type="file"]');
    input.addEventListener("change", function () {
      if (input.files.length > 0) {
        upload(root, input.files);
        input.value = "";
      }
    });
    ["dragenter", "dragover"].forEach(function (type) {
      zone.addEventListener(type, function (event) {
        event.preventDefault();
        zone.classList.add("rc-dropzone-active");
      });
    });
    ["dragleave", "drop"].forEach(function (type) {
      zone.addEventListener(type, function () { zone.classList.remove("rc-dropzone-active"); });
    });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length > 0) {
        upload(root, event.dataTransfer.files);
      }
    });
    var exportForm = document.getElementById("evidenceExport");
    if (exportForm) {
      exportForm.addEventListener("submit", function (event) {
        if (!document.querySelector(".rc-export-pick:checked")) {
          event.preventDefault();
          window.alert("Tick the items to export first.");
        }
      });
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
