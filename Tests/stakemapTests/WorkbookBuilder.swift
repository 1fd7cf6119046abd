import Foundation
import ZIPFoundation

/// An .xlsx made in a test from its XML parts, as different programs write
/// them: Excel (shared strings, styles), SheetJS (`t="str"` for every
/// string), others (inline strings).
struct WorkbookBuilder {
    var sheets: [(name: String, rows: String)] = []
    var sharedStrings: [String]?
    /// `<numFmts>` and `<cellXfs>` of styles.xml; nil: no styles part.
    var styles: String?
    var date1904 = false
    var omitsPackageRelationships = false

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The parts by path.
    var parts: [(String, String)] {
        var parts: [(String, String)] = [
            (
                "[Content_Types].xml",
                #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#
            )
        ]
        if !omitsPackageRelationships {
            parts.append(
                (
                    "_rels/.rels",
                    #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(Self.officeRelationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
                ))
        }
        let sheetList = sheets.enumerated().map {
            #"<sheet name="\#($1.name)" sheetId="\#($0 + 1)" r:id="rId\#($0 + 1)"/>"#
        }
        parts.append(
            (
                "xl/workbook.xml",
                #"<?xml version="1.0"?><workbook xmlns="\#(Self.main)" xmlns:r="\#(Self.officeRelationships)"><workbookPr\#(date1904 ? #" date1904="1""# : "")/><sheets>\#(sheetList.joined())</sheets></workbook>"#
            ))
        var relationships = sheets.indices.map {
            #"<Relationship Id="rId\#($0 + 1)" Type="\#(Self.officeRelationships)/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"#
        }
        if sharedStrings != nil {
            relationships.append(
                #"<Relationship Id="rIdS" Type="\#(Self.officeRelationships)/sharedStrings" Target="sharedStrings.xml"/>"#
            )
        }
        if styles != nil {
            relationships.append(
                #"<Relationship Id="rIdT" Type="\#(Self.officeRelationships)/styles" Target="/xl/styles.xml"/>"#)
        }
        parts.append(
            (
                "xl/_rels/workbook.xml.rels",
                #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#(relationships.joined())</Relationships>"#
            ))
        for (index, sheet) in sheets.enumerated() {
            parts.append(
                (
                    "xl/worksheets/sheet\(index + 1).xml",
                    #"<?xml version="1.0"?><worksheet xmlns="\#(Self.main)"><sheetData>\#(sheet.rows)</sheetData></worksheet>"#
                ))
        }
        if let sharedStrings {
            let items = sharedStrings.map { "<si>\($0)</si>" }.joined()
            parts.append(("xl/sharedStrings.xml", #"<?xml version="1.0"?><sst xmlns="\#(Self.main)">\#(items)</sst>"#))
        }
        if let styles {
            parts.append(
                ("xl/styles.xml", #"<?xml version="1.0"?><styleSheet xmlns="\#(Self.main)">\#(styles)</styleSheet>"#))
        }
        return parts
    }

    func data() throws -> Data {
        try Self.zip(parts)
    }

    static func zip(_ parts: [(String, String)]) throws -> Data {
        try zip(data: parts.map { ($0, Data($1.utf8)) })
    }

    static func zip(data parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    /// Sets the uncompressed size that the zip's central directory gives the entry at `path`.
    static func declaring(_ size: UInt32, for path: String, in zip: Data) -> Data {
        var bytes = [UInt8](zip)
        let name = Array(path.utf8)
        var index = 0
        while index + 46 < bytes.count {
            // A central directory header: PK\1\2, the name at offset 46, the size at 24.
            if bytes[index] == 0x50 && bytes[index + 1] == 0x4B && bytes[index + 2] == 1 && bytes[index + 3] == 2 {
                let nameLength = Int(bytes[index + 28]) | Int(bytes[index + 29]) << 8
                if Array(bytes[(index + 46)..<(index + 46 + nameLength)]) == name {
                    for shift in 0..<4 { bytes[index + 24 + shift] = UInt8((size >> (8 * UInt32(shift))) & 0xFF) }
                }
            }
            index += 1
        }
        return Data(bytes)
    }
}
