package org.aigov.kg.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP Accept or Accept-Language header parsed into ranges with q-values (RFC 9110 §12.5),
 * and the choice of the best offer among what the server can produce.
 */
public final class AcceptHeader {

    /** One range of the header: a media range such as {@code text/*} or a language range such as {@code ja-JP}. */
    public record Range(String value, double q) {}

    private final List<Range> ranges;

    private AcceptHeader(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** Parses a header; an absent or blank header accepts anything ({@code *}/{@code *}/{@code *}). */
    public static AcceptHeader parse(String header) {
        List<Range> out = new ArrayList<>();
        if (header == null || header.isBlank()) {
            out.add(new Range("*", 1.0));
            return new AcceptHeader(out);
        }
        for (String part : header.split(",")) {
            String[] pieces = part.split(";");
            if (pieces.length == 0) continue; // "," or ";" alone: nothing to accept
            String value = pieces[0].trim().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) continue;
            Double q = 1.0;
            for (int i = 1; i < pieces.length && q != null; i++) {
                String param = pieces[i].trim();
                int eq = param.indexOf('=');
                if (eq > 0 && param.substring(0, eq).trim().equalsIgnoreCase("q")) q = parseQ(param.substring(eq + 1).trim());
            }
            if (q == null) continue; // a malformed q-value makes the whole range unusable; skip it
            if (value.equals("*/*")) value = "*";
            out.add(new Range(value, q));
        }
        return new AcceptHeader(out);
    }

    /** q = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ); anything else is malformed (null). */
    private static Double parseQ(String s) {
        if (!s.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?")) return null;
        return Double.parseDouble(s);
    }

    public List<Range> ranges() { return ranges; }

    /**
     * The offered media type with the highest quality; among equals, the one offered first.
     * Each offer takes the q of the most specific range that matches it (type/sub over type/* over *).
     */
    public Optional<String> bestMediaType(List<String> offered) {
        return best(offered, AcceptHeader::mediaSpecificity);
    }

    /** The offered language (primary tags such as "ja") that the header prefers; ranges match on their primary subtag. */
    public Optional<String> bestLanguage(List<String> offered) {
        return best(offered, AcceptHeader::languageSpecificity);
    }

    private interface Matcher { int specificity(String range, String offer); }

    private Optional<String> best(List<String> offered, Matcher matcher) {
        String bestOffer = null;
        double bestQ = 0;
        for (String offer : offered) {
            double q = qualityOf(offer.toLowerCase(Locale.ROOT), matcher);
            if (q > bestQ) { bestQ = q; bestOffer = offer; }
        }
        return Optional.ofNullable(bestOffer);
    }

    private double qualityOf(String offer, Matcher matcher) {
        int bestSpecificity = -1;
        double q = 0;
        for (Range r : ranges) {
            int s = matcher.specificity(r.value(), offer);
            if (s > bestSpecificity || (s == bestSpecificity && s >= 0 && r.q() > q)) {
                if (s >= 0) { bestSpecificity = s; q = r.q(); }
            }
        }
        return q;
    }

    /** 2 = exact, 1 = type/*, 0 = *, -1 = no match. */
    private static int mediaSpecificity(String range, String offer) {
        if (range.equals("*")) return 0;
        if (range.equals(offer)) return 2;
        int slash = range.indexOf('/');
        if (slash > 0 && range.endsWith("/*") && offer.startsWith(range.substring(0, slash + 1))) return 1;
        return -1;
    }

    /** 2 = same tag, 1 = same primary subtag (ja-JP vs ja), 0 = *, -1 = no match. */
    private static int languageSpecificity(String range, String offer) {
        if (range.equals("*")) return 0;
        if (range.equals(offer)) return 2;
        if (primary(range).equals(primary(offer))) return 1;
        return -1;
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }
}
