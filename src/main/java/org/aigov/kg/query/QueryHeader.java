package org.aigov.kg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigov.kg.BadInputException;

/**
 * Reads the machine-readable header comment of a {@code .rq} file.
 *
 * <pre>
 * # title: Forums a statement commits its parties to work through
 * # description: For each statement, the forums mentioned by its commitment clauses, with the clause text.
 * # param: statement (optional) — IRI of a statement to restrict to
 * </pre>
 * The header is the run of {@code #} lines at the top of the file. A comment line without a
 * {@code key:} continues the field before it. Parameter flags in parentheses, comma-separated:
 * {@code optional}, {@code literal} (always a string), {@code integer}.
 */
public final class QueryHeader {
    private static final Pattern FIELD = Pattern.compile("^#\\s*(title|description|param)\\s*:\\s*(.*)$");
    // name, optional "(flags)", then an em dash, en dash or hyphen and the description
    private static final Pattern PARAM = Pattern.compile(
            "^([A-Za-z_][A-Za-z0-9_]*)\\s*(?:\\(([^)]*)\\))?\\s*(?:(?:—|–|-{1,2})\\s*(.*))?$");

    private QueryHeader() {}

    /** The named query described by {@code text}; a malformed {@code # param:} line is bad input. */
    public static NamedQuery read(String name, String text, String source) {
        String title = null;
        StringBuilder description = null;
        List<QueryParam> params = new ArrayList<>();
        String last = null;
        int lineNo = 0;
        for (String line : text.split("\\R", -1)) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() && last == null) continue;
            if (!trimmed.startsWith("#")) break;
            Matcher f = FIELD.matcher(trimmed);
            if (f.matches()) {
                last = f.group(1);
                String value = f.group(2).strip();
                switch (last) {
                    case "title" -> title = value;
                    case "description" -> description = new StringBuilder(value);
                    default -> params.add(param(value, source + ":" + lineNo, params));
                }
            } else if (last != null && trimmed.length() > 1) {
                String more = trimmed.substring(1).strip();
                switch (last) {
                    case "title" -> title = title + " " + more;
                    case "description" -> description.append(' ').append(more);
                    default -> {
                        QueryParam p = params.remove(params.size() - 1);
                        params.add(new QueryParam(p.name(), p.optional(), p.kind(), (p.description() + " " + more).strip()));
                    }
                }
            }
        }
        return new NamedQuery(name, title == null || title.isEmpty() ? name : title,
                description == null ? "" : description.toString(), params, text, source);
    }

    private static QueryParam param(String value, String where, List<QueryParam> before) {
        Matcher m = PARAM.matcher(value);
        if (!m.matches()) {
            throw new BadInputException(where, "cannot read the parameter line '# param: " + value
                    + "'; write '# param: name (optional) — what to give'");
        }
        String pname = m.group(1);
        if (before.stream().anyMatch(p -> p.name().equals(pname))) {
            throw new BadInputException(where, "parameter '" + pname + "' is declared twice");
        }
        boolean optional = false;
        QueryParam.Kind kind = QueryParam.Kind.TERM;
        if (m.group(2) != null) {
            for (String flag : m.group(2).split(",")) {
                switch (flag.strip().toLowerCase(Locale.ROOT)) {
                    case "optional" -> optional = true;
                    case "required", "" -> { }
                    case "literal", "text", "string" -> kind = QueryParam.Kind.LITERAL;
                    case "integer", "year", "number" -> kind = QueryParam.Kind.INTEGER;
                    default -> throw new BadInputException(where, "unknown parameter flag '" + flag.strip()
                            + "' (known: optional, literal, integer)");
                }
            }
        }
        return new QueryParam(pname, optional, kind, m.group(3) == null ? "" : m.group(3).strip());
    }
}
