package org.aigov.kg.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Writes a graph in one of the published RDF formats (JSON-LD compacted with our context). */
public final class RdfOutput {
    private RdfOutput() {}

    public static void write(Model model, Format format, OutputStream out) throws IOException {
        switch (format) {
            case TURTLE -> RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
            case NTRIPLES -> RDFDataMgr.write(out, model, RDFFormat.NTRIPLES);
            case RDFXML -> RDFDataMgr.write(out, model, RDFFormat.RDFXML_PLAIN);
            case JSONLD -> out.write(JsonLdContext.compact(DatasetGraphFactory.wrap(model.getGraph()))
                    .getBytes(StandardCharsets.UTF_8));
            case HTML -> throw new IllegalArgumentException("HTML is rendered by the page classes");
        }
    }

    /** The JSON-LD text of a graph, compacted with the published context. */
    public static String jsonLd(Model model) {
        return JsonLdContext.compact(DatasetFactory.wrap(model).asDatasetGraph());
    }

    /** The JSON-LD text of a dataset with its named graphs. */
    public static String jsonLd(DatasetGraph dsg) {
        return JsonLdContext.compact(dsg);
    }
}
