package org.aigov.kg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aigov.kg.vocab.AIGO;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The VoID/DCAT figures agree with counts taken independently from the data (plain Jena API, no SPARQL). */
class DatasetDescriptionTest {
    private static final String ENDPOINT = "http://localhost:3030/aigov/sparql";
    private static final List<String> DUMPS = List.of("http://localhost:3030/dumps/aigov.trig", "http://localhost:3030/dumps/aigov.nt.gz");
    private static Dataset ds;
    private static Model union;
    private static Model v;
    private static Resource d;

    @BeforeAll
    static void describe() {
        ds = LdTestServer.fixture();
        union = Txn.calculateRead(ds, () -> ModelFactory.createDefaultModel().add(ds.getUnionModel()));
        v = DatasetDescription.describe(ds, LdTestServer.BASE, ENDPOINT, DUMPS, LocalDate.of(2026, 11, 26));
        d = v.getResource(DatasetDescription.datasetIri(LdTestServer.BASE));
    }

    private static long integer(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        assertNotNull(s, r + " has no " + p);
        assertEquals("http://www.w3.org/2001/XMLSchema#integer", s.getLiteral().getDatatypeURI());
        return s.getLong();
    }

    @Test
    void sizesMatchTheData() {
        assertEquals("https://w3id.org/aigov/void#dataset", d.getURI());
        assertEquals(union.size(), integer(d, VOID.triples));
        assertEquals(union.listSubjects().toSet().size(), integer(d, VOID.distinctSubjects));
        assertEquals(union.listObjects().toSet().size(), integer(d, VOID.distinctObjects));
        long entities = union.listSubjects().toSet().stream().filter(r -> r.isURIResource() && r.getURI().startsWith(LdTestServer.BASE)).count();
        assertEquals(entities, integer(d, VOID.entities));
    }

    @Test
    void classAndPropertyPartitionsCountInstancesAndTriples() {
        Set<RDFNode> classes = new HashSet<>();
        for (Statement s : d.listProperties(VOID.classPartition).toList()) {
            Resource part = s.getResource();
            Resource cls = part.getPropertyResourceValue(VOID._class);
            classes.add(cls);
            long expected = union.listSubjectsWithProperty(RDF.type, cls).toSet().size();
            assertEquals(expected, integer(part, VOID.entities), "instances of " + cls);
        }
        assertTrue(classes.contains(AIGO.Country) && classes.contains(AIGO.Clause), classes.toString());
        assertEquals(union.listObjectsOfProperty(RDF.type).toSet().size(), classes.size());
        int properties = 0;
        for (Statement s : d.listProperties(VOID.propertyPartition).toList()) {
            Resource part = s.getResource();
            var p = v.createProperty(part.getPropertyResourceValue(VOID.property).getURI());
            assertEquals(union.listStatements(null, p, (RDFNode) null).toList().size(), integer(part, VOID.triples), "triples of " + p);
            properties++;
        }
        assertEquals(union.listStatements().toList().stream().map(Statement::getPredicate).distinct().count(), properties);
        assertEquals(properties, integer(d, VOID.properties));
    }

    @Test
    void accessLicenceAndProvenanceAreStated() {
        assertEquals(ENDPOINT, d.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());
        Set<String> dumps = new HashSet<>();
        d.listProperties(VOID.dataDump).forEachRemaining(s -> dumps.add(s.getResource().getURI()));
        assertEquals(new HashSet<>(DUMPS), dumps);
        assertEquals(LdTestServer.BASE, d.getProperty(VOID.uriSpace).getString());
        assertEquals(DatasetDescription.LICENSE, d.getPropertyResourceValue(DCTerms.license).getURI());
        assertNotNull(d.getPropertyResourceValue(DCTerms.publisher));
        assertEquals("2026-11-26", d.getProperty(DCTerms.modified).getString());
        assertTrue(d.hasProperty(RDF.type, DCAT.Dataset) && d.hasProperty(RDF.type, VOID.Dataset));
        Set<String> vocabularies = new HashSet<>();
        d.listProperties(VOID.vocabulary).forEachRemaining(s -> vocabularies.add(s.getResource().getURI()));
        assertTrue(vocabularies.contains(AIGO.NS) && vocabularies.contains(RDFS.getURI()), vocabularies.toString());
        long downloads = d.listProperties(DCAT.distribution).toList().stream()
                .filter(s -> s.getResource().hasProperty(DCAT.downloadURL)).count();
        assertEquals(DUMPS.size(), downloads, "one dcat:Distribution per dump");
        assertTrue(v.listResourcesWithProperty(DCAT.endpointURL).hasNext(), "the endpoint as a dcat:DataService");
    }

    @Test
    void oneSubsetPerNamedGraph() {
        long graphs = Txn.calculateRead(ds, () -> org.apache.jena.atlas.iterator.Iter.count(ds.listNames()));
        assertEquals(graphs, d.listProperties(VOID.subset).toList().size());
    }
}
