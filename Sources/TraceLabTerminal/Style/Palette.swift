/// The meaning-to-colour choices every renderer shares, so a critical span looks the same in the
/// tree, the waterfall and the critical-path list.
enum Palette {
    static let critical = ANSIStyle.yellow + .bold
    static let error = ANSIStyle.red + .bold
    static let service = ANSIStyle.cyan
    static let secondary = ANSIStyle.dim
    static let afterResponse = ANSIStyle.magenta
    static let queue = ANSIStyle.blue
    static let heading = ANSIStyle.bold + .underline
    static let strong = ANSIStyle.bold
    static let emphasis = ANSIStyle.italic
    static let code = ANSIStyle.cyan
    static let ok = ANSIStyle.green
    static let warning = ANSIStyle.yellow
}
