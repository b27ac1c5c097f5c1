package org.aigov.kg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aigov.kg.BadInputException;
import org.junit.jupiter.api.Test;

class QueryHeaderTest {

    @Test
    void readsTitleDescriptionAndParameters() {
        String text = """
                # title: Forums a statement commits its parties to work through
                # description: For each statement, the forums mentioned by its commitment clauses,
                #   with the clause text.
                # param: statement (optional) — IRI of a statement to restrict to
                # param: before (integer) - a year
                # param: text (literal, optional) – words
                SELECT * WHERE { ?s ?p ?o }
                """;
        NamedQuery q = QueryHeader.read("forums", text, "forums.rq");
        assertEquals("Forums a statement commits its parties to work through", q.title());
        assertEquals("For each statement, the forums mentioned by its commitment clauses, with the clause text.", q.description());
        assertEquals(3, q.params().size());
        assertEquals(new QueryParam("statement", true, QueryParam.Kind.TERM, "IRI of a statement to restrict to"), q.params().get(0));
        assertEquals(new QueryParam("before", false, QueryParam.Kind.INTEGER, "a year"), q.params().get(1));
        assertEquals(new QueryParam("text", true, QueryParam.Kind.LITERAL, "words"), q.params().get(2));
    }

    @Test
    void aFileWithoutHeaderIsNamedAfterItself() {
        NamedQuery q = QueryHeader.read("adhoc", "SELECT * WHERE { ?s ?p ?o }", "adhoc.rq");
        assertEquals("adhoc", q.title());
        assertEquals("", q.description());
        assertTrue(q.params().isEmpty());
    }

    @Test
    void commentsAfterTheQueryStartAreNotHeader() {
        NamedQuery q = QueryHeader.read("x", "# title: T\nSELECT * WHERE { ?s ?p ?o }\n# param: late — not a header line\n", "x.rq");
        assertTrue(q.params().isEmpty());
    }

    @Test
    void malformedParamLineNamesFileAndLine() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> QueryHeader.read("x", "# title: T\n# param: 9lives — bad name\nSELECT * {}", "x.rq"));
        assertEquals("x.rq:2", e.location());
    }

    @Test
    void unknownFlagAndDuplicateParamAreRejected() {
        assertThrows(BadInputException.class, () -> QueryHeader.read("x", "# param: a (sometimes) — ?\nASK {}", "x.rq"));
        BadInputException dup = assertThrows(BadInputException.class,
                () -> QueryHeader.read("x", "# param: a — one\n# param: a — two\nASK {}", "x.rq"));
        assertTrue(dup.getMessage().contains("twice"), dup.getMessage());
    }

    @Test
    void syntaxErrorIsLocatedAtLineAndColumn() {
        NamedQuery q = QueryHeader.read("broken", "# title: Broken\nSELECT ?s\nWHERE { ?s ?p }\n", "queries/broken.rq");
        BadInputException e = assertThrows(BadInputException.class, q::parse);
        assertTrue(e.location().startsWith("queries/broken.rq:3:"), e.location());
        assertTrue(e.getMessage().startsWith("SPARQL syntax error"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }
}
