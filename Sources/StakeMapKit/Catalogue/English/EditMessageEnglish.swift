extension EditMessage {
    public var english: String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        func steps(_ steps: [InvolvementStep]) -> String { steps.map(\.rawValue).joined(separator: ", ") }
        func label(_ node: NodeLabel) -> String { node.text(in: .en) }
        switch self {
        case .dryRun(let message): return message.english + " (dry run: nothing changed)"
        case .involvedAlready(let node, let list, let removing):
            return removing
                ? "\(label(node)) was not involved in \(steps(list)); nothing to change"
                : "\(label(node)) was already involved in \(steps(list)); nothing to change"
        case .involved(let node, let now):
            return "\(label(node)) is now involved in " + (now.isEmpty ? "no step" : steps(now))
        case .link(let edit, let source, let kind, let target):
            let link = "\(source) —\(kind.rawValue)→ \(target)"
            switch edit {
            case .added: return "added the link \(link)"
            case .updated: return "updated the link \(link)"
            case .unchanged: return "the link \(link) is already there as given; nothing to change"
            case .removed: return "removed the link \(link)"
            }
        case .removed(let nodes, let subUnits, let links):
            return "removed \(nodes.map(label).joined(separator: ", "))"
                + (subUnits > 0 ? ", \(count(subUnits, "sub-unit", "sub-units"))" : "") + " and \(count(links, "link", "links"))"
        case .movedSide(let node, let others, let side):
            return "moved \(label(node))" + (others > 0 ? " with \(count(others, "node", "nodes")) in it" : "")
                + " to the \(side.rawValue) side"
        case .unchanged(let node): return "\(label(node)) already has these values; nothing to change"
        case .changed(let node, let changes, let added, let removed, let changed):
            var parts = changes.isEmpty ? [] : [ChangeLine.english(changes)]
            if added > 0 { parts.append("\(count(added, "link", "links")) added") }
            if removed > 0 { parts.append("\(count(removed, "link", "links")) removed") }
            if changed > 0 { parts.append("\(count(changed, "link", "links")) changed") }
            return "changed \(label(node))" + (parts.isEmpty ? "" : ": " + parts.joined(separator: "; "))
        case .added(let name, let kind, _, let id): return "added \(name) (\(kind.rawValue)) as \(id)"
        case .sameName(let node): return "\(label(node)) already has this name; nothing to change"
        case .samePath(let node): return "\(label(node)) already has this path; nothing to change"
        case .renamedPerson(let node, let name, let id): return "renamed \(label(node)) to \(name); the id stays \(id)"
        case .renamed(let node, let name, let id): return "renamed \(label(node)) to \(name) (id \(id))"
        case .renamedUnit(let from, let to, let id, let subUnits):
            return "renamed \(from) to \(to) (id \(id))" + (subUnits > 0 ? " with \(count(subUnits, "sub-unit", "sub-units"))" : "")
        case .merged(let from, let into, let links, let subUnits, let dropped):
            return "merged \(label(from)) into \(label(into)): \(count(links, "link", "links"))"
                + (subUnits > 0 ? ", \(count(subUnits, "sub-unit", "sub-units"))" : "") + " moved"
                + (dropped > 0 ? "; \(count(dropped, "link", "links")) that would be doubled or between the two went" : "")
        case .undid(let number, let command, let counts):
            let words: [(UndoCount, String, String, String)] = [
                (.nodesBack, "node", "nodes", "back"), (.nodesChangedBack, "node", "nodes", "changed back"),
                (.nodesRemoved, "node", "nodes", "removed"), (.linksBack, "link", "links", "back"),
                (.linksChangedBack, "link", "links", "changed back"), (.linksRemoved, "link", "links", "removed"),
                (.acceptancesChangedBack, "accepted gap", "accepted gaps", "changed back"),
            ]
            let done = words.compactMap { key, one, many, what in
                counts[key].flatMap { $0 > 0 ? "\(count($0, one, many)) \(what)" : nil }
            }
            return "undid #\(number) (\(command)): \(done.joined(separator: ", "))"
        case .accepted(let rule, let subject, let reason):
            return "accepted the \(rule) gap of \(subject.text(in: .en)): \(reason)"
        case .unaccepted(let rule, let subject): return "the \(rule) gap of \(subject.text(in: .en)) counts again"
        case .badWeight(let text): return "--weight \"\(text)\" is not a whole number from 1 to 5"
        case .noSuchLink(let source, let kind, let target):
            return "there is no link \(source) —\(kind.rawValue)→ \(target); see `stakemap show \(source)` for its links"
        case .unitNotEmpty(let unit, let members, let subUnits):
            let parts = [
                members > 0 ? count(members, "member", "members") : nil,
                subUnits > 0 ? count(subUnits, "sub-unit", "sub-units") : nil,
            ].compactMap { $0 }
            return "\(label(unit)) has \(parts.joined(separator: " and ")); "
                + "add --cascade to remove it with its sub-units (its people stay, without this unit)"
        case .noSteps: return "give one or more steps: frame, goals, plan, start or all"
        case .notAStep(let word, let allowsAll):
            return "\"\(word)\" is not a step; use frame, goals, plan, start (kaders, doelen, plan, starten)" + (allowsAll ? " or all" : "")
        case .notALinkKind(let word):
            return "\"\(word)\" is not a link kind; use influences, member_of, has_role, reports_to or contact_for"
        case .nothingToSet: return "give at least one attribute to set, such as --power 4, or --unset ATTRIBUTE"
        case .personSideAgainstUnit(let name, let path, let unitSide, let side):
            return "--side: \(name) is in \(path), which is \(unitSide.rawValue); give a unit on the "
                + "\(side.rawValue) side too (--unit PATH), or move the unit with `stakemap set UNIT --side`"
        case .noLettersForID(let name, let option):
            return "\"\(name)\" has no latin letters or digits to make an id from" + (option ? "; give --id" : "")
        case .idTaken(let kind, _, let id):
            return "there is already a \(kind.rawValue) with id \"\(id)\"; change it with `stakemap set \(id) …`"
        case .notAnAttribute(let option, let kind): return "--\(option) is not an attribute of a \(kind.rawValue)"
        case .cannotUnset(let option, let kind, let allowed):
            return "--unset \(option): a \(kind.rawValue) has no such attribute to clear; use one of \(allowed.joined(separator: ", "))"
        case .rowRefused(let issues): return Self.asOptions(issues, .en)
        case .linkRule(let problem): return problem.english
        case .reference(let message): return message.english
        case .emptyName: return "the new name is empty; give the name the node should have"
        case .idOfOther(let newID, let name, let kind, let id):
            return "the id \"\(newID)\" is already \(name) (\(kind.rawValue)); to make the two one, use `stakemap merge \(id) --into \(newID)`"
        case .mergeIntoItself(let node): return "\(label(node)) cannot be merged into itself"
        case .mergeKinds(let from, let into):
            return "\(label(from)) is a \(from.kind.rawValue) and \(label(into)) a \(into.kind.rawValue); only nodes of one kind merge"
        case .mergeSides(let from, let into, let id):
            return "\(label(from)) is \(from.side.rawValue) and \(label(into)) \(into.side.rawValue); only nodes of one side merge"
                + (from.kind == .unit ? " (change a unit's side with `stakemap set \(id) --side …` first)" : "")
        case .mergeIntoSubUnit(let from, let into):
            return "\(label(into)) is nested in \(label(from)); a unit cannot be merged into its own sub-unit"
        case .emptyPathLevel(let text): return "\"\(text)\" has an empty level; write a path as Organisation/Department/Team"
        case .moveIntoItself(let newPath, let oldPath):
            return "\"\(newPath)\" lies inside \(oldPath) itself; a unit cannot be moved into itself"
        case .pathLevelWithoutLetters(let path): return "\"\(path)\" has a level without latin letters or digits to make an id from"
        case .pathIDTaken(let path, let id, let kind): return "\"\(path)\" gives the id \"\(id)\", which is already a \(kind.rawValue)"
        case .pathSideDiffers(let path, let side):
            return "the unit \"\(path)\" is \(side.rawValue), and a unit inside it must be too; a unit has one side"
        case .nestedUnitSide(let unit, let parent, let side, let id):
            return "\(label(unit)) is part of \"\(parent)\", which stays \(side.rawValue); "
                + "give it a path of its own first (`stakemap rename \(id) NEW_PATH`), then change its side"
        case .sideBreaksLink(let unit, let side, let problem):
            return "\(label(unit)) cannot become \(side.rawValue): \(problem.english); remove or change that link first"
        case .nothingToUndo: return "there is no change set left to undo (see `stakemap history`)"
        case .cannotUndo(let number, let command):
            return "#\(number) (\(command)) cannot be undone: the journal holds no earlier state for what it changed"
        case .noReason: return "--reason: say why the team leaves this gap, e.g. --reason \"besloten in de stuurgroep\""
        case .noSuchGap(let subject, let rule, let has):
            return "\(subject.text(in: .en)) has no \(rule) gap to accept; it "
                + (has.isEmpty ? "has no gaps now" : "has only these gaps now: \(has.joined(separator: ", "))") + " (see `stakemap gaps`)"
        case .notAccepted(let rule, let subject):
            return "the \(rule) gap of \(subject.text(in: .en)) was not accepted (see `stakemap gaps --accepted`)"
        case .noSuchRule(let rule): return "there is no gap rule \"\(rule)\"; the rules are \(GapFinder.ruleIDs.joined(separator: ", "))"
        case .snapshotTaken(let name, let changeSet, let time):
            return "there is already a snapshot \"\(name)\" (of #\(changeSet), \(time)); choose another name"
        case .snapshotWithoutName: return "a snapshot needs a name, such as sessie-2026-03-12"
        case .snapshotNameReads(let name):
            return "\"\(name)\" reads as a change set, a date or now; give the snapshot a name with a word in it, such as sessie-\(name)"
        }
    }
}
