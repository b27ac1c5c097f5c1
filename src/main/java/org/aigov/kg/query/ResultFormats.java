package org.aigov.kg.query;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.aigov.kg.BadInputException;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;

/**
 * Writes a query's answer in the format asked for: rows as an aligned table, CSV, TSV or SPARQL
 * JSON results; graphs as Turtle, JSON-LD or N-Triples; a yes/no answer as text or SPARQL JSON.
 */
public final class ResultFormats {
    /** Widest table cell before it is cut with "…". */
    public static final int TABLE_CELL_WIDTH = 80;

    private ResultFormats() {}

    /** Writes {@code result} to {@code out}; {@code prefixes} compact IRIs in tables and Turtle. */
    public static void write(QueryResult result, ResultFormat format, PrefixMapping prefixes, OutputStream out) {
        if (result instanceof QueryResult.Rows r) writeRows(r.rows(), format, prefixes, out);
        else if (result instanceof QueryResult.Graph g) writeGraph(g, format, out);
        else if (result instanceof QueryResult.Answer a) writeAnswer(a.yes(), format, out);
    }

    private static void writeRows(ResultSetRewindable rows, ResultFormat format, PrefixMapping prefixes, OutputStream out) {
        rows.reset();
        switch (format) {
            case TABLE -> new TableWriter(prefixes, TABLE_CELL_WIDTH).write(rows, writer(out));
            case CSV -> ResultSetMgr.write(out, rows, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, rows, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, rows, ResultSetLang.RS_JSON);
            default -> throw new BadInputException("--format", "a SELECT query gives rows: use --format table, csv, tsv or json");
        }
    }

    private static void writeGraph(QueryResult.Graph g, ResultFormat format, OutputStream out) {
        switch (format) {
            case TABLE, TURTLE -> RDFDataMgr.write(out, g.model(), RDFFormat.TURTLE_PRETTY);
            case JSON, JSONLD -> RDFDataMgr.write(out, g.model(), RDFFormat.JSONLD11_PRETTY);
            case NTRIPLES -> RDFDataMgr.write(out, g.model(), Lang.NTRIPLES);
            default -> throw new BadInputException("--format", "a CONSTRUCT or DESCRIBE query gives a graph: use --format turtle, jsonld or ntriples");
        }
    }

    private static void writeAnswer(boolean yes, ResultFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> {
                PrintWriter w = writer(out);
                w.println(yes ? "yes" : "no");
                w.flush();
            }
            case CSV -> ResultSetMgr.write(out, yes, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, yes, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, yes, ResultSetLang.RS_JSON);
            default -> throw new BadInputException("--format", "an ASK query gives yes or no: use --format table, csv, tsv or json");
        }
    }

    private static PrintWriter writer(OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    }
}
