// Dark/light toggle.  Runs in <head> so the chosen theme applies before the first
// paint; the page reads fully without it (the theme then follows the system).
// The button shows the theme it switches to: its icon, and its label for screen
// readers (aria-label "Switch to the dark theme", then data-to-light's words).  The
// button is hidden without JavaScript, so its icons are drawn here rather than
// repeated in every page's markup.
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

  var ICONS =
    '<svg class="icon-dark" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">' +
    '<path d="M20 14.5A8.5 8.5 0 0 1 9.5 4a8.5 8.5 0 1 0 10.5 10.5z" fill="currentColor"/></svg>' +
    '<svg class="icon-light" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">' +
    '<circle cx="12" cy="12" r="4.5" fill="currentColor"/><path d="M12 1.5v3M12 19.5v3M1.5 12h3M19.5 12h3' +
    'M4.6 4.6l2.1 2.1M17.3 17.3l2.1 2.1M4.6 19.4l2.1-2.1M17.3 6.7l2.1-2.1" stroke="currentColor" ' +
    'stroke-width="2" stroke-linecap="round"/></svg>';

  var toDark = null;  // the page's words, in the site's language: its label as built

  function show(button) {
    var next = isDark() ? "light" : "dark";
    button.setAttribute("data-next", next);
    if (toDark === null) { toDark = button.getAttribute("aria-label") || "Switch to the dark theme"; }
    var words = next === "dark" ? toDark :
      (button.getAttribute("data-to-light") || "Switch to the light theme");
    button.setAttribute("aria-label", words);
    button.title = words;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var button = document.querySelector(".theme-toggle");
    if (!button) { return; }
    if (!button.querySelector("svg")) { button.insertAdjacentHTML("afterbegin", ICONS); }
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
