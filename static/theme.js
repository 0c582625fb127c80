// Dark/light toggle.  Runs in <head> so the chosen theme applies before the first
// paint; the page reads fully without it (the theme then follows the system).
// The button shows the theme it switches to: its icon, and its label for screen
// readers ("Switch to the dark theme").
(function () {
  "use strict";
  var KEY = "archive-theme";
  var root = document.documentElement;
  var stored = null;
  try { stored = localStorage.getItem(KEY); } catch (e) { stored = null; }
  if (stored === "dark" || stored === "light") { root.setAttribute("data-theme", stored); }

  function isDark() {
    var theme = root.getAttribute("data-theme");
    if (theme) { return theme === "dark"; }
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  }

  function show(button) {
    var next = isDark() ? "light" : "dark";
    button.setAttribute("data-next", next);
    var label = button.querySelector(".visually-hidden");
    var words = button.getAttribute(next === "dark" ? "data-to-dark" : "data-to-light") ||
      "Switch to the " + next + " theme";  // the page's words, in the site's language
    if (label) { label.textContent = words; }
    button.title = words;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var button = document.querySelector(".theme-toggle");
    if (!button) { return; }
    button.hidden = false;
    show(button);
    button.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem(KEY, next); } catch (e) { /* private mode */ }
      show(button);
    });
  });
}());
