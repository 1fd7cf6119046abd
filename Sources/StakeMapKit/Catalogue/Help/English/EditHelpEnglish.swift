extension EditHelp {
    public var english: String {
        switch self {
        case .dryRun: "Report what would change, but change nothing."
        case .node: "The node: id or name."
        case .addAbstract: "Add a person, unit, group or role."
        case .addDiscussion:
            """
            The id is made as the import makes it (a person: --id, else the e-mail, else the name; a unit: its path; a group or role: its name), or given with --id. The checks of the import apply.

            Examples:
              stakemap add person "Zoë van den Heuvel" --unit "Gemeente Oss/Ruimte" --email z.vandenheuvel@oss.nl
              stakemap add unit "Gemeente Oss/Ruimte/Verkeer" --steps kaders
              stakemap add group "Ondernemers Centrum" --level raadplegen
            """
        case .addKind: "person, unit, group or role."
        case .addName: "The name (a unit: its full path)."
        case .addID: "The id (person, group, role)."
        case .setAbstract: "Change attributes of a node."
        case .setDiscussion:
            """
            A list option replaces that list, as a filled cell of an import does; --unset clears an attribute or a list.

            Examples:
              stakemap set "Pieter Hoekstra" --power 5 --interest 4
              stakemap set fietsers --level adviseren --tools "OpenStad|enquête"
              stakemap set "Ingrid Mulder" --unset reports-to --unset notes
            """
        case .setUnset: "An attribute or list to clear (repeatable)."
        case .involveAbstract: "Record that a person, unit or group is involved in steps."
        case .involveDiscussion:
            """
            Steps: frame, goals, plan, start (kaders, doelen, plan, starten) or all. A node is named by its id or its name.

            Example:
              stakemap involve "Ingrid van 't Hof" kaders doelen
            """
        case .involveNode: "The person, unit or group: its id or name."
        case .involveSteps: "One or more steps."
        case .uninvolveAbstract: "Record that a person, unit or group is no longer involved in steps."
        case .uninvolveDiscussion:
            """
            Example:
              stakemap uninvolve a.devries@dalmeer.nl start
            """
        case .uninvolveSteps: "One or more steps (or all)."
        case .linkAbstract: "Add a link between two nodes, or change the weight and note of one."
        case .linkDiscussion:
            """
            KIND: influences, member_of, has_role, reports_to or contact_for; the rules of a links file apply.

            Example:
              stakemap link "Petra van Leeuwen" influences wethouder-jansen --weight 5
            """
        case .linkSource: "The source: id or name."
        case .linkKind: "The kind of link."
        case .linkTarget: "The target: id or name."
        case .linkWeight: "The weight, 1 to 5 (influences: 3 when not given)."
        case .linkNote: "A note on the link."
        case .unlinkAbstract: "Remove a link between two nodes."
        case .unlinkDiscussion:
            """
            Example:
              stakemap unlink "Petra van Leeuwen" influences wethouder-jansen
            """
        case .removeAbstract: "Remove nodes with their links, steps and tools."
        case .removeDiscussion:
            """
            A unit with sub-units or members is refused unless --cascade, which removes its sub-units too; people are never removed along (they lose the unit).

            Example:
              stakemap remove z.vandenheuvel@dalmeer.nl
            """
        case .removeNodes: "The nodes: ids or names."
        case .removeCascade: "Also remove a unit's sub-units."
        case .renameAbstract: "Give a node a new name; a unit a new path, with everything nested in it."
        case .renameDiscussion:
            """
            A person keeps its id. A unit, group or role takes the id of its new name; when that id is taken, \
            `stakemap merge` makes the two one. A unit's new name is a full path (which moves it, creating \
            missing parents) or, without "/", a new last level under the same parent. Links, steps, tools and \
            attributes stay.

            Examples:
              stakemap rename gemeente-dalmeer-ruimte-verkeer "Gemeente Dalmeer/Ruimte/Mobiliteit"
              stakemap rename gemeente-dalmeer-ruimte-verkeer Mobiliteit
              stakemap rename fietsers "Fietsers en voetgangers"
            """
        case .renameNewName: "The new name (a unit: a path or a last level)."
        case .mergeAbstract: "Make two nodes of one kind and side one: the first goes into the second."
        case .mergeDiscussion:
            """
            Attributes the second lacks are filled from the first, steps and tools are united, every link of \
            the first moves to the second (a link there twice keeps the higher weight; a link between the two \
            goes), a unit's members and sub-units move along; then the first is removed.

            Example:
              stakemap merge bewoners-centrum --into bewoners
            """
        case .mergeNode: "The node that goes: id or name."
        case .mergeInto: "The node that stays: id or name."
        }
    }
}
