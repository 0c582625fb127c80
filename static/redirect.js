// An old address's redirect page: go to the page it names (data-redirect, always a
// path of this site), keeping the old address's #fragment (a comment's anchor) and,
// on the search page's old address, its ?q=.  Never leaves the site.
(function () {
  "use strict";
  var root = document.documentElement;
  var target = root.getAttribute("data-redirect");
  if (!target || target.charAt(0) !== "/" || target.charAt(1) === "/") { return; }
  var url = new URL(target, window.location.href);
  if (url.origin !== window.location.origin) { return; }
  var query = root.getAttribute("data-keep-query") === "1" ? window.location.search : url.search;
  window.location.replace(url.pathname + query + (window.location.hash || url.hash));
})();
