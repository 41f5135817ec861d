/// 404.html is shown by a web server at whatever address was asked for, one or five
/// folders down, so links written relative to the site root break there. With
/// `base_url` its links are absolute. Without it, a small inline script (allowed by
/// its hash in the page's Content-Security-Policy) finds the site root in the
/// address and puts it in front of every relative link: the root is what comes
/// before the first of the site's own top folders (`…/beredskab/kommuner/x/…` →
/// `…/beredskab/`), else the folder of the address itself. Its style is inline
/// either way. With JavaScript off the links stay relative to the site root.
enum NotFoundPage {
    static func script(topFolders: [String]) -> String {
        let folders = topFolders.sorted().map { "\"\($0)\"" }.joined(separator: ",")
        return """
        (function () {
          "use strict";
          var top = [\(folders)], parts = location.pathname.split("/"), root = null;
          for (var i = 0; i < parts.length && root === null; i++) {
            if (top.indexOf(parts[i]) >= 0) root = parts.slice(0, i).join("/") + "/";
          }
          if (root === null) root = parts.slice(0, parts.length - 1).join("/") + "/";
          var relative = /^(?![a-z][a-z0-9+.-]*:|#|\\/)/i;
          [["a", "href"], ["form", "action"]].forEach(function (pair) {
            var all = document.querySelectorAll(pair[0] + "[" + pair[1] + "]");
            for (var j = 0; j < all.length; j++) {
              var value = all[j].getAttribute(pair[1]);
              if (relative.test(value)) all[j].setAttribute(pair[1], root + value);
            }
          });
          var quickExit = document.createElement("script");
          quickExit.src = root + "assets/site.js";
          document.body.appendChild(quickExit);
        })();
        """
    }
}
