package org.aigov.kg.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.aigov.kg.recognise.Gazetteer;
import org.aigov.kg.recognise.Kind;
import org.aigov.kg.vocab.Iris;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The committed countries file is exactly what the generator writes, and the gazetteer knows every UN member and observer state. */
class CountryGazetteerTest {
    private static final Path ROOT = Path.of(System.getProperty("aigov.project.dir", "."));
    private static final Path GAZETTEER = ROOT.resolve("data/gazetteer");

    @Test
    void theCommittedFileIsTheGeneratorsOutput() throws Exception {
        String committed = Files.readString(GAZETTEER.resolve("countries.ttl"), StandardCharsets.UTF_8);
        assertEquals(CountryGazetteer.turtle(), committed,
                "data/gazetteer/countries.ttl drifted: run `aigov gazetteer countries --out data/gazetteer/countries.ttl`");
    }

    @Test
    void everyUnMemberAndObserverStateIsListedOnceWithADistinctCodeAndSlug() {
        List<UnMember> members = CountryGazetteer.members();
        assertEquals(195, members.size(), "193 members and the two observer states");
        assertEquals(195, members.stream().map(UnMember::code).distinct().count());
        assertEquals(195, members.stream().map(UnMember::slug).distinct().count());
        assertTrue(members.stream().allMatch(m -> m.slug().equals(Iris.slug(m.slug()))), "slugs are lower-case ASCII, hyphenated");
    }

    @Test
    void theGazetteerLoads195CountriesLabelledInEnglishJapaneseAndHindi() {
        Gazetteer g = Gazetteer.load(GAZETTEER, Iris.standard());
        Set<String> countries = g.entries().stream().filter(e -> e.entity().kind() == Kind.COUNTRY)
                .map(e -> e.entity().iri()).collect(Collectors.toSet());
        assertEquals(195, countries.size());
        for (String iri : countries) {
            Set<String> langs = g.graph().find(NodeFactory.createURI(iri), RDFS.label.asNode(), Node.ANY).toList().stream()
                    .map(t -> t.getObject().getLiteralLanguage()).collect(Collectors.toSet());
            assertEquals(Set.of("en", "ja", "hi"), langs, iri);
        }
    }

    @Test
    void officialNamesAndAliasesNameTheirStates() {
        Gazetteer g = Gazetteer.load(GAZETTEER, Iris.standard());
        assertNames(g, "country/singapore", "Republic of Singapore", "Singapore");
        assertNames(g, "country/saudi-arabia", "Kingdom of Saudi Arabia");
        assertNames(g, "country/turkey", "Türkiye", "Turkey");
        assertNames(g, "country/philippines", "The Philippines");
        assertNames(g, "country/united-kingdom", "United Kingdom of Great Britain and Northern Ireland", "UK");
        assertNames(g, "country/united-states", "USA", "United States of America");
        assertNames(g, "country/united-arab-emirates", "UAE");
        assertNames(g, "country/south-korea", "Republic of Korea", "South Korea", "Korea");
        assertNames(g, "country/russia", "Russian Federation");
        assertNames(g, "country/czechia", "Czech Republic");
        assertNames(g, "country/cote-d-ivoire", "Ivory Coast");
        assertNames(g, "country/holy-see", "Holy See");
        assertNames(g, "country/state-of-palestine", "State of Palestine");
    }

    private static void assertNames(Gazetteer g, String path, String... names) {
        Gazetteer.Entry e = g.entries().stream().filter(x -> x.entity().iri().equals(Iris.DEFAULT_BASE + path)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + path));
        for (String n : names) assertTrue(e.names().contains(n), path + " lacks " + n + ": " + e.names());
    }
}
