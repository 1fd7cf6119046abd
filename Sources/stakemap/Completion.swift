import ArgumentParser
import StakeMapKit

/// An argument whose values the shell completes (`--generate-completion-script
/// bash|zsh|fish`): the values its help lists. argument-parser completes a
/// `CaseIterable` enum by itself; these structs also read Dutch words, so they
/// say which values to offer.
protocol CompletesWithValues: ExpressibleByArgument {}

extension CompletesWithValues {
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

extension ImportKindArgument: CompletesWithValues {}
extension SectionArgument: CompletesWithValues {}
extension DelimiterArgument: CompletesWithValues {}
extension EncodingArgument: CompletesWithValues {}
extension SeverityArgument: CompletesWithValues {}
extension LanguageArgument: CompletesWithValues {}
extension KindArgument: CompletesWithValues {}
extension SideArgument: CompletesWithValues {}

extension CompletionKind {
    /// The gap rules' ids, for `gaps --rule`, `accept` and `unaccept`.
    static var ruleIDs: CompletionKind { .list(GapFinder.ruleIDs) }
    /// The node kinds of `add`.
    static var nodeKinds: CompletionKind { .list(NodeKind.allCases.map(\.rawValue)) }
    /// The link kinds of `link` and `unlink`.
    static var linkKinds: CompletionKind { .list(EdgeKind.allCases.map(\.rawValue)) }
    /// The steps of `involve` and `uninvolve`.
    static var steps: CompletionKind { .list(InvolvementStep.allCases.map(\.rawValue) + ["all"]) }
    /// `list --step`, `--level` and `--quadrant`.
    static var stepFilter: CompletionKind { .list(InvolvementStep.allCases.map(\.rawValue) + ["none"]) }
    static var levelFilter: CompletionKind { .list(Level.allCases.map(\.rawValue) + ["none"]) }
    static var quadrants: CompletionKind {
        .list(Quadrant.allCases.map { $0.rawValue.replacingOccurrences(of: " ", with: "-") })
    }
}
