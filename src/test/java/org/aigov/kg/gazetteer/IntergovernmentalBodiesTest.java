package org.aigov.kg.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.aigov.kg.recognise.Gazetteer;
import org.aigov.kg.recognise.Kind;
import org.aigov.kg.vocab.Iris;
import org.junit.jupiter.api.Test;

/** The gazetteer knows the main intergovernmental bodies by acronym, with their kind. */
class IntergovernmentalBodiesTest {
    private static final Path GAZETTEER = Path.of(System.getProperty("aigov.project.dir", ".")).resolve("data/gazetteer");

    @Test
    void acronymsNameTheUnItsAgenciesAndOtherBodies() {
        Map<String, Gazetteer.Entry> byAcronym = Gazetteer.load(GAZETTEER, Iris.standard()).entries().stream()
                .filter(e -> e.entity().acronym() != null)
                .collect(Collectors.toMap(e -> e.entity().acronym(), e -> e, (a, b) -> a));
        for (String acronym : new String[] {"UN", "UNGA", "UNSC", "ECOSOC", "UNESCO", "ITU", "IFAD", "FAO", "WHO", "ILO", "WIPO",
                "UNDP", "UNEP", "UNICEF", "UNCTAD", "UNIDO", "UNHCR", "WFP", "IMF", "WTO", "IAEA", "IEA", "OECD", "G7", "G20",
                "GPAI", "AU", "ASEAN", "APEC", "BRICS", "OAS", "GCC", "NATO", "OSCE", "PIF", "SAARC", "BIMSTEC", "IORA", "SCO"}) {
            Gazetteer.Entry e = byAcronym.get(acronym);
            assertTrue(e != null, "no body with acronym " + acronym);
            assertEquals(Kind.FORUM, e.entity().kind(), acronym);
        }
        assertTrue(byAcronym.get("ITU").names().contains("International Telecommunication Union"));
    }
}
