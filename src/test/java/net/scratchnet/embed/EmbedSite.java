package net.scratchnet.embed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import net.scratchnet.browser.BuiltSite;
import net.scratchnet.server.StaticServer;

/**
 * The built site served by the project's own {@link StaticServer} (its real headers: embed.html alone may be
 * framed), seen through a small proxy that counts every byte it passes on, so that a test can measure what a
 * widget costs to load.
 */
final class EmbedSite implements AutoCloseable {
    /** One response: the path asked for and the bytes of its body. */
    record Served(String path, long bytes) {
    }

    private static final Set<String> NOT_COPIED = Set.of("content-length", "transfer-encoding", "date", "connection");

    private final StaticServer site;
    private final HttpServer proxy;
    private final HttpClient client = HttpClient.newHttpClient();
    private final List<Served> served = new ArrayList<>();
    private final Map<String, String> hostPages = new ConcurrentHashMap<>();

    private EmbedSite(StaticServer site, HttpServer proxy) {
        this.site = site;
        this.proxy = proxy;
    }

    static EmbedSite start() throws IOException {
        StaticServer site = BuiltSite.serve();
        HttpServer proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        EmbedSite embedSite = new EmbedSite(site, proxy);
        proxy.createContext("/", exchange -> {
            try (exchange) {
                embedSite.forward(exchange);
            } catch (IOException | InterruptedException e) {
                // The browser went away mid-response: nothing to answer to.
            }
        });
        proxy.start();
        return embedSite;
    }

    /** Where the site can be opened, e.g. http://127.0.0.1:41234/ */
    URI address() {
        return URI.create("http://127.0.0.1:" + proxy.getAddress().getPort() + "/");
    }

    /**
     * Serves {@code html} at {@code path} as a page of someone else's site would be: not from the built site,
     * with none of its headers. Opened through {@code localhost} rather than 127.0.0.1, it is another origin.
     */
    URI hostPage(String path, String html) {
        hostPages.put(path, html);
        return URI.create("http://localhost:" + proxy.getAddress().getPort() + path);
    }

    /** Forgets what was served so far. */
    synchronized void clearLog() {
        served.clear();
    }

    /** Everything served since the last {@link #clearLog()}. */
    synchronized List<Served> log() {
        return List.copyOf(served);
    }

    private void forward(HttpExchange exchange) throws IOException, InterruptedException {
        String hostPage = hostPages.get(exchange.getRequestURI().getPath());
        if (hostPage != null) {
            byte[] page = hostPage.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
            return;
        }
        URI target = site.address().resolve(exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
        HttpResponse<byte[]> response = client.send(
                HttpRequest.newBuilder(target).method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        response.headers().map().forEach((name, values) -> {
            if (!NOT_COPIED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> exchange.getResponseHeaders().add(name, value));
            }
        });
        byte[] body = response.body();
        synchronized (this) {
            served.add(new Served(exchange.getRequestURI().getPath(), body.length));
        }
        exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        proxy.stop(0);
        site.close();
    }
}
