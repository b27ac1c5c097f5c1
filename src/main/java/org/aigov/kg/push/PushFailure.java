package org.aigov.kg.push;

import java.util.List;

/** A push that stopped or did not verify: what went wrong, how, and which graphs had already been pushed. */
public final class PushFailure extends Exception {

    /** How the remote failed; unreachable and refused are the user's to fix (wrong URL, read-only store, credentials). */
    public enum Kind { UNREACHABLE, REFUSED, SERVER_ERROR, TIMEOUT, COUNT_MISMATCH }

    private final Kind kind;
    private final List<String> pushed;

    PushFailure(Kind kind, String message, List<String> pushed, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.pushed = List.copyOf(pushed);
    }

    public Kind kind() { return kind; }

    /** Graph IRIs written successfully before the failure (they stay on the remote; a re-run replaces them). */
    public List<String> pushed() { return pushed; }

    /** True when the cause is on the user's side of the wire: wrong address or a store that refuses writes. */
    public boolean isUserFixable() {
        return kind == Kind.UNREACHABLE || kind == Kind.REFUSED;
    }
}
