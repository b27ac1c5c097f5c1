package org.aigov.kg.push;

/** One named graph after a push: its IRI, the triples sent and the triples the remote reports holding. */
public record PushedGraph(String iri, long localTriples, long remoteTriples) {
    public boolean verified() {
        return localTriples == remoteTriples;
    }
}
