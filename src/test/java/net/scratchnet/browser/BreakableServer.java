package net.scratchnet.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.scratchnet.server.StaticServer;

/**
 * The built site as the project's {@link StaticServer} serves it (same headers, same Content-Security-Policy), with
 * the downloads a test breaks on purpose: every request whose path contains a given part gets a {@link Fault}
 * instead, until the test {@link #mend mends} it. A browser test can so make a dataset or a model fail to download,
 * check what the page then says, mend the server and check that the page's retry works.
 */
public final class BreakableServer implements AutoCloseable {
    /** How a broken download fails, as a reader's browser may see it. */
    public enum Fault {
        /** HTTP 404: the file is not on the server. */
        NOT_FOUND,
        /** HTTP 500: the server failed. */
        SERVER_ERROR,
        /** The connection is closed after half the announced bytes: a network that drops mid-download. */
        CUT_OFF
    }

    // Headers the proxy computes itself rather than copying from the site's answer.
    private static final Set<String> OWN_HEADERS = Set.of("content-length", "transfer-encoding", "connection", "date");

    private final StaticServer site;
    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();   // a part of a path -> how its requests fail

    private BreakableServer(StaticServer site, HttpServer server) {
        this.site = site;
        this.server = server;
    }

    /** The built site on a free port, nothing broken yet. */
    public static BreakableServer start() throws IOException {
        StaticServer site = BuiltSite.serve();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        BreakableServer breakable = new BreakableServer(site, server);
        server.createContext("/", exchange -> {
            try {
                breakable.handle(exchange);   // a CUT_OFF answer throws past this handler, its exchange left open
            } catch (IOException | UncheckedIOException e) {
                // the browser went away mid-answer: nothing to answer to
            }
            exchange.close();
        });
        server.start();
        return breakable;
    }

    /** Where the site can be opened, ending in a slash. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** From now on, every request whose path contains {@code pathPart} (e.g. "/data/") fails with {@code fault}. */
    public void breakDownloads(String pathPart, Fault fault) {
        faults.put(pathPart, fault);
    }

    /** Every download works again. */
    public void mend() {
        faults.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Fault fault = faults.entrySet().stream().filter(entry -> path.contains(entry.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        HttpResponse<byte[]> answer;
        try {
            answer = client.send(HttpRequest.newBuilder(site.address().resolve(exchange.getRequestURI().getRawPath()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        answer.headers().map().forEach((name, values) -> {
            if (!OWN_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        byte[] body = answer.body();
        if (fault == Fault.NOT_FOUND || fault == Fault.SERVER_ERROR) {
            exchange.sendResponseHeaders(fault == Fault.NOT_FOUND ? 404 : 500, -1);
            return;
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(answer.statusCode(), head || body.length == 0 ? -1 : body.length);
        if (head) {
            return;
        }
        OutputStream out = exchange.getResponseBody();
        if (fault == Fault.CUT_OFF) {
            out.write(body, 0, body.length / 2);
            out.flush();
            // Thrown past the handler, unclosed: the JDK's server then drops the connection, mid-answer.
            throw new CutOff();
        }
        out.write(body);
    }

    /** Ends a CUT_OFF answer: the server closes the connection of a handler that throws. */
    private static final class CutOff extends RuntimeException {
        CutOff() {
            super("cut off on purpose", null, false, false);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        site.close();
    }
}
