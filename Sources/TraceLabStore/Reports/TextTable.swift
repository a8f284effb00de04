/// Left-aligned columns separated by two spaces, widths from the widest cell (counted in
/// characters); cells are control-escaped first.
enum TextTable {
    static func render(header: [String], rows: [[String]]) -> String {
        let escapedRows = rows.map { $0.map(TextEscaping.escapingControlCharacters) }
        let allRows = [header] + escapedRows
        let widths = header.indices.map { column in allRows.map { $0[column].count }.max() ?? 0 }
        return allRows.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                let isLast = column == row.count - 1
                line += isLast ? cell : cell + String(repeating: " ", count: widths[column] - cell.count + 2)
            }
            return line + "\n"
        }.joined()
    }
}
