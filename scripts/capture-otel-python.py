#!/usr/bin/env python3
"""Records what an independent OpenTelemetry exporter really sends, for TraceLab's tests.

Starts a tiny HTTP server on 127.0.0.1 that answers POST /v1/traces with 200 and keeps the
body, points the official Python SDK's OTLP/HTTP protobuf exporter at it, makes a small
three-service trace (a server span with a client child in one service, and spans reported by
two more services with their own resources; one span fails), and writes each request body it
received, one span per request as SimpleSpanProcessor sends them, to
Tests/Fixtures/otlp/python-sdk-traces-N.binpb.

    pip install opentelemetry-sdk opentelemetry-exporter-otlp-proto-http
    python3 scripts/capture-otel-python.py

Made with opentelemetry-sdk and opentelemetry-exporter-otlp-proto-http 1.45.2.
"""
import http.server
import pathlib
import threading

from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.trace import SpanKind, Status, StatusCode

bodies = []


class Capture(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("content-length", "0"))
        bodies.append((self.path, self.headers.get("content-type"), self.rfile.read(length)))
        self.send_response(200)
        self.send_header("content-type", "application/x-protobuf")
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


server = http.server.HTTPServer(("127.0.0.1", 0), Capture)
threading.Thread(target=server.serve_forever, daemon=True).start()
endpoint = f"http://127.0.0.1:{server.server_address[1]}/v1/traces"

# One provider per service, as three processes would have.
providers = {}
for service in ["shop-frontend", "cart", "inventory"]:
    provider = TracerProvider(resource=Resource.create({"service.name": service, "service.version": "1.2.3"}))
    provider.add_span_processor(SimpleSpanProcessor(OTLPSpanExporter(endpoint=endpoint)))
    providers[service] = provider

frontend = providers["shop-frontend"].get_tracer("capture")
cart = providers["cart"].get_tracer("capture")
inventory = providers["inventory"].get_tracer("capture")

with frontend.start_as_current_span("GET /cart", kind=SpanKind.SERVER) as root:
    root.set_attribute("http.request.method", "GET")
    root.set_attribute("http.response.status_code", 200)
    with frontend.start_as_current_span("GET cart /items", kind=SpanKind.CLIENT):
        with cart.start_as_current_span("GET /items", kind=SpanKind.SERVER) as items:
            items.add_event("cache miss", {"cache.key": "cart:42"})
            with inventory.start_as_current_span("reserve", kind=SpanKind.INTERNAL) as reserve:
                reserve.set_status(Status(StatusCode.ERROR, "out of stock"))
                reserve.set_attribute("inventory.ratio", 0.25)

for provider in providers.values():
    provider.shutdown()
server.shutdown()

out = pathlib.Path(__file__).resolve().parent.parent / "Tests" / "Fixtures" / "otlp"
out.mkdir(parents=True, exist_ok=True)
for index, (path, content_type, body) in enumerate(bodies):
    assert path == "/v1/traces" and content_type == "application/x-protobuf", (path, content_type)
    (out / f"python-sdk-traces-{index + 1}.binpb").write_bytes(body)
print(f"captured {len(bodies)} requests ({sum(len(b) for _, _, b in bodies)} bytes) into {out}")
