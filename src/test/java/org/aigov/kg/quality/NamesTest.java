package org.aigov.kg.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Name keys fold what should not matter (case, dashes, quotes, accents, "the") and keep different names apart. */
class NamesTest {

    @Test
    void foldsCasePunctuationDashesAmpersandAndLeadingThe() {
        assertEquals(Names.key("safe and trusted ai working group"), Names.key("The Safe & Trusted AI Working-Group"));
        assertEquals(Names.key("India-France AI Dialogue"), Names.key("India–France  AI\nDialogue"));
        assertEquals(Names.key("G7 Digital and Tech Ministers' Meeting"), Names.key("G7 Digital and Tech Ministers’ Meeting"));
        assertEquals(Names.key("Grand Equipement National"), Names.key("Grand Équipement National"));
    }

    @Test
    void keepsDifferentNamesApart() {
        assertNotEquals(Names.key("AI Summit"), Names.key("AI Impact Summit"));
        assertNotEquals(Names.key("UN Global Dialogue on AI"), Names.key("UN Global Dialogue on AI governance"));
        assertNotEquals(Names.key("G7"), Names.key("G20"));
    }

    @Test
    void sameEntityNeedsOneSharedName() {
        assertTrue(Names.sameEntity(List.of("Organisation for Economic Co-operation and Development", "OECD"), List.of("oecd")));
        assertFalse(Names.sameEntity(List.of("OECD AI Principles"), List.of("OECD")));
        assertFalse(Names.sameEntity(List.of(), List.of("")));
    }

    @Test
    void runningTextFoldsQuotesAndWhitespace() {
        assertEquals("India's \"x\" y", Names.text("India’s\n\n  “x”  y"));
        assertTrue(Names.text("They encouraged relevant institutions to explore\n\ncooperation through")
                .contains(Names.text("to explore cooperation")));
    }
}
