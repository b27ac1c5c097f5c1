package org.aigov.kg.emit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.aigov.kg.interpret.Agreement;
import org.aigov.kg.interpret.Clause;
import org.aigov.kg.interpret.Fact;
import org.aigov.kg.interpret.Interpretation;
import org.aigov.kg.interpret.Target;
import org.aigov.kg.read.Document;
import org.aigov.kg.read.StatementFormat;
import org.aigov.kg.read.Section;
import org.aigov.kg.read.Sentence;
import org.aigov.kg.read.Span;
import org.aigov.kg.recognise.Entity;
import org.aigov.kg.recognise.Mention;
import org.aigov.kg.recognise.Recognition;
import org.aigov.kg.vocab.AIGO;
import org.aigov.kg.vocab.Iris;
import org.aigov.kg.vocab.NIF;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Emits one statement's reading as quads of its named graph, following docs/MODEL.md. */
public final class StatementEmitter {
    private static final org.apache.jena.rdf.model.Property WAS_DERIVED_FROM =
            org.apache.jena.rdf.model.ResourceFactory.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom");

    private final Iris iris;

    public StatementEmitter(Iris iris) { this.iris = iris; }

    /** Writes the statement graph and returns the number of quads written. */
    public long emit(Document doc, Recognition rec, Interpretation in, StreamRDF out) {
        String slug = doc.slug();
        QuadWriter w = new QuadWriter(out, Iris.graph(slug));
        String st = iris.statement(slug);
        String ctx = iris.text(slug);

        w.type(st, AIGO.Statement);
        w.en(st, RDFS.label, clean(doc.title()));
        w.en(st, DCTerms.title, clean(doc.title()));
        String source = doc.meta().source();
        if (source != null && source.matches("https?://\\S+")) w.iri(st, DCTerms.source, source);
        else w.plain(st, DCTerms.source, source != null ? source : "data/statements/" + doc.file().getFileName());
        if (doc.meta().date() != null) w.add(st, DCTerms.issued, dateLiteral(doc.meta().date()));
        w.plain(st, DCTerms.language, doc.meta().language() != null ? doc.meta().language() : "en");
        if (doc.meta().place() != null) w.plain(st, DCTerms.spatial, doc.meta().place());
        w.iri(st, AIGO.sourceText, ctx);
        w.iri(st, WAS_DERIVED_FROM, ctx);
        for (Entity p : in.parties()) w.iri(st, AIGO.party, p.iri());
        for (Entity p : in.signatories()) w.iri(st, AIGO.signatory, p.iri());

        w.type(ctx, NIF.Context);
        w.en(ctx, RDFS.label, "Text of " + clean(doc.title()));
        w.plain(ctx, NIF.isString, doc.text());
        // the text is what was extracted from this file (a page, a PDF): its name and media type say so
        w.plain(ctx, DCTerms.source, doc.file().getFileName().toString());
        w.plain(ctx, DCTerms.format, StatementFormat.of(doc.file()).orElse(StatementFormat.MARKDOWN).mediaType());
        w.nonNegative(ctx, NIF.beginIndex, 0);
        w.nonNegative(ctx, NIF.endIndex, doc.text().length());

        for (Section sec : doc.sections()) {
            String area = iris.local(slug, "area", sec.number());
            w.type(area, AIGO.PriorityArea);
            w.integer(area, AIGO.areaNumber, sec.number());
            w.en(area, RDFS.label, clean(sec.title()));
            w.iri(area, AIGO.areaOf, st);
            w.iri(st, AIGO.hasPriorityArea, area);
            span(w, area, sec.span(), ctx);
        }

        for (Sentence s : doc.sentences()) {
            String sent = sentence(slug, s.number());
            w.type(sent, NIF.Sentence);
            w.en(sent, RDFS.label, "Sentence " + s.number() + " of " + slug);
            w.plain(sent, NIF.anchorOf, s.text());
            span(w, sent, s.span(), ctx);
            if (s.area() > 0 && doc.section(s.area()) != null) w.iri(sent, AIGO.priorityArea, iris.local(slug, "area", s.area()));
            Set<String> mentioned = new LinkedHashSet<>();
            for (Mention m : rec.inSentence(s.number())) mentioned.add(m.entity().iri());
            for (String e : mentioned) w.iri(sent, AIGO.mentions, e);
        }

        for (Mention m : rec.mentions()) {
            String iri = iris.mention(slug, m.span().begin(), m.span().end());
            w.type(iri, NIF.Phrase);
            w.plain(iri, NIF.anchorOf, m.span().of(doc.text()));
            span(w, iri, m.span(), ctx);
            w.iri(iri, NIF.sentence, sentence(slug, m.sentence()));
            w.iri(iri, NIF.taIdentRef, m.entity().iri());
        }

        for (Entity e : rec.entities().values()) {
            if (e.known()) continue; // the gazetteer graph describes it already
            w.type(e.iri(), e.kind().type());
            w.en(e.iri(), RDFS.label, e.label());
            w.en(e.iri(), SKOS.prefLabel, e.label());
            if (e.acronym() != null) w.plain(e.iri(), AIGO.acronym, e.acronym());
            if (e.firstSentence() > 0) w.iri(e.iri(), WAS_DERIVED_FROM, sentence(slug, e.firstSentence()));
        }

        for (Clause c : in.clauses()) emitClause(w, doc, slug, st, ctx, c);
        for (Agreement a : in.agreements()) emitAgreement(w, slug, st, ctx, a);
        for (Target t : in.targets()) emitTarget(w, slug, st, ctx, t);
        for (Fact f : in.facts()) {
            w.add(f.subject(), org.apache.jena.rdf.model.ResourceFactory.createProperty(f.property()), f.object());
            if (f.sentence() > 0) w.iri(f.subject(), WAS_DERIVED_FROM, sentence(slug, f.sentence()));
        }
        return w.count();
    }

    private void emitClause(QuadWriter w, Document doc, String slug, String st, String ctx, Clause c) {
        String iri = iris.local(slug, "clause", c.number());
        String act = c.act().concept().substring(AIGO.SPEECH_ACT.length());
        w.type(iri, AIGO.Clause);
        if (c.act().isCommitment()) w.type(iri, AIGO.Commitment);
        w.en(iri, RDFS.label, "Clause " + c.number() + " of " + slug + ": " + act);
        w.iri(iri, AIGO.clauseOf, st);
        w.iri(st, AIGO.hasClause, iri);
        w.iri(iri, AIGO.sentence, sentence(slug, c.sentence()));
        w.iri(iri, WAS_DERIVED_FROM, sentence(slug, c.sentence()));
        w.iri(iri, AIGO.speechAct, c.act().concept());
        w.iri(iri, AIGO.strength, c.act().strength());
        w.plain(iri, AIGO.text, c.span().of(doc.text()));
        span(w, iri, c.span(), ctx);
        for (Entity a : c.actors()) w.iri(iri, AIGO.actor, a.iri());
        for (Entity m : c.mentions()) w.iri(iri, AIGO.mentions, m.iri());
        for (String t : c.topics()) w.iri(iri, AIGO.topic, t);
        if (c.area() > 0 && doc.section(c.area()) != null) w.iri(iri, AIGO.priorityArea, iris.local(slug, "area", c.area()));
    }

    private void emitAgreement(QuadWriter w, String slug, String st, String ctx, Agreement a) {
        String iri = iris.local(slug, "agreement", a.number());
        String kindLabel = a.acronym() != null ? a.acronym() : a.kind().substring(a.kind().lastIndexOf('/') + 1).replace('-', ' ');
        w.type(iri, AIGO.Agreement);
        w.en(iri, RDFS.label, kindLabel + " between " + a.parties().stream().map(Entity::label).collect(Collectors.joining(", ")));
        w.iri(iri, AIGO.agreementKind, a.kind());
        if (a.acronym() != null) w.plain(iri, AIGO.acronym, a.acronym());
        for (Entity p : a.parties()) w.iri(iri, AIGO.party, p.iri());
        if (a.purpose() != null) w.en(iri, AIGO.purpose, a.purpose());
        w.iri(iri, DCTerms.isPartOf, st);
        w.iri(st, DCTerms.hasPart, iri); // navigable from the statement, like its clauses
        w.iri(iri, WAS_DERIVED_FROM, sentence(slug, a.sentence()));
        span(w, iri, a.span(), ctx);
    }

    private void emitTarget(QuadWriter w, String slug, String st, String ctx, Target t) {
        String iri = iris.local(slug, "target", t.number());
        w.type(iri, AIGO.Target);
        w.en(iri, RDFS.label, t.description());
        w.integer(iri, AIGO.targetQuantity, t.quantity());
        w.typed(iri, AIGO.targetYear, Integer.toString(t.year()), XSDDatatype.XSDgYear);
        if (t.from() != null) w.iri(iri, AIGO.from, t.from().iri());
        if (t.to() != null) w.iri(iri, AIGO.to, t.to().iri());
        if (t.setAt() != null) w.iri(iri, AIGO.setAt, t.setAt().iri());
        w.iri(iri, DCTerms.isPartOf, st);
        w.iri(st, DCTerms.hasPart, iri);
        w.iri(iri, WAS_DERIVED_FROM, sentence(slug, t.sentence()));
        span(w, iri, t.span(), ctx);
    }

    private String sentence(String slug, int n) { return iris.local(slug, "sentence", n); }

    private static void span(QuadWriter w, String iri, Span span, String ctx) {
        w.nonNegative(iri, NIF.beginIndex, span.begin());
        w.nonNegative(iri, NIF.endIndex, span.end());
        w.iri(iri, NIF.referenceContext, ctx);
    }

    private static String clean(String s) { return s.replaceAll("\\s+", " ").strip(); }

    private static org.apache.jena.graph.Node dateLiteral(String date) {
        XSDDatatype dt = date.length() == 4 ? XSDDatatype.XSDgYear : date.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDdate;
        return NodeFactory.createLiteralDT(date, dt);
    }

}
