package org.aigov.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code aigov serve} as its own process (how benchmarks run it): it serves, and SIGTERM stops it cleanly. */
class ServeProcessTest {

    @Test
    void servesInASubprocessAndStopsOnSigterm(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", ServeCommandTest.FIXTURE, "--port", "0"));
        // Output goes to a file: destroy() closes the process's pipes, which would lose the last lines.
        Path log = tmp.resolve("serve.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            String endpoint = null;
            Pattern url = Pattern.compile("SPARQL endpoint: (http://127\\.0\\.0\\.1:\\d+/aigov/sparql)");
            for (int i = 0; i < 1200 && p.isAlive() && !Files.readString(log).contains("Started in"); i++) Thread.sleep(100);
            String started = Files.readString(log);
            Matcher m = url.matcher(started);
            if (m.find()) endpoint = m.group(1);
            assertTrue(endpoint != null, "no endpoint printed: " + started);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(endpoint + "?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D"))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("true"), r.body());
            p.destroy(); // SIGTERM: the shutdown hook stops the server
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the server did not stop on SIGTERM");
            String all = Files.readString(log);
            assertTrue(all.contains("stopping the server"), all);
        } finally {
            p.destroyForcibly();
        }
    }
}
