package org.aigov.kg.query;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;

/** Paths of the project and the hand-made fixture graph the loader-independent tests use. */
final class Fixtures {
    private Fixtures() {}

    static Path project() {
        return Path.of(System.getProperty("aigov.project.dir", ".")).toAbsolutePath().normalize();
    }

    static Path queriesDir() {
        return project().resolve("queries");
    }

    static Path resources() {
        return project().resolve("src/test/resources/queries");
    }

    static NamedQueries library() {
        return NamedQueries.fromDirectory(queriesDir());
    }

    /** fixture.trig: a statement, two clauses (one a commitment naming the OECD), an MOU. */
    static Dataset fixtureDataset() {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, resources().resolve("fixture.trig").toString()));
        return ds;
    }
}
