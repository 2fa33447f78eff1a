// Parley's only script: tells the sign-in form the browser's time zone, so that times are shown in it.
// Everything else works without scripts; htmx merely enhances links and forms.
(function () {
  function fillTimeZone() {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    document.querySelectorAll("input[data-browser-time-zone]").forEach(function (input) {
      input.value = zone;
    });
  }
  document.addEventListener("DOMContentLoaded", fillTimeZone);
  document.addEventListener("htmx:afterSwap", fillTimeZone);
})();
