import Foundation

/// Dates in reports: ISO 8601 in UTC to the second, such as `2025-03-01T09:30:00Z`.
enum ReportDate {
    static func text(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }
}
