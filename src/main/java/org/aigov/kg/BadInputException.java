package org.aigov.kg;

import java.nio.file.Path;

/** Input the user can fix (file, line, what is wrong); commands turn it into exit code 2. */
public class BadInputException extends RuntimeException {
    private final String location;

    public BadInputException(String location, String message) {
        super(message);
        this.location = location;
    }

    public BadInputException(Path file, long line, String message) {
        this(line > 0 ? file + ":" + line : String.valueOf(file), message);
    }

    public BadInputException(Path file, String message) {
        this(String.valueOf(file), message);
    }

    public BadInputException(String location, String message, Throwable cause) {
        super(message, cause);
        this.location = location;
    }

    /** "file:line" or "file", or another name of where the bad input is. */
    public String location() { return location; }

    /** The message as printed to the user: "location: message". */
    public String userMessage() { return location == null || location.isEmpty() ? getMessage() : location + ": " + getMessage(); }
}
