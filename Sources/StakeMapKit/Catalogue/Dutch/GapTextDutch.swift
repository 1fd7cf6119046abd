extension GapText {
    public var dutch: String {
        switch self {
        case .uninvolvedUnit(let unit):
            "bij \(unit.text(in: .nl)) is niemand bij een stap betrokken — nodig iemand uit voor de stap kaders"
        case .uninvolvedInfluencer(let person, let power, let influenced):
            person.text(in: .nl) + (power.map { " heeft veel macht (\($0))" } ?? "")
                + (influenced.map { (power == nil ? " beïnvloedt " : " en beïnvloedt ") + $0.text(in: .nl) } ?? "")
                + " maar zit in geen enkele stap — betrek hem of haar vanaf de stap kaders"
        case .unownedGroup(let group):
            "\(group.text(in: .nl)) heeft geen interne contactpersoon — maak een collega of afdeling er contactpersoon voor (contact_for)"
        case .stepWithoutInternal(let step):
            "Niemand van binnen is betrokken bij de stap \(step.name(in: .nl)) — voeg er collega's of afdelingen aan toe"
        case .unengagedGroup(let group):
            "\(group.text(in: .nl)) heeft geen participatieniveau en geen stappen — kies in de stap doelen het niveau (informeren tot meebeslissen)"
        case .underengagedKeyStakeholder(let node, let power, let interest, let level):
            "\(node.text(in: .nl)) heeft veel macht (\(power)) en belang (\(interest)) maar "
                + (level.map { "alleen het niveau \($0.name(in: .nl))" } ?? "geen participatieniveau")
                + " — verhoog het naar adviseren of hoger"
        case .unengagedDefinitive(let node, let power, let legitimacy, let urgency, let level):
            "\(node.text(in: .nl)) is definitief — veel macht (\(power)), legitimiteit (\(legitimacy)) en urgentie "
                + "(\(urgency)) — maar " + (level.map { "alleen het niveau \($0.name(in: .nl))" } ?? "geen participatieniveau")
                + " — geef nu adviseren of hoger"
        case .vacantRole(let role):
            "\(role.text(in: .nl)) is verplicht maar niemand vervult de rol — wijs hem toe aan een collega"
        case .unreachableGroup(let group):
            "\(group.text(in: .nl)) is voor niemand die binnen betrokken is bereikbaar — maak een betrokken collega contactpersoon, of verbind de doelgroep met iemand die betrokken is"
        case .toolWithoutPlan(let node, let tools):
            "\(node.text(in: .nl)) heeft middelen (\(tools)) maar geen participatieniveau — bepaal eerst het niveau in de stap plan"
        case .isolated(let node):
            "\(node.text(in: .nl)) heeft geen enkele relatie — "
                + {
                    switch node.kind {
                    case .person: "voeg afdeling, doelgroepen of invloed toe, of verwijder de persoon"
                    case .unit:
                        "voeg de bovenliggende \(node.kind.name(on: node.side, in: .nl)) of de mensen toe, of verwijder de \(node.kind.name(on: node.side, in: .nl))"
                    case .role: "wijs de rol toe aan een collega, of verwijder hem"
                    case .group: "voeg een contactpersoon of leden toe, of verwijder de doelgroep"
                    }
                }()
        }
    }
}
