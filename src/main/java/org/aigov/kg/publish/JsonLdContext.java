package org.aigov.kg.publish;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The published JSON-LD {@code @context} (readable keys: label, type, party, clauses, speechAct …)
 * and compaction of RDF with it. The context is embedded in every document we write, so
 * readers never need to fetch it; it is also served at {@code /context.jsonld}.
 */
public final class JsonLdContext {
    private static final String RESOURCE = "context.jsonld";
    private static final String TEXT = load();
    private static final JsonObject CONTEXT = Json.createReader(new StringReader(TEXT)).readObject();

    private JsonLdContext() {}

    /** The context document as published. */
    public static String text() { return TEXT; }

    /** Compacts a dataset (its default and named graphs) with the published context, pretty-printed. */
    public static String compact(DatasetGraph dsg) {
        try {
            ByteArrayOutputStream nquads = new ByteArrayOutputStream();
            RDFDataMgr.write(nquads, dsg, Lang.NQUADS);
            JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(new ByteArrayInputStream(nquads.toByteArray())))
                    .ordered(true).get();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(CONTEXT))
                    .ordered(true).get();
            return pretty(contextFirst(compacted));
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }

    /** Readers look for the context at the top; JSON key order carries no meaning, so moving it is safe. */
    private static JsonObject contextFirst(JsonObject obj) {
        var b = Json.createObjectBuilder();
        if (obj.containsKey("@context")) b.add("@context", obj.get("@context"));
        obj.forEach((k, v) -> { if (!k.equals("@context")) b.add(k, v); });
        return b.build();
    }

    private static String pretty(JsonObject obj) {
        StringWriter w = new StringWriter();
        try (JsonWriter jw = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(w)) {
            jw.writeObject(obj);
        }
        return w.toString().strip() + "\n";
    }

    private static String load() {
        try (InputStream in = JsonLdContext.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
