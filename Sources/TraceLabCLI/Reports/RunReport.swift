import TraceLabCore

/// The project's own JSON report of one run (`run --format json`), documented in the README.
/// Times are milliseconds from the start of the request unless the key says `UnixNano`.
struct RunReport: Encodable {
    struct Propagation: Encodable {
        let enabledByDefault: Bool
        let disabledBoundaries: [String]
    }

    struct Status: Encodable {
        let code: String
        let message: String?
    }

    struct Span: Encodable {
        let spanId: String
        let parentSpanId: String?
        let service: String
        let name: String
        let kind: String
        let startMs: Double
        let endMs: Double
        let durationMs: Double
        let startTimeUnixNano: String
        let endTimeUnixNano: String
        let status: Status
        let attributes: [String: String]
        let events: [Event]
        let orphan: Bool
        let onCriticalPath: Bool
        let afterResponse: Bool
    }

    struct Event: Encodable {
        let name: String
        let atMs: Double
        let attributes: [String: String]
    }

    struct Trace: Encodable {
        let traceId: String
        let rootSpanIds: [String]
        let orphanSpanIds: [String]
        let durationMs: Double
        /// False when sampling dropped every span of the trace.
        let kept: Bool
        /// Its spans' size as OTLP/protobuf, and the part that was exported.
        let bytes: Int
        let keptBytes: Int
        let spans: [Span]
    }

    struct Crossing: Encodable {
        let boundary: String
        let from: String
        let to: String
        let carrier: String
        let attempt: Int
        let propagation: Bool
        let sent: [String: String]
        let received: [String: String]
        let callerTraceId: String
        let callerSpanId: String
        let calleeTraceId: String
        let calleeSpanId: String
        let lostContext: Bool
    }

    struct LostCrossing: Encodable {
        let boundary: String
        let attempt: Int
        let newTraceId: String
        /// Requests this crossing could belong to if matched by timestamps.
        let candidates: Int
    }

    struct Request: Encodable {
        let number: Int
        let arrivalMs: Double
        let correlationId: String
        let traceId: String
        let durationMs: Double
        let error: Bool
    }

    struct Load: Encodable {
        let requests: Int
        let ratePerSecond: Double
        let arrivals: String
    }

    struct Metric: Encodable {
        let service: String
        let operation: String
        let count: Int
        let errors: Int
        let ratePerSecond: Double
        let p50Ms: Double
        let p90Ms: Double
        let p99Ms: Double
        let maxMs: Double
    }

    struct Bucket: Encodable {
        let fromMs: Double
        let upToMs: Double
        let count: Int
        let exemplarTraceId: String?
    }

    struct PathStep: Encodable {
        let spanId: String
        let service: String
        let name: String
        let startMs: Double
        let endMs: Double
        let durationMs: Double
    }

    struct ServiceTime: Encodable {
        let service: String
        let ms: Double
    }

    struct QueueWaitEntry: Encodable {
        let boundary: String
        let topic: String?
        let producerSpanId: String
        let consumerSpanId: String
        let waitMs: Double
        let knownOnlyToSimulator: Bool
    }

    let scenario: String
    let seed: UInt64
    let propagation: Propagation
    let userVisibleLatencyMs: Double
    let wholeTraceMs: Double
    let traceCount: Int
    let traces: [Trace]
    let crossings: [Crossing]
    let lostCrossings: [LostCrossing]
    let criticalPath: [PathStep]
    let criticalPathByService: [ServiceTime]
    let criticalPathByDependency: [ServiceTime]
    let dominantService: String?
    let dominantServiceSpansElsewhere: Bool
    let queueWaits: [QueueWaitEntry]
    let queueWaitMs: Double
    let load: Load
    let requests: [Request]
    let metrics: [Metric]
    let latencyHistogram: [Bucket]
    let sampling: SamplingJSON

    init(
        analysis: LabAnalysis, seed: UInt64, propagation settings: PropagationSettings,
        load loadSettings: LoadSettings = .single, sampling report: SamplingReport? = nil
    ) {
        let run = analysis.run
        let samplingReport = report ?? SamplingReport(run: run, ratePerSecond: loadSettings.ratePerSecond)
        sampling = SamplingJSON(samplingReport)
        let origin = run.requestSpan?.startNanos ?? run.epochNanos
        func ms(_ nanos: UInt64) -> Double { (Double(nanos) - Double(origin)) / 1e6 }
        func length(_ nanos: UInt64) -> Double { Double(nanos) / 1e6 }
        let critical = Set(analysis.criticalPath.spanIDs)
        let after = Set(analysis.afterResponse)
        let spansByID = Dictionary(run.spans.map { ($0.spanID, $0) }, uniquingKeysWith: { first, _ in first })

        scenario = run.scenarioID
        self.seed = seed
        propagation = Propagation(
            enabledByDefault: settings.enabledByDefault,
            disabledBoundaries: settings.disabledBoundaries.sorted())
        userVisibleLatencyMs = length(analysis.userVisibleLatencyNanos)
        wholeTraceMs = length(analysis.wholeTraceNanos)
        traceCount = analysis.traceCount
        traces = analysis.traces.map { trace in
            let orphans = Set(trace.orphans)
            return Trace(
                traceId: trace.traceID.hex, rootSpanIds: trace.roots.map(\.hex),
                orphanSpanIds: trace.orphans.map(\.hex),
                durationMs: length(trace.durationNanos),
                kept: samplingReport.outcome(trace.traceID)?.kept ?? true,
                bytes: samplingReport.outcome(trace.traceID)?.bytes ?? 0,
                keptBytes: samplingReport.outcome(trace.traceID)?.keptBytes ?? 0,
                spans: trace.depthFirst().map { entry in
                    let span = entry.span
                    return Span(
                        spanId: span.spanID.hex, parentSpanId: span.parentSpanID?.hex, service: span.service,
                        name: span.name, kind: span.kind.rawValue, startMs: ms(span.startNanos),
                        endMs: ms(span.endNanos),
                        durationMs: length(span.durationNanos), startTimeUnixNano: String(span.startNanos),
                        endTimeUnixNano: String(span.endNanos),
                        status: Status(
                            code: span.status.isError ? "error" : "ok", message: span.status.message),
                        attributes: span.attributes.mapValues(\.description),
                        events: span.events.map {
                            Event(
                                name: $0.name, atMs: ms($0.timeNanos),
                                attributes: $0.attributes.mapValues(\.description))
                        },
                        orphan: orphans.contains(span.spanID), onCriticalPath: critical.contains(span.spanID),
                        afterResponse: after.contains(span.spanID))
                })
        }
        crossings = run.crossings.map { crossing in
            Crossing(
                boundary: crossing.boundary, from: crossing.from, to: crossing.to,
                carrier: crossing.carrier.rawValue,
                attempt: crossing.attempt, propagation: crossing.propagationEnabled, sent: crossing.sent,
                received: crossing.received, callerTraceId: crossing.callerTraceID.hex,
                callerSpanId: crossing.callerSpanID.hex, calleeTraceId: crossing.calleeTraceID.hex,
                calleeSpanId: crossing.calleeSpanID.hex, lostContext: crossing.lostContext)
        }
        lostCrossings = analysis.timestampMatches.map {
            LostCrossing(
                boundary: $0.crossing.boundary, attempt: $0.crossing.attempt,
                newTraceId: $0.crossing.calleeTraceID.hex,
                candidates: $0.candidates)
        }
        criticalPath = analysis.criticalPath.segments.compactMap { segment in
            guard let span = spansByID[segment.spanID] else { return nil }
            return PathStep(
                spanId: span.spanID.hex, service: span.service, name: span.name,
                startMs: ms(segment.startNanos),
                endMs: ms(segment.endNanos), durationMs: length(segment.durationNanos))
        }
        criticalPathByService = analysis.criticalTimeByService.map {
            ServiceTime(service: $0.service, ms: length($0.nanos))
        }
        criticalPathByDependency = analysis.criticalTimeByDownstreamService.map {
            ServiceTime(service: $0.service, ms: length($0.nanos))
        }
        dominantService = analysis.dominantService
        dominantServiceSpansElsewhere = analysis.dominantServiceSpansElsewhere
        queueWaits = analysis.queueWaits.map { wait in
            QueueWaitEntry(
                boundary: wait.boundary,
                topic: spansByID[wait.producerSpanID]?.attribute("messaging.destination.name")?.description,
                producerSpanId: wait.producerSpanID.hex, consumerSpanId: wait.consumerSpanID.hex,
                waitMs: length(wait.waitNanos), knownOnlyToSimulator: wait.knownOnlyToSimulator)
        }
        queueWaitMs = length(analysis.queueWaits.reduce(0) { $0 + $1.waitNanos })
        load = Load(
            requests: loadSettings.requests, ratePerSecond: loadSettings.ratePerSecond,
            arrivals: loadSettings.arrivals.rawValue)
        requests = run.requests.compactMap { request in
            guard let span = spansByID[request.requestSpanID] else { return nil }
            return Request(
                number: request.number, arrivalMs: ms(request.arrivalNanos),
                correlationId: request.correlationID,
                traceId: span.traceID.hex, durationMs: length(span.durationNanos), error: span.status.isError)
        }
        let computed = RunMetrics(run: run)
        metrics = computed.rows.map {
            Metric(
                service: $0.service, operation: $0.operation, count: $0.count, errors: $0.errors,
                ratePerSecond: $0.ratePerSecond, p50Ms: length($0.p50Nanos), p90Ms: length($0.p90Nanos),
                p99Ms: length($0.p99Nanos), maxMs: length($0.maxNanos))
        }
        latencyHistogram = computed.histogram.buckets.map {
            Bucket(
                fromMs: length($0.lowerNanos), upToMs: length($0.upperNanos), count: $0.count,
                exemplarTraceId: $0.exemplar?.hex)
        }
    }
}
