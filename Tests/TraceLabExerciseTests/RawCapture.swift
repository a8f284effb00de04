import Foundation
import NIOCore
import NIOPosix
import Synchronization

/// A plain TCP server on loopback that keeps the bytes of every HTTP request head it receives and
/// answers each with `200 {}`: what the harness writes on the wire, before any HTTP parser.
final class RawCapture: Sendable {
    private let heads = Mutex<[String]>([])
    private let channel: any Channel

    /// Request heads in arrival order: request line and header lines, as sent.
    var requestHeads: [String] { heads.withLock { $0 } }

    var port: Int { channel.localAddress?.port ?? 0 }

    private init(channel: any Channel) {
        self.channel = channel
    }

    static func start() async throws -> RawCapture {
        let box = HeadBox()
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(Handler(box: box))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        let capture = RawCapture(channel: channel)
        box.capture.withLock { $0 = capture }
        return capture
    }

    func stop() async {
        try? await channel.close()
    }

    fileprivate func record(_ head: String) {
        heads.withLock { $0.append(head) }
    }

    /// Links connections to the capture created after the bootstrap.
    fileprivate final class HeadBox: Sendable {
        let capture = Mutex<RawCapture?>(nil)
    }

    /// Splits the byte stream into requests by their head and Content-Length.
    private final class Handler: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer
        let box: HeadBox
        var pending: [UInt8] = []

        init(box: HeadBox) {
            self.box = box
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            var buffer = unwrapInboundIn(data)
            pending += buffer.readBytes(length: buffer.readableBytes) ?? []
            while let end = headEnd() {
                let head = String(decoding: pending[..<end], as: UTF8.self)
                let length = contentLength(head)
                guard pending.count >= end + 4 + length else { return }
                pending.removeFirst(end + 4 + length)
                box.capture.withLock { $0?.record(head) }
                let response =
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}"
                context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: response)), promise: nil)
            }
        }

        private func headEnd() -> Int? {
            guard pending.count >= 4 else { return nil }
            for index in 0...(pending.count - 4)
            where pending[index] == 13 && pending[index + 1] == 10 && pending[index + 2] == 13
                && pending[index + 3] == 10
            {
                return index
            }
            return nil
        }

        private func contentLength(_ head: String) -> Int {
            for line in head.split(separator: "\r\n") where line.lowercased().hasPrefix("content-length:") {
                return Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) ?? 0
            }
            return 0
        }
    }
}
