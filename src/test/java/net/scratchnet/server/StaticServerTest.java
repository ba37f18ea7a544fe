package net.scratchnet.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticServerTest {
    @TempDir
    Path site;
    private StaticServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>home</title>");
        Files.createDirectories(site.resolve("learn"));
        Files.writeString(site.resolve("learn/index.html"), "<!doctype html><title>course</title>");
        Files.createDirectories(site.resolve("core"));
        Files.write(site.resolve("core/scratchnet.wasm"), new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        Files.createDirectories(site.resolve("data/mnist"));
        Files.write(site.resolve("data/mnist/t10k-labels-idx1-ubyte.gz"), new byte[] {0x1f, (byte) 0x8b, 8});
        Files.writeString(site.getParent().resolve("secret.txt"), "outside the site");
        server = StaticServer.start(site, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesFilesWithTheirContentTypes() throws Exception {
        assertEquals("application/wasm", get("core/scratchnet.wasm").headers().firstValue("Content-Type").orElseThrow());
        assertEquals("text/html; charset=utf-8", get("").headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<byte[]> gz = get("data/mnist/t10k-labels-idx1-ubyte.gz");
        assertEquals("application/gzip", gz.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(gz.headers().firstValue("Content-Encoding").isEmpty(), "the site unzips the data itself");
        assertEquals(3, gz.body().length);
    }

    @Test
    void sendsTheSecurityHeadersOnEveryResponse() throws Exception {
        for (String path : new String[] {"", "core/scratchnet.wasm", "missing.html"}) {
            HttpResponse<byte[]> response = get(path);
            StaticServer.SECURITY_HEADERS.forEach((name, value) ->
                    assertEquals(value, response.headers().firstValue(name).orElse(null), name + " on /" + path));
        }
    }

    @Test
    void answers404ForMissingFilesAndForPathsOutsideTheSite() throws Exception {
        assertEquals(404, get("nothing-here.js").statusCode());
        HttpResponse<byte[]> escape = client.send(HttpRequest.newBuilder(
                URI.create(server.address() + "core/../../secret.txt")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(404, escape.statusCode());
        assertEquals(404, get("%2e%2e/secret.txt").statusCode());
    }

    @Test
    void refusesToChangeAnything() throws Exception {
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(server.address())
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    @Test
    void sendsAFolderWithoutItsSlashToTheFolder() throws Exception {
        HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<byte[]> response = noRedirects.send(HttpRequest.newBuilder(URI.create(server.address() + "learn")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(301, response.statusCode());
        assertEquals("/learn/", response.headers().firstValue("Location").orElse(null));
    }

    @Test
    void refusesAFolderWithoutASite(@TempDir Path empty) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> StaticServer.start(empty, 0));
        assertTrue(error.getMessage().contains("./mvnw -B -DskipTests package"), error.getMessage());
    }

    @Test
    void letsOtherPagesFrameOnlyTheEmbedPage() throws Exception {
        for (String page : java.util.List.of("embed.html", "zh/embed.html")) {
            HttpResponse<byte[]> embed = get(page);
            assertEquals(StaticServer.CONTENT_SECURITY_POLICY, embed.headers().firstValue("Content-Security-Policy").orElse(null));
            assertTrue(embed.headers().firstValue("X-Frame-Options").isEmpty(), page + " may be framed");
        }
        for (String page : java.util.List.of("", "zh/", "zh/index.html", "zh/embed-demo.html", "zh/learn/index.html")) {
            assertEquals("DENY", get(page).headers().firstValue("X-Frame-Options").orElse(null), page + ": other pages may not");
        }
        assertEquals("SAMEORIGIN", get("code-sandbox.html").headers().firstValue("X-Frame-Options").orElse(null),
                "the sandbox only by the site's own pages");
    }

    /**
     * On Netlify every page of the built site but the embed pages must be covered by a rule that sends
     * X-Frame-Options: DENY, but the sandbox, which its own rule lets the site's pages frame.
     */
    @Test
    void netlifyKeepsEveryOtherPageFromBeingFramed() throws IOException {
        String toml = Files.readString(Path.of("netlify.toml"), StandardCharsets.UTF_8);
        java.util.List<String> framedPaths = new java.util.ArrayList<>();
        java.util.List<String> sameOrigin = new java.util.ArrayList<>();
        for (String rule : toml.split("\\[\\[headers\\]\\]")) {
            java.util.regex.Matcher path = java.util.regex.Pattern.compile("for = \"([^\"]+)\"").matcher(rule);
            if (rule.contains("X-Frame-Options = \"DENY\"") && path.find()) {
                framedPaths.add(path.group(1));
            } else if (rule.contains("X-Frame-Options = \"SAMEORIGIN\"") && path.find()) {
                sameOrigin.add(path.group(1));
            }
        }
        assertEquals(java.util.List.of(StaticServer.SANDBOX_PAGE), sameOrigin, "only the sandbox is framed by the site's own pages");
        Path built = Path.of(System.getProperty("scratchnet.siteDir", "target/site"));
        assertTrue(Files.isRegularFile(built.resolve("zh/embed.html")), "the built site (mvn process-classes) is in " + built);
        try (java.util.stream.Stream<Path> files = Files.walk(built)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html") && !f.startsWith(built.resolve("vendor"))).toList()) {
                String url = "/" + built.relativize(page).toString().replace('\\', '/');
                boolean covered = framedPaths.stream().anyMatch(p -> p.equals(url) || p.endsWith("/*")
                        && url.startsWith(p.substring(0, p.length() - 1)));
                assertEquals(!StaticServer.EMBED_PAGES.contains(url) && !url.equals(StaticServer.SANDBOX_PAGE), covered,
                        url + " in netlify.toml's X-Frame-Options rule");
            }
        }
    }

    /** netlify.toml is what the real host sends: it must promise the same headers the tests ran under. */
    @Test
    void netlifySendsTheSameSecurityHeaders() throws IOException {
        String toml = Files.readString(Path.of("netlify.toml"), StandardCharsets.UTF_8);
        StaticServer.SECURITY_HEADERS.forEach((name, value) ->
                assertTrue(toml.contains(name + " = \"" + value + "\""), "netlify.toml should send " + name + ": " + value));
        assertTrue(toml.contains("publish = \"target/site\""));
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.address() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
