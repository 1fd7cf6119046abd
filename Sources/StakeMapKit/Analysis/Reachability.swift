extension AnalysisGraph {
    /// Which nodes the involved inside can reach: a breadth-first search from every
    /// involved internal person and unit, following `influences` and `contact_for`
    /// links in their direction and `member_of` and `reports_to` links either way
    /// (`unreachable-group`). Linear in nodes + links.
    func reachableFromInvolvedInside() -> [Bool] {
        var reached = [Bool](repeating: false, count: count)
        var queue: [Int32] = []
        queue.reserveCapacity(count)
        for node in 0..<count where involved[node] && sides[node] == .internal {
            reached[node] = true
            queue.append(Int32(node))
        }
        let paths = Adjacency(
            union: [
                out(.influences), out(.contactFor), out(.memberOf), into(.memberOf), out(.reportsTo),
                into(.reportsTo),
            ])
        paths.offsets.withUnsafeBufferPointer { offsets in
            paths.targets.withUnsafeBufferPointer { targets in
                reached.withUnsafeMutableBufferPointer { reached in
                    var head = 0
                    while head < queue.count {
                        let node = Int(queue[head])
                        head += 1
                        for position in Int(offsets[node])..<Int(offsets[node + 1]) {
                            let next = targets[position]
                            if !reached[Int(next)] {
                                reached[Int(next)] = true
                                queue.append(next)
                            }
                        }
                    }
                }
            }
        }
        return reached
    }
}
