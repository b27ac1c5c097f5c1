package org.aigov.kg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aigov.kg.BadInputException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;

class QueryParametersTest {
    private static final String JAPAN = "https://w3id.org/aigov/id/country/japan";

    private static Map<String, Node> bind(String queryName, Map<String, String> given) {
        NamedQuery q = Fixtures.library().get(queryName);
        return QueryParameters.bind(q, q.parse(), given);
    }

    @Test
    void iriPrefixedNameAndLabelBecomeTheRightTerms() {
        assertEquals(NodeFactory.createURI(JAPAN), bind("actor-commitments", Map.of("country", "<" + JAPAN + ">")).get("country"));
        assertEquals(NodeFactory.createURI(JAPAN), bind("actor-commitments", Map.of("country", JAPAN)).get("country"));
        assertEquals(NodeFactory.createURI(JAPAN), bind("actor-commitments", Map.of("country", "id:country/japan")).get("country"));
        assertEquals(NodeFactory.createLiteralString("japan"), bind("actor-commitments", Map.of("country", "japan")).get("country"));
        // a word with a colon whose prefix the query does not declare stays text
        assertEquals(NodeFactory.createLiteralString("Note: AI"), bind("provenance", Map.of("entity", "Note: AI")).get("entity"));
    }

    @Test
    void literalParametersStayTextEvenWhenTheyLookLikeIris() {
        assertEquals(NodeFactory.createLiteralString(JAPAN), bind("search", Map.of("text", JAPAN)).get("text"));
    }

    @Test
    void integerParametersAreCheckedAndTyped() {
        assertEquals(NodeFactory.createLiteralDT("2031", XSDDatatype.XSDinteger), bind("target-deadlines", Map.of("before", "2031")).get("before"));
        BadInputException e = assertThrows(BadInputException.class, () -> bind("target-deadlines", Map.of("before", "soon")));
        assertTrue(e.getMessage().contains("whole number"), e.getMessage());
    }

    @Test
    void unknownParameterNamesWhatTheQueryTakes() {
        BadInputException e = assertThrows(BadInputException.class, () -> bind("forums", Map.of("country", "japan")));
        assertTrue(e.getMessage().contains("unknown parameter 'country'"), e.getMessage());
        assertTrue(e.getMessage().contains("statement"), e.getMessage());
    }

    @Test
    void missingRequiredParameterIsNamed() {
        BadInputException e = assertThrows(BadInputException.class, () -> bind("provenance", Map.of()));
        assertTrue(e.getMessage().contains("--param entity="), e.getMessage());
    }

    @Test
    void optionalParameterMayBeLeftOut() {
        assertTrue(bind("forums", Map.of()).isEmpty());
    }

    @Test
    void badIriAndEmptyValueAreRejected() {
        assertThrows(BadInputException.class, () -> bind("forums", Map.of("statement", "<not an iri>")));
        assertThrows(BadInputException.class, () -> bind("forums", Map.of("statement", "  ")));
    }

    @Test
    void headerlessFileAcceptsItsOwnVariablesOnly() {
        NamedQuery q = QueryHeader.read("adhoc", "SELECT ?s WHERE { ?s ?p ?o FILTER(?o = ?wanted) }", "adhoc.rq");
        Query parsed = q.parse();
        Map<String, String> given = new LinkedHashMap<>();
        given.put("wanted", "x");
        assertEquals(NodeFactory.createLiteralString("x"), QueryParameters.bind(q, parsed, given).get("wanted"));
        given.put("other", "y");
        assertThrows(BadInputException.class, () -> QueryParameters.bind(q, parsed, given));
    }
}
