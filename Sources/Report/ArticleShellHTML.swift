import Check

/// The parts of the article page's shell that took most of the template engine's lookups (some 3 µs each):
/// the byline, date and URL line and the verdict chips and filter buttons, built on bytes like the claims list.
enum ArticleShellHTML {
    /// "By …", the date and the URL, each in a `<span>`; the URL is a link only when it is a web address, so a
    /// `javascript:` URL in a hostile page is shown as text.
    static func meta(byline: [String], published: String?, url: String?) -> String {
        var html = HTMLBuilder(capacity: 256)
        if !byline.isEmpty {
            html.markup("<span>By ")
            html.text(byline.joined(separator: ", "))
            html.markup("</span>")
        }
        if let published {
            html.markup("<span><time datetime=\"")
            html.text(published)
            html.markup("\">")
            html.text(DateText.label(published))
            html.markup("</time></span>")
        }
        if let url {
            html.markup("<span class=\"url\">")
            let lowercased = url.lowercased()
            if lowercased.hasPrefix("https://") || lowercased.hasPrefix("http://") {
                html.markup("<a href=\"")
                html.text(url)
                html.markup("\" rel=\"noreferrer\">")
                html.text(url)
                html.markup("</a>")
            } else {
                html.text(url)
            }
            html.markup("</span>")
        }
        return html.html
    }

    // The verdict lists' items are separated by newlines, without a final one (the template's line ends the list).

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
