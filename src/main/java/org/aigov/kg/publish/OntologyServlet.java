package org.aigov.kg.publish;

import org.aigov.kg.vocab.Prefixes;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.aigov.kg.vocab.AIGO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /ontology}: the ontology and its SKOS schemes (the ontology named graph) in every format, and its HTML reference. */
public final class OntologyServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(OntologyServlet.class);
    private final transient Resources resources;
    private transient volatile Model ontology;

    public OntologyServlet(Resources resources) {
        this.resources = resources;
    }

    /** A copy of the ontology graph; the served dataset is read-only, so it is taken once. */
    private Model ontology() {
        Model m = ontology;
        if (m == null) {
            m = Txn.calculateRead(resources.dataset(), () -> {
                Graph g = resources.dataset().asDatasetGraph().getGraph(NodeFactory.createURI(AIGO.ONTOLOGY_GRAPH));
                Model copy = ModelFactory.createDefaultModel();
                copy.getGraph().getPrefixMapping().setNsPrefixes(Prefixes.forBase(resources.base()));
                if (g != null) g.find().forEachRemaining(copy.getGraph()::add);
                return copy;
            });
            ontology = m;
        }
        return m;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            Requests.checkUri(req);
            LinkedDataServlet.setNegotiationHeaders(resp, "/ontology");
            Format format = Requests.format(req, true);
            String lang = Requests.language(req);
            String langParam = Requests.langParam(req);
            Model onto = ontology();
            if (onto.isEmpty()) throw new Requests.Refusal(404, "No ontology graph (" + AIGO.ONTOLOGY_GRAPH + ") is loaded in this dataset.");
            if (format == Format.HTML) {
                Linker linker = new Linker(resources.base(), true, langParam);
                String html = OntologyDoc.render(onto.getGraph(), resources.dataset(), lang, linker, false, "/ontology");
                resp.setHeader("Content-Language", lang);
                Requests.sendHtml(resp, 200, html);
            } else {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RdfOutput.write(onto, format, out);
                Requests.sendBytes(resp, format.contentType(), out.toByteArray());
            }
        } catch (Requests.Refusal r) {
            Requests.sendError(resp, r.status(), r.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("ontology request failed", e);
            Requests.sendError(resp, 500, "The ontology could not be rendered; the server log has the details.");
        }
    }
}
