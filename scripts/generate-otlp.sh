#!/usr/bin/env bash
# Regenerates the Swift types for OTLP trace export from the OpenTelemetry .proto files.
# Run by hand only when the protos change; the generated code is committed, so neither the
# build nor CI needs protoc or swift-protobuf's plugin.
#
#   scripts/generate-otlp.sh PROTO_ROOT [PATH_TO_protoc-gen-swift]
#
# PROTO_ROOT is a checkout of https://github.com/open-telemetry/opentelemetry-proto at the version
# named in Protos/VERSION (the folder that holds opentelemetry/proto/...). The .proto files are
# not kept in this repository; only what they generate is.
#
# protoc comes from Debian (`apt-get install protobuf-compiler`). protoc-gen-swift must match
# the SwiftProtobuf version in Package.swift (1.39.0); build it outside this repository, e.g.
#   git clone --branch 1.39.0 https://github.com/apple/swift-protobuf /tmp/swift-protobuf
#   (cd /tmp/swift-protobuf && swift build --product protoc-gen-swift)
# Only trace, common, resource and the trace collector service are generated.
set -euo pipefail
cd "$(dirname "$0")/.."
protos="${1:-}"
if [ -z "$protos" ] || [ ! -f "$protos/opentelemetry/proto/trace/v1/trace.proto" ]; then
    echo "generate-otlp.sh: give the opentelemetry-proto checkout (the folder holding opentelemetry/proto)" >&2
    exit 64
fi
plugin="${2:-$(command -v protoc-gen-swift || true)}"
if [ -z "$plugin" ] || [ ! -x "$plugin" ]; then
    echo "generate-otlp.sh: give the path to protoc-gen-swift (SwiftProtobuf 1.39.0)" >&2
    exit 64
fi
command -v protoc >/dev/null || { echo "generate-otlp.sh: protoc is missing (apt-get install protobuf-compiler)" >&2; exit 69; }
out=Sources/TraceLabLive/OTLP/Generated
rm -rf "$out"
mkdir -p "$out"
protoc --plugin=protoc-gen-swift="$plugin" -I "$protos" \
    --swift_out="$out" --swift_opt=Visibility=Internal --swift_opt=FileNaming=PathToUnderscores \
    opentelemetry/proto/common/v1/common.proto \
    opentelemetry/proto/resource/v1/resource.proto \
    opentelemetry/proto/trace/v1/trace.proto \
    opentelemetry/proto/collector/trace/v1/trace_service.proto
# protoc-gen-swift marks each file `// swift-format-ignore-file`, so the linter leaves it alone.
{
    echo "Sources/TraceLabLive/OTLP/Generated was made by scripts/generate-otlp.sh from"
    echo "$(cat Protos/VERSION)"
    echo "with $(protoc --version) and $("$plugin" --version 2>/dev/null | tr -d '\n')."
} >Protos/GENERATED.txt
echo "generate-otlp.sh: wrote $(ls "$out"/*.swift | wc -l) files to $out"
