/// Each open tab asks the server for the build version and waits for the answer
/// (a long poll): the server holds the request until the version differs from
/// the one the tab has, so a saved file reaches the tab as soon as it is rebuilt,
/// with no polling interval in between. Plain `fetch`, no external script, and
/// one request per tab at a time.
enum LiveReload {
    static let versionPath = "/__beredskab/version"
    static let scriptPath = "/__beredskab/reload.js"
    /// How long the server holds a request before answering with the same version.
    static let hold = Duration.seconds(8)

    static let script = """
    (function () {
      "use strict";
      var seen = null;
      function ask() {
        var url = "\(versionPath)" + (seen === null ? "" : "?seen=" + encodeURIComponent(seen));
        fetch(url, { cache: "no-store" }).then(function (r) { return r.text(); }).then(function (v) {
          if (seen !== null && v !== seen) { window.location.reload(); return; }
          seen = v;
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
