// cgraph's default disciplines are C globals; they are only read, under `lock`.
@preconcurrency import CGraphviz
import Foundation

/// An output format a map can be written in.
public enum RenderFormat: String, CaseIterable, Sendable {
    case png, svg, pdf, dot
}

/// A Graphviz layout engine.
public enum GraphLayout: String, CaseIterable, Sendable {
    case dot, neato, fdp, sfdp, circo
}

/// Graphviz refused the map: what it could not do, with what it said (in its own
/// English words). `message` is the English text; `problem` gives it in either language.
public struct GraphvizError: Error, Equatable, Sendable, CustomStringConvertible {
    public let problem: PictureText

    init(_ problem: PictureText) {
        self.problem = problem
    }

    /// An error whose English text is `message` (for comparing in tests).
    public init(message: String) {
        self.problem = .graphvizCannotRead(said: message)
        self.override = message
    }

    private var override: String?

    public var message: String { override ?? problem.english }

    public var description: String { message }

    /// Two errors are the same when they read the same in English.
    public static func == (left: GraphvizError, right: GraphvizError) -> Bool { left.message == right.message }
}

/// The one door to Graphviz's C library (libgvc/libcgraph). Every C call of
/// the package lives in this file.
///
/// Graphviz keeps global state (error channel, lexer, plugin caches) and is not
/// thread-safe, so every call is serialised by one lock. Graphviz never writes
/// to stderr while one of these functions runs: its messages are collected and
/// errors come back as ``GraphvizError``; warnings are dropped.
public enum Graphviz {
    /// Lays out DOT text with `layout` and renders it as `format`.
    ///
    /// For ``RenderFormat/dot`` the text is only parsed (to reject what Graphviz
    /// cannot read) and returned unchanged as UTF-8, without layout: that keeps
    /// `--format dot` fast at any size and gives users the editable source
    /// rather than one cluttered with coordinates.
    /// `overriding` sets attributes of the root graph alone (not its clusters) for
    /// this rendering: e.g. the resolution of a picture fitted to paper.
    public static func render(
        dot: String, layout: GraphLayout, format: RenderFormat, overriding: [String: String] = [:]
    ) throws
        -> [UInt8]
    {
        try serialised {
            let graph = try read(dot)
            defer { agclose(graph) }
            if format == .dot {
                return Array(dot.utf8)
            }
            for (name, value) in overriding.sorted(by: { $0.key < $1.key }) { setAttribute(graph, name, value) }
            return try layOutAndRender(graph, engine: layout.rawValue, format: format.rawValue, capSize: format == .png)
        }
    }

    /// Lays out `dot` with `layout`, then adds `statements` (DOT statements, e.g.
    /// edges) to the laid-out graph and draws them without moving anything, with
    /// neato's no-op layout: what `dot -Tdot | neato -n2` does. Edges added this way
    /// take no part in the layout, so they cannot slow it down (`dot` can take
    /// minutes over edges between nodes of one rank in different clusters).
    ///
    /// For ``RenderFormat/dot`` the result is the text with `statements` added
    /// before its closing brace, parsed but not laid out, as in
    /// ``render(dot:layout:format:)``.
    public static func render(
        dot: String, layout: GraphLayout, addingAfterLayout statements: String, format: RenderFormat,
        overriding: [String: String] = [:]
    ) throws -> [UInt8] {
        let combined = appending(statements, to: dot)
        return try serialised {
            if format == .dot {
                agclose(try read(combined))
                return Array(combined.utf8)
            }
            let graph = try read(dot)
            let positioned: [UInt8]
            do {
                defer { agclose(graph) }
                positioned = try layOutAndRender(graph, engine: layout.rawValue, format: "dot", capSize: false)
            }
            let second = try read(appending(statements, to: String(decoding: positioned, as: UTF8.self)))
            defer { agclose(second) }
            // The first pass's positions are in points whatever the resolution: only the drawing needs these.
            for (name, value) in overriding.sorted(by: { $0.key < $1.key }) { setAttribute(second, name, value) }
            return try layOutAndRender(second, engine: "nop2", format: format.rawValue, capSize: format == .png)
        }
    }

    /// `statements` inserted before the last closing brace of the DOT text `dot`.
    private static func appending(_ statements: String, to dot: String) -> String {
        guard !statements.isEmpty, let brace = dot.lastIndex(of: "}") else { return dot }
        return String(dot[..<brace]) + statements + String(dot[brace...])
    }

    /// Lays out a parsed graph with `engine` and renders it in Graphviz format `format`.
    private static func layOutAndRender(
        _ graph: UnsafeMutablePointer<Agraph_t>, engine: String, format: String, capSize: Bool
    ) throws -> [UInt8] {
        let context = try sharedContext()
        if capSize { capBitmapSize(graph) }
        let laidOut = gvLayout(context, graph, engine)
        // Safe even when the layout failed half-way; frees whatever it built.
        defer { gvFreeLayout(context, graph) }
        guard laidOut == 0, !failed else {
            throw GraphvizError(.graphvizCannotLayOut(engine: engine == "nop2" ? nil : engine, said: messages.said))
        }

        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let rendered = gvRenderData(context, graph, format, &data, &length)
        defer { gvFreeRenderData(data) }
        guard rendered == 0, !failed, let data else {
            throw GraphvizError(.graphvizCannotRender(format: format, said: messages.said))
        }
        return Array(UnsafeRawBufferPointer(start: data, count: Int(length)))
    }

    /// Graphviz's warnings in laying out `dot` with `layout` and rendering it as SVG
    /// (what `dot -Tsvg` prints on stderr), for tests.
    static func warnings(dot: String, layout: GraphLayout) throws -> [String] {
        try serialised {
            let graph = try read(dot)
            defer { agclose(graph) }
            _ = try layOutAndRender(graph, engine: layout.rawValue, format: "svg", capSize: false)
            return messages.warnings
        }
    }

    /// Parses DOT text and counts its nodes and edges (subgraphs included).
    public static func count(dot: String) throws -> (nodes: Int, edges: Int) {
        try serialised {
            let graph = try read(dot)
            defer { agclose(graph) }
            return (Int(agnnodes(graph)), Int(agnedges(graph)))
        }
    }

    // MARK: - Graphviz state, only touched while `lock` is held

    private static let lock = NSLock()

    /// One context for the life of the process, created on first use.
    ///
    /// Deliberately never freed: with Graphviz 2.42/2.43, `gvFreeContext` frees
    /// the font names the pango plugin still points to, so the next context
    /// measures text by reading freed memory (valgrind: invalid read in
    /// libgvplugin_pango after gvFreeContext), and each `gvContext` leaks its
    /// copy of the plugin config (3.6 KB). A context holds only plugin tables,
    /// never a graph, so keeping it is bounded and cheap.
    nonisolated(unsafe) private static var context: OpaquePointer?

    nonisolated(unsafe) private static var messages = MessageLog()

    /// Runs `body` alone, with Graphviz's messages diverted into `messages`.
    private static func serialised<T>(_ body: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }

        messages = MessageLog()
        _ = agreseterrors()
        let previousLevel = agseterr(AGWARN)  // everything goes to the callback …
        let previousCallback = divertMessages()  // … which keeps it from stderr
        defer {
            _ = agseterrf(previousCallback)
            _ = agseterr(previousLevel)
            _ = agreseterrors()
        }
        return try body()
    }

    /// Whether Graphviz reported an error (not just a warning) in this call.
    private static var failed: Bool {
        messages.errorCount > 0 || agerrors() >= Int32(AGERR.rawValue)
    }

    /// Installs the callback that keeps Graphviz's messages in `messages`;
    /// returns the one it replaces.
    private static func divertMessages() -> agusererrf? {
        agseterrf { piece in
            if let piece { Graphviz.messages.append(String(cString: piece)) }
            return 0
        }
    }

    private static func sharedContext() throws -> OpaquePointer {
        if let context { return context }
        // gvContext() loads the plugins listed in Graphviz's config6a file, as
        // the `dot` program does; Debian's libgvc exports no lt_preloaded_symbols
        // for gvContextPlugins to use.
        guard let created = gvContext() else {
            throw GraphvizError(.graphvizCannotStart)
        }
        context = created
        return created
    }

    /// Cairo draws no bitmap wider or taller than 32,767 pixels. Past that,
    /// Graphviz 2.42 shrinks the map itself but says so with a bare
    /// `fprintf(stderr, …)` that no error callback catches. A `size` of that
    /// many inches only ever shrinks a map that would hit the limit, quietly;
    /// a `size` the map sets itself is left alone.
    private static func capBitmapSize(_ graph: UnsafeMutablePointer<Agraph_t>) {
        if let size = attribute(graph, "size"), !size.isEmpty { return }
        let dpi = [attribute(graph, "dpi"), attribute(graph, "resolution")]
            .compactMap { $0.flatMap(Double.init) }.first { $0 > 0 } ?? 96
        let inches = String(format: "%.2f", 32_000 / dpi)
        setAttribute(graph, "size", "\(inches),\(inches)")
    }

    private static func attribute(_ graph: UnsafeMutablePointer<Agraph_t>, _ name: String) -> String? {
        var name = Array(name.utf8CString)  // cgraph 2.42 takes `char *`, not `const char *`
        return name.withUnsafeMutableBufferPointer { name in
            agget(graph, name.baseAddress).map { String(cString: $0) }
        }
    }

    private static func setAttribute(_ graph: UnsafeMutablePointer<Agraph_t>, _ name: String, _ value: String) {
        var name = Array(name.utf8CString)
        var value = Array(value.utf8CString)
        var empty = Array("".utf8CString)
        name.withUnsafeMutableBufferPointer { name in
            value.withUnsafeMutableBufferPointer { value in
                empty.withUnsafeMutableBufferPointer { empty in
                    _ = agsafeset(graph, name.baseAddress, value.baseAddress, empty.baseAddress)
                }
            }
        }
    }

    /// Parses DOT text into a graph the caller must `agclose`.
    ///
    /// This is `agmemread` with one change: names are numbered in the order
    /// they first appear. cgraph's default numbers a name by the address of
    /// its interned copy and keeps subgraphs sorted by that number, so with
    /// Graphviz 2.42 the order of clusters -- and with it the whole `dot`
    /// layout -- depended on the state of the heap: the same map rendered
    /// twice in one process came out different. Numbered in reading order,
    /// every render is the same, and the same as `dot` gives for the file.
    private static func read(_ dot: String) throws -> UnsafeMutablePointer<Agraph_t> {
        // A NUL would end the text early for the C lexer.
        guard !dot.utf8.contains(0) else {
            throw GraphvizError(.graphvizTextHasNUL)
        }
        let text = Array(dot.utf8)
        // The lexer's line counter is global; agmemread resets it after reading.
        agsetfile(nil)
        defer { agsetfile(nil) }
        let graph = text.withUnsafeBufferPointer { bytes in
            var reader = DOTReader(bytes: bytes, cursor: 0)
            return withUnsafeMutablePointer(to: &reader) { agread($0, readingDiscipline) }
        }
        guard let graph else {
            throw GraphvizError(.graphvizCannotRead(said: messages.said))
        }
        guard !failed else {
            agclose(graph)
            throw GraphvizError(.graphvizCannotRead(said: messages.said))
        }
        return graph
    }

    /// cgraph's disciplines for `read`: default memory, names numbered in
    /// reading order, text from a `DOTReader`. Made once, kept for the process
    /// (graphs point to it until they are closed).
    nonisolated(unsafe) private static let readingDiscipline: UnsafeMutablePointer<Agdisc_t> = {
        let ids = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
        ids.initialize(
            to: Agiddisc_t(
                open: { _, _ in Unmanaged.passRetained(NameTable()).toOpaque() },
                map: { state, _, name, id, create in
                    guard let state, let id else { return 0 }
                    let table = Unmanaged<NameTable>.fromOpaque(state).takeUnretainedValue()
                    guard let found = table.id(for: name, create: create != 0) else { return 0 }
                    id.pointee = found
                    return 1
                },
                alloc: { _, _, _ in 0 },  // no caller-chosen IDs, as in cgraph's default
                free: { _, _, _ in },  // names live until the graph is closed
                print: { state, _, id in
                    guard let state else { return nil }
                    return Unmanaged<NameTable>.fromOpaque(state).takeUnretainedValue().name(of: id)
                },
                close: { state in
                    if let state { Unmanaged<NameTable>.fromOpaque(state).release() }
                },
                idregister: { _, _, _ in }
            ))
        let io = UnsafeMutablePointer<Agiodisc_t>.allocate(capacity: 1)
        io.initialize(
            to: Agiodisc_t(
                afread: { channel, buffer, size in
                    guard let channel, let buffer, size > 0 else { return 0 }
                    return channel.assumingMemoryBound(to: DOTReader.self).pointee.read(into: buffer, size: Int(size))
                },
                putstr: AgDefaultDisc.io.pointee.putstr,
                flush: AgDefaultDisc.io.pointee.flush
            ))
        let discipline = UnsafeMutablePointer<Agdisc_t>.allocate(capacity: 1)
        discipline.initialize(to: Agdisc_t(mem: AgDefaultDisc.mem, id: ids, io: io))
        return discipline
    }()
}

/// DOT text handed to cgraph's lexer one line at a time, as `agmemread` does.
private struct DOTReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var cursor: Int

    mutating func read(into buffer: UnsafeMutablePointer<CChar>, size: Int) -> Int32 {
        var count = 0
        while cursor < bytes.count, count < size {
            let byte = bytes[cursor]
            buffer[count] = CChar(bitPattern: byte)
            cursor += 1
            count += 1
            if byte == UInt8(ascii: "\n") { break }
        }
        return Int32(count)
    }
}

/// The names of one graph's nodes, edges and subgraphs, numbered in order of
/// first appearance. Named objects get even IDs, anonymous ones odd IDs, as in
/// cgraph's default. Names are compared byte for byte, like Graphviz does
/// (Swift's `String` equality would merge canonically equivalent names).
private final class NameTable {
    private var ids: [[UInt8]: IDTYPE] = [:]
    private var names: [UnsafeMutablePointer<CChar>] = []
    private var nextAnonymous: IDTYPE = 1


    func id(for name: UnsafeMutablePointer<CChar>?, create: Bool) -> IDTYPE? {
        guard let name else {
            guard create else { return nil }
            defer { nextAnonymous += 2 }
            return nextAnonymous
        }
        let key = Array(UnsafeRawBufferPointer(start: name, count: strlen(name)))
        if let id = ids[key] { return id }
        guard create else { return nil }
        let copy = Self.copy(name)
        names.append(copy)
        let id = IDTYPE(names.count) * 2
        ids[key] = id
        return id
    }

    /// cgraph asks whether a name is an HTML string (`aghtmlstr`, e.g. when agwrite
    /// writes it back) by reading a flag in the reference-count header in front of
    /// it. A plain strdup'd copy has whatever the heap holds there, and was written
    /// back as `<name>` now and then; these copies have a zeroed header: not HTML.
    /// (Interning them in the graph's own string table instead crashed fdp.)
    private static let header = 64

    private static func copy(_ name: UnsafeMutablePointer<CChar>) -> UnsafeMutablePointer<CChar> {
        let length = strlen(name)
        let base = UnsafeMutableRawPointer.allocate(byteCount: header + length + 1, alignment: 16)
        base.initializeMemory(as: UInt8.self, repeating: 0, count: header)
        let text = (base + header).bindMemory(to: CChar.self, capacity: length + 1)
        text.initialize(from: name, count: length + 1)
        return text
    }

    private static func release(_ name: UnsafeMutablePointer<CChar>) {
        (UnsafeMutableRawPointer(name) - header).deallocate()
    }

    func name(of id: IDTYPE) -> UnsafeMutablePointer<CChar>? {
        guard id > 0, id % 2 == 0, id / 2 <= IDTYPE(names.count) else { return nil }
        return names[Int(id / 2) - 1]
    }

    deinit {
        names.forEach { Self.release($0) }
    }
}
