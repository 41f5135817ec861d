// Quick exit (after GOV.UK's "Exit this page"): the button, or Shift pressed three
// times within two seconds, hides the page at once and replaces it in the history,
// so the back button does not return here. Without JavaScript the button is a link.
(function () {
  "use strict";
  var button = document.querySelector("[data-quick-exit]");
  if (!button) return;
  var target = button.getAttribute("href");
  function leave(event) {
    if (event) event.preventDefault();
    document.documentElement.className += " leaving";
    document.title = "";
    window.location.replace(target);
  }
  button.addEventListener("click", leave);
  var presses = [];
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") return;
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 2000; });
    presses.push(now);
    if (presses.length >= 3) leave();
  });
})();
