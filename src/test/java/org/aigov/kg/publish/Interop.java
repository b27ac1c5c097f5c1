package org.aigov.kg.publish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

/** Test helper: parse the same bytes with Jena RIOT and with RDF4J Rio, and move Jena data to RDF4J via N-Quads. */
final class Interop {
    private static final String BASE = "http://localhost/base/";

    private Interop() {}

    static DatasetGraph jena(byte[] bytes, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).base(BASE).parse(dsg);
        return dsg;
    }

    static Model rio(byte[] bytes, RDFFormat format) {
        try {
            return Rio.parse(new ByteArrayInputStream(bytes), BASE, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The quads of a Jena dataset as an RDF4J model (default graph → no context). */
    static Model toRdf4j(DatasetGraph dsg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dsg, Lang.NQUADS);
        return rio(out.toByteArray(), RDFFormat.NQUADS);
    }

    static Model toRdf4j(org.apache.jena.rdf.model.Model m) {
        return toRdf4j(DatasetGraphFactory.wrap(m.getGraph()));
    }

    static Lang jenaLang(Format f) {
        return switch (f) {
            case TURTLE -> Lang.TURTLE;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
            case NTRIPLES -> Lang.NTRIPLES;
            case HTML -> throw new IllegalArgumentException("not RDF");
        };
    }

    static RDFFormat rioFormat(Format f) {
        return switch (f) {
            case TURTLE -> RDFFormat.TURTLE;
            case JSONLD -> RDFFormat.JSONLD;
            case RDFXML -> RDFFormat.RDFXML;
            case NTRIPLES -> RDFFormat.NTRIPLES;
            case HTML -> throw new IllegalArgumentException("not RDF");
        };
    }
}
