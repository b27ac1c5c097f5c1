package org.aigov.kg.publish;

import org.aigov.kg.source.UnionView;
import org.aigov.kg.vocab.Prefixes;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/**
 * The VoID and DCAT description of the dataset, computed from the data: sizes, class and
 * property partitions, vocabularies, named-graph subsets, endpoint, dumps, licence.
 *
 * <pre>Model voidModel = DatasetDescription.describe(ds, "https://w3id.org/aigov/id/",
 *         "http://localhost:3030/aigov/sparql", List.of("http://localhost:3030/dumps/aigov.trig"));</pre>
 */
public final class DatasetDescription {
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String IANA = "https://www.iana.org/assignments/media-types/";

    private DatasetDescription() {}

    /** The description with today's date (UTC) as dct:modified. */
    public static Model describe(Dataset ds, String base, String endpointUrl, List<String> dumpUrls) {
        return describe(ds, base, endpointUrl, dumpUrls, LocalDate.now(ZoneOffset.UTC));
    }

    public static Model describe(Dataset ds, String base, String endpointUrl, List<String> dumpUrls, LocalDate modified) {
        String b = base.endsWith("/") ? base : base + "/";
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.forBase(b));
        m.setNsPrefix("sd", SD);
        Resource d = m.createResource(datasetIri(b));
        d.addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
         .addProperty(DCTerms.title, m.createLiteral("AI governance diplomacy knowledge graph", "en"))
         .addProperty(DCTerms.description, m.createLiteral("Joint statements on artificial intelligence between governments, "
                 + "turned into linked data with sentence-level provenance: parties, clauses and speech acts, forums, "
                 + "frameworks, agreements and targets.", "en"))
         .addProperty(DCTerms.license, m.createResource(LICENSE))
         .addProperty(DCTerms.publisher, m.createResource().addProperty(RDF.type, m.createResource(FOAF + "Organization"))
                 .addProperty(m.createProperty(FOAF + "name"), "aigov-kg"))
         .addProperty(DCTerms.modified, m.createTypedLiteral(modified.toString(), XSDDatatype.XSDdate))
         .addProperty(VOID.uriSpace, b)
         .addProperty(DCAT.keyword, m.createLiteral("AI governance", "en"))
         .addProperty(DCAT.keyword, m.createLiteral("joint statement", "en"));
        for (String lang : UiText.LANGUAGES) d.addProperty(DCTerms.language, m.createResource("http://id.loc.gov/vocabulary/iso639-1/" + lang));
        for (String f : List.of("Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG")) {
            d.addProperty(VOID.feature, m.createResource("http://www.w3.org/ns/formats/" + f));
        }
        if (endpointUrl != null) {
            Resource endpoint = m.createResource(endpointUrl);
            d.addProperty(VOID.sparqlEndpoint, endpoint);
            Resource service = m.createResource().addProperty(RDF.type, DCAT.DataService)
                    .addProperty(DCAT.endpointURL, endpoint).addProperty(DCAT.servesDataset, d)
                    .addProperty(DCTerms.title, m.createLiteral("SPARQL endpoint", "en"));
            d.addProperty(DCAT.distribution, m.createResource().addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.accessURL, endpoint).addProperty(DCAT.accessService, service)
                    .addProperty(DCTerms.title, m.createLiteral("SPARQL endpoint", "en")));
        }
        for (String url : dumpUrls) {
            Resource dump = m.createResource(url);
            d.addProperty(VOID.dataDump, dump);
            Resource dist = m.createResource().addProperty(RDF.type, DCAT.Distribution).addProperty(DCAT.downloadURL, dump)
                    .addProperty(DCAT.accessURL, dump).addProperty(DCTerms.license, m.createResource(LICENSE))
                    .addProperty(DCTerms.title, m.createLiteral("Dump " + url.substring(url.lastIndexOf('/') + 1), "en"));
            String media = mediaTypeOf(url);
            if (media != null) dist.addProperty(DCAT.mediaType, m.createResource(IANA + media));
            if (url.endsWith(".gz")) dist.addProperty(DCAT.compressFormat, m.createResource(IANA + "application/gzip"));
            d.addProperty(DCAT.distribution, dist);
        }
        Txn.executeRead(ds, () -> statistics(ds, b, m, d));
        return m;
    }

    /** The dataset's own IRI: beside the resource space, e.g. https://w3id.org/aigov/void#dataset for …/aigov/id/. */
    public static String datasetIri(String base) {
        String b = base.endsWith("/") ? base : base + "/";
        String root = b.endsWith("/id/") ? b.substring(0, b.length() - 3) : b;
        return root + "void#dataset";
    }

    private static void statistics(Dataset ds, String base, Model m, Resource d) {
        Model union = UnionView.model(ds);
        QuerySolution totals = one(union, "void-totals", base);
        d.addLiteral(VOID.triples, integer(totals.getLiteral("triples").getLong()))
         .addLiteral(VOID.entities, integer(totals.getLiteral("entities").getLong()))
         .addLiteral(VOID.distinctSubjects, integer(totals.getLiteral("subjects").getLong()))
         .addLiteral(VOID.distinctObjects, integer(totals.getLiteral("objects").getLong()));
        Set<String> vocabularies = new TreeSet<>();
        long classes = 0;
        try (QueryExecution qe = QueryExecution.create().query(Queries.get("void-classes")).model(union).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                Resource cls = row.getResource("class");
                d.addProperty(VOID.classPartition, m.createResource().addProperty(VOID._class, cls)
                        .addLiteral(VOID.entities, integer(row.getLiteral("entities").getLong())));
                vocabularies.add(namespace(cls.getURI()));
                classes++;
            }
        }
        long properties = 0;
        try (QueryExecution qe = QueryExecution.create().query(Queries.get("void-properties")).model(union).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                Resource p = row.getResource("property");
                d.addProperty(VOID.propertyPartition, m.createResource().addProperty(VOID.property, p)
                        .addLiteral(VOID.triples, integer(row.getLiteral("triples").getLong()))
                        .addLiteral(VOID.distinctSubjects, integer(row.getLiteral("subjects").getLong()))
                        .addLiteral(VOID.distinctObjects, integer(row.getLiteral("objects").getLong())));
                vocabularies.add(namespace(p.getURI()));
                properties++;
            }
        }
        d.addLiteral(VOID.classes, integer(classes)).addLiteral(VOID.properties, integer(properties));
        for (String v : vocabularies) if (!v.isEmpty()) d.addProperty(VOID.vocabulary, m.createResource(v));
        Property sdName = m.createProperty(SD + "name");
        try (QueryExecution qe = QueryExecution.create().query(Queries.get("void-graphs")).dataset(ds).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                d.addProperty(VOID.subset, m.createResource().addProperty(RDF.type, VOID.Dataset)
                        .addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                        .addProperty(sdName, row.getResource("g"))
                        .addLiteral(VOID.triples, integer(row.getLiteral("triples").getLong())));
            }
        }
    }

    private static QuerySolution one(Model union, String query, String base) {
        try (QueryExecution qe = QueryExecution.create().query(Queries.get(query)).model(union)
                .substitution("base", ResourceFactory.createPlainLiteral(base)).build()) {
            return qe.execSelect().next();
        }
    }

    private static Literal integer(long n) {
        return ResourceFactory.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** The namespace of a term: the IRI up to its last '#' or '/'. */
    static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut < 0 ? "" : iri.substring(0, cut + 1);
    }

    /** The IANA media type of a dump file, from its name. */
    static String mediaTypeOf(String url) {
        String u = url.endsWith(".gz") ? url.substring(0, url.length() - 3) : url;
        if (u.endsWith(".trig")) return "application/trig";
        if (u.endsWith(".ttl")) return "text/turtle";
        if (u.endsWith(".nt")) return "application/n-triples";
        if (u.endsWith(".nq")) return "application/n-quads";
        if (u.endsWith(".jsonld")) return "application/ld+json";
        if (u.endsWith(".rdf")) return "application/rdf+xml";
        return null;
    }
}
