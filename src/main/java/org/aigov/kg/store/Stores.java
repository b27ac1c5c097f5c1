package org.aigov.kg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.aigov.kg.BadInputException;

/**
 * Opens the dataset {@code aigov serve} will serve: built in memory, or a TDB2 directory
 * brought up to date with the input (skipped when unchanged; on bad input the previous
 * generation keeps serving).
 */
public final class Stores {
    private Stores() {}

    /**
     * What was opened and what happened on the way.
     *
     * @param data     the dataset to serve
     * @param rebuilt  true when the graph was (re)built from the input in this run
     * @param notes    lines for the user's standard output
     * @param warnings lines for standard error (e.g. a failed rebuild, the old database serving)
     */
    public record Opened(ServingDataset data, boolean rebuilt, List<String> notes, List<String> warnings) {}

    /** Builds the graph in memory. */
    public static Opened memory(QuadSource source, int files) {
        ServingDataset data = MemoryStore.load(source);
        return new Opened(data, true, List.of("built the graph in memory from " + files + " input file(s)"), List.of());
    }

    /**
     * Opens the TDB2 directory: rebuilds it first when the input's fingerprint differs from the
     * serving generation's (unless {@code noBuild}).
     */
    public static Opened tdb(Path dir, Supplier<String> fingerprintOfInput, QuadSource source, boolean noBuild) {
        TdbStore store = new TdbStore(dir);
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean rebuilt = false;
        if (noBuild) {
            notes.add("opening " + dir + " as it is (--no-build)");
        } else {
            String fingerprint = fingerprintOfInput.get();
            try {
                TdbStore.Refresh r = store.refresh(fingerprint, source);
                rebuilt = r.rebuilt();
                GenerationManifest m = r.manifest();
                notes.add(r.rebuilt()
                        ? "built TDB2 generation " + m.generation() + " in " + dir + " (" + m.quads() + " quads)"
                        : "input unchanged since TDB2 generation " + m.generation() + " in " + dir + ": rebuild skipped");
            } catch (BadInputException e) {
                if (store.current().isEmpty()) throw e;
                warnings.add("error: " + e.userMessage());
                warnings.add("warning: the rebuild failed; the previous database " + store.current().get().generation() + " keeps serving");
            }
        }
        ServingDataset data = store.open();
        return new Opened(data, rebuilt, List.copyOf(notes), List.copyOf(warnings));
    }
}
