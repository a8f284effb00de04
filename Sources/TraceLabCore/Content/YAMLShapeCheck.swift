import CYaml

/// Walks a YAML document's events (libyaml's parser, which keeps its own stack and never
/// recurses) before anything builds a tree from it, and rejects a document that nests deeper
/// than ``ContentLimits/maximumNestingDepth`` or holds more than ``ContentLimits/maximumValues``
/// values once its aliases are expanded. A "billion laughs" file of a few hundred bytes is
/// refused here in microseconds, at the line where it crosses the limit.
enum YAMLShapeCheck {
    /// Throws the first limit `text` breaks; syntax errors are left to the parser proper, which
    /// reports them with more context.
    static func check(_ text: String, file: String) throws(ContentError) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return }
        try bytes.withUnsafeMutableBufferPointer { (buffer) throws(ContentError) in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var walk = Walk(file: file)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return }
                try walk.visit(event)
            }
        }
    }

    /// The running counts of one walk.
    private struct Walk {
        let file: String
        /// For each open mapping or list: its anchor and the expanded count when it opened.
        var open: [(anchor: String?, startCount: Int)] = []
        /// How many values each anchor stands for, expanded.
        var anchorSizes: [String: Int] = [:]
        /// Values seen so far, every alias counted as the values it stands for.
        var expanded = 0

        init(file: String) {
            self.file = file
        }

        mutating func visit(_ event: yaml_event_t) throws(ContentError) {
            let line = Int(event.start_mark.line) + 1
            switch event.type {
            case YAML_SCALAR_EVENT:
                try add(1, line: line)
                if let anchor = Self.string(event.data.scalar.anchor) { anchorSizes[anchor] = 1 }
            case YAML_ALIAS_EVENT:
                let size = Self.string(event.data.alias.anchor).flatMap { anchorSizes[$0] } ?? 1
                try add(size, line: line)
            case YAML_SEQUENCE_START_EVENT:
                try opened(anchor: Self.string(event.data.sequence_start.anchor), line: line)
            case YAML_MAPPING_START_EVENT:
                try opened(anchor: Self.string(event.data.mapping_start.anchor), line: line)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let closed = open.popLast() else { return }
                if let anchor = closed.anchor { anchorSizes[anchor] = expanded - closed.startCount }
            default:
                return
            }
        }

        private mutating func opened(anchor: String?, line: Int) throws(ContentError) {
            if open.count >= ContentLimits.maximumNestingDepth {
                throw ContentError(
                    file: file, line: line,
                    message:
                        "values nest more than \(ContentLimits.maximumNestingDepth) levels deep, the limit; flatten the file"
                )
            }
            open.append((anchor, expanded))
            try add(1, line: line)
        }

        private mutating func add(_ count: Int, line: Int) throws(ContentError) {
            expanded += count
            if expanded > ContentLimits.maximumValues {
                throw ContentError(
                    file: file, line: line,
                    message:
                        "holds more than \(ContentLimits.maximumValues) values once its aliases (*name) are expanded, the limit; write the values out or shorten the file"
                )
            }
        }

        private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            guard let pointer else { return nil }
            return String(cString: pointer)
        }
    }
}
