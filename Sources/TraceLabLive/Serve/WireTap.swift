import Foundation
import NIOCore

/// Sits next to the socket of every outgoing connection. It reads the request heads as bytes
/// leave (so the headers view shows what AsyncHTTPClient really wrote, a doubled
/// `traceparent` included) and holds what arrives back for the scenario's one-way network
/// latency before passing it on, so an answer reaches the caller that much later.
final class WireTap: ChannelDuplexHandler, @unchecked Sendable {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundIn = IOData
    typealias OutboundOut = IOData

    private let ledger: CallLedger
    private let latency: TimeAmount
    /// Inbound events not yet passed on, in order, and whether a release is scheduled.
    private var held: [HeldEvent] = []

    private enum HeldEvent {
        case read(NIOAny, at: NIODeadline)
        case readComplete(at: NIODeadline)
        case inactive(at: NIODeadline)

        var deadline: NIODeadline {
            switch self {
            case .read(_, let at), .readComplete(let at), .inactive(let at): at
            }
        }
    }

    init(ledger: CallLedger, latencyNanos: UInt64) {
        self.ledger = ledger
        self.latency = .nanoseconds(Int64(min(latencyNanos, UInt64(Int64.max))))
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .byteBuffer(let buffer) = unwrapOutboundIn(data) {
            RequestHeadScanner.scan(buffer) { callID, name, value in
                ledger.noteWire(name, value, for: callID)
            }
        }
        context.write(data, promise: promise)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        hold(.read(data, at: .now() + latency), context: context)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        hold(.readComplete(at: .now() + latency), context: context)
    }

    func channelInactive(context: ChannelHandlerContext) {
        hold(.inactive(at: .now() + latency), context: context)
    }

    private func hold(_ event: HeldEvent, context: ChannelHandlerContext) {
        guard latency > .zero else { return release(event, context: context) }
        held.append(event)
        guard held.count == 1 else { return }
        schedule(context: context)
    }

    private func schedule(context: ChannelHandlerContext) {
        guard let first = held.first else { return }
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        context.eventLoop.scheduleTask(deadline: first.deadline) {
            let (tap, context) = bound.value
            tap.releaseDue(context: context)
        }
    }

    private func releaseDue(context: ChannelHandlerContext) {
        let now = NIODeadline.now()
        while let first = held.first, first.deadline <= now {
            held.removeFirst()
            release(first, context: context)
        }
        schedule(context: context)
    }

    private func release(_ event: HeldEvent, context: ChannelHandlerContext) {
        switch event {
        case .read(let data, _): context.fireChannelRead(data)
        case .readComplete: context.fireChannelReadComplete()
        case .inactive: context.fireChannelInactive()
        }
    }
}

/// Finds the header lines of HTTP/1.1 request heads in outgoing bytes.
enum RequestHeadScanner {
    /// Calls `found` with the call id, the lowercased name and the value of each
    /// `traceparent`/`tracestate` line of each request head in `buffer` that carries a call id.
    static func scan(_ buffer: ByteBuffer, found: (String, String, String) -> Void) {
        guard let text = buffer.getString(at: buffer.readerIndex, length: buffer.readableBytes) else {
            return
        }
        for head in text.components(separatedBy: "\r\n\r\n") {
            var callID: String?
            var fields: [(String, String)] = []
            for line in head.split(separator: "\r\n", omittingEmptySubsequences: true) {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let name = line[..<colon].lowercased()
                let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: [" ", "\t"])
                if name == ServiceTracer.callHeader {
                    callID = value
                } else if name == "traceparent" || name == "tracestate" {
                    fields.append((name, value))
                }
            }
            guard let callID else { continue }
            for (name, value) in fields { found(callID, name, value) }
        }
    }
}
