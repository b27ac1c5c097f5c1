package org.aigov.kg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcceptHeaderTest {
    private static final List<String> OFFERS = List.of("text/turtle", "text/html", "application/ld+json");

    private static Optional<String> best(String header) {
        return AcceptHeader.parse(header).bestMediaType(OFFERS);
    }

    @Test
    void highestQualityWinsWhateverTheOrderInTheHeader() {
        assertEquals(Optional.of("application/ld+json"), best("text/turtle;q=0.5, application/ld+json"));
        assertEquals(Optional.of("text/turtle"), best("text/html;q=0.1, text/turtle;q=0.9"));
    }

    @Test
    void tiesGoToTheServersFirstOffer() {
        assertEquals(Optional.of("text/turtle"), best("*/*"));
        assertEquals(Optional.of("text/turtle"), best(null));
        assertEquals(Optional.of("text/turtle"), best("application/ld+json, text/turtle"));
    }

    @Test
    void theMostSpecificRangeDecidesTheQualityOfAnOffer() {
        // text/* allows turtle at 0.8, but text/turtle;q=0 forbids it explicitly
        assertEquals(Optional.of("text/html"), best("text/*;q=0.8, text/turtle;q=0"));
        // a browser: html explicitly, everything else through */* at 0.8
        assertEquals(Optional.of("text/html"), best("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
    }

    @Test
    void nothingAcceptableIsEmptyAndZeroQualityExcludes() {
        assertTrue(best("image/png").isEmpty());
        assertTrue(best("text/turtle;q=0, text/html;q=0, application/ld+json;q=0").isEmpty());
    }

    @Test
    void malformedQualityValuesDropOnlyTheirRange() {
        assertEquals(Optional.of("application/ld+json"), best("text/turtle;q=high, application/ld+json;q=0.2"));
        assertEquals(Optional.of("text/html"), best("text/turtle;q=1.5, text/html"));
        assertTrue(best(";;;,,,").isEmpty());
    }

    @Test
    void typeAndParameterNamesAreCaseInsensitive() {
        assertEquals(Optional.of("text/html"), best("TEXT/HTML; Q=1, text/turtle;q=0.3"));
    }

    @Test
    void languagesMatchOnTheirPrimarySubtagAndFallBackToNothing() {
        List<String> langs = List.of("en", "ja", "hi");
        assertEquals(Optional.of("ja"), AcceptHeader.parse("ja-JP,ja;q=0.9,en;q=0.8").bestLanguage(langs));
        assertEquals(Optional.of("hi"), AcceptHeader.parse("fr;q=1, hi-IN;q=0.7, en;q=0.3").bestLanguage(langs));
        assertTrue(AcceptHeader.parse("fr, de").bestLanguage(langs).isEmpty());
        assertEquals("en", UiText.negotiate("fr, de"));
        assertEquals("en", UiText.negotiate(null));
    }
}
