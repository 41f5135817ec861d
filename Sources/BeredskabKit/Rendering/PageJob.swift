/// One page to render: where it goes, which template, and how to build its view.
/// Views are built inside the parallel render so no dictionary crosses threads.
struct PageJob: Sendable {
    let route: Route

    let template: String
    let view: @Sendable (PageContext) -> View

    func render(_ context: PageContext, _ templates: TemplateSet) -> OutputFile {
        OutputFile(path: route.path, bytes: templates.renderBytes(view(context), template: template, parts: context.renderedParts))
    }
}
