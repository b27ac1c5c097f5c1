package org.aigov.kg.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aigov.kg.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code aigov validate}: valid graphs exit 0; violations, unparseable and missing files exit 2 with a readable message. */
class ValidateCommandTest {

    private record Outcome(int code, String out, String err) {}

    private static Outcome validate(String... files) {
        List<String> args = new ArrayList<>(List.of("validate",
                "--shapes", Fixtures.shapes().toString(), "--ontology", Fixtures.ontologyDir().toString()));
        for (String f : files) args.add(f.startsWith("/") ? f : Fixtures.file(f).toString());
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Outcome(cli.execute(args.toArray(String[]::new)), out.toString(), err.toString());
    }

    /** The block the formatter prints for one violation starts with "Violation: focus" and names the path. */
    private static void assertViolation(String out, String focus, String path) {
        int at = out.indexOf("Violation: " + focus + "\n    path    " + path + "\n");
        assertTrue(at >= 0, "expected a violation of " + focus + " on " + path + " in:\n" + out);
    }

    /** A completeness finding (sh:Warning) is printed the same way, headed "Warning:". */
    private static void assertWarning(String out, String focus, String path) {
        int at = out.indexOf("Warning: " + focus + "\n    path    " + path + "\n");
        assertTrue(at >= 0, "expected a warning on " + focus + " for " + path + " in:\n" + out);
    }

    @Test
    void aValidStatementGraphExitsZero() {
        Outcome o = validate("valid-statement.trig");
        assertEquals(0, o.code(), o.out() + o.err());
        assertTrue(o.out().startsWith("valid: 1 file, "), o.out());
        assertFalse(o.out().contains("Violation"), o.out());
    }

    @Test
    void anInvalidClauseReportsEachBrokenConstraintAndExitsTwo() {
        Outcome o = validate("invalid-clause.ttl");
        assertEquals(2, o.code(), o.out() + o.err());
        String clause = "id:statement/bad/clause/1";
        assertViolation(o.out(), clause, "aigo:clauseOf");
        assertViolation(o.out(), clause, "aigo:speechAct");
        assertViolation(o.out(), clause, "nif:beginIndex");
        assertViolation(o.out(), clause, "rdfs:label");
        assertViolation(o.out(), clause, "prov:wasDerivedFrom"); // integrity: a clause names the sentence it was read from
        assertTrue(o.out().contains("a clause has exactly one speech act (aigo:speechAct)"), o.out());
        assertTrue(o.out().contains("value   \"120\"^^xsd:integer"), "the begin offset that is not below the end: " + o.out());
        assertEquals(5, o.out().split("Violation: " + clause + "\n", -1).length - 1, "exactly five on the clause: " + o.out());
        // RDFS typing makes the two statements it points to aigo:Statements, which then lack their own parts.
        assertViolation(o.out(), "id:statement/other", "dct:source");
    }

    @Test
    void anInvalidStatementAgreementTargetAndEventAreEachReported() {
        Outcome o = validate("invalid-statement.ttl");
        assertEquals(2, o.code(), o.out() + o.err());
        assertFalse(o.out().contains("id:statement/bad\n    path    aigo:party"), "one party is enough: a chair's summary has one author");
        assertViolation(o.out(), "id:statement/bad", "dct:source");
        assertWarning(o.out(), "id:statement/bad/agreement/1", "aigo:party");
        assertViolation(o.out(), "id:statement/bad/agreement/1", "aigo:agreementKind");
        assertViolation(o.out(), "id:statement/bad/target/1", "aigo:targetQuantity");
        assertViolation(o.out(), "id:statement/bad/target/1", "aigo:targetYear");
        assertViolation(o.out(), "id:event/bad", "aigo:date");
        assertTrue(o.out().contains("\"2030\"^^xsd:integer"), "the offending year value is shown: " + o.out());
        assertTrue(o.out().contains("\"April 2026\""), o.out());
    }

    @Test
    void withoutRdfsOnlyTheAssertedTypesAreChecked() {
        // --no-rdfs: the statements the clause points to are not inferred to be aigo:Statements,
        // so only the clause's own five violations remain.
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        int code = cli.execute("validate", "--shapes", Fixtures.shapes().toString(), "--no-rdfs",
                Fixtures.file("invalid-clause.ttl").toString());
        assertEquals(2, code, out.toString());
        assertTrue(out.toString().contains("5 violations in 1 file, 8 triples\n"), out.toString());
        assertFalse(out.toString().contains("id:statement/other"), out.toString());
    }

    @Test
    void aFileThatIsNotRdfIsAClearErrorWithItsLine() {
        Outcome o = validate("not-rdf.ttl");
        assertEquals(2, o.code());
        assertTrue(o.err().startsWith("error: " + Fixtures.file("not-rdf.ttl") + ":3: "), o.err());
        assertFalse(o.err().contains("\tat "), "no stack trace: " + o.err());
        assertEquals("", o.out());
    }

    @Test
    void aMissingFileExitsTwoNamingIt() {
        Path missing = Fixtures.file("no-such-file.ttl");
        Outcome o = validate(missing.toString());
        assertEquals(2, o.code());
        assertEquals("error: " + missing + ": no such file", o.err().strip());
    }

    @Test
    void anUnknownExtensionExitsTwo(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not RDF\n");
        Outcome o = validate(notes.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().startsWith("error: " + notes + ": unknown RDF syntax"), o.err());
    }
}
