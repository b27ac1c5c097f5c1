package org.aigov.kg.publish;

import org.aigov.kg.server.ServerContext;
import org.aigov.kg.server.ServerExtension;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;

/**
 * Adds the linked-data layer to a Fuseki server: {@code /id/*} pages and descriptions,
 * {@code /ontology}, {@code /void} and {@code /.well-known/void}, {@code /dumps/},
 * {@code /context.jsonld} and the stylesheet.
 *
 * <pre>LinkedDataExtension.register(FusekiServer.create().port(3030).add("/aigov", ds), ds, "https://w3id.org/aigov/id/");</pre>
 */
public final class LinkedDataExtension implements ServerExtension {
    /** Where the SPARQL endpoint of the dataset is served (named in the VoID description). */
    public static final String DEFAULT_SPARQL_PATH = "/aigov/sparql";

    /** As listed in {@code server/Extensions}: mounts the layer on the served (read-only, union) dataset. */
    @Override
    public void register(FusekiServer.Builder b, ServerContext ctx) {
        register(b, DatasetFactory.wrap(ctx.dataset()), ctx.baseIri(), ctx.datasetPath() + "/sparql");
    }

    public static FusekiServer.Builder register(FusekiServer.Builder b, Dataset ds, String base) {
        return register(b, ds, base, DEFAULT_SPARQL_PATH);
    }

    public static FusekiServer.Builder register(FusekiServer.Builder b, Dataset ds, String base, String sparqlPath) {
        Resources resources = new Resources(ds, base);
        b.addServlet("/id/*", new LinkedDataServlet(resources));
        b.addServlet("/ontology", new OntologyServlet(resources));
        VoidServlet voidServlet = new VoidServlet(resources, sparqlPath);
        b.addServlet("/void", voidServlet);
        b.addServlet("/.well-known/void", voidServlet);
        b.addServlet("/dumps/*", new DumpsServlet(resources));
        b.addServlet(PageLayout.CSS_PATH, new StaticServlet(PageLayout.css(), "text/css; charset=utf-8"));
        b.addServlet(StatementDocument.SCRIPT_PATH, new StaticServlet(PageLayout.asset("assets/statement.js"), "text/javascript; charset=utf-8"));
        b.addServlet("/context.jsonld", new StaticServlet(JsonLdContext.text(), "application/ld+json"));
        return b;
    }
}
