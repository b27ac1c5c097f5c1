package org.aigov.kg.recognise;

import java.util.Locale;
import org.aigov.kg.vocab.AIGO;
import org.apache.jena.rdf.model.Resource;

/** The kinds of named entity, each with its ontology class and its IRI path segment. */
public enum Kind {
    COUNTRY(AIGO.Country), REGION(AIGO.Region), FORUM(AIGO.Forum), ORGANIZATION(AIGO.Organization),
    PERSON(AIGO.Person), FRAMEWORK(AIGO.Framework), INITIATIVE(AIGO.Initiative), EVENT(AIGO.Event);

    private final Resource type;

    Kind(Resource type) { this.type = type; }

    public Resource type() { return type; }

    /** The IRI segment: id:{segment}/{slug}. */
    public String segment() { return name().toLowerCase(Locale.ROOT); }

    public boolean isActor() { return this == COUNTRY || this == FORUM || this == ORGANIZATION || this == PERSON; }

    public static Kind ofType(String typeIri) {
        for (Kind k : values()) if (k.type.getURI().equals(typeIri)) return k;
        return null;
    }

    public static Kind ofName(String name) { return valueOf(name.strip().toUpperCase(Locale.ROOT)); }
}
