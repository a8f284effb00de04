import Testing
import TraceLabStore

@Suite struct CSVTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\\x09=1"),
        ("\r=1", "'\\x0d=1"),
        ("ada", "ada"),
        ("a=b", "a=b"),
        ("", ""),
    ])
    func textCellsThatCouldRunAsFormulasAreNeutralised(text: String, written: String) {
        #expect(CSV.cell(.text(text)) == written)
    }

    @Test(arguments: [
        (CSVField.number(-1), "-1"), (.number(0.5), "0.5"), (.number(2), "2"), (.number(2.0 / 3), "0.67"),
        (.integer(-3), "-3"), (.bool(true), "true"), (.empty, ""),
    ])
    func nonTextCellsAreWrittenAsIs(field: CSVField, written: String) {
        #expect(CSV.cell(field) == written)
    }

    @Test func fieldsNeedingQuotesAreQuotedAndLinesEndWithCRLF() {
        let document = CSV.render([
            [.text("name"), .text("note")],
            [.text("Lovelace, Ada"), .text("said \"hi\"")],
        ])
        #expect(document == "name,note\r\n\"Lovelace, Ada\",\"said \"\"hi\"\"\"\r\n")
    }

    @Test func lineBreaksInsideTextAreEscapedSoEveryRecordIsOneLine() {
        #expect(CSV.cell(.text("two\nlines")) == "two\\x0alines")
    }
}

@Suite struct TextEscapingTests {
    @Test(arguments: [
        ("\u{1B}[31mred", "\\x1b[31mred"),
        ("bell\u{07}", "bell\\x07"),
        ("del\u{7F}", "del\\x7f"),
        ("c1\u{9B}2J", "c1\\x9b2J"),
        ("tab\there", "tab\\x09here"),
        ("flip\u{202E}txt", "flip\\u{202e}txt"),
        ("Zoë 学生 C:\\path", "Zoë 学生 C:\\path"),
    ])
    func controlCharactersAreEscaped(raw: String, escaped: String) {
        #expect(TextEscaping.escapingControlCharacters(raw) == escaped)
    }

    @Test func errorMessagesEscapeControlCharactersInPaths() {
        #expect(
            StoreError.readOnly(path: "/tmp/\u{1B}]0;x").description
                == "cannot write to /tmp/\\x1b]0;x: check permissions or pass --data-dir")
    }
}
