package org.aigov.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged tool on its own: build, query, export and validate run in a directory that holds only
 * the jar — ontology, shapes, schemes, gazetteer and named queries come from inside it.
 */
class JarOnlyIT {
    static final Path PROJECT = Path.of(System.getProperty("aigov.project.dir", ".")).toAbsolutePath().normalize();
    static final Path STATEMENTS = PROJECT.resolve("data/statements");

    @TempDir static Path elsewhere;
    static Path jar;

    private record Run(int code, String out) {}

    @BeforeAll
    static void onlyTheJar() throws IOException {
        Path packaged = Path.of(System.getProperty("aigov.jar", PROJECT.resolve("target/aigov-kg.jar").toString()));
        jar = elsewhere.resolve("aigov-kg.jar");
        Files.copy(packaged, jar);
        try (Stream<Path> s = Files.list(elsewhere)) {
            assertEquals(List.of(jar), s.toList());
        }
    }

    /** Runs {@code java -jar aigov-kg.jar ARGS} in the jar's directory; stdout and stderr together. */
    private static Run aigov(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(elsewhere.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }

    @Test
    void buildQueryExportAndValidateWithOnlyTheJar() throws Exception {
        Run build = aigov("build", STATEMENTS.toString(), "--out", "kg");
        assertEquals(0, build.code(), build.out());
        assertTrue(Files.size(elsewhere.resolve("kg/aigov.trig")) > 0);

        Run list = aigov("query", "--list");
        assertEquals(0, list.code(), list.out());
        assertTrue(list.out().contains("actor-commitments") && list.out().contains("bundled:queries/"), list.out());

        Run forums = aigov("query", "forums", STATEMENTS.toString(), "--format", "csv");
        assertEquals(0, forums.code(), forums.out());
        assertTrue(forums.out().contains("Hiroshima AI Process") || forums.out().contains("OECD"), forums.out());

        Run fromDump = aigov("query", "actor-commitments", "--param", "country=japan", "kg/aigov.trig", "--format", "csv");
        assertEquals(0, fromDump.code(), fromDump.out());
        assertTrue(fromDump.out().lines().count() > 2, fromDump.out());

        Run export = aigov("export", "--format", "graphml", "--out", "network.graphml", STATEMENTS.toString());
        assertEquals(0, export.code(), export.out());
        assertTrue(Files.readString(elsewhere.resolve("network.graphml")).contains("<graphml"));

        Run validate = aigov("validate", "kg/aigov.trig");
        assertEquals(0, validate.code(), validate.out());
        assertTrue(validate.out().contains("valid:"), validate.out());
    }

    @Test
    void servesWithTheQueryPageOfTheBundledQueries() throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-jar", jar.toString(),
                "serve", STATEMENTS.toString(), "--port", "0");
        Process p = new ProcessBuilder(cmd).directory(elsewhere.toFile()).redirectErrorStream(true).start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String endpoint = null, queryPage = null, line;
            StringBuilder seen = new StringBuilder();
            while ((line = lines.readLine()) != null && !line.startsWith("Started in")) {
                seen.append(line).append('\n');
                if (line.startsWith("SPARQL endpoint:")) endpoint = line.substring(line.indexOf("http")).strip();
                if (line.startsWith("Query page:")) queryPage = line.substring(line.indexOf("http")).strip();
            }
            assertTrue(endpoint != null && queryPage != null, seen.toString());
            var http = java.net.http.HttpClient.newHttpClient();
            var page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(queryPage.replaceAll("/?$", "") + "/examples.json")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("actor-commitments"), page.body());
            var entity = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(endpoint.replace("aigov/sparql", "id/country/japan")))
                    .header("Accept", "text/turtle").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, entity.statusCode());
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    @Test
    void readsPagesAndPdfsWithTheLibrariesInsideTheJar() throws Exception {
        Run html = aigov("build", PROJECT.resolve("src/test/resources/statements-as-published/japan-india-ai-2026.html").toString(), "--out", "kg-html");
        assertEquals(0, html.code(), html.out());
        assertTrue(html.out().contains("1 statements"), html.out());
        Path damaged = Files.writeString(elsewhere.resolve("damaged.pdf"), "%PDF-1.7 cut off");
        Run pdf = aigov("build", damaged.toString(), "--out", "kg-pdf");
        Files.delete(damaged);
        assertEquals(2, pdf.code(), pdf.out());
        assertTrue(pdf.out().contains("damaged.pdf: not a readable PDF"), pdf.out());
    }
}
