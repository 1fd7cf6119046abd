extension EditMessage {
    public var dutch: String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        func steps(_ steps: [InvolvementStep]) -> String { steps.map { $0.name(in: .nl) }.joined(separator: ", ") }
        func label(_ node: NodeLabel) -> String { node.text(in: .nl) }
        func kind(_ kind: NodeKind, _ side: Side = .internal) -> String { kind.name(on: side, in: .nl) }
        switch self {
        case .dryRun(let message): return message.dutch + " (proefrun: niets veranderd)"
        case .involvedAlready(let node, let list, let removing):
            return removing
                ? "\(label(node)) was niet betrokken bij \(steps(list)); er is niets te veranderen"
                : "\(label(node)) was al betrokken bij \(steps(list)); er is niets te veranderen"
        case .involved(let node, let now):
            return "\(label(node)) is nu betrokken bij " + (now.isEmpty ? "geen enkele stap" : steps(now))
        case .link(let edit, let source, let kind, let target):
            let link = "\(source) —\(Word.linkKind(kind).dutch)→ \(target)"
            switch edit {
            case .added: return "relatie \(link) toegevoegd"
            case .updated: return "relatie \(link) bijgewerkt"
            case .unchanged: return "de relatie \(link) bestaat al zo; er is niets te veranderen"
            case .removed: return "relatie \(link) verwijderd"
            }
        case .removed(let nodes, let subUnits, let links):
            return "\(nodes.map(label).joined(separator: ", "))"
                + (subUnits > 0 ? ", \(count(subUnits, "onderdeel", "onderdelen"))" : "")
                + " en \(count(links, "relatie", "relaties")) verwijderd"
        case .movedSide(let node, let others, let side):
            return "\(label(node))" + (others > 0 ? " met \(count(others, "knoop", "knopen")) erin" : "")
                + " verplaatst naar \(side == .internal ? "binnen (intern)" : "buiten (extern)")"
        case .unchanged(let node): return "\(label(node)) heeft deze waarden al; er is niets te veranderen"
        case .changed(let node, let changes, let added, let removed, let changed):
            var parts = changes.isEmpty ? [] : [ChangeLine.dutch(changes)]
            if added > 0 { parts.append("\(count(added, "relatie", "relaties")) toegevoegd") }
            if removed > 0 { parts.append("\(count(removed, "relatie", "relaties")) verwijderd") }
            if changed > 0 { parts.append("\(count(changed, "relatie", "relaties")) gewijzigd") }
            return "\(label(node)) gewijzigd" + (parts.isEmpty ? "" : ": " + parts.joined(separator: "; "))
        case .added(let name, let nodeKind, let side, let id): return "\(name) (\(kind(nodeKind, side))) toegevoegd als \(id)"
        case .sameName(let node): return "\(label(node)) heeft deze naam al; er is niets te veranderen"
        case .samePath(let node): return "\(label(node)) heeft dit pad al; er is niets te veranderen"
        case .renamedPerson(let node, let name, let id): return "\(label(node)) heet nu \(name); de id blijft \(id)"
        case .renamed(let node, let name, let id): return "\(label(node)) heet nu \(name) (id \(id))"
        case .renamedUnit(let from, let to, let id, let subUnits):
            return "\(from) heet nu \(to) (id \(id))" + (subUnits > 0 ? ", met \(count(subUnits, "onderdeel", "onderdelen"))" : "")
        case .merged(let from, let into, let links, let subUnits, let dropped):
            return "\(label(from)) samengevoegd met \(label(into)): \(count(links, "relatie", "relaties"))"
                + (subUnits > 0 ? ", \(count(subUnits, "onderdeel", "onderdelen"))" : "") + " verplaatst"
                + (dropped > 0 ? "; \(count(dropped, "relatie", "relaties")) die dubbel zou(den) zijn of tussen de twee liep(en) vervallen" : "")
        case .undid(let number, let command, let counts):
            let words: [(UndoCount, String, String, String)] = [
                (.nodesBack, "knoop", "knopen", "terug"), (.nodesChangedBack, "knoop", "knopen", "teruggezet"),
                (.nodesRemoved, "knoop", "knopen", "verwijderd"), (.linksBack, "relatie", "relaties", "terug"),
                (.linksChangedBack, "relatie", "relaties", "teruggezet"), (.linksRemoved, "relatie", "relaties", "verwijderd"),
                (.acceptancesChangedBack, "geaccepteerd knelpunt", "geaccepteerde knelpunten", "teruggezet"),
            ]
            let done = words.compactMap { key, one, many, what in
                counts[key].flatMap { $0 > 0 ? "\(count($0, one, many)) \(what)" : nil }
            }
            return "#\(number) (\(command)) teruggedraaid: \(done.joined(separator: ", "))"
        case .accepted(let rule, let subject, let reason):
            return "knelpunt \(rule) van \(subject.text(in: .nl)) geaccepteerd: \(reason)"
        case .unaccepted(let rule, let subject): return "knelpunt \(rule) van \(subject.text(in: .nl)) telt weer mee"
        case .badWeight(let text): return "--weight \"\(text)\" is geen heel getal van 1 tot 5"
        case .noSuchLink(let source, let kind, let target):
            return "er is geen relatie \(source) —\(Word.linkKind(kind).dutch)→ \(target); `stakemap show \(source)` toont de relaties"
        case .unitNotEmpty(let unit, let members, let subUnits):
            let parts = [
                members > 0 ? count(members, "lid", "leden") : nil,
                subUnits > 0 ? count(subUnits, "onderdeel", "onderdelen") : nil,
            ].compactMap { $0 }
            return "\(label(unit)) heeft \(parts.joined(separator: " en ")); "
                + "geef --cascade om de eenheid met haar onderdelen te verwijderen (de mensen blijven, zonder deze eenheid)"
        case .noSteps: return "geef een of meer stappen: kaders, doelen, plan, starten of alle"
        case .notAStep(let word, let allowsAll):
            return "\"\(word)\" is geen stap; gebruik kaders, doelen, plan, starten (frame, goals, plan, start)" + (allowsAll ? " of alle" : "")
        case .notALinkKind(let word):
            return "\"\(word)\" is geen soort relatie; gebruik influences, member_of, has_role, reports_to of contact_for (beinvloedt, lid_van, heeft_rol, rapporteert_aan, contactpersoon_voor)"
        case .nothingToSet: return "geef minstens één waarde om te zetten, zoals --power 4, of --unset ATTRIBUUT"
        case .personSideAgainstUnit(let name, let path, let unitSide, let side):
            return "--side: \(name) zit in \(path), en die is \(unitSide.name(in: .nl)); geef ook een eenheid aan de "
                + "\(side.name(in: .nl))e kant (--unit PAD), of verplaats de eenheid met `stakemap set EENHEID --side`"
        case .noLettersForID(let name, let option):
            return "\"\(name)\" heeft geen latijnse letters of cijfers om een id van te maken" + (option ? "; geef --id" : "")
        case .idTaken(let nodeKind, let side, let id):
            return "er is al een \(kind(nodeKind, side)) met id \"\(id)\"; wijzig die met `stakemap set \(id) …`"
        case .notAnAttribute(let option, let nodeKind): return "--\(option) is geen eigenschap van een \(kind(nodeKind))"
        case .cannotUnset(let option, let nodeKind, let allowed):
            return "--unset \(option): een \(kind(nodeKind)) heeft zo'n eigenschap niet; gebruik een van \(allowed.joined(separator: ", "))"
        case .rowRefused(let issues): return Self.asOptions(issues, .nl)
        case .linkRule(let problem): return problem.dutch
        case .reference(let message): return message.dutch
        case .emptyName: return "de nieuwe naam is leeg; geef de naam die de knoop moet krijgen"
        case .idOfOther(let newID, let name, let nodeKind, let id):
            return "de id \"\(newID)\" is al van \(name) (\(kind(nodeKind))); voeg de twee samen met `stakemap merge \(id) --into \(newID)`"
        case .mergeIntoItself(let node): return "\(label(node)) kan niet met zichzelf worden samengevoegd"
        case .mergeKinds(let from, let into):
            return "\(label(from)) en \(label(into)) zijn van een andere soort; alleen knopen van één soort worden samengevoegd"
        case .mergeSides(let from, let into, let id):
            return "\(label(from)) is \(from.side.name(in: .nl)) en \(label(into)) \(into.side.name(in: .nl)); alleen knopen aan één kant worden samengevoegd"
                + (from.kind == .unit ? " (verander eerst de kant van een eenheid met `stakemap set \(id) --side …`)" : "")
        case .mergeIntoSubUnit(let from, let into):
            return "\(label(into)) ligt binnen \(label(from)); een eenheid kan niet worden samengevoegd met haar eigen onderdeel"
        case .emptyPathLevel(let text): return "\"\(text)\" heeft een leeg niveau; schrijf een pad als Organisatie/Afdeling/Team"
        case .moveIntoItself(let newPath, let oldPath):
            return "\"\(newPath)\" ligt binnen \(oldPath) zelf; een eenheid kan niet in zichzelf worden verplaatst"
        case .pathLevelWithoutLetters(let path):
            return "\"\(path)\" heeft een niveau zonder latijnse letters of cijfers om een id van te maken"
        case .pathIDTaken(let path, let id, let nodeKind): return "\"\(path)\" geeft de id \"\(id)\", en die is al een \(kind(nodeKind))"
        case .pathSideDiffers(let path, let side):
            return "de eenheid \"\(path)\" is \(side.name(in: .nl)), en een eenheid daarbinnen moet dat ook zijn; een eenheid heeft één kant"
        case .nestedUnitSide(let unit, let parent, let side, let id):
            return "\(label(unit)) hoort bij \"\(parent)\", en die blijft \(side.name(in: .nl)); "
                + "geef de eenheid eerst een eigen pad (`stakemap rename \(id) NIEUW_PAD`) en verander daarna de kant"
        case .sideBreaksLink(let unit, let side, let problem):
            return "\(label(unit)) kan niet \(side.name(in: .nl)) worden: \(problem.dutch); verwijder of wijzig eerst die relatie"
        case .nothingToUndo: return "er is geen wijziging meer om terug te draaien (zie `stakemap history`)"
        case .cannotUndo(let number, let command):
            return "#\(number) (\(command)) kan niet worden teruggedraaid: het logboek heeft geen eerdere stand van wat er veranderde"
        case .noReason: return "--reason: zeg waarom het team dit knelpunt laat, bijvoorbeeld --reason \"besloten in de stuurgroep\""
        case .noSuchGap(let subject, let rule, let has):
            return "\(subject.text(in: .nl)) heeft geen knelpunt \(rule) om te accepteren; "
                + (has.isEmpty ? "er zijn nu geen knelpunten" : "er zijn nu alleen deze knelpunten: \(has.joined(separator: ", "))")
                + " (zie `stakemap gaps`)"
        case .notAccepted(let rule, let subject):
            return "het knelpunt \(rule) van \(subject.text(in: .nl)) was niet geaccepteerd (zie `stakemap gaps --accepted`)"
        case .noSuchRule(let rule): return "er is geen regel \"\(rule)\"; de regels zijn \(GapFinder.ruleIDs.joined(separator: ", "))"
        case .snapshotTaken(let name, let changeSet, let time):
            return "er is al een momentopname \"\(name)\" (van #\(changeSet), \(time)); kies een andere naam"
        case .snapshotWithoutName: return "een momentopname heeft een naam nodig, zoals sessie-2026-03-12"
        case .snapshotNameReads(let name):
            return "\"\(name)\" leest als een wijzigingsnummer, een datum of now; geef de momentopname een naam met een woord erin, zoals sessie-\(name)"
        }
    }
}
