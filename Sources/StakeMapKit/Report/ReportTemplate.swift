import Mustache

/// The report's page through the Mustache template in Resources/: every `{{value}}`
/// is HTML-escaped by the library; only the style, the script and Graphviz's SVG
/// (which escapes its own text) go in unescaped, as `{{{value}}}`.
enum ReportTemplate {
    static let style = String(decoding: PackageResources.report_css, as: UTF8.self)
    static let script = String(decoding: PackageResources.report_js, as: UTF8.self)

    static func render(_ page: ReportPage) throws -> String {
        let library = MustacheLibrary(templates: [
            "report": try MustacheTemplate(string: String(decoding: PackageResources.report_mustache, as: UTF8.self)),
            "table": try MustacheTemplate(string: String(decoding: PackageResources.report_table_mustache, as: UTF8.self)),
            "tablesection": try MustacheTemplate(
                string: String(decoding: PackageResources.report_section_mustache, as: UTF8.self)),
        ])
        return library.render(page, withTemplate: "report") ?? ""
    }
}
