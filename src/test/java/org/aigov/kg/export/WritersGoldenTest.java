package org.aigov.kg.export;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each format's export of the fixture equals its golden file, byte for byte, and is the same on a second run. */
class WritersGoldenTest {
    private static Network network;

    @BeforeAll
    static void build() {
        network = new NetworkBuilder(Fixture.dataset()).defaultNetwork();
    }

    static List<String> formats() {
        return NetworkFormats.names();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void matchesGoldenFile(String format) throws Exception {
        NetworkWriter w = NetworkFormats.byName(format).orElseThrow();
        Map<String, String> parts = Fixture.render(w, network);
        assertEquals(w.parts(), List.copyOf(parts.keySet()), "parts written in order");
        for (var part : parts.entrySet()) {
            String name = "fixture.expected." + (part.getKey().isEmpty() ? "" : part.getKey() + ".")
                    + (format.equals("cytoscape") ? "cytoscape" : "") + w.extension().substring(format.equals("cytoscape") ? 0 : 1);
            Golden.check(name, part.getValue());
        }
        Network again = new NetworkBuilder(Fixture.dataset()).defaultNetwork();
        assertEquals(parts, Fixture.render(w, again), "a second build gives the same bytes");
    }

    @Test
    void registryKnowsEveryFormatTheIssueAsksFor() {
        assertEquals(List.of("graphml", "gexf", "dot", "cytoscape", "csv"), NetworkFormats.names());
        assertTrue(NetworkFormats.byName("GEXF").isPresent());
        assertTrue(NetworkFormats.byName("svg").isEmpty());
    }

    @Test
    void escapingOfAwkwardText() {
        String nasty = "Hiroshima \"AI\" & <Friends>, 日本\\";
        assertEquals("Hiroshima &quot;AI&quot; &amp; &lt;Friends&gt;, 日本\\", Text.xml(nasty));
        assertEquals("\"Hiroshima \\\"AI\\\" & <Friends>, 日本\\\\\"", Text.dot(nasty));
        assertEquals("\"Hiroshima \"\"AI\"\" & <Friends>, 日本\\\"", Text.csv(nasty));
        assertEquals("plain", Text.csv("plain"));
        assertEquals("\"Hiroshima \\\"AI\\\" & \\u003cFriends>, 日本\\\\\"", Text.json(nasty));
        assertEquals("a\uFFFDb", Text.xml("a\u0001b"), "characters XML 1.0 forbids are replaced");
        assertEquals("2", Text.number(2.0));
        assertEquals("0.5", Text.number(0.5));
    }
}
