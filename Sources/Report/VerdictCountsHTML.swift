import Check

/// The article page's verdict chips and filter buttons, one per verdict. Built on bytes like the claims list:
/// through the template engine their 48 lookups were most of the page shell's rendering time.
/// Items are separated by newlines, without a final one (the template's line ends the list).
enum VerdictCountsHTML {
    static func chips(_ counts: [VerdictCount]) -> String {
        var html = HTMLBuilder(capacity: counts.count * 160)
        for (index, count) in counts.enumerated() {
            if index > 0 { html.markup("\n") }
            html.markup("<li class=\"chip v-")
            html.text(count.verdict)
            if count.isZero { html.markup(" zero") }
            html.markup("\"><span class=\"icon\" aria-hidden=\"true\">")
            html.text(count.icon)
            html.markup("</span><strong>")
            html.text(count.count)
            html.markup("</strong> ")
            html.text(count.label)
            html.markup("</li>")
        }
        return html.html
    }

    static func filterButtons(_ counts: [VerdictCount]) -> String {
        var html = HTMLBuilder(capacity: counts.count * 200)
        for (index, count) in counts.enumerated() {
            if index > 0 { html.markup("\n") }
            html.markup("<button type=\"button\" data-filter=\"")
            html.text(count.verdict)
            html.markup("\" aria-pressed=\"false\" class=\"v-")
            html.text(count.verdict)
            html.markup("\"")
            if count.isZero { html.markup(" disabled") }
            html.markup("><span class=\"icon\" aria-hidden=\"true\">")
            html.text(count.icon)
            html.markup("</span>")
            html.text(count.label)
            html.markup(" <span class=\"n\">")
            html.text(count.count)
            html.markup("</span></button>")
        }
        return html.html
    }

    /// The review form's verdict choices: the same on every page, so part of the template text.
    static let reviewOptions: String = {
        var html = HTMLBuilder(capacity: 256)
        for (index, verdict) in Verdict.displayOrder.enumerated() {
            if index > 0 { html.markup("\n") }
            html.markup("<option value=\"")
            html.text(verdict.rawValue)
            html.markup("\">")
            html.text(verdict.label)
            html.markup("</option>")
        }
        return html.html
    }()
}
