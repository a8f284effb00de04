/// The Node.js starter: the built-in `http` server and `fetch`, nothing to install.
enum NodeStarter {
    static let guide = StarterKit.Guide(
        language: "Node.js",
        run: "node service.js",
        todo: "fill in `outgoingHeaders` in `service.js` (marked TODO).",
        openTelemetry: """
            With OpenTelemetry (`npm install @opentelemetry/api @opentelemetry/core`), the same steps are
            `propagation.extract(ROOT_CONTEXT, carrier)` with a `W3CTraceContextPropagator`, a client span
            per call started in that context, and `propagation.inject(context, headers)`; the comments
            in `service.js` show where. Writing it by hand first is the point of the exercise.
            """)

    static let files = [StarterFile(path: "service.js", contents: service)]

    static let service = #"""
        // A service for `tracelab exercise propagation`: it keeps the W3C test harness's contract.
        // POST / with a JSON array of {"url": ..., "arguments": [...]}: for each element, in order,
        // POST `arguments` as JSON to `url`; answer 200 once every call has returned.
        'use strict';
        const http = require('node:http');

        // The trace-context headers for one outgoing call. traceparents and tracestates are every
        // value of those headers on the incoming request, in order. Returns an object such as
        // { traceparent: '00-<trace-id>-<span-id>-01', tracestate: '...' }.
        function outgoingHeaders(traceparents, tracestates) {
          // TODO: propagate the trace context (see README.md, "What to write").
          //  1. Continue the incoming trace when exactly one valid traceparent arrived; otherwise
          //     start a new trace (random trace id, no tracestate).
          //  2. Use a new span id for this call as the parent id you send.
          //  3. Forward the tracestate you received, unchanged.
          // With OpenTelemetry this is where you would call
          //   const parent = propagation.extract(ROOT_CONTEXT, { traceparent, tracestate });
          //   const span = tracer.startSpan('call', { kind: SpanKind.CLIENT }, parent);
          //   propagation.inject(trace.setSpan(parent, span), headers);
          return {};
        }

        const server = http.createServer((req, res) => {
          const chunks = [];
          req.on('data', (chunk) => chunks.push(chunk));
          req.on('end', async () => {
            let calls;
            try {
              calls = JSON.parse(Buffer.concat(chunks).toString() || '[]');
            } catch {
              res.writeHead(400).end('expected a JSON array\n');
              return;
            }
            const traceparents = req.headersDistinct.traceparent || [];
            const tracestates = req.headersDistinct.tracestate || [];
            try {
              for (const call of calls) {
                const headers = { 'content-type': 'application/json', ...outgoingHeaders(traceparents, tracestates) };
                const response = await fetch(call.url, {
                  method: 'POST', headers, body: JSON.stringify(call.arguments ?? []),
                  signal: AbortSignal.timeout(10000),
                });
                await response.arrayBuffer();
              }
              res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
            } catch (error) {
              res.writeHead(502).end(`a call failed: ${error}\n`);
            }
          });
        });

        server.listen(Number(process.env.PORT ?? 8000), '127.0.0.1', () => {
          console.log(`listening on http://127.0.0.1:${server.address().port}/`);
        });
        """#
}
