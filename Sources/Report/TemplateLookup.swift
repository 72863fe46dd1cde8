import Mustache

// The templates read the view models through `MustacheParent` rather than through reflection (a `Mirror`
// per lookup made a 50-claim page cost over 100 ms), and values arrive as `Text`, which the engine renders
// without reflecting on it either.

/// The object a template renders: the engine holds it as `Any` and copies it at every lookup, so a view
/// model of a dozen strings was copied whole (a retain and release per string) where a reference is one.
final class TemplateRoot: MustacheParent {
    private let model: any MustacheParent

    init(_ model: any MustacheParent) {
        self.model = model
    }

    func child(named name: String) -> Any? {
        model.child(named: name)
    }
}

/// A value as the templates print it.
struct Text: MustacheCustomRenderable {
    let renderText: String
    var isNull: Bool { false }

    init(_ string: String) {
        renderText = string
    }

    init(_ number: Int) {
        renderText = String(number)
    }
}

extension ArticlePageModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": Text(title)
        case "source": Text(source)
        case "metaHTML": Text(metaHTML)
        case "claimCount": Text(claimCount)
        case "verdictChipsHTML": Text(verdictChipsHTML)
        case "verdictFiltersHTML": Text(verdictFiltersHTML)
        case "unplacedCount": unplacedCount.map(Text.init)
        case "unmatched": unmatched
        case "reviewedCount": reviewedCount.map(Text.init)
        default: nil
        }
    }
}

extension UnmatchedReviews: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "count": Text(count)
        case "items": items
        default: nil
        }
    }
}

extension UnmatchedReviewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "claimID": Text(claimID)
        case "claimText": Text(claimText)
        case "reviewVerdictLabel": Text(reviewVerdictLabel)
        case "note": note.map(Text.init)
        default: nil
        }
    }
}

extension IndexPageModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "articleCount": Text(articleCount)
        case "claimCount": Text(claimCount)
        case "totals": totals
        case "failures": failures
        case "hasFailures": hasFailures
        case "failureCount": Text(failureCount)
        case "stylesheet": PageAssets.stylesheetText
        case "script": PageAssets.scriptText
        default: nil
        }
    }
}

extension IndexRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": Text(href)
        case "title": Text(title)
        case "published": published.map(Text.init)
        case "publishedLabel": publishedLabel.map(Text.init)
        case "source": Text(source)
        case "counts": counts
        case "barSegments": barSegments
        case "barLabel": Text(barLabel)
        case "barWidth": barWidth.map(Text.init)
        case "total": Text(total)
        case "rowFailures": rowFailures
        default: nil
        }
    }
}

extension FailureModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "source": Text(source)
        case "step": Text(step)
        case "reason": Text(reason)
        default: nil
        }
    }
}

extension VerdictCount: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "verdict": Text(verdict)
        case "label": Text(label)
        case "icon": Text(icon)
        case "count": Text(count)
        case "isZero": isZero
        default: nil
        }
    }
}
