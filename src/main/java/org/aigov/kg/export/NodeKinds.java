package org.aigov.kg.export;

import java.util.Locale;

/** Guesses a display type for a node outside the entity list, from the shape of its IRI (docs/MODEL.md). */
final class NodeKinds {
    private NodeKinds() {}

    /** …/id/forum/x → Forum; …/id/statement/s/clause/3 → Clause; …/vocab/speech-act/x → SpeechAct. */
    static String fromIri(String iri) {
        String[] idParts = after(iri, "/id/");
        if (idParts != null && idParts.length >= 1) {
            if (idParts[0].equals("statement") && idParts.length >= 3) return camel(idParts[2]);
            return camel(idParts[0]);
        }
        String[] vocabParts = after(iri, "/vocab/");
        if (vocabParts != null && vocabParts.length >= 1) return camel(vocabParts[0]);
        return "Resource";
    }

    private static String[] after(String iri, String marker) {
        int at = iri.indexOf(marker);
        return at < 0 ? null : iri.substring(at + marker.length()).split("/");
    }

    private static String camel(String slug) {
        StringBuilder out = new StringBuilder();
        for (String part : slug.split("-")) {
            if (part.isEmpty()) continue;
            out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return out.isEmpty() ? "Resource" : out.toString();
    }

    /** The last segment of an IRI after '#' or '/'. */
    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String local = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        return local;
    }
}
