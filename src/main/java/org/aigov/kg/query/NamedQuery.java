package org.aigov.kg.query;

import java.util.List;
import java.util.Optional;
import org.aigov.kg.BadInputException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;

/**
 * A SPARQL query from a {@code .rq} file with what its header comment says: title, question, parameters.
 *
 * @param name        the file name without {@code .rq}, e.g. {@code forums}
 * @param title       the {@code # title:} line (the name when absent)
 * @param description the {@code # description:} line ("" when absent)
 * @param params      the {@code # param:} lines, in order
 * @param text        the whole file, header included (line numbers of errors refer to it)
 * @param source      where it was read from, for messages: a path or {@code bundled:queries/x.rq}
 */
public record NamedQuery(String name, String title, String description, List<QueryParam> params,
                         String text, String source) {

    public NamedQuery {
        params = List.copyOf(params);
    }

    public Optional<QueryParam> param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }

    /** Parses the SPARQL 1.1 text; a syntax error becomes bad input located at "source:line:column". */
    public Query parse() {
        try {
            return QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            String where = e.getLine() > 0 ? source + ":" + e.getLine() + ":" + e.getColumn() : source;
            throw new BadInputException(where, "SPARQL syntax error: " + firstLine(e.getMessage()), e);
        }
    }

    /** Jena's parse messages repeat the position and list every expected token; the first line says enough. */
    private static String firstLine(String message) {
        if (message == null) return "cannot parse";
        String line = message.strip().split("\\R", 2)[0];
        return line.replaceFirst("^Lexical error at line \\d+, column \\d+\\.\\s*", "")
                .replaceFirst("^Line \\d+, column \\d+: ", "");
    }
}
