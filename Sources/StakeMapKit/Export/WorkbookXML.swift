import Foundation

/// The XML parts of the workbook that `export --format xlsx` writes (ECMA-376
/// Part 1): a sheet per kind with inline strings, whose header row is bold
/// (style 1) and frozen, with its columns as wide as what they hold.
enum WorkbookXML {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    static func contentTypes(sheets: Int) -> String {
        declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + (1...sheets).map {
                #"<Override PartName="/xl/worksheets/sheet\#($0).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
            }.joined()
            + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
            + "</Types>"
    }

    static let packageRels =
        declaration + #"<Relationships xmlns="\#(packageRelationships)">"#
        + #"<Relationship Id="rId1" Type="\#(relationships)/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    static func workbook(sheets: [String]) -> String {
        declaration
            + #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><workbookPr/><bookViews><workbookView/></bookViews><sheets>"#
            + sheets.enumerated().map { #"<sheet name="\#(escape($1))" sheetId="\#($0 + 1)" r:id="rId\#($0 + 1)"/>"# }
            .joined()
            + "</sheets></workbook>"
    }

    static func workbookRels(sheets: Int) -> String {
        declaration + #"<Relationships xmlns="\#(packageRelationships)">"#
            + (1...sheets).map {
                #"<Relationship Id="rId\#($0)" Type="\#(relationships)/worksheet" Target="worksheets/sheet\#($0).xml"/>"#
            }.joined()
            + #"<Relationship Id="rId\#(sheets + 1)" Type="\#(relationships)/styles" Target="styles.xml"/>"#
            + "</Relationships>"
    }

    /// Two fonts (the default and its bold), the fills and border Excel expects, and two cell styles.
    static let styles =
        declaration + #"<styleSheet xmlns="\#(main)">"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"

    /// The sheet up to its first data row: the frozen header row and the column widths.
    static func sheetHead(header: [String], widths: [Int]) -> String {
        declaration + #"<worksheet xmlns="\#(main)">"#
            + #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
            + #"<sheetFormatPr defaultRowHeight="15"/><cols>"#
            + widths.enumerated().map { #"<col min="\#($0 + 1)" max="\#($0 + 1)" width="\#($1)" customWidth="1"/>"# }
            .joined()
            + "</cols><sheetData>" + row(1, header, numeric: [], style: 1)
    }

    static let sheetTail = "</sheetData></worksheet>"

    /// One `<row>`: its non-empty cells, numbers in `numeric` columns as numbers, the rest inline strings.
    static func row(_ number: Int, _ cells: [String], numeric: Set<Int>, style: Int = 0) -> String {
        var xml = #"<row r="\#(number)">"#
        let styled = style == 0 ? "" : #" s="\#(style)""#
        for (position, cell) in cells.enumerated() where !cell.isEmpty {
            let reference = ColumnTitle.letter(position) + String(number)
            if numeric.contains(position), isWholeNumber(cell) {
                xml += #"<c r="\#(reference)"\#(styled)><v>\#(cell)</v></c>"#
            } else {
                // xml:space only where spaces at an end must stay: an attribute
                // on every cell took a tenth of the time of reading the sheet back.
                let keepsSpaces = cell.utf8.first.map(Self.isSpace) == true || cell.utf8.last.map(Self.isSpace) == true
                xml +=
                    #"<c r="\#(reference)"\#(styled) t="inlineStr"><is>"#
                    + (keepsSpaces ? #"<t xml:space="preserve">"# : "<t>")
                xml += escape(cell)
                xml += "</t></is></c>"
            }
        }
        return xml + "</row>"
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }

    private static func isWholeNumber(_ text: String) -> Bool {
        text.utf8.count <= 15 && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            && !(text.utf8.count > 1 && text.utf8.first == UInt8(ascii: "0"))
    }

    /// Text as XML holds it: `&<>"` escaped; a control character, which XML 1.0
    /// cannot hold, and an underscore that would read as such an escape, as Excel's `_xHHHH_`.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "_"): true
        case 0x09, 0x0A: false
        default: byte < 0x20
        }
    }

    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscape) else { return text }
        var escaped = ""
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "\r": escaped += "_x000D_"  // XML would read a CR as a line feed
            case "_" where index + 1 < scalars.count && scalars[index + 1] == "x": escaped += "_x005F_"
            default:
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    escaped += "_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_"
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        return escaped
    }
}
