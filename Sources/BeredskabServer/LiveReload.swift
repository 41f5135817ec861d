/// Each open tab asks the server for the build version and waits for the answer
/// (a long poll): the server holds the request until the version differs from
/// the one the tab has, so a saved file reaches the tab as soon as it is rebuilt,
/// with no polling interval in between. Plain `fetch`, no external script, and
/// one request per tab at a time.
///
/// The answer is `<version> <last full>`: the version, and the last version that
/// changed templates or assets. After a content change the tab fetches its page
/// again and replaces only the parts that differ: no new request for the
/// stylesheet and scripts, no blank page in between (a full reload took a
/// browser 100 ms and more here), and the reader keeps their place. A template
/// or asset change, a different head, an error panel coming or going, or a change
/// to anything the page's scripts hold on to (forms, the quick exit) reloads the
/// page instead.
enum LiveReload {
    static let versionPath = "/__beredskab/version"
    static let scriptPath = "/__beredskab/reload.js"
    /// How long the server holds a request before answering with the same version.
    static let hold = Duration.seconds(8)

    static let script = """
    (function () {
      "use strict";
      var seen = null;
      var bound = "script, form, input, select, textarea, button, [data-quick-exit], [data-quick-exit-status]";
      function reload() { window.location.reload(); }
      function children(element) {
        return Array.prototype.filter.call(element.children, function (e) { return e.tagName !== "TITLE"; });
      }
      function same(a, b) {
        return a.length === b.length && a.every(function (e, i) { return e.isEqualNode(b[i]); });
      }
      function holdsScripts(e) { return e.matches(bound) || e.querySelector(bound) !== null; }
      function update() {
        fetch(window.location.href, { cache: "no-store" }).then(function (r) {
          if (!r.ok) { throw new Error("status " + r.status); }
          return r.text();
        }).then(function (html) {
          var next = new DOMParser().parseFromString(html, "text/html");
          var old = children(document.body), now = children(next.body), changed = [];
          if (!same(children(document.head), children(next.head)) || old.length !== now.length) { reload(); return; }
          for (var i = 0; i < old.length; i++) {
            if (old[i].isEqualNode(now[i])) { continue; }
            if (old[i].tagName !== now[i].tagName || holdsScripts(old[i]) || holdsScripts(now[i])) { reload(); return; }
            changed.push(i);
          }
          document.title = next.title;
          changed.forEach(function (i) { old[i].replaceWith(document.adoptNode(now[i])); });
        }).catch(reload);
      }
      function ask() {
        var url = "\(versionPath)" + (seen === null ? "" : "?seen=" + encodeURIComponent(seen));
        fetch(url, { cache: "no-store" }).then(function (r) { return r.text(); }).then(function (answer) {
          var parts = answer.split(" "), version = Number(parts[0]), full = Number(parts[1]);
          if (seen !== null && version !== seen) {
            // A restarted server counts from 1 again; its templates may differ.
            if (version < seen || full > seen) { reload(); return; }
            update();
          }
          seen = version;
          ask();
        }).catch(function () { setTimeout(ask, 1000); });
      }
      ask();
    })();

    """

    /// The built pages' policy has `default-src 'none'`, which also forbids the
    /// script's request for the version. Served pages (only they) may reach their
    /// own server; the built site keeps its strict policy.
    static let builtPolicy = "default-src 'none';"
    static let servedPolicy = "default-src 'none'; connect-src 'self';"

    /// Adds the reload script, and the build's errors when it failed, to an HTML page.
    static func inject(into html: String, errors: String?) -> String {
        var page = html
        if let policy = page.range(of: builtPolicy) {
            page.replaceSubrange(policy, with: servedPolicy)
        }
        if let errors, let body = page.range(of: "<body>") {
            page.insert(contentsOf: errors, at: body.upperBound)
        }
        if let end = page.range(of: "</body>", options: .backwards) {
            page.insert(contentsOf: "<script src=\"\(scriptPath)\" defer></script>\n", at: end.lowerBound)
        }
        if errors != nil, let head = page.range(of: "</head>") {
            page.insert(contentsOf: "<link rel=\"stylesheet\" href=\"\(ErrorPanel.stylesheetPath)\">\n", at: head.lowerBound)
        }
        return page
    }
}

import Foundation
