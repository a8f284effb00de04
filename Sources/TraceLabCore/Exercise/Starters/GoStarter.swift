/// The Go starter: the standard library's `net/http`, nothing to download.
enum GoStarter {
    static let guide = StarterKit.Guide(
        language: "Go",
        run: "go run .",
        todo: "fill in `outgoingHeaders` in `main.go` (marked TODO).",
        openTelemetry: """
            With OpenTelemetry (`go get go.opentelemetry.io/otel`), the same steps are
            `propagation.TraceContext{}.Extract(ctx, propagation.HeaderCarrier(r.Header))`, a client span
            per call started from that context, and `Inject(ctx, propagation.HeaderCarrier(req.Header))`;
            the comments in `main.go` show where. Writing it by hand first is the point of the exercise.
            """)

    static let files = [
        StarterFile(path: "go.mod", contents: "module propagation-starter\n\ngo 1.21\n"),
        StarterFile(path: "main.go", contents: service),
    ]

    static let service = #"""
        // A service for `tracelab exercise propagation`: it keeps the W3C test harness's contract.
        // POST / with a JSON array of {"url": ..., "arguments": [...]}: for each element, in order,
        // POST `arguments` as JSON to `url`; answer 200 once every call has returned.
        package main

        import (
        	"bytes"
        	"encoding/json"
        	"fmt"
        	"io"
        	"log"
        	"net"
        	"net/http"
        	"os"
        	"time"
        )

        type call struct {
        	URL       string          `json:"url"`
        	Arguments json.RawMessage `json:"arguments"`
        }

        // outgoingHeaders returns the trace-context headers for one outgoing call. traceparents and
        // tracestates are every value of those headers on the incoming request, in order.
        func outgoingHeaders(traceparents, tracestates []string) http.Header {
        	headers := http.Header{}
        	// TODO: propagate the trace context (see README.md, "What to write").
        	//  1. Continue the incoming trace when exactly one valid traceparent arrived; otherwise
        	//     start a new trace (random trace id, no tracestate).
        	//  2. Use a new span id for this call as the parent id you send.
        	//  3. Forward the tracestate you received, unchanged.
        	// With OpenTelemetry this is where you would call
        	//   ctx := propagation.TraceContext{}.Extract(ctx, propagation.HeaderCarrier(incoming))
        	//   ctx, span := tracer.Start(ctx, "call", trace.WithSpanKind(trace.SpanKindClient))
        	//   propagation.TraceContext{}.Inject(ctx, propagation.HeaderCarrier(headers))
        	return headers
        }

        func handle(w http.ResponseWriter, r *http.Request) {
        	if r.Method != http.MethodPost {
        		http.Error(w, "POST a JSON array", http.StatusMethodNotAllowed)
        		return
        	}
        	var calls []call
        	if err := json.NewDecoder(r.Body).Decode(&calls); err != nil {
        		http.Error(w, "expected a JSON array", http.StatusBadRequest)
        		return
        	}
        	client := &http.Client{Timeout: 10 * time.Second}
        	for _, c := range calls {
        		arguments := c.Arguments
        		if arguments == nil {
        			arguments = json.RawMessage("[]")
        		}
        		req, err := http.NewRequest(http.MethodPost, c.URL, bytes.NewReader(arguments))
        		if err != nil {
        			http.Error(w, err.Error(), http.StatusBadRequest)
        			return
        		}
        		req.Header.Set("Content-Type", "application/json")
        		for name, values := range outgoingHeaders(r.Header.Values("Traceparent"), r.Header.Values("Tracestate")) {
        			req.Header[name] = values
        		}
        		resp, err := client.Do(req)
        		if err != nil {
        			http.Error(w, err.Error(), http.StatusBadGateway)
        			return
        		}
        		io.Copy(io.Discard, resp.Body)
        		resp.Body.Close()
        	}
        	w.Header().Set("Content-Type", "application/json")
        	w.Write([]byte("{}"))
        }

        func main() {
        	port := os.Getenv("PORT")
        	if port == "" {
        		port = "8000"
        	}
        	listener, err := net.Listen("tcp", "127.0.0.1:"+port)
        	if err != nil {
        		log.Fatal(err)
        	}
        	fmt.Printf("listening on http://127.0.0.1:%d/\n", listener.Addr().(*net.TCPAddr).Port)
        	log.Fatal(http.Serve(listener, http.HandlerFunc(handle)))
        }
        """#
}
