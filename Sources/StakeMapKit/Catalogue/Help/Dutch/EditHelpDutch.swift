extension EditHelp {
    public var dutch: String {
        switch self {
        case .dryRun: "Proefrun: toon wat er zou veranderen, maar verander niets."
        case .node: "De knoop: id of naam."
        case .addAbstract: "Voeg een persoon, afdeling, doelgroep of rol toe."
        case .addDiscussion:
            """
            Het id ontstaat zoals bij de import (een persoon: --id, anders het e-mailadres, anders de naam; een afdeling: het pad; een doelgroep of rol: de naam), tenzij je het met --id opgeeft. De controles van de import gelden ook hier.

            Voorbeelden:
              stakemap add persoon "Zoë van den Heuvel" --unit "Gemeente Oss/Ruimte" --email z.vandenheuvel@oss.nl
              stakemap add afdeling "Gemeente Oss/Ruimte/Verkeer" --steps kaders
              stakemap add doelgroep "Ondernemers Centrum" --level raadplegen
            """
        case .addKind: "persoon, afdeling, doelgroep of rol (person, unit, group, role)."
        case .addName: "De naam (een afdeling: het volledige pad)."
        case .addID: "Het id (persoon, doelgroep, rol)."
        case .setAbstract: "Wijzig eigenschappen van een knoop."
        case .setDiscussion:
            """
            Een lijstoptie vervangt die hele lijst, zoals een gevulde cel bij een import; --unset wist een eigenschap of een lijst.

            Voorbeelden:
              stakemap set "Pieter Hoekstra" --power 5 --interest 4
              stakemap set fietsers --level adviseren --tools "OpenStad|enquête"
              stakemap set "Ingrid Mulder" --unset reports-to --unset notes
            """
        case .setUnset: "Een eigenschap of lijst om te wissen (herhaalbaar)."
        case .involveAbstract: "Leg vast dat een persoon, afdeling of doelgroep bij stappen betrokken is."
        case .involveDiscussion:
            """
            Stappen: kaders, doelen, plan, starten (frame, goals, plan, start) of alle. Een knoop noem je bij zijn id of zijn naam.

            Voorbeeld:
              stakemap involve "Ingrid van 't Hof" kaders doelen
            """
        case .involveNode: "De persoon, afdeling of doelgroep: id of naam."
        case .involveSteps: "Eén of meer stappen."
        case .uninvolveAbstract: "Leg vast dat een persoon, afdeling of doelgroep niet meer bij stappen betrokken is."
        case .uninvolveDiscussion:
            """
            Voorbeeld:
              stakemap uninvolve a.devries@dalmeer.nl starten
            """
        case .uninvolveSteps: "Eén of meer stappen (of alle)."
        case .linkAbstract: "Leg een relatie tussen twee knopen, of wijzig het gewicht en de notitie van een relatie."
        case .linkDiscussion:
            """
            KIND: influences, member_of, has_role, reports_to of contact_for (beinvloedt, lid_van, heeft_rol, rapporteert_aan, contactpersoon_voor); de regels van een relatiebestand gelden ook hier.

            Voorbeeld:
              stakemap link "Petra van Leeuwen" beinvloedt wethouder-jansen --weight 5
            """
        case .linkSource: "Van wie of wat de relatie uitgaat: id of naam."
        case .linkKind: "De soort relatie."
        case .linkTarget: "Naar wie of wat de relatie loopt: id of naam."
        case .linkWeight: "Het gewicht, 1 tot en met 5 (bij influences standaard 3)."
        case .linkNote: "Een notitie bij de relatie."
        case .unlinkAbstract: "Verwijder een relatie tussen twee knopen."
        case .unlinkDiscussion:
            """
            Voorbeeld:
              stakemap unlink "Petra van Leeuwen" beinvloedt wethouder-jansen
            """
        case .removeAbstract: "Verwijder knopen, met hun relaties, stappen en middelen."
        case .removeDiscussion:
            """
            Een afdeling met onderafdelingen of leden wordt geweigerd, behalve met --cascade: dan gaan de onderafdelingen ook weg. Mensen worden nooit mee verwijderd (ze raken hun afdeling kwijt).

            Voorbeeld:
              stakemap remove z.vandenheuvel@dalmeer.nl
            """
        case .removeNodes: "De knopen: ids of namen."
        case .removeCascade: "Verwijder ook de onderafdelingen van een afdeling."
        case .renameAbstract: "Geef een knoop een nieuwe naam, een afdeling een nieuw pad met alles wat eronder valt."
        case .renameDiscussion:
            """
            Een persoon houdt zijn id. Een afdeling, doelgroep of rol krijgt het id van de nieuwe naam; is dat id al \
            in gebruik, dan maakt `stakemap merge` er één van. De nieuwe naam van een afdeling is een volledig pad \
            (dat haar verplaatst en ontbrekende bovenliggende afdelingen aanmaakt) of, zonder "/", een nieuw laatste \
            niveau onder dezelfde bovenliggende afdeling. Relaties, stappen, middelen en eigenschappen blijven.

            Voorbeelden:
              stakemap rename gemeente-dalmeer-ruimte-verkeer "Gemeente Dalmeer/Ruimte/Mobiliteit"
              stakemap rename gemeente-dalmeer-ruimte-verkeer Mobiliteit
              stakemap rename fietsers "Fietsers en voetgangers"
            """
        case .renameNewName: "De nieuwe naam (een afdeling: een pad of een laatste niveau)."
        case .mergeAbstract: "Voeg twee knopen van dezelfde soort en dezelfde kant samen: de eerste gaat op in de tweede."
        case .mergeDiscussion:
            """
            Eigenschappen die de tweede mist, worden overgenomen van de eerste; stappen en middelen worden \
            samengevoegd; elke relatie van de eerste gaat over naar de tweede (komt een relatie daardoor dubbel voor, \
            dan blijft het hoogste gewicht; een relatie tussen de twee vervalt); de leden en onderafdelingen van een \
            afdeling gaan mee. Daarna wordt de eerste verwijderd.

            Voorbeeld:
              stakemap merge bewoners-centrum --into bewoners
            """
        case .mergeNode: "De knoop die opgaat in de andere: id of naam."
        case .mergeInto: "De knoop die blijft: id of naam."
        }
    }
}
