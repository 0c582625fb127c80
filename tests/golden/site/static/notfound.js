// The not-found page: the words of the address asked for (an old Blogger address
// such as /2016/02/tarsan-navy-receives-its-first-two.html) offered as a search of
// this archive.  Runs in the browser only; nothing is fetched.
(function () {
  "use strict";
  var box = document.getElementById("notfound-search");
  if (!box) { return; }
  var last = window.location.pathname.replace(/\/+$/, "").split("/").pop() || "";
  try { last = decodeURIComponent(last); } catch (e) { return; }
  last = last.replace(/\.html?$/i, "").replace(/_\d{2}(_\d+)?$/, "");
  if (/^\d{4}(_\d{2}_\d{2}_archive)?$/.test(last)) { return; }
  var words = last.split(/[-+_\s]+/).filter(function (w) { return w; }).join(" ").slice(0, 200);
  if (!words) { return; }
  var link = document.createElement("a");
  link.href = box.getAttribute("data-search") + "?q=" + encodeURIComponent(words);
  link.textContent = words;
  box.appendChild(document.createTextNode((box.getAttribute("data-words") || "") + " "));
  box.appendChild(link);
  box.hidden = false;
})();
