package net.scratchnet.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The command line's {@code serve}, and the server of the browser tests: serves the built site (target/site)
 * on this computer, the way the real host serves it: correct content types (browsers refuse to stream-compile
 * WebAssembly served as anything but application/wasm) and the same security headers as netlify.toml, so that
 * a Content-Security-Policy mistake shows up locally too.
 *
 * <p>The site is static, so this only reads files: GET and HEAD, nothing outside the site folder.
 * It listens on 127.0.0.1 only: it is for trying the site out, not for publishing it.
 */
public final class StaticServer implements AutoCloseable {
    /** The command that builds the site into target/site, as the README gives it. */
    public static final String BUILD_COMMAND = "./mvnw -B -DskipTests package";

    /**
     * The policy the site works under. 'wasm-unsafe-eval' lets the page compile WebAssembly;
     * 'unsafe-eval' is needed because TeaVM's WasmGC loader builds its JS glue with new Function();
     * worker-src 'self' allows the training worker, and blob: the sandbox's worker (code-sandbox.html, an
     * opaque origin, can start a worker only from a blob: URL it made); blob: lets the page show images it made.
     * Keep it identical to netlify.toml (a test compares them). Framing is not decided here but by
     * X-Frame-Options, page by page (see {@link #EMBED_PAGES}).
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'; worker-src 'self' blob:; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'none'";

    /** Sent with every response, as netlify.toml's [[headers]] for "/*" does. */
    public static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()");

    /**
     * embed.html is made for other sites' iframes (README, "Embedding"), so it alone may be framed, by any
     * page, in each language (zh/embed.html is its Chinese edition, where embed.html?lang=zh goes); every other page is sent {@code X-Frame-Options: DENY} against clickjacking. Why not a
     * frame-ancestors rule in the policy above: on Netlify, two header rules that match the same path and
     * set the same header may be joined into one comma-separated value, and "DENY, ALLOWALL" or two
     * policies mean "deny". So netlify.toml sets each header in one rule only: the policy for every path,
     * X-Frame-Options for the pages other than this one.
     */
    public static final Set<String> EMBED_PAGES = Set.of("/embed.html", "/zh/embed.html");

    /**
     * The sandbox of "code it yourself" (learn/code/): the site's own pages frame it (with sandbox="allow-scripts",
     * so it runs as an opaque origin), no other site may: {@code X-Frame-Options: SAMEORIGIN}, set in
     * netlify.toml by its own rule.
     */
    public static final String SANDBOX_PAGE = "/code-sandbox.html";

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/plain; charset=utf-8"),
            // The datasets are fetched as bytes and unzipped by the site itself: no Content-Encoding,
            // or the browser would unzip them first and the checksums (of the .gz files) would not match.
            Map.entry("gz", "application/gzip"),
            Map.entry("bin", "application/octet-stream"));

    private final Path root;
    private final HttpServer server;

    private StaticServer(Path root, HttpServer server) {
        this.root = root;
        this.server = server;
    }

    /**
     * Starts serving {@code siteDirectory} on 127.0.0.1:{@code port} (0 = any free port).
     *
     * @throws IllegalArgumentException if the folder has no index.html (most likely the site is not built)
     * @throws IOException              if the port cannot be opened, e.g. it is in use
     */
    public static StaticServer start(Path siteDirectory, int port) throws IOException {
        Path root = siteDirectory.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            throw new IllegalArgumentException("no index.html in " + root + ": build the site first with " + BUILD_COMMAND);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        StaticServer staticServer = new StaticServer(root, server);
        server.createContext("/", exchange -> {
            try (exchange) {
                staticServer.handle(exchange);
            } catch (IOException | UncheckedIOException e) {
                // The browser went away mid-response (e.g. the tab closed): nothing to answer to.
            }
        });
        server.start();
        return staticServer;
    }

    /** Where the site can be opened, e.g. http://127.0.0.1:8080/ */
    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        SECURITY_HEADERS.forEach(exchange.getResponseHeaders()::set);
        String page = exchange.getRequestURI().getPath();
        if (page.equals(SANDBOX_PAGE)) {
            exchange.getResponseHeaders().set("X-Frame-Options", "SAMEORIGIN");
        } else if (!EMBED_PAGES.contains(page)) {
            exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            sendText(exchange, 405, "only GET and HEAD: this is a static site");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        Path asFolder = root.resolve(path.substring(1)).normalize();
        if (!path.endsWith("/") && asFolder.startsWith(root) && Files.isDirectory(asFolder)) {
            // /learn must become /learn/, or the page's relative links would resolve against the site root.
            exchange.getResponseHeaders().set("Location", path + "/");
            sendText(exchange, 301, "moved to " + path + "/");
            return;
        }
        Path file = resolve(path);
        if (file == null) {
            sendText(exchange, 404, "not found: " + exchange.getRequestURI().getPath());
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", contentType(file));
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");   // always the latest build
        long length = Files.size(file);
        if (method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Long.toString(length));
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, length == 0 ? -1 : length);
        try (OutputStream body = exchange.getResponseBody()) {
            Files.copy(file, body);
        }
    }

    /** The file for a URL path, or null if there is none (or the path tries to leave the site folder). */
    private Path resolve(String urlPath) {
        String relative = urlPath.startsWith("/") ? urlPath.substring(1) : urlPath;
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative += "index.html";
        }
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        return Files.isRegularFile(file) ? file : null;
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }

    /** Runs the server until the process is stopped: {@code serve [--port 8080] [--dir target/site]}. */
    public static void serve(Path siteDirectory, int port) throws IOException, InterruptedException {
        StaticServer server = start(siteDirectory, port);
        System.out.println("Serving " + server.root + " at " + server.address() + " (Ctrl+C to stop)");
        Thread.currentThread().join();
    }
}
