package org.aigov.kg.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /void} and {@code /.well-known/void}: the VoID + DCAT description in every RDF format (Turtle by default). */
public final class VoidServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(VoidServlet.class);
    private static final int MAX_CACHED = 8;
    private final transient Resources resources;
    private final String sparqlPath;
    /** Keyed by the server origin the client used, since the endpoint and dump URLs are absolute. */
    private final transient Map<String, Model> cache = new ConcurrentHashMap<>();

    public VoidServlet(Resources resources, String sparqlPath) {
        this.resources = resources;
        this.sparqlPath = sparqlPath;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            Requests.checkUri(req);
            LinkedDataServlet.setNegotiationHeaders(resp, req.getRequestURI(), false);
            Format format = Requests.format(req, false);
            String origin = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
            Model m = cache.get(origin);
            if (m == null) {
                List<String> dumps = Dumps.FILES.stream().map(f -> origin + "/dumps/" + f.name()).toList();
                m = DatasetDescription.describe(resources.dataset(), resources.base(), origin + sparqlPath, dumps);
                if (cache.size() < MAX_CACHED) cache.put(origin, m);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RdfOutput.write(m, format, out);
            Requests.sendBytes(resp, format.contentType(), out.toByteArray());
        } catch (Requests.Refusal r) {
            Requests.sendError(resp, r.status(), r.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("VoID request failed", e);
            Requests.sendError(resp, 500, "The dataset description could not be computed; the server log has the details.");
        }
    }
}
