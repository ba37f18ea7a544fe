package net.scratchnet.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/build-site, the command Netlify runs, on a simulated Netlify machine: a java that reports
 * 1.8 comes first on the PATH, and the JDK download points at a small local archive whose bin/java
 * hands over to the JDK running this test (so no 190 MB download). The build command is
 * {@code ./mvnw --version} or a one-line shell command, not a nested build.
 */
class BuildSiteScriptTest {
    private static final Path SCRIPT = Path.of("scripts/build-site").toAbsolutePath();
    /** The JDK 17+ that runs this test; the fake JDK's launchers exec its java and javac. */
    private static final Path REAL_JDK = Path.of(System.getProperty("java.home"));
    /** Maven's launcher class: on a java command line, it means ./mvnw started Maven with that java. */
    private static final String MAVEN_LAUNCHER = "org.codehaus.plexus.classworlds.launcher.Launcher";

    @TempDir
    Path temp;
    /** A folder holding only a java that says it is Java 8, as on Netlify's image. */
    private Path oldJavaBin;
    private Path archive;
    private String archiveSha256;
    private Path cache;

    /** What one run of the script printed, and its exit code. */
    private record Result(int exitCode, String out, String err) {
    }

    @BeforeEach
    void simulateNetlify() throws Exception {
        oldJavaBin = Files.createDirectories(temp.resolve("old-java/bin"));
        script(oldJavaBin.resolve("java"), """
                echo 'openjdk version "1.8.0_392"' >&2
                echo 'OpenJDK Runtime Environment (build 1.8.0_392-8u392-ga-1~20.04-b08)' >&2""");

        // The "JDK archive": one top folder, as Temurin's, whose launchers log their arguments to
        // launches.log beside bin/ and then run the real JDK's.
        Path jdkBin = Files.createDirectories(temp.resolve("archive-content/jdk-17-fake/bin"));
        for (String tool : new String[] {"java", "javac"}) {
            script(jdkBin.resolve(tool), "printf '%s\\n' \"$*\" >> \"$(dirname \"$0\")/../launches.log\"\n"
                    + "exec '" + REAL_JDK.resolve("bin/" + tool) + "' \"$@\"");
        }
        archive = temp.resolve("jdk.tar.gz");
        Process tar = new ProcessBuilder("tar", "-czf", archive.toString(), "-C",
                temp.resolve("archive-content").toString(), "jdk-17-fake").inheritIO().start();
        assertEquals(0, tar.waitFor(), "tar");
        archiveSha256 = sha256(archive);
        cache = temp.resolve("cache");
    }

    @Test
    void fetchesChecksAndCachesAJdk17WhenTheJavaOnThePathIsOlder() throws Exception {
        Map<String, String> env = environment(oldJavaBin + File.pathSeparator + System.getenv("PATH"));

        Result first = run(env, "./mvnw", "--version");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.err().contains(oldJavaBin.resolve("java") + " is Java 8, older than 17"), first.err());
        assertTrue(first.err().contains("downloading the JDK from " + archive.toUri()), first.err());
        assertTrue(first.out().contains("Apache Maven 3.9."), first.out());
        Path jdk = cache.resolve("jdk-" + archiveSha256);
        assertEquals(List.of(jdk), list(cache), "only the unpacked JDK is kept: no archive, no scratch folder");
        assertTrue(Files.readAllLines(jdk.resolve("launches.log")).stream()
                        .anyMatch(line -> line.contains(MAVEN_LAUNCHER) && line.endsWith("--version")),
                "./mvnw ran Maven with the fetched JDK's java");

        Files.delete(archive); // a second fetch would now fail
        Result second = run(env, "./mvnw", "--version");
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.err().contains("using the JDK cached in " + jdk), second.err());
        assertFalse(second.err().contains("downloading"), second.err());
        assertTrue(second.out().contains("Apache Maven 3.9."), second.out());
    }

    @Test
    void aJavaHomeOlderThan17CountsEvenWhenThePathHasANewerJava() throws Exception {
        Map<String, String> env = environment(REAL_JDK.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
        env.put("JAVA_HOME", oldJavaBin.getParent().toString()); // ./mvnw would run JAVA_HOME's java

        Result result = run(env, "sh", "-c", "printf '%s' \"$JAVA_HOME\"");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(cache.resolve("jdk-" + archiveSha256).toString(), result.out());
    }

    @Test
    void aMissingJavaCountsAsTooOld() throws Exception {
        Map<String, String> env = environment(pathWithoutJava().toString());

        Result result = run(env, "sh", "-c", "printf '%s' \"$JAVA_HOME\"");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.err().contains("no java found"), result.err());
        assertEquals(cache.resolve("jdk-" + archiveSha256).toString(), result.out());
    }

    @Test
    void aWrongChecksumStopsBeforeTheBuildAndDeletesTheDownload() throws Exception {
        Map<String, String> env = environment(oldJavaBin + File.pathSeparator + System.getenv("PATH"));
        String wrong = sha256(SCRIPT);
        assertNotEquals(archiveSha256, wrong);
        env.put("SCRATCHNET_JDK_SHA256", wrong);
        Path built = temp.resolve("built");

        Result result = run(env, "touch", built.toString());
        assertNotEquals(0, result.exitCode());
        assertTrue(result.err().contains("checksum mismatch for the JDK from " + archive.toUri()
                + ": expected SHA-256 " + wrong + ", got " + archiveSha256 + "; the download was deleted"), result.err());
        assertFalse(Files.exists(built), "the build command must not run");
        assertEquals(List.of(), list(cache), "nothing of the bad download is left in the cache");
    }

    @Test
    void aJava17OrNewerIsUsedAsItIsWithoutFetching() throws Exception {
        Map<String, String> env = environment(REAL_JDK.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
        Files.delete(archive); // any fetch would fail

        Result result = run(env, "sh", "-c", "printf '%s' \"${JAVA_HOME:-unset}\"");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.err().contains("using Java " + Runtime.version().feature() + ": "), result.err());
        assertEquals("unset", result.out());
        assertFalse(Files.exists(cache), "no JDK is fetched or cached");
    }

    /** This test's environment, with the given PATH, no JAVA_HOME, and the download pointed at the archive. */
    private Map<String, String> environment(String path) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.keySet().removeIf(name -> name.equals("JAVA_HOME") || name.equals("NETLIFY") || name.startsWith("SCRATCHNET_"));
        env.put("PATH", path);
        env.put("SCRATCHNET_JDK_URL", archive.toUri().toString());
        env.put("SCRATCHNET_JDK_SHA256", archiveSha256);
        env.put("SCRATCHNET_JDK_CACHE", cache.toString());
        return env;
    }

    /**
     * A folder of launchers for the commands the script and ./mvnw use, found on this PATH: a
     * machine with everything but Java. (Launcher scripts rather than links, which JUnit warns about
     * when it cleans up.)
     */
    private Path pathWithoutJava() throws IOException {
        Path bin = Files.createDirectories(temp.resolve("no-java-bin"));
        for (String command : new String[] {"bash", "sh", "dirname", "basename", "uname", "sed", "head", "cut", "tr",
                "mkdir", "mktemp", "rm", "mv", "cp", "tar", "gzip", "curl", "sha256sum", "unzip", "printenv"}) {
            Path found = Stream.of(System.getenv("PATH").split(File.pathSeparator))
                    .map(folder -> Path.of(folder, command))
                    .filter(Files::isExecutable)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(command + " is not on the PATH"));
            script(bin.resolve(command), "exec '" + found + "' \"$@\"");
        }
        return bin;
    }

    private Result run(Map<String, String> env, String... command) throws Exception {
        List<String> commandLine = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        commandLine.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(commandLine);
        builder.environment().clear();
        builder.environment().putAll(env);
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exitCode = process.waitFor();
        return new Result(exitCode, Files.readString(out), Files.readString(err));
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        assertTrue(file.toFile().setExecutable(true), file.toString());
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }
}
