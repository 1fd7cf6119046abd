import Foundation

import GRDB

/// Counts of the graph and who is involved per step (the part of `status`
/// that needs no gap rules).
public struct ProjectOverview: Sendable {
    public struct StepCount: Sendable {
        public var step: InvolvementStep
        public var internalPeople = 0
        public var internalUnits = 0
        public var external = 0
        public var groups = 0
    }

    public var project: String
    public var counts: [String: Int] = [:]
    public var steps: [StepCount] = InvolvementStep.allCases.map { StepCount(step: $0) }

    public static func compute(_ store: StakeMapStore) throws -> ProjectOverview {
        var overview = ProjectOverview(project: store.path)
        try store.writer.read { db in
            for row in try Row.fetchAll(db, sql: "SELECT kind, side, count(*) FROM node GROUP BY kind, side") {
                let kind: String = row[0]
                let side: String = row[1]
                overview.counts["\(side) \(kind)"] = row[2]
            }
            overview.counts["links"] = try Int.fetchOne(db, sql: "SELECT count(*) FROM edge") ?? 0
            let sql = """
                SELECT s.step, n.kind, n.side, count(*) FROM node_step s JOIN node n ON n.id = s.node
                GROUP BY s.step, n.kind, n.side
                """
            for row in try Row.fetchAll(db, sql: sql) {
                guard let step = InvolvementStep(rawValue: row[0]),
                    let index = InvolvementStep.allCases.firstIndex(of: step)
                else { continue }
                let kind: String = row[1]
                let side: String = row[2]
                let count: Int = row[3]
                switch (kind, side) {
                case ("person", "internal"): overview.steps[index].internalPeople += count
                case ("unit", "internal"): overview.steps[index].internalUnits += count
                case ("group", _): overview.steps[index].groups += count
                default: overview.steps[index].external += count
                }
            }
        }
        return overview
    }

    public func render() -> String {
        func count(_ key: String) -> Int { counts[key] ?? 0 }
        var lines = ["Project \(project)"]
        lines.append(
            "  inside:  \(count("internal person")) people in \(count("internal unit")) units, "
                + "\(count("internal role")) roles")
        lines.append(
            "  outside: \(count("external person")) people in \(count("external unit")) organisations, "
                + "\(count("external group")) target groups")
        lines.append("  links:   \(count("links"))")
        lines.append("")
        lines.append("Involved per step        inside (people/units)   outside (people/orgs)   groups")
        for row in steps {
            let label = "\(row.step.rawValue) (\(row.step.dutch))"
            let inside = "\(row.internalPeople) / \(row.internalUnits)"
            var line = label.padding(toLength: 25, withPad: " ", startingAt: 0)
            line += inside.padding(toLength: 24, withPad: " ", startingAt: 0)
            line += String(row.external).padding(toLength: 24, withPad: " ", startingAt: 0)
            line += String(row.groups)
            if row.internalPeople + row.internalUnits == 0 { line += "   ← nobody inside" }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
