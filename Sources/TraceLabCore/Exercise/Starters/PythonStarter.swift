/// The Python starter: the standard library's `http.server` and `urllib`, nothing to install.
enum PythonStarter {
    static let guide = StarterKit.Guide(
        language: "Python",
        run: "python3 service.py",
        todo: "fill in `outgoing_headers` in `service.py` (marked TODO).",
        openTelemetry: """
            With OpenTelemetry (`pip install opentelemetry-api opentelemetry-sdk`), the same steps are
            `TraceContextTextMapPropagator().extract(carrier)`, a span started with that context, and
            `inject(headers)` inside a client span per call; the comments in `service.py` show where.
            Writing it by hand first is the point of the exercise.
            """)

    static let files = [StarterFile(path: "service.py", contents: service)]

    static let service = #"""
        #!/usr/bin/env python3
        """A service for `tracelab exercise propagation`: it keeps the W3C test harness's contract.

        POST / with a JSON array of {"url": ..., "arguments": [...]}: for each element, in order,
        POST `arguments` as JSON to `url`; answer 200 once every call has returned.
        """
        import json
        import os
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        from urllib.request import Request, urlopen


        def outgoing_headers(traceparents, tracestates):
            """The trace-context headers for one outgoing call.

            traceparents, tracestates: every value of those headers on the incoming request, in order.
            Returns a dict such as {"traceparent": "00-<trace-id>-<span-id>-01", "tracestate": "..."}.
            """
            # TODO: propagate the trace context (see README.md, "What to write").
            #  1. Continue the incoming trace when exactly one valid traceparent arrived; otherwise
            #     start a new trace (random trace id, no tracestate).
            #  2. Use a new span id for this call as the parent id you send.
            #  3. Forward the tracestate you received, unchanged.
            # With OpenTelemetry this is where you would call
            #   context = TraceContextTextMapPropagator().extract({"traceparent": ..., "tracestate": ...})
            #   with tracer.start_as_current_span("call", context=context, kind=SpanKind.CLIENT):
            #       inject(headers)
            return {}


        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                try:
                    calls = json.loads(self.rfile.read(length) or b"[]")
                except ValueError:
                    self.send_error(400, "expected a JSON array")
                    return
                traceparents = self.headers.get_all("traceparent") or []
                tracestates = self.headers.get_all("tracestate") or []
                for call in calls:
                    headers = {"Content-Type": "application/json"}
                    headers.update(outgoing_headers(traceparents, tracestates))
                    body = json.dumps(call.get("arguments", [])).encode()
                    request = Request(call["url"], data=body, headers=headers, method="POST")
                    with urlopen(request, timeout=10) as response:
                        response.read()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, format, *args):
                pass


        def main():
            server = ThreadingHTTPServer(("127.0.0.1", int(os.environ.get("PORT", "8000"))), Handler)
            print(f"listening on http://127.0.0.1:{server.server_port}/", flush=True)
            try:
                server.serve_forever()
            except KeyboardInterrupt:
                pass


        if __name__ == "__main__":
            main()
        """#
}
