// Quick exit (after GOV.UK's "Exit this page"): the button, or Shift pressed and
// released on its own three times within five seconds, hides the page at once and
// replaces it in the history, so the back button does not return here. Shift used as a
// modifier (typing a capital, Ctrl+Shift) never counts: any other key resets the count.
// A live region tells screen-reader users how many presses are left. Without
// JavaScript the button is a link.
(function () {
  "use strict";
  var button = document.querySelector("[data-quick-exit]");
  if (!button) return;
  var target = button.getAttribute("href");
  var status = document.querySelector("[data-quick-exit-status]");
  var count = 0, timer = null, bare = false;
  function announce(text) { if (status) status.textContent = text; }
  function leave(event) {
    if (event) event.preventDefault();
    announce("Forlader siden");
    document.documentElement.className += " leaving";
    document.title = "";
    window.location.replace(target);
  }
  function reset() {
    if (timer) window.clearTimeout(timer);
    timer = null;
    if (count > 0) announce("");
    count = 0;
  }
  button.addEventListener("click", leave);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Shift") {
      if (!event.repeat) bare = true;
    } else {
      bare = false;
      reset();
    }
  });
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift" || !bare) return;
    bare = false;
    count += 1;
    if (count >= 3) { reset(); leave(); return; }
    if (timer) window.clearTimeout(timer);
    timer = window.setTimeout(reset, 5000);
    var left = 3 - count;
    announce("Shift, tryk " + left + (left === 1 ? " gang" : " gange") + " mere for at forlade siden");
  });
  window.addEventListener("blur", function () { bare = false; });
})();
