/// One page to render: where it goes, which template, and how to build its view.
/// Views are built inside the parallel render so no dictionary crosses threads.
struct PageJob: Sendable {
    let route: Route

    let template: String
    let view: @Sendable (PageContext) -> View
    /// Applied to the rendered page (a card page drops its article's id placeholder).
    var finish: (@Sendable (inout [UInt8]) -> Void)? = nil

    func render(_ context: PageContext, _ templates: TemplateSet) -> OutputFile {
        var bytes = templates.renderBytes(view(context), template: template, parts: context.renderedParts)
        finish?(&bytes)
        return OutputFile(path: route.path, bytes: bytes)
    }
}
