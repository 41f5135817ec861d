/// Tabs poll the server for the build version and reload when it changes, so a
/// saved file shows up without touching the browser. Polling keeps the server
/// simple (no long-lived connections to track) and needs no external script.
enum LiveReload {
    static let versionPath = "/__beredskab/version"
    static let scriptPath = "/__beredskab/reload.js"

    static let script = """
    (function () {
      "use strict";
      var seen = null;
      function poll() {
        fetch("\(versionPath)", { cache: "no-store" }).then(function (r) { return r.text(); }).then(function (v) {
          if (seen !== null && v !== seen) { window.location.reload(); return; }
          seen = v;
          setTimeout(poll, 300);
        }).catch(function () { setTimeout(poll, 1000); });
      }
      poll();
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
